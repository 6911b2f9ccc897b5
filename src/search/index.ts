import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  CollectionSlug,
  Field,
  Payload,
  PayloadRequest,
  Where,
} from 'payload'

import { systemOnly } from '../access'
import { findField } from '../lib/fieldLabels'
import type { CollectionHooks } from '../lib/hookChain'
import { idOf } from '../lib/relations'
import { normaliseSearchWhere, SEARCH_TEXT, searchTextOf } from './normalise'

// Accent- and case-insensitive list search (issue 13, item 12). Payload's list search is a `like`
// on `admin.listSearchableFields`, which compares accents and (on PostgreSQL) case. A collection
// that declares `custom.search` gets a hidden `searchText` column holding its searchable values
// normalised (src/search/normalise.ts), kept by a beforeChange hook, and its queries on that column
// are normalised too (beforeOperation): "so suc khoe" and "SỞ SỨC" both find "Sở Sức khỏe".

export type SearchSpec = {
  /** What the search box searches, for its placeholder ("Tìm kiếm theo …"). */
  label: { vi: string; en: string }
  /** Top-level text fields of the record. */
  fields: string[]
  /** A relationship whose record's text fields are searchable too (e.g. the lead agency's name). */
  related?: { field: string; fields: string[] }
}

/** The `custom` entry of a searchable collection; its list search is `[SEARCH_TEXT]`. */
export const searchable = (spec: SearchSpec) => ({ search: spec })

const specOf = (collection: Pick<CollectionConfig, 'custom'>): SearchSpec | undefined =>
  collection.custom?.search as SearchSpec | undefined

const relatedSlugOf = (fields: Field[], spec: SearchSpec): CollectionSlug | undefined => {
  const field = spec.related && findField(fields, spec.related.field)
  return field && field.type === 'relationship' && typeof field.relationTo === 'string'
    ? field.relationTo
    : undefined
}

type Doc = Record<string, unknown>

const system = (req: PayloadRequest) => ({ overrideAccess: true, depth: 0, req }) as const

/** The searchable values of related records by id, one query. */
const relatedValues = async (
  req: PayloadRequest,
  slug: CollectionSlug | undefined,
  spec: SearchSpec,
  ids: (number | string)[],
): Promise<Map<string, unknown[]>> => {
  if (!slug || !spec.related || ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: slug,
    where: { id: { in: [...new Set(ids)] } },
    select: Object.fromEntries(spec.related.fields.map((name) => [name, true])),
    pagination: false,
    ...system(req),
  })
  return new Map(
    (docs as unknown as Doc[]).map((doc) => [
      String(doc.id),
      spec.related!.fields.map((name) => doc[name]),
    ]),
  )
}

const textOf = (spec: SearchSpec, doc: Doc, related: Map<string, unknown[]>) => {
  const relatedId = spec.related ? idOf(doc[spec.related.field]) : null
  return searchTextOf([
    ...spec.fields.map((name) => doc[name]),
    ...(relatedId === null ? [] : (related.get(String(relatedId)) ?? [])),
  ])
}

const sameValue = (a: unknown, b: unknown) => (idOf(a) ?? a ?? null) === (idOf(b) ?? b ?? null)

// The collection's own spec, read from its config (`custom.search`) when a record is written.
const keepSearchText: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const spec = specOf(collection)
  if (!spec) return data
  const relatedSlug = relatedSlugOf(collection.fields, spec)
  const sources = [...spec.fields, ...(spec.related ? [spec.related.field] : [])]
  const changed =
    !originalDoc?.[SEARCH_TEXT] ||
    sources.some((name) => name in data && !sameValue(data[name], originalDoc[name]))
  if (!changed) return data
  const doc: Doc = { ...originalDoc, ...data }
  const relatedId = spec.related ? idOf(doc[spec.related.field]) : null
  const related = await relatedValues(req, relatedSlug, spec, relatedId === null ? [] : [relatedId])
  data[SEARCH_TEXT] = textOf(spec, doc, related)
  return data
}

const normaliseTypedTerm: CollectionBeforeOperationHook = ({ args, collection }) => {
  const where = (args as { where?: unknown }).where
  if (typeof where !== 'object' || where === null || Array.isArray(where)) return args
  // The relationship pickers search the title field (useAsTitle): widened to the search column.
  const title = collection.admin?.useAsTitle
  const titleField = title && title !== 'id' && title !== SEARCH_TEXT ? title : undefined
  return { ...args, where: normaliseSearchWhere(where as Where, titleField) } as typeof args
}

/**
 * Rewrites the search column of a collection's records that match `where` (all by default) from
 * their stored values, without running their hooks: the backfill migration, and records whose
 * related record (an agency) was renamed. Only records whose text differs are written.
 */
