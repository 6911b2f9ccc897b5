import { idOf } from './relations'

// Collection hooks run before Payload's field validation: they read raw input, so a malformed
// value must not reach a query (a 500) but be left to the field's own validation (a 400).

/** A relationship value as a plausible record id (an integer on SQL, an ObjectId on MongoDB). */
export const recordIdOf = (value: unknown): number | string | null => {
  const id = idOf(value)
  if (typeof id === 'number') return Number.isSafeInteger(id) && id > 0 ? id : null
  if (typeof id === 'string' && /^(\d{1,15}|[0-9a-f]{24})$/i.test(id)) return id
  return null
}

/**
 * Validation of a relationship only the system writes (field access denies it to users): the
 * hook that set it is trusted, and Payload's existence lookup would run under the writer's
 * access (a reporter cannot read the standing body he/she is routed to).
 */
export const trusted = (): true => true

/**
 * `filterOptions` that filters nothing but makes Payload look the referenced records up while
 * validating, so a relationship to a record that does not exist (or that the writer may not
 * read) is a 400 naming the field, never a database foreign-key error. (`inputIntegrity`
 * in src/integrity now adds the same to every relationship without filterOptions.)
 */
export const mustExist = (): true => true

// Issue 11 L9: control characters (U+0000–U+001F, and DEL) have no place in what people type:
// they hide text, break CSV and mail headers, and NUL breaks PostgreSQL text. A multi-line
// field keeps its line breaks and tabs (a line feed, a tab, and the CR of a CRLF line end).
const SINGLE_LINE_CONTROL = /[\u0000-\u001f\u007f]/
const MULTI_LINE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|\r(?!\n)/

/** Whether `value` holds a control character not allowed in a single- or multi-line field. */
export const hasControlCharacters = (value: string, multiline = false): boolean =>
  (multiline ? MULTI_LINE_CONTROL : SINGLE_LINE_CONTROL).test(value)
