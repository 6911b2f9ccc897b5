import type { DashboardContext } from './context'

// A province has a few hundred reporting units: a heatmap or scorecard row for each made the
// dashboard page 10 MB (every cell a link and a tooltip, sent twice: as HTML and for React).
// Past the limit the widget shows the agencies that need attention most, worst first, and says
// how to see the others (the filter bar narrows to a district or kind; the CSV has every row).

export const DASHBOARD_ROWS = 40

export type LimitedRows<T> = { rows: T[]; total: number; limited: boolean }

/**
 * Every row when they fit; otherwise the `limit` rows with the highest `attention`, worst first
 * (ties keep their order).
 */
export const rowsNeedingAttention = <T>(
  rows: readonly T[],
  attention: (row: T) => number,
  limit = DASHBOARD_ROWS,
): LimitedRows<T> => {
  if (rows.length <= limit) return { rows: [...rows], total: rows.length, limited: false }
  const ranked = rows
    .map((row, index) => ({ row, index, score: attention(row) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
  return { rows: ranked.slice(0, limit).map(({ row }) => row), total: rows.length, limited: true }
}

/**
 * On the dashboard page (`ctx.rowLimit` set) the rows needing attention, so that links are built
 * for the rows shown only; every row for the CSV.
 */
export const limitRows = <T>(
  ctx: Pick<DashboardContext, 'rowLimit'>,
  rows: readonly T[],
  attention: (row: T) => number,
): LimitedRows<T> =>
  ctx.rowLimit === null
    ? { rows: [...rows], total: rows.length, limited: false }
    : rowsNeedingAttention(rows, attention, ctx.rowLimit)
