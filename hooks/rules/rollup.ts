import { combineValues, type IndicatorSpec } from './aggregate'
import { addDaysToKey, daysBetweenKeys } from '../../src/lib/clock'
import { taskStatus, type TaskStatus } from './taskStatus'
import type { Id } from '../../src/lib/ids'

// The dashboard's rollups (like DHIS2's analytics tables): the facts of each agency's monthly
// report, totals per scope and month, and each agency's tasks in compact form. Pure: the loaders
// in src/rollups/ read the source rows and write what these functions compute.

/** R12.3a: how an agency stands for a month; a draft (never submitted) counts as missing. */
export type ReportState = 'on-time' | 'late' | 'missing'

export const reportStateOf = (timeliness: unknown): ReportState =>
  timeliness === 'on-time' || timeliness === 'late' ? timeliness : 'missing'

/** One agency's report for one month, as the rollup keeps it. */
export type AgencyMonthFacts = {
  agency: string
  /** The agency's district: itself for a district, its parent for a commune, null otherwise. */
  district: string | null
  agencyKind: string
  period: string
  report: string | null
  status: string | null
  state: ReportState
  accepted: boolean
  /** The report's indicator values, by indicator id. */
  values: Record<string, number>
  /** Its task lines counted by the status they had at the end of the month. */
  taskCounts: Record<string, number>
}

export const agencyMonthKey = (agency: Id, period: string) => `${agency}@${period}`

/** The scopes a row counts to: the province, its kind, and its district (alone and with the kind). */
export const scopesOf = (row: { district: string | null; agencyKind: string }): string[] => [
  'province',
  `kind:${row.agencyKind}`,
  ...(row.district === null
    ? []
    : [`district:${row.district}`, `district:${row.district}|kind:${row.agencyKind}`]),
]

/** The scope the dashboard's filters select. */
export const scopeKeyOf = (district: Id | null, kind: string | null): string => {
  if (district !== null && kind) return `district:${district}|kind:${kind}`
  if (district !== null) return `district:${district}`
  if (kind) return `kind:${kind}`
  return 'province'
}

export const scopeMonthKey = (scope: string, period: string) => `${scope}@${period}`

export type ScopeMonthFacts = {
  scope: string
  period: string
  received: number
  onTime: number
  late: number
  accepted: number
  /** Indicator figures of the scope, from the accepted reports, by indicator id. */
  values: Record<string, number | null>
  /**
   * The agencies that reported that month, on time and late (every other agency: missing): the
   * heatmap and the scorecards read the scope's months (≤ 24 rows), not every agency-month row.
   */
  states: MonthStates
}

/** R12.3a: the ids of the agencies whose report of the month came on time, and late. */
export type MonthStates = { onTime: string[]; late: string[] }

/** Sorted, so a row computed from the same reports read in another order is the same row. */
export const monthStatesOf = (rows: readonly AgencyMonthFacts[]): MonthStates => ({
  onTime: rows
    .filter((row) => row.state === 'on-time')
    .map((row) => row.agency)
    .sort(),
  late: rows
    .filter((row) => row.state === 'late')
    .map((row) => row.agency)
    .sort(),
})

const DUE: readonly string[] = ['completed-on-time', 'completed-late', 'open-overdue']
const round = (value: number) => Math.round(value * 100) / 100

/** Figures counted from the reports' task lines (indicators whose source is `tasks`). */
const taskMeasure = (measure: string | null, counts: Record<string, number>): number | null => {
  const of = (status: string) => counts[status] ?? 0
  switch (measure) {
    case 'completed-on-time':
      return of('completed-on-time')
    case 'open-overdue':
      return of('open-overdue')
    case 'on-time-rate': {
      const due = DUE.reduce((sum, status) => sum + of(status), 0)
      return due === 0 ? null : round((100 * of('completed-on-time')) / due)
    }
    default:
      return null
  }
}

/**
 * R12.3b: one scope's figures for a month from its agencies' accepted reports, with each
 * indicator's aggregation (`combineValues`, shared with the province's aggregate report); a
 * derived ratio is the ratio of the totals, never an average of ratios.
 */
