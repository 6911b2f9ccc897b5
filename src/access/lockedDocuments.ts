import type { Access, Collection, PayloadRequest, SanitizedConfig, Where } from 'payload'

import { idOf } from '../lib/relations'
import { recordIdOf } from '../lib/safeInput'

// Issue 11 M6: Payload adds `payload-locked-documents` (who is editing which record) with its
// default access, any logged-in user for everything: a viewer could create a lock in the
// admin's name, a reporter list every lock (other agencies' record ids) or delete others' locks.
// Payload offers no override for this internal collection, so the built config is amended.
//
// The admin's own locking keeps working: it creates and refreshes locks through the database
// adapter (no access check), reads them with the user's access (only the lock on the record
// being opened, which that user may read), releases its own lock through REST
// (DELETE /api/payload-locked-documents/:id) and takes a lock over with
// PATCH /api/payload-locked-documents/:id { user: <self> } on a record the user may edit.

export const LOCKED_DOCUMENTS = 'payload-locked-documents'

type LockData = { document?: unknown; globalSlug?: unknown; user?: unknown }
type StoredLock = { id: number | string } & LockData
const collectionOf = (req: PayloadRequest, slug: string): Collection | undefined =>
  (req.payload.collections as Record<string, Collection | undefined>)[slug]

type Target = { collection: string; id: number | string } | { global: string }

/** The id inside a polymorphic value `{ relationTo, value }` (value populated or not). */
const valueIdOf = (value: unknown): number | string | null =>
  value && typeof value === 'object' && 'value' in value
    ? idOf((value as { value: unknown }).value)
    : idOf(value)

const relationToOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'relationTo' in value
    ? (value as { relationTo: unknown }).relationTo
    : undefined

const isOwnLock = (req: PayloadRequest, lock: LockData): boolean => {
  const user = req.user
  if (!user) return false
  const relationTo = relationToOf(lock.user)
  return (
    String(valueIdOf(lock.user)) === String(user.id) &&
    (relationTo === undefined || relationTo === user.collection)
  )
}

/** What a lock is on: one record of a collection, or a global; null when malformed. */
const targetOf = (lock: LockData): Target | null => {
  const hasDocument = lock.document !== undefined && lock.document !== null
  const hasGlobal = lock.globalSlug !== undefined && lock.globalSlug !== null
  if (hasDocument === hasGlobal) return null
  if (hasGlobal) return typeof lock.globalSlug === 'string' ? { global: lock.globalSlug } : null
  const collection = relationToOf(lock.document)
  const id = recordIdOf(valueIdOf(lock.document))
  return typeof collection === 'string' && id !== null ? { collection, id } : null
}

/** Whether the user may update the record (or global) a lock is on: that is what a lock claims. */
const mayUpdate = async (req: PayloadRequest, target: Target): Promise<boolean> => {
  if ('global' in target) {
    const global = req.payload.config.globals.find((each) => each.slug === target.global)
    if (!global || global.lockDocuments === false || !global.access.update) return false
    return (await global.access.update({ req })) === true
  }
  const collection = collectionOf(req, target.collection)
  if (!collection || collection.config.lockDocuments === false) return false
  const access = await collection.config.access.update({ id: target.id as number, req })
  if (access === false) return false
  const byId: Where = { id: { equals: target.id } }
  const { totalDocs } = await req.payload.count({
    collection: collection.config.slug,
    where: access === true ? byId : { and: [byId, access] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** Create: only one's own lock, on a record or global one may update. */
const createLock: Access = async ({ req, data }) => {
  const lock = (data ?? {}) as LockData
  if (!req.user || !isOwnLock(req, lock)) return false
  const target = targetOf(lock)
  return target !== null && mayUpdate(req, target)
}

/**
 * Update: the lock ends up the user's own, on a record he/she may update. This is the admin's
 * "take over" (a lock of someone else handed to oneself); bulk updates are refused.
 */
const updateLock: Access = async ({ req, id, data }) => {
  if (!req.user || id === undefined || recordIdOf(id) === null) return false
  const stored = await req.payload.db.findOne<StoredLock>({
    collection: LOCKED_DOCUMENTS,
    where: { id: { equals: id } },
    req,
  })
  if (!stored) return false
  const lock = { ...stored, ...((data ?? {}) as LockData) }
  const target = targetOf(lock)
  return isOwnLock(req, lock) && target !== null && mayUpdate(req, target)
}

/** Delete: one's own locks only. */
const deleteLock: Access = ({ req: { user } }) =>
  user ? { 'user.value': { equals: user.id } } : false

/**
 * Read: one's own locks, and others' locks on records (or globals) the user may read. The
 * locks table holds one row per record being edited, so it is read whole; each collection's
 * read access then decides, in one query per collection that has locks.
 */
const readLock: Access = async ({ req }) => {
  const user = req.user
  if (!user) return false
  const own: Where = { 'user.value': { equals: user.id } }
  const { docs } = await req.payload.find({
    collection: LOCKED_DOCUMENTS,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const readable = await readableLockIds(req, docs as unknown as StoredLock[])
  return readable.length ? { or: [own, { id: { in: readable } }] } : own
}

const readableLockIds = async (
  req: PayloadRequest,
  locks: StoredLock[],
): Promise<(number | string)[]> => {
  const byCollection = new Map<string, { lock: StoredLock; id: number | string }[]>()
  const readable: (number | string)[] = []
  for (const lock of locks) {
    const target = targetOf(lock)
    if (!target) continue
    if ('global' in target) {
      const global = req.payload.config.globals.find((each) => each.slug === target.global)
      if (global?.access.read && (await global.access.read({ req })) === true)
        readable.push(lock.id)
      continue
    }
    byCollection.set(target.collection, [
      ...(byCollection.get(target.collection) ?? []),
      { lock, id: target.id },
    ])
  }
  for (const [slug, entries] of byCollection) {
    const collection = collectionOf(req, slug)
    if (!collection) continue
    const access = await collection.config.access.read({ req })
    if (access === false) continue
    const ids = [...new Set(entries.map((entry) => entry.id))]
    const inIds: Where = { id: { in: ids } }
    const { docs } = await req.payload.find({
      collection: collection.config.slug,
      where: access === true ? inIds : { and: [inIds, access] },
      depth: 0,
      limit: ids.length,
      pagination: false,
      select: {},
      overrideAccess: true,
      req,
    })
    const visible = new Set(docs.map((doc) => String(doc.id)))
    readable.push(...entries.filter((entry) => visible.has(String(entry.id))).map((e) => e.lock.id))
  }
  return readable
}

/**
 * Applied to the built config (next to `lockJobStats`): the access above on Payload's
 * locked-documents collection.
 */
export const guardDocumentLocks = (config: SanitizedConfig): SanitizedConfig => {
  const locks = config.collections.find((collection) => collection.slug === LOCKED_DOCUMENTS)
  if (locks) {
    locks.access = {
      ...locks.access,
      create: createLock,
      read: readLock,
      update: updateLock,
      delete: deleteLock,
    }
  }
  return config
}
