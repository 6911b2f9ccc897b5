import { REPORTING_AGENCY_KINDS } from './reportLines'
import { aggregateDeadline, periodEnd, periodStart, type Period } from './reportPeriods'
import { TASK_STATUSES, type TaskStatus } from './taskStatus'
import { toVnDateKey } from '../../src/lib/clock'
import type { Id } from '../../src/lib/ids'

// R12.3b: the province's monthly aggregate report, computed from the agencies' ACCEPTED reports of
// the period. Pure: the loader (collections/AggregateReports/load.ts) gathers the inputs. Every
// figure keeps the ids of the reports it was computed from (its provenance).

export type Aggregation = 'sum' | 'latest' | 'average' | 'ratio'

export type IndicatorSpec = {
  id: Id
  unit: string
  source: 'reported' | 'derived' | 'tasks'
  aggregation: Aggregation
  numerator: Id | null
  denominator: Id | null
  taskMeasure: string | null
}

export type AgencyInfo = {
  id: Id
  name: string
  kind: string
  parent: Id | null
  validFrom: string | null
  validTo: string | null
}

export type ReportTaskLine = {
  task: Id
  status: string | null
  /** The task was assigned during the period (for the "assigned in the period" measure). */
  assignedInPeriod: boolean
  obstacles: string | null
  taskTitle: string | null
}

export type PeriodReport = {
  id: Id
  agency: Id
  status: string
  timeliness: 'on-time' | 'late' | null
  submittedAt: string | null
  indicatorLines: { indicator: Id; value: number | null }[]
  taskLines: ReportTaskLine[]
  obstacles: string | null
  proposals: string[]
}

export type AggregateInput = {
  period: Period
  /** R12.3a: the cut-off day of the period's data (the 14th by default). */
  dataEndDay?: number
  indicators: readonly IndicatorSpec[]
  /** Every agency the reports or the reporting list refer to (districts included). */
  agencies: readonly AgencyInfo[]
  /** Every report of the period, whatever its status: only accepted ones are counted. */
  reports: readonly PeriodReport[]
}

/** A total for the province (`unit` null) or for one district. */
export type IndicatorFigure = {
  indicator: Id
  unit: Id | null
  value: number | null
  sources: Id[]
}

export type TaskCounts = Record<TaskStatus, number> & { total: number }

export type AgencyTaskCounts = { agency: Id; report: Id; counts: TaskCounts }

export type MissingState = 'not-submitted' | 'awaiting-review' | 'returned'

export const MISSING_STATE_LABELS: Record<MissingState, { vi: string; en: string }> = {
  'not-submitted': { vi: 'Chưa gửi báo cáo', en: 'Not submitted' },
  'awaiting-review': { vi: 'Đã gửi, chưa được tiếp nhận', en: 'Submitted, not yet accepted' },
  returned: { vi: 'Bị trả lại, chưa gửi lại', en: 'Returned, not resubmitted' },
}

export type AggregateResult = {
  indicatorTotals: IndicatorFigure[]
  taskCounts: AgencyTaskCounts[]
  late: { agency: Id; report: Id; submittedAt: string | null }[]
  missing: { agency: Id; state: MissingState; report: Id | null }[]
  obstacles: { agency: Id; report: Id; text: string }[]
  proposals: { agency: Id; report: Id; text: string }[]
  counts: { expected: number; accepted: number; late: number; missing: number }
}

const key = (id: Id | null) => (id === null ? 'province' : String(id))

const round = (value: number) => Math.round(value * 100) / 100

const isRate = (spec: IndicatorSpec) => spec.unit.trim() === '%'

/** A commune counts to its district (its parent); a district to itself; the rest to the province only. */
export const districtOf = (agency: Id, agencies: ReadonlyMap<string, AgencyInfo>): Id | null => {
  const info = agencies.get(String(agency))
  if (!info) return null
  if (info.kind === 'district') return info.id
  if (info.kind === 'commune' && info.parent !== null) {
    const parent = agencies.get(String(info.parent))
    return parent?.kind === 'district' ? parent.id : null
  }
  return null
}

