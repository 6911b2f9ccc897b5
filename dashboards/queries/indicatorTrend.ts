import type { IndicatorTrend } from '../types'
import {
  loadIndicators,
  loadScopeMonths,
  loadTargets,
  targetOf,
  yearOf,
  type DashboardContext,
  type IndicatorRow,
} from './context'
import { indicatorHref, keyIndicatorsOf } from './headline'
import { figureOn, isFlow } from './yearToDate'

/** The indicator the trend and comparison show: the one picked, else the first key indicator. */
export const pickedIndicator = async (ctx: DashboardContext): Promise<IndicatorRow | null> => {
  const [indicators, targets] = await Promise.all([loadIndicators(ctx), loadTargets(ctx)])
  const picked = indicators.find(
    (indicator) => String(indicator.id) === String(ctx.filters.indicator),
  )
  return picked ?? keyIndicatorsOf(indicators, targets, yearOf(ctx.filters.period))[0] ?? null
}

export const indicatorSummary = (indicator: IndicatorRow | null) =>
  indicator && {
    id: indicator.id,
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    yearToDate: isFlow(indicator),
  }

/** The indicator month by month over the range (flows since January), against the year's target. */
export const indicatorTrend = async (ctx: DashboardContext): Promise<IndicatorTrend> => {
  const [indicator, months, targets] = await Promise.all([
    pickedIndicator(ctx),
    loadScopeMonths(ctx),
    loadTargets(ctx),
  ])
  if (!indicator) return { indicator: null, points: [] }
  return {
    indicator: indicatorSummary(indicator),
    points: await Promise.all(
      ctx.months.map(async (period) => ({
        period,
        value: figureOn(indicator, months, period),
        target: targetOf(targets, indicator.id, period),
        href: await indicatorHref(ctx, indicator.id, period),
      })),
    ),
  }
}
