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
 * read) is a 400 naming the field, never a database foreign-key error. (`withInputIntegrity`
 * in src/integrity now adds the same to every relationship without filterOptions.)
 */
export const mustExist = (): true => true
