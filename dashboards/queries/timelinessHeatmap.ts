import { expectedAgencies } from '../../hooks/rules/aggregate'
import { periodLock, reportDeadline } from '../../hooks/rules/reportPeriods'
import type { CellState, TimelinessHeatmap } from '../types'
import {
  loadCharterNumbers,
  loadPeriodRecords,
  loadScopeMonths,
  scopeAgencies,
  type DashboardContext,
} from './context'
import { docHref, listHref } from './hrefs'

/**
 * R12.3a: agency × month: on time, late, missing (deadline passed, still open), locked (no report
 * and the period locked) or not yet due.
 */
export const timelinessHeatmap = async (ctx: DashboardContext): Promise<TimelinessHeatmap> => {
  const [agencies, months, numbersOf, records] = await Promise.all([
    scopeAgencies(ctx),
    loadScopeMonths(ctx),
    loadCharterNumbers(ctx),
    loadPeriodRecords(ctx),
  ])
  const now = new Date()
  const stateOf = (agency: string, period: string): { state: CellState; report: string | null } => {
    const row = months.get(period)?.states?.[agency]
    if (row && row.state !== 'missing') return { state: row.state, report: row.report }
    const numbers = numbersOf(period)
    if (ctx.today <= reportDeadline(period, numbers.reportBeforeDay))
      return { state: 'not-due', report: row?.report ?? null }
    const record = records.get(period)
    const lock = periodLock(period, numbers.lockDay, record ?? {}, now)
    return { state: lock.locked ? 'locked' : 'missing', report: row?.report ?? null }
  }
  const shown = agencies.filter((agency) =>
    ctx.months.some((period) => expectedAgencies([agency], period).length > 0),
  )
  return {
    periods: ctx.months,
    rows: shown.map((agency) => ({
      agency: agency.id,
      name: agency.name,
      cells: ctx.months.map((period) => {
        const expected = expectedAgencies([agency], period).length > 0
        const { state, report } = expected
          ? stateOf(String(agency.id), period)
          : { state: 'not-due' as const, report: null }
        return {
          period,
          state,
          href: report
            ? docHref('reports', report)
            : listHref('reports', {
                and: [{ agency: { equals: agency.id } }, { period: { equals: period } }],
              }),
        }
      }),
    })),
  }
}
