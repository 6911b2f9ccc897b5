import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { targetKeyOf } from '../collections/Targets'
import { REPORTING_AGENCY_KINDS } from '../hooks/rules/reportLines'
import { withTransaction } from '../src/db/withTransaction'
import { between, pick, prng } from '../src/lib/prng'
import { CHARTER_DEFAULTS } from '../hooks/rules/charterSettings'
import {
  formatPeriod,
  latestClosedPeriod,
  lockDayOf,
  periodEnd,
  periodStart,
  previousPeriod,
  reportDeadline,
  timelinessOf,
} from '../hooks/rules/reportPeriods'
import { taskStatus, type Extension } from '../hooks/rules/taskStatus'
import { databaseKind } from '../src/db/adapter'
import { dayKeyOf } from '../src/fields/dates'
import { addDaysToKey, daysBetweenKeys, toInstant, vnToday } from '../src/lib/clock'
import { idOf } from '../src/lib/relations'
import { agencySeeds, type AgencyIds, type AgencySeed } from './agencies'
import { INDICATOR_SEEDS, seedIndicators, type IndicatorIds } from './indicators'
import { PROGRAMME_YEARS } from '../hooks/rules/plans'
import { PEOPLE, type PersonIds, type PersonKey } from './people'
import { periodsUpTo, progressOn, seriesOf, yearTargetOf, type Figure } from './reportFigures'
import { bump, required, SEED_OPTIONS, vnDay, type Id, type Tally } from './shared'

// Three years of monthly reports (up to last month) for every agency that reports to the standing
// body, with the yearly targets of the indicators. Reports are written complete, as they stood
// when the standing body dealt with them: the hooks' pre-fill is skipped (context `seeding`).

type Context = { people: PersonIds; agencies: AgencyIds }

// DEMO_REPORT_YEARS (1–10) seeds more or fewer years: `npm run bench:growth` compares 1 and 5.
const yearsOfReports = (): number => {
  const years = Number(process.env.DEMO_REPORT_YEARS ?? 3)
  return Number.isInteger(years) && years >= 1 && years <= 10 ? years : 3
}
const YEARS_OF_REPORTS = yearsOfReports()
const SEEDING_CONTEXT_VALUES = { ...SEED_OPTIONS.context, seeding: true }

/** Runs one agency's reports in one transaction: one commit instead of one per report. */
const inTransaction = async (payload: Payload, write: (req: PayloadRequest) => Promise<void>) => {
  const req = await createLocalReq({ context: { ...SEEDING_CONTEXT_VALUES } }, payload)
  await withTransaction(req, () => write(req))
}

const OBSTACLES = [
  'Một số cán bộ chuyên trách kiêm nhiệm nhiều việc, thời gian dành cho nhiệm vụ Đề án 06 còn hạn chế.',
  'Đường truyền tại một số điểm một cửa vùng núi chưa ổn định, ảnh hưởng đến tiếp nhận hồ sơ trực tuyến.',
  'Kinh phí mua sắm thiết bị đọc căn cước gắn chíp chưa được bố trí đủ.',
  'Người dân vùng sâu, vùng xa còn hạn chế kỹ năng sử dụng dịch vụ công trực tuyến.',
]
const OVERDUE_REASONS = [
  'Chờ nâng cấp phần mềm của đơn vị cung cấp dịch vụ.',
  'Chờ bố trí kinh phí thực hiện.',
  'Cán bộ đầu mối thay đổi công tác, đang bàn giao.',
  'Đang phối hợp với Công an tỉnh làm sạch dữ liệu trước khi kết nối.',
]
const RETURN_COMMENT = 'Đề nghị bổ sung số liệu lũy kế và giải trình các nhiệm vụ quá hạn.'

type TaskRow = {
  id: Id
  leadAgency: number | string | null
  assignedOn: string
  startDate: string | null
  dueDate: string | null
  completedOn: string | null
  recurring: boolean
  paused: boolean
  extensions: Extension[]
}

