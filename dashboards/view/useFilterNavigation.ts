'use client'

import { usePreferences } from '@payloadcms/ui'
import { usePathname, useRouter } from 'next/navigation'
import { useCallback } from 'react'

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
