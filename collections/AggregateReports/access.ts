import type { Access } from 'payload'

import { canReadAll, hasRole } from '../../src/access/roles'

// R12.3b: the standing body (its secretariat, and administrators) prepares and issues the
// province's aggregate report; the read-all roles (leaders among them) read it; an agency's
// reporter does not.

export const readAggregates: Access = ({ req: { user } }) => canReadAll(user)

export const standingBodyOnly: Access = ({ req: { user } }) => hasRole(user, 'admin', 'secretariat')

export const canIssueAggregates = (user: Parameters<typeof hasRole>[0]): boolean =>
  hasRole(user, 'admin', 'secretariat')
