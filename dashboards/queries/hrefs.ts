import { stringify } from 'qs-esm'
import type { Where } from 'payload'

// Links from a figure to the admin list of exactly the records it counts. Payload's list view
// reads `?where[…]` from the URL; `in` takes a comma-separated list.

const ADMIN = '/admin'

type Id = number | string

export const listHref = (collection: string, where: Where): string => {
  const query = stringify({ where }, { encodeValuesOnly: true })
  return `${ADMIN}/collections/${collection}${query ? `?${query}` : ''}`
}

export const docHref = (collection: string, id: Id): string =>
  `${ADMIN}/collections/${collection}/${encodeURIComponent(String(id))}`

/** Where on a list of ids; an empty list matches nothing. */
export const idsWhere = (ids: readonly Id[], field = 'id'): Where =>
  ids.length ? { [field]: { in: ids.join(',') } } : { id: { exists: false } }

export const andWhere = (...conditions: (Where | null)[]): Where => {
  const parts = conditions.filter((c): c is Where => c !== null && Object.keys(c).length > 0)
  return parts.length === 1 ? parts[0] : { and: parts }
}
