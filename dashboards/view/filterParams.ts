// The dashboard's filters travel in the URL (shareable, printable) under the names of
// DashboardFilters; the last choice is also remembered per user in Payload preferences.
import type { DashboardFilters } from '../types'

export const FILTER_KEYS = ['period', 'from', 'agencyKind', 'district', 'indicator'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]
export type FilterParams = Partial<Record<FilterKey, string>>
export type SearchParams = Record<string, string | string[] | undefined>

/** Payload preference key of the remembered filters. */
export const FILTERS_PREFERENCE = 'dashboard-filters'

const firstString = (value: unknown): string | undefined => {
  const single = Array.isArray(value) ? value[0] : value
  return typeof single === 'string' && single !== '' ? single : undefined
}

/** Only the filter keys, as non-empty strings; anything else (a stale or forged preference) is dropped. */
export const pickFilterParams = (source: unknown): FilterParams => {
  if (!source || typeof source !== 'object') return {}
  const record = source as Record<string, unknown>
  const picked: FilterParams = {}
  for (const key of FILTER_KEYS) {
    const value = firstString(record[key])
    if (value !== undefined) picked[key] = value
  }
  return picked
}

/**
 * The URL wins; without any filter in the URL the user's remembered filters apply, except the
 * months: the dashboard opens on the last month whose report deadline has passed (R12.3a), not on
 * the month looked at last time.
 */
export const effectiveFilterParams = (
  searchParams: SearchParams | undefined,
  remembered: unknown,
): FilterParams => {
  const fromUrl = pickFilterParams(searchParams)
  if (Object.keys(fromUrl).length > 0) return fromUrl
  const { period: _period, from: _from, ...kept } = pickFilterParams(remembered)
  return kept
}

export const filtersToParams = (filters: DashboardFilters): FilterParams => {
  const params: FilterParams = {}
  for (const key of FILTER_KEYS) {
    const value = filters[key]
    if (value !== null && value !== '') params[key] = String(value)
  }
  return params
}

/** `?period=2026-03&from=2025-04…` in a fixed key order. */
export const toQueryString = (params: FilterParams): string => {
  const search = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    const value = params[key]
    if (value !== undefined && value !== '') search.set(key, value)
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}
