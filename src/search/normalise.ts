// Vietnamese text as list search compares it: "Sở Sức khỏe", "SỞ SỨC KHỎE" and "so suc khoe" are
// one text. Pure functions: the stored search column and the typed term go through the same steps.

// Longest typed term kept, in characters and in words: a longer term cannot match a record better,
// and each word becomes one LIKE condition (SQLite refuses expressions deeper than 1000).
export const MAX_TERM_LENGTH = 200
export const MAX_TERM_WORDS = 16

/**
 * NFD, combining marks removed (dấu and the horn of ơ/ư), đ → d, lower case, control and
 * invisible characters turned into spaces, runs of spaces collapsed, ends trimmed.
 */
export const normaliseSearchText = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\p{C}\p{Z}\s]+/gu, ' ')
    .trim()

/** The searchable text of a record: its values normalised, one space between them. */
export const searchTextOf = (values: readonly unknown[]): string =>
  values
    .filter((value) => typeof value === 'string' || typeof value === 'number')
    .map((value) => normaliseSearchText(String(value)))
    .filter(Boolean)
    .join(' ')

/**
 * A typed term as it is compared with the search column: normalised, each word once, at most
 * MAX_TERM_WORDS words and MAX_TERM_LENGTH characters (a cut word still matches as a prefix).
 */
export const searchTermOf = (value: string): string =>
  [...new Set(normaliseSearchText(value).split(' '))]
    .slice(0, MAX_TERM_WORDS)
    .join(' ')
    .slice(0, MAX_TERM_LENGTH)
    .trim()

export const SEARCH_TEXT = 'searchText'

// Operators whose operand is compared with the text of the column.
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains', 'equals', 'not_equals'])

type Condition = Record<string, unknown>

const isCondition = (value: unknown): value is Condition =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A `where` with every text operand on the search column normalised like the column itself: the
 * admin's list search sends `{ or: [{ searchText: { like: 'Sở Sức' } }] }` (Payload's
 * mergeListSearchAndWhere), REST clients `where[searchText][like]=…`. With `titleField`, a lone
 * `like` on it (what the admin's relationship pickers send) also matches the search column:
 * `{ or: [{ name: { like: t } }, { searchText: { like: normalised t } }] }`. Other conditions are
 * kept.
 */
export const normaliseSearchWhere = <T extends Condition>(where: T, titleField?: string): T => {
  const result: Condition = {}
  const widened: Condition[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && typeof value === 'object' && value !== null) {
      // qs turns long lists into objects keyed by index; Payload reads either.
      const items = Array.isArray(value) ? value : Object.values(value)
      result[key] = items.map((item) =>
        isCondition(item) ? normaliseSearchWhere(item, titleField) : item,
      )
    } else if (key === SEARCH_TEXT && isCondition(value)) {
      result[key] = Object.fromEntries(
        Object.entries(value).map(([operator, operand]) => [
          operator,
          TEXT_OPERATORS.has(operator) && typeof operand === 'string'
            ? searchTermOf(operand)
            : operand,
        ]),
      )
    } else if (
      key === titleField &&
      isCondition(value) &&
      Object.keys(value).length === 1 &&
      typeof value.like === 'string'
    ) {
      widened.push({
        or: [{ [key]: value }, { [SEARCH_TEXT]: { like: searchTermOf(value.like) } }],
      })
    } else {
      result[key] = value
    }
  }
  if (widened.length === 0) return result as T
  return { and: [...(Object.keys(result).length ? [result] : []), ...widened] } as unknown as T
}
