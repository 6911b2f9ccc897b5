import type { Access } from 'payload'

import { anyOf, reporterScoped } from '../../src/access'
import { isOrgEditor } from '../../src/access/roles'

/** The read-all roles read every account, a reporter his/her agency's, anyone else his/her own. */
export const readUsers = reporterScoped(
  (agencyId, { user }) => anyOf({ id: { equals: user.id } }, { agency: { equals: agencyId } }),
  { otherwise: ({ user }) => ({ id: { equals: user.id } }) },
)

// Which accounts a user may write at all; what he may change in them is checked by ./guards.ts
// (credentials, roles, agency, administrators' accounts).
export const updateUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isOrgEditor(user)) return true
  return { id: { equals: user.id } }
}
