import type { IndicatorSpec } from '../../hooks/rules/aggregate'
import type { Period } from '../types'

/**
 * A flow is a reported monthly amount added up across agencies (applications received, accounts
 * activated): its year's target is a total, so the dashboard shows it summed since January.
 * Levels (latest, average, ratio) are shown as they stood that month.
 */
export const isFlow = (indicator: Pick<IndicatorSpec, 'aggregation' | 'source'>): boolean =>
  indicator.aggregation === 'sum' && indicator.source === 'reported'

type MonthValues = { values?: Record<string, number | null> | null }

/** The indicator's figure for `period`: since January for a flow, else that month's. */
export const figureOn = (
  indicator: Pick<IndicatorSpec, 'id' | 'aggregation' | 'source'>,
  months: ReadonlyMap<Period, MonthValues>,
  period: Period,
): number | null => {
  const valueIn = (month: Period) => months.get(month)?.values?.[String(indicator.id)] ?? null
  if (!isFlow(indicator)) return valueIn(period)
  const month = Number(period.slice(5, 7))
  const values = Array.from({ length: month }, (_, index) =>
    valueIn(`${period.slice(0, 4)}-${String(index + 1).padStart(2, '0')}`),
  ).filter((value): value is number => value !== null)
  return values.length ? values.reduce((total, value) => total + value, 0) : null
}

/** The months to read so that every month of the range has its figure: from January of its first year. */
export const monthsForFigures = (months: readonly Period[]): { from: Period; to: Period } => ({
  from: `${months[0].slice(0, 4)}-01`,
  to: months[months.length - 1],
})
