import type { PayloadRequest } from 'payload'

import { vnToday } from '../../src/lib/clock'
import type { DashboardData, DashboardFilters, DashboardScope } from '../types'
import { agencyScorecard } from './agencyScorecard'
import { attendanceByAgency } from './attendanceByAgency'
import { budgetExecution } from './budgetExecution'
import { complianceScorecard } from './complianceScorecard'
import { createContext, loadCharterNumbers, scopeOf, type DashboardContext } from './context'
import { headline } from './headline'
import { indicatorComparison } from './indicatorComparison'
import { indicatorTrend } from './indicatorTrend'
import { overdueTasks } from './overdueTasks'
import { DASHBOARD_ROWS } from './rowLimit'
import { sharedReadsFor } from './sharedReads'
import { tasksByAgency } from './tasksByAgency'
import { timelinessHeatmap } from './timelinessHeatmap'

export { parseFilters, monthsBetween } from './filters'
export { createContext, scopeOf, type DashboardContext } from './context'
export {
  agencyScorecard,
  attendanceByAgency,
  budgetExecution,
  complianceScorecard,
  headline,
  indicatorComparison,
  indicatorTrend,
  overdueTasks,
  tasksByAgency,
  timelinessHeatmap,
}

/** Every widget's query function, by the DashboardData key it fills. */
export const WIDGET_QUERIES = {
  headline,
  trend: indicatorTrend,
  comparison: indicatorComparison,
  tasksByAgency,
  overdueTasks,
  heatmap: timelinessHeatmap,
  compliance: complianceScorecard,
  agencies: agencyScorecard,
  budget: budgetExecution,
  attendance: attendanceByAgency,
} satisfies {
  [K in Exclude<keyof DashboardData, 'filters'>]: (
    ctx: DashboardContext,
  ) => Promise<DashboardData[K]>
}

/**
 * The whole dashboard for the viewer in `req`, in parallel from the rollups and a few small tables:
 * a constant number of statements whatever the data size, and one (the data's version) when the
 * same view was read since the data last changed. A reporter's dashboard is scoped to the
 * reporter's agency whatever `scope` says.
 */
export const loadDashboard = async (
  req: PayloadRequest,
  filters: DashboardFilters,
  scope: DashboardScope = scopeOf(req.user),
  today: string = vnToday(),
  { rowLimit = DASHBOARD_ROWS }: { rowLimit?: number | null } = {},
): Promise<DashboardData> => {
  // The same view asked for again, with the data unchanged, reuses its reads (sharedReads.ts).
  const shared = await sharedReadsFor(req, [req.user?.id ?? null, filters, scope, today, rowLimit])
  // R12.3a: the month is judged on its data's cut-off day, from the charter numbers in force
  // (read once: the widgets reuse the memoised read).
  const first = createContext(req, filters, scope, today, undefined, shared)
  const { dataEndDay } = (await loadCharterNumbers(first))(filters.period)
  const ctx = {
    ...first,
    day: createContext(req, filters, scope, today, dataEndDay).day,
    rowLimit,
  }
  const [
    headlineData,
    trend,
    comparison,
    tasks,
    overdue,
    heatmap,
    compliance,
    agencies,
    budget,
    attendance,
  ] = await Promise.all([
    headline(ctx),
    indicatorTrend(ctx),
    indicatorComparison(ctx),
    tasksByAgency(ctx),
    overdueTasks(ctx),
    timelinessHeatmap(ctx),
    complianceScorecard(ctx),
    agencyScorecard(ctx),
    budgetExecution(ctx),
    attendanceByAgency(ctx),
  ])
  return {
    filters,
    headline: headlineData,
    trend,
    comparison,
    tasksByAgency: tasks,
    overdueTasks: overdue,
    heatmap,
    compliance,
    agencies,
    budget,
    attendance,
  }
}