export const refreshSearchText = async (
  payload: Payload,
  req: PayloadRequest,
  slug: CollectionSlug,
  where?: Where,
): Promise<number> => {
  const collection = payload.collections[slug].config
  const spec = specOf(collection)
  if (!spec) return 0
  const relatedSlug = relatedSlugOf(collection.fields, spec)
  const select = Object.fromEntries(
    [...spec.fields, ...(spec.related ? [spec.related.field] : []), SEARCH_TEXT].map((name) => [
      name,
      true,
    ]),
  )
  let written = 0
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: slug,
      where,
      select,
      sort: 'id',
      limit: 500,
      page,
      ...system(req),
    })
    const docs = result.docs as unknown as Doc[]
    const relatedIds = spec.related
      ? docs.flatMap((doc) => idOf(doc[spec.related!.field]) ?? [])
      : []
    const related = await relatedValues(req, relatedSlug, spec, relatedIds)
    for (const doc of docs) {
      const text = textOf(spec, doc, related)
      if (doc[SEARCH_TEXT] === text) continue
      await payload.db.updateOne({
        collection: slug,
        id: doc.id as number | string,
        data: { [SEARCH_TEXT]: text },
        req,
        returning: false,
      })
      written++
    }
    if (!result.hasNextPage) return written
  }
}

/** Fills the search column of every searchable collection (the backfill migration). */
export const refreshAllSearchText = async (payload: Payload, req: PayloadRequest) => {
  const written: Record<string, number> = {}
  for (const collection of payload.config.collections) {
    if (specOf(collection)) {
      written[collection.slug] = await refreshSearchText(payload, req, collection.slug)
    }
  }
  return written
}

// When a record whose text another collection searches changes (an agency renamed), the records
// pointing at it are refreshed: one query per searching collection, one write per record.
const refreshReferrers: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  for (const other of req.payload.config.collections) {
    const spec = specOf(other)
    if (!spec?.related || relatedSlugOf(other.fields, spec) !== collection.slug) continue
    const changed = spec.related.fields.some((name) => !sameValue(doc[name], previousDoc?.[name]))
    if (!changed) continue
    await refreshSearchText(req.payload, req, other.slug, {
      [spec.related.field]: { equals: doc.id },
    })
  }
  return doc
}

const searchTextField = (spec: SearchSpec): Field => ({
  name: SEARCH_TEXT,
  type: 'text',
  label: spec.label,
  // Written by keepSearchText only; read by the list search, never shown.
  access: systemOnly,
  admin: { hidden: true, readOnly: true },
})

/** The search column of a collection declaring `custom: searchable({...})`; none otherwise. */
export const searchColumnOf = (collection: Pick<CollectionConfig, 'custom'>): Field[] => {
  const spec = specOf(collection)
  return spec ? [searchTextField(spec)] : []
}

/**
 * The search step of a searchable collection's hook chain (src/lib/hookChain): its typed terms
 * normalised (beforeOperation) and its search column kept (beforeChange).
 */
export const searchText: CollectionHooks = {
  beforeOperation: [normaliseTypedTerm],
  beforeChange: [keepSearchText],
}

/**
 * The step of a collection another one searches through `related` (agencies): the search column
 * of the records pointing at a changed record is refreshed.
 */
export const searchReferrers: CollectionHooks = { afterChange: [refreshReferrers] }

const hasHook = (collection: CollectionConfig, type: keyof CollectionHooks, hook: unknown) =>
  ((collection.hooks?.[type] ?? []) as unknown[]).includes(hook)

/**
 * Adds the search column to each collection that declares `custom: searchable({...})`, and checks
 * that the hook chains list the search steps: `searchText` on a searchable collection, and
 * `searchReferrers` on each collection another one searches through `related` (agencies).
 */
export const withSearchColumns = (collections: CollectionConfig[]): CollectionConfig[] => {
  const searchedThrough = new Set(
    collections.flatMap((collection) => {
      const spec = specOf(collection)
      return spec ? (relatedSlugOf(collection.fields, spec) ?? []) : []
    }),
  )
  return collections.map((collection) => {
    const searchable = Boolean(specOf(collection))
    if (searchable !== hasHook(collection, 'beforeChange', keepSearchText))
      throw new Error(`${collection.slug}: list the searchText step exactly when searchable`)
    const referred = searchedThrough.has(collection.slug as CollectionSlug)
    if (referred !== hasHook(collection, 'afterChange', refreshReferrers))
      throw new Error(
        `${collection.slug}: list the searchReferrers step exactly when searched through`,
      )
    return { ...collection, fields: [...collection.fields, ...searchColumnOf(collection)] }
  })
}