export const scopeFigures = (
  indicators: readonly IndicatorSpec[],
  rows: readonly AgencyMonthFacts[],
): Record<string, number | null> => {
  const accepted = rows.filter((row) => row.accepted)
  const valuesOf = (id: Id) =>
    accepted.map((row) => row.values[String(id)]).filter((v): v is number => typeof v === 'number')
  const figures: Record<string, number | null> = {}
  for (const spec of indicators) {
    if (spec.source === 'tasks') {
      const counts: Record<string, number> = {}
      for (const row of accepted)
        for (const [status, n] of Object.entries(row.taskCounts))
          counts[status] = (counts[status] ?? 0) + n
      figures[String(spec.id)] = accepted.length ? taskMeasure(spec.taskMeasure, counts) : null
    } else if (spec.source === 'derived' && spec.numerator !== null && spec.denominator !== null) {
      const over = valuesOf(spec.numerator)
      const under = valuesOf(spec.denominator)
      const total = under.reduce((a, b) => a + b, 0)
      const scale = spec.unit.trim() === '%' ? 100 : 1
      figures[String(spec.id)] =
        over.length === 0 || under.length === 0 || total === 0
          ? null
          : round((scale * over.reduce((a, b) => a + b, 0)) / total)
    } else {
      figures[String(spec.id)] = combineValues(spec, valuesOf(spec.id))
    }
  }
  return figures
}

/** The part of an agency's month its scopes are computed from (see `scopeMonths`). */
export type ScopeInputs = Pick<
  AgencyMonthFacts,
  'district' | 'agencyKind' | 'state' | 'accepted' | 'values' | 'taskCounts'
>