const loadTasks = async (payload: Payload): Promise<TaskRow[]> => {
  const { docs } = await payload.find({
    collection: 'tasks',
    select: {
      leadAgency: true,
      assignedOn: true,
      startDate: true,
      dueDate: true,
      completedOn: true,
      recurring: true,
      paused: true,
      extensions: { newDueDate: true, status: true },
    },
    pagination: false,
    ...SEED_OPTIONS,
  })
  return docs.map((task) => ({
    id: task.id,
    leadAgency: idOf(task.leadAgency),
    assignedOn: dayKeyOf(task.assignedOn) ?? '2022-07-01',
    startDate: dayKeyOf(task.startDate),
    dueDate: dayKeyOf(task.dueDate),
    completedOn: dayKeyOf(task.completedOn),
    recurring: Boolean(task.recurring),
    paused: Boolean(task.paused),
    extensions: (task.extensions ?? []).map((extension) => ({
      newDueDate: dayKeyOf(extension.newDueDate) ?? '',
      status: extension.status ?? 'requested',
    })),
  }))
}

/** The agency's task lines for a period: its open tasks, as they stood at the period's end. */
const taskLinesOf = (tasks: readonly TaskRow[], agency: Id, period: string, today: string) => {
  const start = periodStart(period)
  const end = periodEnd(period)
  const day = today < end ? today : end
  return tasks
    .filter(
      (task) =>
        String(task.leadAgency) === String(agency) &&
        task.assignedOn <= end &&
        (!task.completedOn || task.completedOn >= start),
    )
    .map((task) => {
      const status = taskStatus(task, day)
      const random = prng(`task-line:${task.id}:${period}`)
      const done = status.startsWith('completed')
      return {
        task: task.id,
        status,
        progress: done ? 100 : progressOn(task.assignedOn, task.dueDate, day),
        result: done
          ? 'Đã hoàn thành, có báo cáo kết quả kèm theo.'
          : 'Đang triển khai theo kế hoạch.',
        overdueReason: status === 'open-overdue' ? pick(random, OVERDUE_REASONS) : null,
      }
    })
}

/** The first person of the agency in the demo: the one who submits its reports. */
const submitterOf = (agency: AgencySeed, people: PersonIds): Id | null => {
  const key = (Object.keys(PEOPLE) as PersonKey[]).find(
    (person) => PEOPLE[person].agency === agency.key,
  )
  return key ? (people.get(key) ?? null) : null
}

const existedIn = (agency: AgencySeed, period: string) =>
  (!agency.validFrom || agency.validFrom <= periodEnd(period)) &&
  (!agency.validTo || agency.validTo >= periodStart(period))

type Outcome =
  | { kind: 'missing' }
  | { kind: 'draft' }
  | {
      kind: 'sent'
      submittedOn: string
      reviewedOn: string | null
      status: 'submitted' | 'accepted' | 'returned'
    }

/** What became of an agency's report: mostly on time, some late, a few missing. */
const outcomeOf = (agencyKey: string, period: string, today: string): Outcome => {
  const random = prng(`report:${agencyKey}:${period}`)
  const roll = random()
  // R12.3a: the data close on the 14th; the report is due by the 17th of the same month.
  const deadline = reportDeadline(period, CHARTER_DEFAULTS.reportBeforeDay)
  const lastLateDay = addDaysToKey(lockDayOf(period, CHARTER_DEFAULTS.lockDay), -1)
  const reportingOpens = addDaysToKey(periodEnd(period), 1)
  if (roll < 0.04) return today > deadline ? { kind: 'missing' } : { kind: 'draft' }
  const late = roll < 0.16
  const submittedOn = late
    ? addDaysToKey(deadline, between(random, 1, 7))
    : addDaysToKey(reportingOpens, between(random, 0, daysBetweenKeys(reportingOpens, deadline)))
  if (submittedOn >= today || submittedOn > lastLateDay) {
    return today > lastLateDay ? { kind: 'missing' } : { kind: 'draft' }
  }
  const reviewedOn = addDaysToKey(submittedOn, between(random, 1, 4))
  if (reviewedOn >= today)
    return { kind: 'sent', submittedOn, reviewedOn: null, status: 'submitted' }
  const returned = today <= lastLateDay && random() < 0.15
  return { kind: 'sent', submittedOn, reviewedOn, status: returned ? 'returned' : 'accepted' }
}

