import { formatPeriod, isPeriod, previousPeriod } from '../../hooks/rules/reportPeriods'
import type { FilterOption } from './FilterBar'

const MAX_MONTHS = 240

/**
 * The months the filter bar offers, newest first, labelled as officials write them ("11/2026"):
 * from the first reporting month on record to this month, and any month already chosen. A list
 * rather than the browser's month picker, which speaks the browser's language, not the admin's.
 */
export const monthOptions = (
  first: string | null | undefined,
  last: string,
  chosen: (string | null | undefined)[] = [],
): FilterOption[] => {
  const months = new Set<string>()
  const start = isPeriod(first) && first < last ? first : last
  // The newest MAX_MONTHS months (20 years).
  for (let month = last; month >= start && months.size < MAX_MONTHS; month = previousPeriod(month))
    months.add(month)
  for (const month of chosen) if (isPeriod(month)) months.add(month)
  return [...months]
    .sort()
    .reverse()
    .map((month) => ({ value: month, label: formatPeriod(month) }))
}