const sameRecord = (a: Record<string, number>, b: Record<string, number>) => {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

/**
 * R12.3a: whether an agency's month, rewritten, leaves its scopes' rows as they were: same
 * scopes, same state, and (figures count accepted reports only) the same values when accepted.
 * A draft's save changes only its own row, so the scopes are not recomputed. Never true for a
 * month that had no row: its first report creates the scopes' rows.
 */
export const scopesUnchanged = (before: ScopeInputs | null, after: ScopeInputs | null): boolean => {
  if (before === null || after === null) return false
  if (
    (before.district ?? null) !== (after.district ?? null) ||
    before.agencyKind !== after.agencyKind ||
    before.state !== after.state ||
    Boolean(before.accepted) !== Boolean(after.accepted)
  )
    return false
  if (!after.accepted) return true
  return (
    sameRecord(before.values ?? {}, after.values ?? {}) &&
    sameRecord(before.taskCounts ?? {}, after.taskCounts ?? {})
  )
}

/** R12.3a counts and figures of every scope the rows touch, for one month. */
export const scopeMonths = (
  indicators: readonly IndicatorSpec[],
  period: string,
  rows: readonly AgencyMonthFacts[],
): ScopeMonthFacts[] => {
  const byScope = new Map<string, AgencyMonthFacts[]>()
  for (const row of rows) {
    for (const scope of scopesOf(row)) byScope.set(scope, [...(byScope.get(scope) ?? []), row])
  }
  return [...byScope.entries()].map(([scope, members]) => ({
    scope,
    period,
    received: members.filter((row) => row.state !== 'missing').length,
    onTime: members.filter((row) => row.state === 'on-time').length,
    late: members.filter((row) => row.state === 'late').length,
    accepted: members.filter((row) => row.accepted).length,
    values: scopeFigures(indicators, members),
    states: monthStatesOf(members),
  }))
}

/** A task as the agency-tasks rollup keeps it: enough to compute its status on any day. */
export type TaskFact = {
  id: Id
  /** assignedOn, startDate, the original due date, the due date in force, completedOn. */
  assignedOn: string | null
  startDate: string | null
  dueDate: string | null
  effectiveDueDate: string | null
  completedOn: string | null
  recurring: boolean
  paused: boolean
  extensions: number
}

/**
 * A task as stored in the rollup: a tuple in TaskFact's field order, days as day numbers since
 * 1970-01-01 (flags: 1 recurring, 2 paused). A province has thousands of tasks: without key names
 * and date strings their JSON is a third of the size to parse on every dashboard.
 */
export type StoredTask = [
  id: Id,
  assignedOn: number | null,
  startDate: number | null,
  dueDate: number | null,
  effectiveDueDate: number | null,
  completedOn: number | null,
  flags: number,
  extensions: number,
]

const EPOCH = '1970-01-01'

/** 'YYYY-MM-DD' → days since 1970-01-01. */
export const dayNumberOf = (day: string | null): number | null =>
  day === null ? null : daysBetweenKeys(EPOCH, day)

// Few distinct days recur across thousands of tasks: each is formatted once.
const dayKeys = new Map<number, string>()
/** Days since 1970-01-01 → 'YYYY-MM-DD'. */
export const dayKeyOfNumber = (day: number | null): string | null => {
  if (day === null) return null
  let key = dayKeys.get(day)
  if (key === undefined) {
    key = addDaysToKey(EPOCH, day)
    dayKeys.set(day, key)
  }
  return key
}

export const storeTask = (task: TaskFact): StoredTask => [
  task.id,
  dayNumberOf(task.assignedOn),
  dayNumberOf(task.startDate),
  dayNumberOf(task.dueDate),
  dayNumberOf(task.effectiveDueDate),
  dayNumberOf(task.completedOn),
  (task.recurring ? 1 : 0) | (task.paused ? 2 : 0),
  task.extensions,
]

export const readStoredTask = ([
  id,
  assignedOn,
  startDate,
  dueDate,
  effectiveDueDate,
  completedOn,
  flags,
  extensions,
]: StoredTask): TaskFact => ({
  id,
  assignedOn: dayKeyOfNumber(assignedOn),
  startDate: dayKeyOfNumber(startDate),
  dueDate: dayKeyOfNumber(dueDate),
  effectiveDueDate: dayKeyOfNumber(effectiveDueDate),
  completedOn: dayKeyOfNumber(completedOn),
  recurring: (flags & 1) !== 0,
  paused: (flags & 2) !== 0,
  extensions,
})

/**
 * R3.2: tasks completed long ago, kept as counts. A completed task's status never changes again,
 * so the tasks completed (and assigned) before `before` only add to the completed counts of any
 * day from `before` on; the dashboard keeps the others one by one. `before` is January 1 of the
 * year before the rollup was computed, so this year's and last year's views need no task twice.
 */
export type SettledTasks = { before: string; onTime: number; late: number }

export const settledBeforeOn = (today: string): string => `${Number(today.slice(0, 4)) - 1}-01-01`

export const settleTasks = (
  tasks: readonly TaskFact[],
  before: string,
): { tasks: TaskFact[]; settled: SettledTasks } => {
  const settled: SettledTasks = { before, onTime: 0, late: 0 }
  const kept: TaskFact[] = []
  for (const task of tasks) {
    const done = task.completedOn !== null && task.completedOn < before && assignedBy(task, before)
    if (!done) kept.push(task)
    else if (taskStatusOn(task, before) === 'completed-on-time') settled.onTime++
    else settled.late++
  }
  return { tasks: kept, settled }
}

/** R3.2: the task's status on `day`, as it stood then (a completion after `day` had not happened). */
export const taskStatusOn = (task: TaskFact, day: string): TaskStatus =>
  taskStatus(
    {
      startDate: task.startDate,
      dueDate: task.effectiveDueDate ?? task.dueDate,
      completedOn: task.completedOn && task.completedOn <= day ? task.completedOn : null,
      recurring: task.recurring,
      paused: task.paused,
    },
    day,
  )

/** Whether the task had been assigned by `day` (tasks without a date count from the start). */
export const assignedBy = (task: TaskFact, day: string): boolean =>
  !task.assignedOn || task.assignedOn <= day

/** Whole days past the due date in force on `day`. */
export const daysOverdueOn = (task: TaskFact, day: string): number => {
  const due = task.effectiveDueDate ?? task.dueDate
  if (!due || (task.completedOn && task.completedOn <= day) || day <= due) return 0
  return Math.round((Date.parse(day) - Date.parse(due)) / 86_400_000)
}

/**
 * A meeting as the meeting-months rollup keeps it: enough for the R14.2 scorecard and R6.2
 * attendance, in compact form (member seat ids; an invited member in neither list was absent).
 */
export type MeetingFact = {
  id: Id
  kind: string
  group: Id | null
  servesMonth: string
  status: string
  noticeSentAt: string | null
  noticeLate: boolean
  lateInMonth: boolean
  invited: Id[]
  present: Id[]
  bySubstitute: Id[]
  /** How many conclusion deliveries were recorded (R11.3b). */
  deliveries: number
}
