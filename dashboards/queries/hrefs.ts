import { stringify } from 'qs-esm'
import type { Where } from 'payload'
import type { Id } from '../../src/lib/ids'

// Links from a figure to the admin list of exactly the records it counts. Payload's list view
// reads `?where[…]` from the URL; `in` takes a comma-separated list. Each link also says it comes
// from the dashboard (`from=dashboard`) and, when given, what it lists (`caption`, `captionEn`):
// the list shows that caption and a link back (dashboards/view/drillDown).

const ADMIN = '/admin'

/** What a drill-down list shows, e.g. "Nhiệm vụ quá hạn của Sở Y tế". */
export type Caption = { vi: string; en: string }

const FROM = 'from=dashboard'

// A caption's letters stay as they are (a valid IRI; the browser escapes them when it follows the
// link): a dashboard draws over a thousand such links, each sent as HTML and again in the page's
// React payload, and an escaped Vietnamese letter costs 6–9 bytes. Only what would end or change a
// query value is escaped.
const UNSAFE_IN_VALUE = /[\s%&=#+?"'<>\\`^{}|[\]\u0000-\u001f\u007f]/gu
// The same without the plain space, the only one of them most captions hold.
const UNSAFE_BUT_SPACE =
  /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff%&=#+?"'<>\\`^{}|[\]\u0000-\u001f\u007f]/u

const escapeChar = (char: string): string =>
  char.charCodeAt(0) < 0x80
    ? `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
    : encodeURIComponent(char)

const escapeOnce = (value: string): string =>
  UNSAFE_BUT_SPACE.test(value)
    ? value.replace(UNSAFE_IN_VALUE, escapeChar)
    : value.replaceAll(' ', '%20')

// A dashboard escapes the same few thousand captions on every render (one per heatmap cell):
// remembered, each costs a lookup instead of a scan (about 5 ms a render). Bounded: forgotten
// all at once past the limit.
const ESCAPED_LIMIT = 50_000
const escaped = new Map<string, string>()

const escapeValue = (value: string): string => {
  let result = escaped.get(value)
  if (result === undefined) {
    if (escaped.size >= ESCAPED_LIMIT) escaped.clear()
    result = escapeOnce(value)
    escaped.set(value, result)
  }
  return result
}

const captionQuery = (caption: Caption | undefined): string =>
  caption ? `&caption=${escapeValue(caption.vi)}&captionEn=${escapeValue(caption.en)}` : ''

/**
 * The conditions that must all hold, nested `and`s lifted to one level: Payload's filter bar reads
 * a where of one `and` list of field conditions (and shows it); a nested `and` it cannot show.
 */
const allOf = (where: Where): Where[] => {
  const keys = Object.keys(where)
  if (keys.length === 1 && Array.isArray(where.and)) return where.and.flatMap(allOf)
  return keys.length > 0 ? [where] : []
}

const flat = (where: Where): Where => {
  const parts = allOf(where)
  return parts.length === 1 ? parts[0] : { and: parts }
}

export const listHref = (collection: string, where: Where, caption?: Caption): string => {
  const query = stringify({ where: flat(where) }, { encodeValuesOnly: true })
  return `${ADMIN}/collections/${collection}?${query ? `${query}&` : ''}${FROM}${captionQuery(caption)}`
}

/**
 * Links to lists that share one filter and differ by one field's value (one per agency): the
 * shared part is serialised once, since a dashboard draws thousands of such links.
 * `listHrefsBy(c, f, shared)(v)` is `listHref(c, { and: [{ [f]: { equals: v } }, shared] })`.
 */
export const listHrefsBy = (collection: string, field: string, shared: Where) => {
  const tail = stringify({ where: { and: [{}, ...allOf(shared)] } }, { encodeValuesOnly: true })
  const head = `${ADMIN}/collections/${collection}?where[and][0][${field}][equals]=`
  return (value: Id, caption?: Caption): string =>
    `${head}${encodeURIComponent(String(value))}&${tail}&${FROM}${captionQuery(caption)}`
}

export const docHref = (collection: string, id: Id): string =>
  `${ADMIN}/collections/${collection}/${encodeURIComponent(String(id))}`

/** Where on a list of ids, in ascending order (one link per set of records); none matches nothing. */
export const idsWhere = (ids: readonly Id[], field = 'id'): Where =>
  ids.length ? { [field]: { in: sortedIds(ids).join(',') } } : { id: { exists: false } }

const sortedIds = (ids: readonly Id[]): Id[] =>
  [...ids].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)),
  )

export const andWhere = (...conditions: (Where | null)[]): Where => {
  const parts = conditions.filter((c): c is Where => c !== null && Object.keys(c).length > 0)
  return parts.length === 1 ? parts[0] : { and: parts }
}
