import type { Access } from 'payload'

import { canReadAll, hasRole } from '../../src/access/roles'

// R7.6: the Support Group's secretaries (the standing body's secretariat) and administrators
// prepare and issue its periodic report; the read-all roles (the Working Group's leaders among
// them) read it; an agency's reporter does not.

export const readSupportGroupReports: Access = ({ req: { user } }) => canReadAll(user)

export const canPrepareSupportGroupReports = (user: Parameters<typeof hasRole>[0]): boolean =>
  hasRole(user, 'admin', 'secretariat')

export const writeSupportGroupReports: Access = ({ req: { user } }) =>
  canPrepareSupportGroupReports(user)
