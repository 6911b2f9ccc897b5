import { isDateKey, vnToday } from './clock'

/**
 * Trusted server code (the demo seed, imports) may record a workflow act on a past day with
 * `context: { asOf: 'YYYY-MM-DD' }`; requests cannot set a context, so users always act today.
 */
export const AS_OF_CONTEXT = 'asOf'

/** The Vietnam day an act is recorded on: `context.asOf` when it is a past day, else today. */
export const actDayOf = (context: Record<string, unknown>): string => {
  const asOf = context[AS_OF_CONTEXT]
  const today = vnToday()
  return isDateKey(asOf) && asOf <= today ? asOf : today
}
