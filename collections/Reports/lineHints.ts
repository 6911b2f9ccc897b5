import { formatViNumber, type Bilingual } from '../../src/fields/viNumber'

// What the report form shows beside each indicator input: whether the figure is the month's
// flow or a running total, the year's target, and a warning (never a refusal) when the figure
// jumps from last month by more than the indicator's plausibility ratio. Pure: no Payload.

export const DEFAULT_PLAUSIBILITY_RATIO = 3

export type FigureKind = 'flow' | 'total' | 'rate'

type KindSource = { cumulative?: boolean | null; aggregation?: string | null; unit?: string | null }

/** A running total (cumulative or latest value), a rate (ratio or %), or the month's own flow. */
export const figureKindOf = (indicator: KindSource): FigureKind => {
  if (indicator.aggregation === 'ratio' || indicator.unit?.trim() === '%') return 'rate'
  if (indicator.cumulative || indicator.aggregation === 'latest') return 'total'
  return 'flow'
}

export const FIGURE_KIND_LABELS: Record<FigureKind, Bilingual> = {
  flow: { vi: 'Số phát sinh trong tháng', en: 'This month’s flow' },
  total: { vi: 'Số lũy kế đến cuối tháng', en: 'Running total at month end' },
  rate: { vi: 'Tỷ lệ tại cuối tháng', en: 'Rate at month end' },
}

export type Jump = { direction: 'up' | 'down'; times: number }

/**
 * How far `value` moved from `previous` when it moved by more than `ratio` times (×ratio up,
 * ÷ratio down, or down to zero); null otherwise, or when there is nothing to compare (no figure,
 * last month zero or negative). A ratio that is not above 1 falls back to the default.
 */
export const detectJump = (
  value: number | null | undefined,
  previous: number | null | undefined,
  ratio: number | null | undefined,
): Jump | null => {
  if (typeof value !== 'number' || typeof previous !== 'number') return null
  if (!Number.isFinite(value) || !Number.isFinite(previous) || previous <= 0 || value < 0) {
    return null
  }
  const limit =
    typeof ratio === 'number' && Number.isFinite(ratio) && ratio > 1
      ? ratio
      : DEFAULT_PLAUSIBILITY_RATIO
  if (value === 0) return { direction: 'down', times: Number.POSITIVE_INFINITY }
  const up = value / previous
  if (up > limit) return { direction: 'up', times: up }
  const down = previous / value
  if (down > limit) return { direction: 'down', times: down }
  return null
}

// "5", "5,2", "12": one decimal below ten times, whole numbers above.
const timesText = (times: number) =>
  formatViNumber(times >= 10 ? Math.round(times) : Math.round(times * 10) / 10)

/** The warning shown under the input, e.g. "Tăng gấp 5 lần so với tháng trước (3.956) — …". */
export const jumpMessage = (jump: Jump, previous: number): Bilingual => {
  const last = formatViNumber(previous)
  if (jump.direction === 'up') {
    const times = timesText(jump.times)
    return {
      vi: `Tăng gấp ${times} lần so với tháng trước (${last}) — kiểm tra lại số liệu`,
      en: `${times} times last month’s figure (${last}) — please check the figure`,
    }
  }
  if (!Number.isFinite(jump.times)) {
    return {
      vi: `Giảm về 0 so với tháng trước (${last}) — kiểm tra lại số liệu`,
      en: `Down to 0 from last month (${last}) — please check the figure`,
    }
  }
  const times = timesText(jump.times)
  return {
    vi: `Giảm ${times} lần so với tháng trước (${last}) — kiểm tra lại số liệu`,
    en: `A ${times}-fold drop from last month (${last}) — please check the figure`,
  }
}

export type TargetRow = { indicator: unknown; agency?: unknown; value?: number | null }

const idText = (value: unknown): string | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? String(id) : null
}

export type LineTarget = { value: number; scope: 'agency' | 'province' }

/**
 * The year's target of each indicator for the reporting agency: its own target when it has one,
 * otherwise the province's (a target without an agency).
 */
export const targetsFor = (rows: TargetRow[], agency: unknown): Map<string, LineTarget> => {
  const agencyId = idText(agency)
  const targets = new Map<string, LineTarget>()
  for (const row of rows) {
    const indicator = idText(row.indicator)
    if (indicator === null || typeof row.value !== 'number') continue
    const owner = idText(row.agency)
    if (owner === null && !targets.has(indicator)) {
      targets.set(indicator, { value: row.value, scope: 'province' })
    }
    if (owner !== null && owner === agencyId) {
      targets.set(indicator, { value: row.value, scope: 'agency' })
    }
  }
  return targets
}

/** The target's label: "Kế hoạch năm 2026" or "Kế hoạch toàn tỉnh năm 2026". */
export const targetLabel = (target: LineTarget, year: string): Bilingual =>
  target.scope === 'agency'
    ? { vi: `Kế hoạch năm ${year}`, en: `${year} target` }
    : { vi: `Kế hoạch toàn tỉnh năm ${year}`, en: `${year} province target` }
