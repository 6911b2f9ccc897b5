// The budget's records (lines, expenditures, settings) share one set of access rules (R13.1),
// kept in src/budget/access.ts with the roles that read the execution report.
export { readBudget, readBudgetHistory, recordBudget } from '../../src/budget/access'