/** The units a report counts to: the province, and its district when it has one. */
const unitsOf = (agency: Id, agencies: ReadonlyMap<string, AgencyInfo>): (Id | null)[] => {
  const district = districtOf(agency, agencies)
  return district === null ? [null] : [null, district]
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
const total = (values: number[]) => values.reduce((a, b) => a + b, 0)

/**
 * Several agencies' values of one reported indicator for one month:
 * - sum: monthly flows add up;
 * - latest: each agency's level at the end of the month (a running total); levels add up across
 *   agencies, but percentages never add: they are averaged;
 * - average: the mean;
 * - ratio without terms: the agencies' own ratios, averaged (the terms are unknown).
 */
export const combineValues = (spec: IndicatorSpec, values: number[]): number | null => {
  if (values.length === 0) return null
  if (spec.aggregation === 'sum') return round(total(values))
  if (spec.aggregation === 'latest' && !isRate(spec)) return round(total(values))
  return round(mean(values))
}

const DUE_STATUSES: readonly string[] = ['completed-on-time', 'completed-late', 'open-overdue']

/** A figure counted from the task lines of the unit's reports (indicators sourced from tasks). */
const taskMeasure = (measure: string | null, lines: ReportTaskLine[]): number | null => {
  const count = (test: (line: ReportTaskLine) => boolean) => lines.filter(test).length
  switch (measure) {
    case 'assigned':
      return count((line) => line.assignedInPeriod)
    case 'completed-on-time':
      return count((line) => line.status === 'completed-on-time')
    case 'open-overdue':
      return count((line) => line.status === 'open-overdue')
    case 'on-time-rate': {
      // Of the tasks that fell due, the share completed on time.
      const due = count((line) => DUE_STATUSES.includes(line.status ?? ''))
      return due === 0 ? null : round((100 * count((l) => l.status === 'completed-on-time')) / due)
    }
    default:
      return null
  }
}

type UnitReports = Map<string, { unit: Id | null; reports: PeriodReport[] }>

const byUnit = (reports: readonly PeriodReport[], agencies: ReadonlyMap<string, AgencyInfo>) => {
  const units: UnitReports = new Map([['province', { unit: null, reports: [] }]])
  for (const report of reports) {
    for (const unit of unitsOf(report.agency, agencies)) {
      const entry = units.get(key(unit)) ?? { unit, reports: [] }
      entry.reports.push(report)
      units.set(key(unit), entry)
    }
  }
  return [...units.values()]
}

const valuesOf = (reports: PeriodReport[], indicator: Id) =>
  reports.flatMap((report) =>
    report.indicatorLines
      .filter((line) => String(line.indicator) === String(indicator))
      .filter((line): line is { indicator: Id; value: number } => typeof line.value === 'number')
      .map((line) => ({ value: line.value, report: report.id })),
  )

const figureOf = (spec: IndicatorSpec, unit: Id | null, reports: PeriodReport[]) => {
  if (spec.source === 'tasks') {
    const withLines = reports.filter((report) => report.taskLines.length > 0)
    if (withLines.length === 0) return null
    const value = taskMeasure(
      spec.taskMeasure,
      withLines.flatMap((report) => report.taskLines),
    )
    return { indicator: spec.id, unit, value, sources: withLines.map((report) => report.id) }
  }
  if (spec.source === 'derived' && spec.numerator !== null && spec.denominator !== null) {
    // A ratio of totals, never an average of ratios.
    const numerator = valuesOf(reports, spec.numerator)
    const denominator = valuesOf(reports, spec.denominator)
    if (numerator.length === 0 || denominator.length === 0) return null
    const under = total(denominator.map((entry) => entry.value))
    const over = total(numerator.map((entry) => entry.value))
    const scale = isRate(spec) ? 100 : 1
    const sources = [...new Set([...numerator, ...denominator].map((entry) => entry.report))]
    return {
      indicator: spec.id,
      unit,
      value: under === 0 ? null : round((scale * over) / under),
      sources,
    }
  }
  const entries = valuesOf(reports, spec.id)
  if (entries.length === 0) return null
  return {
    indicator: spec.id,
    unit,
    value: combineValues(
      spec,
      entries.map((entry) => entry.value),
    ),
    sources: [...new Set(entries.map((entry) => entry.report))],
  }
}

export const emptyTaskCounts = (): TaskCounts =>
  Object.fromEntries([...TASK_STATUSES.map((status) => [status, 0]), ['total', 0]]) as TaskCounts

/** Task status counts of one report's task lines. */
export const countTaskLines = (lines: readonly { status: string | null }[]): TaskCounts => {
  const counts = emptyTaskCounts()
  for (const line of lines) {
    if ((TASK_STATUSES as readonly string[]).includes(line.status ?? '')) {
      counts[line.status as TaskStatus] += 1
    }
    counts.total += 1
  }
  return counts
}

/** The days a period's data covers (R12.3a), worked out once for many agencies. */
export type DataWindow = { from: string; to: string }

export const dataWindowOf = (period: Period, dataEndDay?: number): DataWindow => ({
  from: periodStart(period, dataEndDay),
  to: periodEnd(period, dataEndDay),
})

/** R12.3a: whether the agency reports for the period: a reporting kind that existed in its data window. */
export const reportsIn = (agency: AgencyInfo, window: DataWindow): boolean =>
  (REPORTING_AGENCY_KINDS as readonly string[]).includes(agency.kind) &&
  (!agency.validFrom || agency.validFrom <= window.to) &&
  (!agency.validTo || agency.validTo >= window.from)

/**
 * R12.3a: agencies expected to report for the period: reporting kinds that existed during its
 * data period.
 */
export const expectedAgencies = (
  agencies: readonly AgencyInfo[],
  period: Period,
  dataEndDay?: number,
): AgencyInfo[] => {
  const window = dataWindowOf(period, dataEndDay)
  return agencies.filter((agency) => reportsIn(agency, window))
}

const SENT = new Set(['submitted', 'resubmitted', 'accepted', 'returned'])

const missingStateOf = (report: PeriodReport | undefined): MissingState | null => {
  if (!report || report.status === 'draft') return 'not-submitted'
  if (report.status === 'returned') return 'returned'
  if (report.status === 'accepted') return null
  return 'awaiting-review'
}

const blank = (text: string | null | undefined) => !text || text.trim() === ''

/** R12.3b: the province's figures for the period, from the accepted reports only. */
export const aggregatePeriod = (input: AggregateInput): AggregateResult => {
  const agencies = new Map(input.agencies.map((agency) => [String(agency.id), agency]))
  const nameOf = (id: Id) => agencies.get(String(id))?.name ?? ''
  const byName = <T extends { agency: Id }>(rows: T[]) =>
    rows.sort((a, b) => nameOf(a.agency).localeCompare(nameOf(b.agency), 'vi'))
  const accepted = input.reports.filter((report) => report.status === 'accepted')

  const units = byUnit(accepted, agencies)
  const indicatorTotals = input.indicators.flatMap((spec) =>
    units.flatMap(({ unit, reports }) => {
      const figure = figureOf(spec, unit, reports)
      return figure ? [figure] : []
    }),
  )

  const taskCounts = byName(
    accepted
      .filter((report) => report.taskLines.length > 0)
      .map((report) => ({
        agency: report.agency,
        report: report.id,
        counts: countTaskLines(report.taskLines),
      })),
  )

  const late = byName(
    input.reports
      .filter((report) => SENT.has(report.status) && report.timeliness === 'late')
      .map((report) => ({
        agency: report.agency,
        report: report.id,
        submittedAt: report.submittedAt,
      })),
  )

  const reportOf = new Map(input.reports.map((report) => [String(report.agency), report]))
  const expected = expectedAgencies(input.agencies, input.period, input.dataEndDay)
  const missing = byName(
    expected.flatMap((agency) => {
      const report = reportOf.get(String(agency.id))
      const state = missingStateOf(report)
      return state ? [{ agency: agency.id, state, report: report?.id ?? null }] : []
    }),
  )

  const obstacles = byName(
    accepted.flatMap((report) => [
      ...(blank(report.obstacles)
        ? []
        : [{ agency: report.agency, report: report.id, text: report.obstacles!.trim() }]),
      ...report.taskLines
        .filter((line) => !blank(line.obstacles))
        .map((line) => ({
          agency: report.agency,
          report: report.id,
          text: line.taskTitle
            ? `${line.taskTitle}: ${line.obstacles!.trim()}`
            : line.obstacles!.trim(),
        })),
    ]),
  )
  const proposals = byName(
    accepted.flatMap((report) =>
      report.proposals
        .filter((text) => !blank(text))
        .map((text) => ({ agency: report.agency, report: report.id, text: text.trim() })),
    ),
  )

  return {
    indicatorTotals,
    taskCounts,
    late,
    missing,
    obstacles,
    proposals,
    counts: {
      expected: expected.length,
      accepted: accepted.length,
      late: late.length,
      missing: missing.length,
    },
  }
}

/** R12.3b: issued after the deadline day (the 21st by default, Vietnam time) is late. */
export const isAggregateLate = (
  issuedAt: Date | string,
  period: Period,
  aggregateBeforeDay: number,
): boolean => toVnDateKey(issuedAt) > aggregateDeadline(period, aggregateBeforeDay)
