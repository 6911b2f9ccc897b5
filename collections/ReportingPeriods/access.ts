import { withRoles } from '../../src/access'

/** Administrators and the standing body's secretariat keep the reporting periods. */
export const keepReportingPeriods = withRoles('admin', 'secretariat')

/** The periods' history: the secretariat and the leaders too. */
export const readReportingPeriodHistory = withRoles('admin', 'secretariat', 'leader')
