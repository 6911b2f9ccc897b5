import type { FieldTypes, Message } from './checks'
import { hiddenField, touchesHiddenField } from './checks'

// Checks of the query parameters that size a response (`limit`, `page`, `depth`, `pagination`)
// and of the other scalar parameters. Payload trusts them: `limit=0`, `limit=-1` and
// `pagination=false` return the whole collection, `limit=1.5` or `limit[]=1` reach the database
// and fail with a 500. One REST read answers at most MAX_LIMIT records; `maxDepth` in the config
// bounds how deep relationships are populated.

export const MAX_LIMIT = 200

// The admin loads the titles of relationship values in one request, `where[id][in]` = those ids
// at depth 0: a has-many input asks `limit` = number of ids, a list view's relationship column
// asks `limit=250` for the ids on the page. The answer is bounded by the id list itself, so such
// a read may name any limit, for up to this many ids.
const MAX_ID_LIST = 1000

// Parameters Payload reads as one value: an array or object there is malformed.
const SCALAR_PARAMS = [
  'limit',
  'page',
  'depth',
  'pagination',
  'draft',
  'trash',
  'locale',
  'fallback-locale',
  'autosave',
  'overrideLock',
  'data',
]

const SORT_KEY = /^-?[A-Za-z_][\w-]*(\.[\w-]+)*$/

export type Query = Record<string, unknown>

const mustBeOne = (name: string): Message => ({
  vi: `Tham số "${name}" chỉ được có một giá trị.`,
  en: `The parameter "${name}" must have a single value.`,
})

const notWholeNumber = (name: string): Message => ({
  vi: `Tham số "${name}" phải là số nguyên không âm.`,
  en: `The parameter "${name}" must be a non-negative whole number.`,
})

export const LIMIT_TOO_LARGE: Message = {
  vi: `Mỗi lần chỉ lấy tối đa ${MAX_LIMIT} bản ghi: đặt "limit" từ 1 đến ${MAX_LIMIT} và dùng "page" để lấy tiếp.`,
  en: `At most ${MAX_LIMIT} records per request: set "limit" between 1 and ${MAX_LIMIT} and use "page" for more.`,
}

export const NO_PAGINATION: Message = {
  vi: `Không được tắt phân trang (pagination=false): mỗi lần chỉ lấy tối đa ${MAX_LIMIT} bản ghi.`,
  en: `Pagination cannot be turned off (pagination=false): at most ${MAX_LIMIT} records per request.`,
}

const wholeNumber = (value: unknown): number | null =>
  typeof value === 'string' && /^\d{1,9}$/.test(value.trim()) ? Number(value) : null

/** The number of ids of a `where[id][in]` filter (top level or first `and`), else 0. */
const idListLength = (where: unknown): number => {
  if (typeof where !== 'object' || where === null) return 0
  const { id, and } = where as { id?: { in?: unknown }; and?: unknown }
  const list = id?.in
  if (Array.isArray(list)) return list.length
  if (typeof list === 'string') return list.split(',').length
  const first = Array.isArray(and) ? and : and && typeof and === 'object' ? Object.values(and) : []
  return first.reduce<number>((most, item) => Math.max(most, idListLength(item)), 0)
}

const limitProblem = (query: Query, read: boolean): Message | null => {
  if (!('limit' in query)) return null
  const limit = wholeNumber(query.limit)
  if (limit === null) return notWholeNumber('limit')
  // Bulk updates and deletes (PATCH/DELETE with a where) act on every match; the admin sends
  // limit=0 for them. Their size is the access-controlled set of records the user may change.
  if (!read) return null
  if (limit >= 1 && limit <= MAX_LIMIT) return null
  const ids = idListLength(query.where)
  if (limit >= 1 && ids >= 1 && ids <= MAX_ID_LIST && String(query.depth ?? '') === '0') {
    return null
  }
  return LIMIT_TOO_LARGE
}

// json and rich text columns have no order (PostgreSQL fails sorting by a path into jsonb).
const UNSORTABLE_TYPES = new Set(['json', 'richText'])

/** Whether the sort path is, or goes into, a json or rich text field. */
const sortsByJson = (key: string, fieldTypes?: FieldTypes) => {
  const segments = key.replace(/^-/, '').split('.')
  return segments.some((_, i) =>
    UNSORTABLE_TYPES.has(fieldTypes?.get(segments.slice(0, i + 1).join('.')) ?? ''),
  )
}

const sortProblem = (sort: unknown, fieldTypes?: FieldTypes): Message | null => {
  const keys = Array.isArray(sort) ? sort : [sort]
  for (const entry of keys) {
    if (typeof entry !== 'string') return mustBeOne('sort')
    for (const key of entry.split(',').map((part) => part.trim())) {
      if (!key) continue
      if (!SORT_KEY.test(key)) {
        return { vi: `Trường sắp xếp không hợp lệ: "${key}".`, en: `Invalid sort field: "${key}".` }
      }
      if (touchesHiddenField(key)) return hiddenField(key.replace(/^-/, ''))
      if (sortsByJson(key, fieldTypes)) {
        return {
          vi: `Không sắp xếp được theo "${key.replace(/^-/, '')}" (dữ liệu không có thứ tự).`,
          en: `Cannot sort by "${key.replace(/^-/, '')}" (the data has no order).`,
        }
      }
    }
  }
  return null
}

/** Why the parsed query of a request is unacceptable (`read`: a GET of records), or null. */
export const paramsProblem = (
  query: Query,
  read: boolean,
  fieldTypes?: FieldTypes,
): Message | null => {
  for (const name of SCALAR_PARAMS) {
    if (name in query && typeof query[name] !== 'string') return mustBeOne(name)
  }
  if (typeof query.data === 'string' && query.data) {
    try {
      JSON.parse(query.data)
    } catch {
      return {
        vi: 'Tham số "data" không phải JSON hợp lệ.',
        en: 'The "data" parameter is not valid JSON.',
      }
    }
  }
  const limit = limitProblem(query, read)
  if (limit) return limit
  for (const name of ['page', 'depth']) {
    if (name in query && wholeNumber(query[name]) === null) return notWholeNumber(name)
  }
  if (read && 'pagination' in query && query.pagination !== 'true') return NO_PAGINATION
  if ('sort' in query) return sortProblem(query.sort, fieldTypes)
  return null
}
