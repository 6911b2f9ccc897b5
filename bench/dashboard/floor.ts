// Benchmark only, never product code: the floor the dashboard is measured against. One plain SQL
// aggregate computes the province's indicator series (month × indicator totals over the range the
// dashboard shows) straight from the source rows, reports joined to their indicator lines, with
// the adapter's own client. A dashboard reading rollups should cost no more than this.
import type { Payload } from 'payload'

import type { Period } from '../../hooks/rules/reportPeriods'

export type SeriesRow = { period: string; indicator: number; total: number }

type LibsqlClient = {
  execute: (statement: { sql: string; args: unknown[] }) => Promise<{ rows: unknown[] }>
}
type PgPool = { query: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> }

/** The report states whose figures count in the province's series. */
export const COUNTED_STATUSES = ['accepted'] as const

const placeholders = (kind: 'sqlite' | 'postgres', first: number, count: number) =>
  Array.from({ length: count }, (_, i) => (kind === 'sqlite' ? '?' : `$${first + i}`)).join(', ')

const seriesSql = (kind: 'sqlite' | 'postgres') => `
  SELECT r.period AS period, l.indicator_id AS indicator, SUM(l.value) AS total
  FROM reports r
  JOIN reports_indicator_lines l ON l._parent_id = r.id
  WHERE r.period >= ${kind === 'sqlite' ? '?' : '$1'}
    AND r.period <= ${kind === 'sqlite' ? '?' : '$2'}
    AND r.status IN (${placeholders(kind, 3, COUNTED_STATUSES.length)})
  GROUP BY r.period, l.indicator_id
  ORDER BY r.period, l.indicator_id`

const toRows = (rows: unknown[]): SeriesRow[] =>
  (rows as Record<string, unknown>[]).map((row) => ({
    period: String(row.period),
    indicator: Number(row.indicator),
    total: Number(row.total),
  }))

/** The province series from `from` to `to` (both included), computed from the source rows. */
export const floorSeries = async (
  payload: Payload,
  from: Period,
  to: Period,
): Promise<SeriesRow[]> => {
  const args = [from, to, ...COUNTED_STATUSES]
  const db = payload.db as unknown as { client?: LibsqlClient; pool?: PgPool; name?: string }
  if (db.pool) return toRows((await db.pool.query(seriesSql('postgres'), args)).rows)
  if (db.client) return toRows((await db.client.execute({ sql: seriesSql('sqlite'), args })).rows)
  throw new Error('bench:dashboard: the floor needs SQLite or PostgreSQL')
}
