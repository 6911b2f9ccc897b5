'use client'

import { usePreferences } from '@payloadcms/ui'
import { usePathname, useRouter } from 'next/navigation'
import { useCallback, type MouseEvent } from 'react'

import { FILTERS_PREFERENCE, toQueryString, type FilterParams } from './filterParams'

/**
 * Applying a filter: the URL changes (the server view re-renders with the new data) and the
 * choice is remembered for the user's next visit.
 */
export const useFilterNavigation = (current: FilterParams) => {
  const router = useRouter()
  const pathname = usePathname()
  const { setPreference } = usePreferences()
  return useCallback(
    async (changes: FilterParams) => {
      const next: FilterParams = { ...current, ...changes }
      for (const key of Object.keys(next) as (keyof FilterParams)[]) {
        if (!next[key]) delete next[key]
      }
      // Saved first: a URL without filters falls back to the remembered ones (the reset button).
      await setPreference(FILTERS_PREFERENCE, next).catch(() => undefined)
      router.push(`${pathname}${toQueryString(next)}`)
    },
    [current, pathname, router, setPreference],
  )
}

/** The marks of the server-drawn charts and grids: each a link to the records behind it. */
const CHART_LINKS = 'a.dashboard-bar, a.dashboard-point, a.dashboard-cell'

/**
 * Drilling down from a chart: a plain click on one of its links navigates client-side (the admin
 * shell stays); a click with a modifier key keeps the browser's own handling (a new tab).
 */
export const useChartLinks = () => {
  const router = useRouter()
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0) return
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const link = (event.target as Element).closest(CHART_LINKS)
      const href = link?.getAttribute('href')
      if (!href?.startsWith('/')) return
      event.preventDefault()
      router.push(href)
    },
    [router],
  )
}
