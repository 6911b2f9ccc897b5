import type { Access } from 'payload'

import { agencyIdOf, canReadAll, hasRole } from '../../src/access/roles'

/**
 * The read-all roles see every meeting. A reporter sees the meetings his/her agency is invited to
 * (through a member's seat, as a guest's agency or as a presenting agency), where the agency
 * prepares its report (R11.4); the filter runs in the database on a stored list of agencies.
 */
export const readMeetings: Access = ({ req: { user } }) => {
  if (!user) return false
  if (canReadAll(user)) return true
  const agencyId = agencyIdOf(user)
  if (!hasRole(user, 'reporter') || agencyId === null) return false
  return { invitedAgencies: { in: [agencyId] } }
}
