import { scopeFigures } from '../../hooks/rules/rollup'
import type { IndicatorComparison } from '../types'
import {
  loadAgencies,
  loadAgencyMonths,
  loadDistrictMonths,
  loadIndicators,
  scopeAgencies,
  type DashboardContext,
} from './context'
import { comparisonCaption } from './captions'
import { andWhere, idsWhere, listHref } from './hrefs'
import { districtOf } from '../../hooks/rules/aggregate'
import { indicatorSummary, pickedIndicator } from './indicatorTrend'

type Row = IndicatorComparison['rows'][number]

const byValue = (a: Row, b: Row) =>
  (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.name.localeCompare(b.name, 'vi')

/**
 * The indicator across units for the month, ranked: the districts for the province (alone or with
 * a district-level kind), else the agencies of the district or kind.
 */
export const indicatorComparison = async (ctx: DashboardContext): Promise<IndicatorComparison> => {
  const indicator = await pickedIndicator(ctx)
  if (!indicator) return { indicator: null, rows: [] }
  const { period, district, agencyKind } = ctx.filters
  const accepted = (agencies: Row['id'][], unit: string) =>
    listHref(
      'reports',
      andWhere(
        { period: { equals: period } },
        { status: { equals: 'accepted' } },
        { 'indicatorLines.indicator': { equals: indicator.id } },
        idsWhere(agencies, 'agency'),
      ),
      comparisonCaption(period, indicator.name, unit),
    )
  const byDistrict =
    ctx.scope.agency === null &&
    district === null &&
    (!agencyKind || ['district', 'commune'].includes(agencyKind))
  if (byDistrict) {
    const agencies = await loadAgencies(ctx)
    const map = new Map(agencies.map((agency) => [String(agency.id), agency]))
    const districts = agencies.filter((agency) => agency.kind === 'district')
    const rows = await loadDistrictMonths(
      ctx,
      districts.map((agency) => agency.id),
    )
    const valueOf = new Map(
      rows.map((row) => [row.scope.split('|')[0], row.values?.[String(indicator.id)] ?? null]),
    )
    // Without districts that month (e.g. after the 2025 reform abolished them), compare agencies.
    if ([...valueOf.values()].some((value) => value !== null))
      return {
        indicator: indicatorSummary(indicator),
        rows: districts
          .map((unit) => ({
            id: unit.id,
            name: unit.name,
            value: valueOf.get(`district:${unit.id}`) ?? null,
            target: null,
            href: accepted(
              agencies
                .filter((agency) => String(districtOf(agency.id, map)) === String(unit.id))
                .filter((agency) => !agencyKind || agency.kind === agencyKind)
                .map((agency) => agency.id),
              unit.name,
            ),
          }))
          .sort(byValue),
      }
  }
  const [agencies, months, indicators] = await Promise.all([
    scopeAgencies(ctx),
    loadAgencyMonths(ctx),
    loadIndicators(ctx),
  ])
  const rowOf = new Map(
    months.filter((row) => row.period === period).map((row) => [row.agency, row]),
  )
  return {
    indicator: indicatorSummary(indicator),
    rows: agencies
      .map((agency) => {
        const row = rowOf.get(String(agency.id))
        return {
          id: agency.id,
          name: agency.name,
          value: row ? (scopeFigures(indicators, [row])[String(indicator.id)] ?? null) : null,
          target: null,
          href: accepted([agency.id], agency.name),
        }
      })
      // Ranked are the agencies with a figure: one that does not report the indicator is no "—"
      // at the bottom of the ranking (who has not reported at all is the heatmap's business).
      .filter((row) => row.value !== null)
      .sort(byValue),
  }
}
