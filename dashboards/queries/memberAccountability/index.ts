// R2.2: each Working Group member answers to the Head for the tasks of his/her own agency. The
// accountability view shows, per member seat (a `members` record of a Working Group) in office
// during a year: the tasks the member's agency leads in the four task categories, the overdue
// ones, the member's attendance at the held meetings of the year, the agency's monthly reports
// (on time / late / missing) and who held the seat on each date (terms, delegations, the Head's
// leave). Every read goes through the Local API with the viewer's access (a reporter sees his/her
// own agency only), in a constant number of statements whatever the number of members.

export { memberAccountability } from './figures'
export {
  ACCOUNTABILITY_PATH,
  AccountabilityInputError,
  parseAccountabilityParams,
  type AccountabilityParams,
} from './params'
export type {
  MeetingLine,
  MemberAccountability,
  MemberAccountabilityDetail,
  MemberAccountabilityRow,
  OverdueTaskLine,
  ReportLine,
  SeatEntry,
} from './types'
export { reportWhere, taskWheres } from './wheres'
