import type { Access } from 'payload'

import { anyOf } from '../../src/access'
import { agencyIdOf, canReadAll, hasRole } from '../../src/access/roles'

export const readUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (canReadAll(user)) return true
  const agencyId = agencyIdOf(user)
  if (hasRole(user, 'reporter') && agencyId !== null) {
    return anyOf({ id: { equals: user.id } }, { agency: { equals: agencyId } })
  }
  return { id: { equals: user.id } }
}

// Which accounts a user may write at all; what he may change in them is checked by ./guards.ts
// (credentials, roles, agency, administrators' accounts).
export const updateUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'secretariat')) return true
  return { id: { equals: user.id } }
}
