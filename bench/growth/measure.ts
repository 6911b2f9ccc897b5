// One database's side of `npm run bench:growth` (run with DATABASE_URL and DB_COUNT_STATEMENTS=1):
// the everyday operations through the Local API, as the people who do them, each timed (median)
// and counted (SQL statements of one call, the least of three). Prints JSON on its last line.
import { performance } from 'node:perf_hooks'

import { getPayload, type Where } from 'payload'

import config from '../../payload.config'
import { REPORTING_AGENCY_KINDS } from '../../hooks/rules/reportLines'
import { periodOfDay } from '../../hooks/rules/reportPeriods'
import { vnToday } from '../../src/lib/clock'
import { countStatements } from '../../src/db/statementCounter'

type Row = Record<string, unknown>
const RUNS = 7

const payload = await getPayload({ config })
const system = { overrideAccess: true, depth: 0 } as const
const period = periodOfDay(vnToday())

const userOf = async (email: string) => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    ...system,
  })
  if (!docs[0]) throw new Error(`no user ${email}: is this the demo database?`)
  return { ...docs[0], collection: 'users' as const }
}
const reporter = await userOf('reporter@demo.taskforce06.vn')
const secretariat = await userOf('secretariat@demo.taskforce06.vn')

// Reporting agencies without a report of the open month: each gets a draft, saved or submitted by a
// reporter of that agency (the demo reporter, moved to it for the call).
const { docs: reported } = await payload.find({
  collection: 'reports',
  where: { period: { equals: period } },
  select: { agency: true },
  pagination: false,
  ...system,
})
const taken = reported.map((doc) => doc.agency as number | string)
const { docs: departments } = await payload.find({
  collection: 'agencies',
  // In force today: not dissolved or merged (a dissolved one reports no more).
  where: {
    and: [
      { kind: { in: [...REPORTING_AGENCY_KINDS] } },
      { id: { not_in: taken } },
      { validTo: { exists: false } },
      { or: [{ validFrom: { exists: false } }, { validFrom: { less_than_equal: new Date() } }] },
    ],
  } as Where,
  limit: RUNS * 2 + 8,
  ...system,
})
let nextAgency = 0
const draftOfNextAgency = async () => {
  const agency = departments[nextAgency++]
  if (!agency) throw new Error('not enough reporting agencies without a report of the open month')
  const draft = await payload.create({
    collection: 'reports',
    data: { agency: agency.id, period, status: 'draft' },
    ...system,
  })
  return { draft: draft as unknown as Row, user: { ...reporter, agency: agency.id } }
}

/**
 * The form filled in: last month's figure carried (a cumulative figure may not fall without a
 * reason) and each task's progress kept; the notes, results and reasons change with `round`.
 */
const filledLines = (report: Row, round: number) => {
  const rows = (value: unknown) => (Array.isArray(value) ? (value as Row[]) : [])
  return {
    indicatorLines: rows(report.indicatorLines).map((line) => ({
      id: line.id,
      indicator: line.indicator,
      value: line.previousValue ?? line.value ?? 1,
      note: `Ghi chú (${round}).`,
    })),
    taskLines: rows(report.taskLines).map((line) => ({
      id: line.id,
      task: line.task,
      progress: line.progress ?? 50,
      result: `Kết quả trong kỳ (${round}).`,
      overdueReason: `Lý do chậm (${round}).`,
    })),
    obstacles: `Khó khăn, vướng mắc (${round}).`,
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Median milliseconds of RUNS calls after one warm-up, and the least and most statements of three. */
const measure = async (make: () => Promise<() => Promise<unknown>>) => {
  await (
    await make()
  )()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const call = await make()
    const start = performance.now()
    await call()
    times.push(performance.now() - start)
  }
  const counts: number[] = []
  for (let i = 0; i < 3; i++) {
    const call = await make()
    counts.push((await countStatements(call)).statements)
  }
  return {
    ms: Number(median(times).toFixed(1)),
    statements: Math.min(...counts),
    mostStatements: Math.max(...counts),
  }
}

const saving = await draftOfNextAgency()
let round = 0
const results: Record<string, { ms: number; statements: number; mostStatements: number }> = {}

results['report-save'] = await measure(
  async () => () =>
    payload.update({
      collection: 'reports',
      id: saving.draft.id as number,
      data: filledLines(saving.draft, ++round) as never,
      user: saving.user,
      overrideAccess: false,
      depth: 0,
    }),
)

results['report-submit'] = await measure(async () => {
  const { draft, user } = await draftOfNextAgency()
  await payload.update({
    collection: 'reports',
    id: draft.id as number,
    data: filledLines(draft, 0) as never,
    ...system,
  })
  return () =>
    payload.update({
      collection: 'reports',
      id: draft.id as number,
      data: { status: 'submitted' },
      user,
      overrideAccess: false,
      depth: 0,
    })
})

const { docs: openTasks } = await payload.find({
  collection: 'tasks',
  where: { completedOn: { exists: false } },
  limit: 1,
  ...system,
})
results['task-update'] = await measure(
  async () => () =>
    payload.update({
      collection: 'tasks',
      id: openTasks[0]!.id,
      data: { progress: 10 + (++round % 80), result: `Đã thực hiện (${round}).` },
      user: secretariat,
      overrideAccess: false,
      depth: 0,
    }),
)

results['reports-list'] = await measure(
  async () => () =>
    payload.find({
      collection: 'reports',
      limit: 10,
      depth: 0,
      user: secretariat,
      overrideAccess: false,
    }),
)

results['tasks-list'] = await measure(
  async () => () =>
    payload.find({
      collection: 'tasks',
      limit: 10,
      depth: 1,
      user: secretariat,
      overrideAccess: false,
    }),
)

const { totalDocs: reports } = await payload.count({ collection: 'reports', overrideAccess: true })
console.log(JSON.stringify({ reports, results }))
process.exit(0)