/** An instant on a Vietnam working-hours clock on `day`. */
const atOfficeHours = (day: string, seed: string) => {
  const random = prng(seed)
  const hour = String(between(random, 8, 16)).padStart(2, '0')
  const minute = String(between(random, 0, 59)).padStart(2, '0')
  return toInstant(`${day} ${hour}:${minute}`)
}

const seedTargets = async (payload: Payload, indicators: IndicatorIds, tally: Tally) => {
  const { docs } = await payload.find({
    collection: 'targets',
    select: { key: true },
    pagination: false,
    ...SEED_OPTIONS,
  })
  const existing = new Set(docs.map((doc) => doc.key))
  const thisYear = Number(vnToday().slice(0, 4))
  for (const seed of INDICATOR_SEEDS) {
    if (seed.source !== 'reported') continue
    const indicator = required(indicators.get(seed.code), `indicator ${seed.code}`)
    // Targets exist from the programme's first year (Đề án 06, 2022).
    const firstYear = Math.max(thisYear - YEARS_OF_REPORTS, PROGRAMME_YEARS.min)
    for (let year = firstYear; year <= thisYear; year++) {
      const value = yearTargetOf(seed.code, year)
      if (value === null || existing.has(targetKeyOf(indicator, year, null))) continue
      await payload.create({
        collection: 'targets',
        data: { indicator, year, value, note: `Kế hoạch triển khai Đề án 06 năm ${year}` },
        ...SEED_OPTIONS,
      })
      bump(tally, 'targets')
    }
  }
}

type ReportingAgency = AgencySeed & { predecessors: AgencySeed[] }

/** The agency's indicators: its kind's, its own and, once they have gone, its predecessors'. */
const indicatorsOf = (agency: ReportingAgency) =>
  INDICATOR_SEEDS.filter((seed) => seed.source === 'reported').flatMap((seed) => {
    if (seed.owner === agency.key || seed.reportedBy.includes(agency.kind)) {
      return [{ seed, isOwner: seed.owner === agency.key, from: null as string | null }]
    }
    const predecessor = agency.predecessors.find((other) => other.key === seed.owner)
    return predecessor?.validTo ? [{ seed, isOwner: true, from: predecessor.validTo }] : []
  })

/** Every figure of an agency over the periods, by indicator code, oldest first. */
const figuresOf = (agency: ReportingAgency, periods: readonly string[]) => {
  const figures = new Map<string, { from: string | null; series: Figure[] }>()
  for (const { seed, isOwner, from } of indicatorsOf(agency)) {
    const series = seriesOf({
      code: seed.code,
      agencyKey: agency.key,
      kind: agency.kind,
      isOwner,
      cumulative: seed.cumulative,
      periods,
      totals: figures.get('DVC_HS_TIEP_NHAN')?.series.map((figure) => figure.value),
    })
    figures.set(seed.code, { from, series })
  }
  return figures
}

type Shared = {
  ctx: Context
  tally: Tally
  indicators: IndicatorIds
  periods: string[]
  today: string
  existing: Set<string>
  tasks: TaskRow[]
  reviewer: Id
}

