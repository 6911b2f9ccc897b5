import type { Access } from 'payload'

import { anyOf } from '../../src/access'
import { canReadAll } from '../../src/access/roles'

/** The read-all roles read every delegation; others only those they gave or received. */
export const readDelegations: Access = ({ req: { user } }) => {
  if (!user) return false
  if (canReadAll(user)) return true
  return anyOf({ grantee: { equals: user.id } }, { grantor: { equals: user.id } })
}
