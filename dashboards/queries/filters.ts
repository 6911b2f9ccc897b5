import { CHARTER_DEFAULTS } from '../../hooks/rules/charterSettings'
import { isPeriod, periodOfDay, previousPeriod, type Period } from '../../hooks/rules/reportPeriods'
import type { DashboardFilters } from '../types'

// The dashboard's filters from a URL (or remembered preferences): anything malformed falls back to
// a safe default, never to an error.

export type FilterSource =
  URLSearchParams | Record<string, string | string[] | undefined | null> | null | undefined

/** The longest range a trend or heatmap covers (five years). */
export const MAX_MONTHS = 60
const DEFAULT_MONTHS = 12

const shift = (period: Period, months: number): Period => {
  let result = period
  const step = months < 0 ? previousPeriod : (p: Period) => shiftForward(p)
  for (let i = 0; i < Math.abs(months); i++) result = step(result)
  return result
}
const shiftForward = (period: Period): Period => {
  const index = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7))
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** Months from `from` to `to`, both included (`to` ≥ `from`). */
export const monthsBetween = (from: Period, to: Period): Period[] => {
  const months: Period[] = []
  for (let month = from; month <= to && months.length <= MAX_MONTHS; month = shiftForward(month))
    months.push(month)
  return months
}

const firstOf = (source: FilterSource, key: string): string | null => {
  if (!source) return null
  const raw =
    source instanceof URLSearchParams ? source.get(key) : (source as Record<string, unknown>)[key]
  const value = Array.isArray(raw) ? raw[0] : raw
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

const ID = /^(\d{1,15}|[a-f0-9]{24})$/i
const KIND = /^[a-z_]{1,40}$/

const idOf = (value: string | null): number | string | null => {
  if (value === null || !ID.test(value)) return null
  return /^\d+$/.test(value) ? Number(value) : value
}

/**
 * The latest month whose reports were due (R12.3a): a month's reports are due before the 18th of
 * that same month, so this month once its report day has come, last month until then; the
 * dashboard never opens on a month whose reports are still being written.
 */
export const lastDuePeriod = (
  today: string,
  reportBeforeDay = CHARTER_DEFAULTS.reportBeforeDay,
): Period => {
  const current = today.slice(0, 7)
  return Number(today.slice(8, 10)) >= reportBeforeDay ? current : previousPeriod(current)
}

/**
 * The filters in force: `period` defaults to the latest month whose reports were due (lastDuePeriod),
 * never later than the current month; `from` to 11 months before `period` and never after it or
 * more than five years before it; unknown kinds, districts and indicators are dropped.
 */
export const parseFilters = (
  source: FilterSource,
  today: string,
  reportBeforeDay = CHARTER_DEFAULTS.reportBeforeDay,
): DashboardFilters => {
  // The report month whose data today belongs to (R12.3a): nothing later has begun.
  const current = periodOfDay(today)
  const askedPeriod = firstOf(source, 'period')
  const period =
    isPeriod(askedPeriod) && askedPeriod <= current
      ? askedPeriod
      : lastDuePeriod(today, reportBeforeDay)
  const askedFrom = firstOf(source, 'from')
  const earliest = shift(period, -(MAX_MONTHS - 1))
  const from =
    isPeriod(askedFrom) && askedFrom <= period && askedFrom >= earliest
      ? askedFrom
      : shift(period, -(DEFAULT_MONTHS - 1))
  const kind = firstOf(source, 'agencyKind')
  return {
    period,
    from,
    agencyKind: kind !== null && KIND.test(kind) ? kind : null,
    district: idOf(firstOf(source, 'district')),
    indicator: idOf(firstOf(source, 'indicator')),
  }
}
