// Which widgets a user sees. Leaders, the secretariat and every read-all role see the province;
// a reporter sees his/her own agency: its headline, tasks, reporting timeliness and indicators.
import { agencyIdOf, canReadAll, type RoleBearer } from '../../src/access/roles'
import type { DashboardData, DashboardScope } from '../types'

export const WIDGETS = [
  'headline',
  'trend',
  'comparison',
  'tasksByAgency',
  'overdue',
  'heatmap',
  'compliance',
  'agencies',
  'budget',
  'attendance',
] as const
export type WidgetKey = (typeof WIDGETS)[number]

const AGENCY_WIDGETS: readonly WidgetKey[] = [
  'headline',
  'trend',
  'tasksByAgency',
  'overdue',
  'heatmap',
]

/** Whose figures the user sees; null when none (no read-all role and no agency of his/her own). */
export const dashboardScope = (user: RoleBearer): DashboardScope | null => {
  if (canReadAll(user)) return { agency: null }
  const agency = agencyIdOf(user)
  return agency === null ? null : { agency }
}

/** Budget and attendance appear once budget lines and meetings exist (their data is not null). */
export const widgetsFor = (
  scope: DashboardScope,
  data: Pick<DashboardData, 'budget' | 'attendance'>,
): WidgetKey[] =>
  (scope.agency === null ? WIDGETS : AGENCY_WIDGETS).filter(
    (key) =>
      (key !== 'budget' || (data.budget?.rows.length ?? 0) > 0) &&
      (key !== 'attendance' || (data.attendance?.rows.length ?? 0) > 0),
  )
