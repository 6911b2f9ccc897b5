// The dashboard's contract: the filters a leader picks and the data each widget receives.
// Query functions in `dashboards/queries/` return these shapes; the view in `dashboards/view/`
// draws them. Every figure carries a `href` to the admin list of exactly the records counted.
import type { TaskStatus } from '../hooks/rules/taskStatus'
import type { Id } from '../src/lib/ids'

export type { Id }

/** A reporting month, `YYYY-MM` (Vietnam calendar). */
export type Period = string
export type Label = { vi: string; en: string }

export type DashboardFilters = {
  /** The selected month; ranges run `from` … `period` (trend, heatmap). */
  period: Period
  from: Period
  /** Agency kind (agencies.kind) or null for all. */
  agencyKind: string | null
  /** A district (agencies of kind district and their communes) or null for the province. */
  district: Id | null
  /** Indicator picked for the trend and comparison widgets. */
  indicator: Id | null
}

/** Who is looking: a reporter's dashboard is scoped to the reporter's agency. */
export type DashboardScope = { agency: Id | null }

/** A number with the link to the records behind it. */
export type Figure = { value: number; href: string }

export type Headline = {
  period: Period
  /** What the figures count and as of when (src/figures/monthFigures.ts), shown under the widget. */
  definitions: { tasks: Label; reports: Label }
  tasks: { completed: Figure; total: Figure; onTimeRate: number | null; openOverdue: Figure }
  reports: {
    expected: number
    received: Figure
    onTime: Figure
    late: Figure
    /** Agencies without a report: a breach only once `due` (R12.3a). */
    missing: Figure
    /** The month's report deadline (YYYY-MM-DD, the last day on time) and whether it has passed. */
    deadline: string
    due: boolean
  }
  keyIndicators: {
    indicator: Id
    code: string
    name: Label
    unit: string
    /** Since January for a flow indicator (see IndicatorSummary). */
    yearToDate: boolean
    value: number | null
    target: number | null
    href: string
  }[]
}

/**
 * A flow indicator (summed, e.g. applications received) is shown as its total since January
 * (`yearToDate`), to compare with the year's target; a level (latest, average, ratio) as it stood.
 */
export type IndicatorSummary = {
  id: Id
  code: string
  name: Label
  unit: string
  yearToDate: boolean
}

export type IndicatorTrend = {
  indicator: IndicatorSummary | null
  points: { period: Period; value: number | null; target: number | null; href: string }[]
}

export type IndicatorComparison = {
  indicator: IndicatorSummary | null
  /** Districts for the province view, agencies inside a district or kind; sorted by value desc (the ranking). */
  rows: { id: Id; name: string; value: number | null; target: number | null; href: string }[]
}

export type TaskCategory = Extract<
  TaskStatus,
  'completed-on-time' | 'completed-late' | 'open-within-deadline' | 'open-overdue'
>
export type TasksByAgency = {
  rows: { agency: Id; name: string; counts: Record<TaskCategory, Figure> }[]
  /** Lead agencies with tasks in the scope; more than `rows` when the page shows the first. */
  total: number
}
export type OverdueTasks = {
  rows: {
    id: Id
    code: string
    title: string
    agency: string
    dueDate: string
    daysOverdue: number
    href: string
  }[]
  total: number
}

export type CellState = 'on-time' | 'late' | 'missing' | 'locked' | 'not-due'
export type TimelinessHeatmap = {
  periods: Period[]
  /** The agencies expected to report, of which `rows` may show the furthest behind only. */
  total: number
  rows: { agency: Id; name: string; cells: { period: Period; state: CellState; href: string }[] }[]
}

export type Check = { state: 'pass' | 'breach' | 'not-due'; href: string; detail?: Label }
export type ComplianceScorecard = {
  rule: Record<
    'meeting' | 'notice' | 'conclusions' | 'absences' | 'reports' | 'aggregate' | 'reviews',
    string
  >
  months: {
    period: Period
    meeting: Check
    notice: Check
    conclusions: Check
    /** R11.4: absent members sent a substitute (or were released by the chair). */
    absences: Check
    reports: Check
    aggregate: Check
  }[]
  /** R11.1b: each year of the range, its six-month and year-end review (the latter due by 31/01 next). */
  reviews: { year: number; sixMonth: Check; yearEnd: Check }[]
}

export type AgencyScorecard = {
  year: number
  /** The agencies expected to report, of which `rows` may show those needing attention only. */
  total: number
  rows: {
    agency: Id
    name: string
    reportsOnTime: number
    reportsLate: number
    reportsMissing: number
    taskOnTimeRate: number | null
    extensions: number
    attendanceInPerson: number
    attendanceBySubstitute: number
    absences: number
    /** R12.2: the Standing's working sessions with the agency in the year. */
    workingSessions: number
    /** R12.4: the agency's obstacles and proposals still open, and those past their due date. */
    obstaclesOpen: number
    obstaclesOverdue: number
    /** R7.2: urging letters issued to the agency in the year, and the link to them. */
    urgingLetters: number
    urgingLettersHref: string
    /** R7.2: the register's list with this agency chosen to draft a letter (standing body only). */
    urgeHref: string | null
    sessionsHref: string
    obstaclesHref: string
    href: string
  }[]
}

export type BudgetExecution = {
  year: number
  rows: { line: Id; name: string; allocated: number; spent: number; href: string }[]
}

export type AttendanceByAgency = {
  rows: {
    agency: Id
    name: string
    meetings: number
    inPerson: number
    bySubstitute: number
    absent: number
    href: string
  }[]
}

export type DashboardData = {
  filters: DashboardFilters
  headline: Headline
  trend: IndicatorTrend
  comparison: IndicatorComparison
  tasksByAgency: TasksByAgency
  overdueTasks: OverdueTasks
  heatmap: TimelinessHeatmap
  compliance: ComplianceScorecard
  agencies: AgencyScorecard
  budget: BudgetExecution | null
  attendance: AttendanceByAgency | null
}
