// The rollup collections' slugs (collections/Rollups/), shared by their writers and readers.
export const ROLLUP_SLUGS = {
  agencyMonths: 'rollup-agency-months',
  scopeMonths: 'rollup-scope-months',
  agencyTasks: 'rollup-agency-tasks',
  meetingMonths: 'rollup-meeting-months',
} as const
