import { withRoles } from '../access'
import type { SystemRole } from '../access/roles'

/** Who reads the budget (R13): everyone but agency reporters. */
export const BUDGET_READER_ROLES: SystemRole[] = [
  'finance',
  'admin',
  'secretariat',
  'leader',
  'viewer',
]

/** Who downloads the budget execution report. */
export const REPORT_READER_ROLES: SystemRole[] = ['finance', 'admin', 'secretariat', 'leader']

export const readBudget = withRoles(...BUDGET_READER_ROLES)

/** R13.1: only finance officers record allocations and spending (the police's: see the hooks). */
export const recordBudget = withRoles('finance')

/** Version history of budget records: the finance officers and administrators. */
export const readBudgetHistory = withRoles('finance', 'admin')
