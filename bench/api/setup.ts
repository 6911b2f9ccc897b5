// Prepares a scratch copy of the demo database for the API benchmark (run by bench/api/run.ts with
// DATABASE_URL set, before the servers start): extra reporting agencies, each with a reporter.
// The steady ones (WRITERS + SUBMITTERS) hold a filled draft of the open month's report, saved and
// submitted under load, and the first ones a task they lead; the peak's 300 hold nothing yet (they
// open their report of the same month during the peak). Prints the fixture as JSON on the last
// line of stdout.
import { getPayload } from 'payload'

import config from '../../payload.config'
import { periodOfDay } from '../../hooks/rules/reportPeriods'
import { addDaysToKey, vnDayStart, vnToday } from '../../src/lib/clock'
import { SUBMITTERS, WRITERS } from './operations'
import { filledLines } from './reportForm'

export const BENCH_PASSWORD = 'Bench@2026-api'
const STEADY = WRITERS + SUBMITTERS
const PEAK = Number(process.env.BENCH_PEAK_AGENCIES ?? 300)
const TASKS = 10

export type Fixture = {
  password: string
  demoPassword: string
  steadyPeriod: string
  peakPeriod: string
  reporters: {
    email: string
    agency: number | string
    draft: number | string
    task?: number | string
  }[]
  peakReporters: { email: string; agency: number | string }[]
}

const payload = await getPayload({ config })
const system = { overrideAccess: true, depth: 0 } as const
const today = vnToday()
// The report month open today (its deadline, the 18th by default, falls within it).
const steadyPeriod = periodOfDay(today)
const peakPeriod = steadyPeriod
const log = (message: string) => process.stderr.write(`  setup: ${message}\n`)

const leader = (
  await payload.find({
    collection: 'users',
    where: { email: { equals: 'leader@demo.taskforce06.vn' } },
    ...system,
  })
).docs[0]

const reporters: Fixture['reporters'] = []
const peakReporters: Fixture['peakReporters'] = []
for (let i = 0; i < STEADY + PEAK; i++) {
  const code = `BENCH${String(i).padStart(3, '0')}`
  const agency = await payload.create({
    collection: 'agencies',
    data: { name: `Phòng thử tải ${i}`, code, kind: 'department' },
    ...system,
  })
  const email = `reporter-${code.toLowerCase()}@bench.taskforce06.vn`
  await payload.create({
    collection: 'users',
    data: {
      fullName: `Người báo cáo ${i}`,
      email,
      password: BENCH_PASSWORD,
      roles: ['reporter'],
      agency: agency.id,
    },
    ...system,
  })
  if ((i + 1) % 50 === 0) log(`${i + 1} agencies`)
  if (i >= STEADY) {
    peakReporters.push({ email, agency: agency.id })
    continue
  }
  const task =
    i < TASKS
      ? await payload.create({
          collection: 'tasks',
          data: {
            title: `Nhiệm vụ thử tải ${i}`,
            source: 'ad-hoc',
            leadAgency: agency.id,
            assignedBy: leader.id,
            assignedOn: vnDayStart(today).toISOString(),
            dueDate: vnDayStart(addDaysToKey(today, 90)).toISOString(),
          },
          ...system,
        })
      : undefined
  const draft = await payload.create({
    collection: 'reports',
    data: { agency: agency.id, period: steadyPeriod, status: 'draft' },
    ...system,
  })
  await payload.update({
    collection: 'reports',
    id: draft.id,
    // The form's rows, loosely typed (ids read back from the draft).
    data: filledLines(draft as unknown as Record<string, unknown>, 0) as Partial<typeof draft>,
    ...system,
  })
  reporters.push({ email, agency: agency.id, draft: draft.id, task: task?.id })
}

const fixture: Fixture = {
  password: BENCH_PASSWORD,
  demoPassword: 'Demo@2026',
  steadyPeriod,
  peakPeriod,
  reporters,
  peakReporters,
}
console.log(JSON.stringify(fixture))
process.exit(0)
