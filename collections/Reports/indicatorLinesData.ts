'use client'

import { useEffect, useState } from 'react'

import { targetsFor, type LineTarget, type TargetRow } from './lineHints'

// What the indicator table reads besides the report itself: the indicator catalogue (names,
// units, flow or running total, plausibility ratio) and the year's targets of the reporting
// agency and of the province. One request each, a few dozen rows.

export type IndicatorInfo = {
  id: number | string
  nameVi: string
  nameEn?: string | null
  unit: string
  wholeNumber?: boolean | null
  cumulative?: boolean | null
  aggregation?: string | null
  plausibilityRatio?: number | null
}

const INDICATOR_FIELDS = [
  'nameVi',
  'nameEn',
  'unit',
  'wholeNumber',
  'cumulative',
  'aggregation',
  'plausibilityRatio',
]

const getDocs = async <T>(url: string, signal: AbortSignal): Promise<T[]> => {
  const response = await fetch(url, { credentials: 'include', signal })
  if (!response.ok) return []
  const body = (await response.json()) as { docs?: T[] }
  return body.docs ?? []
}

/** Reads the indicator catalogue once (one page of the REST guard's largest size). */
export const useIndicators = (api: string): Map<string, IndicatorInfo> => {
  const [indicators, setIndicators] = useState(new Map<string, IndicatorInfo>())
  useEffect(() => {
    const controller = new AbortController()
    const select = INDICATOR_FIELDS.map((field) => `select[${field}]=true`).join('&')
    getDocs<IndicatorInfo>(`${api}/indicators?depth=0&limit=200&${select}`, controller.signal)
      .then((docs) => setIndicators(new Map(docs.map((doc) => [String(doc.id), doc]))))
      .catch(() => undefined)
    return () => controller.abort()
  }, [api])
  return indicators
}

const idText = (value: unknown): string | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? String(id) : null
}

/** The year's target of each indicator for `agency` (its own, else the province's). */
export const useTargets = (
  api: string,
  year: string | null,
  agency: unknown,
): Map<string, LineTarget> => {
  const agencyId = idText(agency)
  const [targets, setTargets] = useState(new Map<string, LineTarget>())
  useEffect(() => {
    if (!year) return
    const controller = new AbortController()
    const scope = agencyId
      ? `where[and][1][or][0][agency][equals]=${encodeURIComponent(agencyId)}&where[and][1][or][1][agency][exists]=false`
      : 'where[and][1][agency][exists]=false'
    const query = `depth=0&limit=200&where[and][0][year][equals]=${year}&${scope}&select[indicator]=true&select[agency]=true&select[value]=true`
    getDocs<TargetRow>(`${api}/targets?${query}`, controller.signal)
      .then((rows) => setTargets(targetsFor(rows, agencyId)))
      .catch(() => undefined)
    return () => controller.abort()
  }, [api, year, agencyId])
  return targets
}
