// Shared by the audit log tests (test/int/audit-*.test.ts): each test file builds its own world on
// its own database (`createAuditWorld` in its beforeAll): a user of every system role, and reads of
// the audit log.
import type { CollectionSlug, Payload } from 'payload'

import type { AuditLog, User } from '../../payload-types'
import { SYSTEM_ROLES, type SystemRole } from '../../src/access/roles'
import { AUDIT_LOG_SLUG } from '../../src/audit'
import { createUser, unique } from './fixtures'
import { initPayload } from './payload'

export const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

/** A new department's data, valid as it is. */
export const newAgencyData = () => ({
  name: unique('Sở'),
  code: unique('S'),
  kind: 'department' as const,
})

/** The audit entries of one document, oldest first. */
const auditEntriesOf = async (
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
): Promise<AuditLog[]> =>
  (
    await payload.find({
      collection: AUDIT_LOG_SLUG,
      where: {
        and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: String(id) } }],
      },
      sort: 'id',
      depth: 0,
      pagination: false,
    })
  ).docs

/** The test file's Payload, one user of every system role, and reads of its audit log. */
export const createAuditWorld = async () => {
  const payload = await initPayload()
  const users = {} as Record<SystemRole, User>
  for (const role of SYSTEM_ROLES) users[role] = await createUser(payload, { roles: [role] })
  const entriesOf = (collection: CollectionSlug, id: number | string) =>
    auditEntriesOf(payload, collection, id)
  return {
    payload,
    users,
    admin: users.admin,
    secretariat: users.secretariat,
    entriesOf,
    /** The latest audit entry of one document. */
    lastEntryOf: async (collection: CollectionSlug, id: number) =>
      (await entriesOf(collection, id)).at(-1),
    /** How many entries the audit log holds. */
    auditCount: async () => (await payload.count({ collection: AUDIT_LOG_SLUG })).totalDocs,
  }
}

export type AuditWorld = Awaited<ReturnType<typeof createAuditWorld>>
