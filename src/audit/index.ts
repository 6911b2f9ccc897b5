import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  Field,
} from 'payload'

import { systemOnly } from '../access'
import { canReadAll } from '../access/roles'
import { l } from '../i18n/label'
import type { CollectionHooks } from '../lib/hookChain'
import { idOf } from '../lib/relations'
import { notePasswordChange, recordPasswordReset, takePasswordChange } from './credentials'

export const AUDIT_LOG_SLUG = 'audit-log'

// Bookkeeping fields left out of "changed fields".
const IGNORED_FIELDS = new Set([
  'collection',
  '_strategy',
  'id',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'hash',
  'salt',
  'loginAttempts',
  'lockUntil',
  'sessions',
  // Follows the searched fields (src/search); their own change is recorded.
  'searchText',
])

// Shown to those who read every account: a reporter, who reads only his own, would see
// "Chưa có tiêu đề - ID: 2" for the secretariat's account.
const readsAccounts = (_data: unknown, _sibling: unknown, { user }: { user: unknown }) =>
  canReadAll(user as Parameters<typeof canReadAll>[0])

const authorFields: Field[] = [
  {
    name: 'createdBy',
    type: 'relationship',
    relationTo: 'users',
    label: l('Người tạo', 'Created by'),
    admin: { readOnly: true, position: 'sidebar', condition: readsAccounts },
    access: systemOnly,
  },
  {
    name: 'updatedBy',
    type: 'relationship',
    relationTo: 'users',
    label: l('Người sửa cuối', 'Last updated by'),
    admin: { readOnly: true, position: 'sidebar', condition: readsAccounts },
    access: systemOnly,
  },
]

const stampAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (!req.user || req.user.collection !== 'users') return data
  if (operation === 'create') data.createdBy = req.user.id
  data.updatedBy = req.user.id
  return data
}

// A relationship compares by id: the stored document holds ids, the result may hold documents.
const asIds = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(idOf)
    : value === null || value === undefined
      ? null
      : idOf(value)

export const changedFieldNames = (
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
  relationFields: ReadonlySet<string> = new Set(),
): string[] => {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  const comparable = (key: string, value: unknown) =>
    JSON.stringify(relationFields.has(key) ? asIds(value) : (value ?? null))
  return [...keys]
    .filter((key) => !IGNORED_FIELDS.has(key))
    .filter((key) => comparable(key, before?.[key]) !== comparable(key, after[key]))
    .sort()
}

const relationFieldNames = (fields: Field[]): string[] =>
  fields.flatMap((field) => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => relationFieldNames(tab.fields))
    if ('name' in field && field.name) {
      return field.type === 'relationship' || field.type === 'upload' ? [field.name] : []
    }
    return 'fields' in field ? relationFieldNames(field.fields) : []
  })

// Ids are numbers on the SQL adapters (strings on MongoDB, where Payload accepts either).
const userIdOf = (user: { id: number | string; collection?: string } | null | undefined) =>
  user && user.collection === 'users' ? (user.id as number) : undefined

const recordChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context.skipAudit) return doc
  const entry = await req.payload.create({
    collection: AUDIT_LOG_SLUG,
    data: {
      user: userIdOf(req.user),
      collectionSlug: collection.slug,
      documentId: String(doc.id),
      operation,
      changedFields: [
        ...changedFieldNames(
          operation === 'create' ? undefined : previousDoc,
          doc,
          new Set(relationFieldNames(collection.fields)),
        ),
        ...takePasswordChange(req, collection.slug, doc.id),
      ].sort(),
    },
    req,
    overrideAccess: true,
    // Nothing reads the entry back: no populating its user.
    depth: 0,
  })
  req.context.auditEntriesWritten?.push(entry.id)
  return doc
}

const recordDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (req.context.skipAudit) return doc
  await req.payload.create({
    collection: AUDIT_LOG_SLUG,
    data: {
      user: userIdOf(req.user),
      collectionSlug: collection.slug,
      documentId: String(doc.id),
      operation: 'delete',
      changedFields: [],
    },
    req,
    overrideAccess: true,
    // Nothing reads the entry back: no populating its user.
    depth: 0,
  })
  return doc
}

/** Adds the createdBy/updatedBy fields that the audit steps' `stampAuthor` fills. */
export const withAuthorFields = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields, ...authorFields],
})

/**
 * The audit steps of a collection's hook chain (src/lib/hookChain): createdBy/updatedBy stamped
 * and the append-only audit trail. A collection lists them last, after its own hooks.
 */
export const audit: CollectionHooks = {
  beforeChange: [stampAuthor],
  afterChange: [recordChange],
  afterDelete: [recordDelete],
}

/** The audit steps of an auth collection: a password change (update or reset) is listed too. */
export const accountAudit: CollectionHooks = {
  beforeChange: [stampAuthor, notePasswordChange],
  afterChange: [recordChange],
  afterOperation: [recordPasswordReset(AUDIT_LOG_SLUG)],
  afterDelete: [recordDelete],
}

/** Whether a collection's hook chain lists the audit steps (`audit` or `accountAudit`). */
export const listsAudit = (collection: CollectionConfig): boolean =>
  Boolean(
    collection.hooks?.beforeChange?.includes(stampAuthor) &&
      collection.hooks.afterChange?.includes(recordChange) &&
      collection.hooks.afterDelete?.includes(recordDelete),
  )
