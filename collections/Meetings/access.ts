import { reporterScoped } from '../../src/access'

/**
 * The read-all roles see every meeting. A reporter sees the meetings his/her agency is invited to
 * (through a member's seat, as a guest's agency or as a presenting agency), where the agency
 * prepares its report (R11.4); the filter runs in the database on a stored list of agencies.
 */
export const readMeetings = reporterScoped((agencyId) => ({ invitedAgencies: { in: [agencyId] } }))
