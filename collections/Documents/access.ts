import type { Access, FieldAccess } from 'payload'

import { canReadAll, hasRole } from '../../src/access/roles'

/** Reporters read what has been issued; drafts stay with the standing body. */
export const readDocuments: Access = ({ req: { user } }) => {
  if (!user) return false
  if (canReadAll(user)) return true
  return hasRole(user, 'reporter') ? { status: { equals: 'issued' } } : false
}

/** An issued document shows read-only; a write to it is refused by enforceDocumentRules. */
export const untilIssued: FieldAccess = ({ doc }) => doc?.status !== 'issued'