/** One agency's missing reports, in the request's transaction. */
const seedAgencyReports = async (req: PayloadRequest, agency: ReportingAgency, shared: Shared) => {
  const { ctx, indicators, periods, today } = shared
  const agencyId = required(ctx.agencies.get(agency.key), `agency ${agency.key}`)
  const figures = figuresOf(agency, periods)
  const submitter = submitterOf(agency, ctx.people)
  let last: { period: string; values: Map<string, number> } | null = null
  for (const [index, period] of periods.entries()) {
    if (!existedIn(agency, period)) continue
    const outcome = outcomeOf(agency.key, period, today)
    if (outcome.kind === 'missing') continue
    const previous: Map<string, number> =
      last?.period === previousPeriod(period) ? last.values : new Map()
    const lines = [...figures]
      // A predecessor's indicator passes to the agency from the month after it ended.
      .filter(([, { from }]) => from === null || from < periodStart(period))
      .map(([code, { series }]) => ({
        code,
        indicator: required(indicators.get(code), `indicator ${code}`),
        previousValue: previous.get(code) ?? null,
        value: series[index].value,
        note: series[index].note,
      }))
    last = { period, values: new Map(lines.map((line) => [line.code, line.value])) }
    if (shared.existing.has(`${agencyId}:${period}`)) continue
    const random = prng(`sections:${agency.key}:${period}`)
    const sent =
      outcome.kind === 'sent'
        ? atOfficeHours(outcome.submittedOn, `sent:${agency.key}:${period}`)
        : null
    const reviewed =
      outcome.kind === 'sent' && outcome.reviewedOn
        ? atOfficeHours(outcome.reviewedOn, `reviewed:${agency.key}:${period}`)
        : null
    await req.payload.create({
      collection: 'reports',
      data: {
        agency: agencyId,
        period,
        title: `Báo cáo tháng ${formatPeriod(period)} – ${agency.name}`,
        status: outcome.kind === 'sent' ? outcome.status : 'draft',
        taskLines: taskLinesOf(shared.tasks, agencyId, period, today) as never,
        indicatorLines: lines.map(({ code: _code, ...line }) => line),
        obstacles: random() < 0.3 ? pick(random, OBSTACLES) : null,
        deadline: vnDay(reportDeadline(period, CHARTER_DEFAULTS.reportBeforeDay)),
        dataFrom: vnDay(periodStart(period)),
        dataTo: vnDay(periodEnd(period)),
        submittedAt: sent?.toISOString() ?? null,
        lastSubmittedAt: sent?.toISOString() ?? null,
        submittedBy: sent ? submitter : null,
        timeliness: sent ? timelinessOf(sent, period, CHARTER_DEFAULTS.reportBeforeDay) : null,
        reviewedAt: reviewed?.toISOString() ?? null,
        reviewedBy: reviewed ? shared.reviewer : null,
        reviewComment:
          outcome.kind === 'sent' && outcome.status === 'returned' ? RETURN_COMMENT : null,
        openIssues: 0,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    bump(shared.tally, 'reports')
  }
}

/**
 * Creates the missing monthly reports (by agency and period) of the last three years, up to last
 * month, and the yearly targets.
 */
export const seedReports = async (payload: Payload, ctx: Context, tally: Tally): Promise<void> => {
  const indicators = await seedIndicators(payload, ctx.agencies, tally)
  await seedTargets(payload, indicators, tally)

  const today = vnToday()
  // R12.3a: up to the latest month whose data are complete (the 14th has passed).
  const periods = periodsUpTo(latestClosedPeriod(today), YEARS_OF_REPORTS * 12)
  const { docs } = await payload.find({
    collection: 'reports',
    where: { period: { greater_than_equal: periods[0] } },
    select: { agency: true, period: true },
    pagination: false,
    ...SEED_OPTIONS,
  })
  const seeds = agencySeeds()
  const shared: Shared = {
    ctx,
    tally,
    indicators,
    periods,
    today,
    existing: new Set(docs.map((doc) => `${idOf(doc.agency)}:${doc.period}`)),
    tasks: await loadTasks(payload),
    reviewer: required(ctx.people.get('secretary'), 'person secretary'),
  }
  const reporting: ReportingAgency[] = seeds
    .filter((seed) => (REPORTING_AGENCY_KINDS as readonly string[]).includes(seed.kind))
    .map((seed) => ({
      ...seed,
      predecessors: seeds.filter((other) => other.replacedBy === seed.key),
    }))
  // SQLite has one writer at a time; a server database takes agencies side by side.
  const lanes = databaseKind() === 'sqlite' ? 1 : 4
  const queue = [...reporting]
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let agency = queue.shift(); agency; agency = queue.shift()) {
        const current = agency
        await inTransaction(payload, (req) => seedAgencyReports(req, current, shared))
      }
    }),
  )
}
