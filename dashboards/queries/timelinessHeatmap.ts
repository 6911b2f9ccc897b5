import { expectedAgencies } from '../../hooks/rules/aggregate'
import { periodLock, reportDeadline } from '../../hooks/rules/reportPeriods'
import type { CellState, Id, TimelinessHeatmap } from '../types'
import {
  loadCharterNumbers,
  loadPeriodRecords,
  loadReportStates,
  scopeAgencies,
  type DashboardContext,
} from './context'
import { reportsOfAgencyCaption } from './captions'
import { listHrefsBy } from './hrefs'

/**
 * R12.3a: agency × month: on time, late, missing (deadline passed, still open), locked (no report
 * and the period locked) or not yet due.
 */
export const timelinessHeatmap = async (ctx: DashboardContext): Promise<TimelinessHeatmap> => {
  const [agencies, reportState, numbersOf, records] = await Promise.all([
    scopeAgencies(ctx),
    loadReportStates(ctx),
    loadCharterNumbers(ctx),
    loadPeriodRecords(ctx),
  ])
  const now = new Date()
  const stateOf = (agency: Id, period: string): CellState => {
    const state = reportState(period, agency)
    if (state !== 'missing') return state
    const numbers = numbersOf(period)
    if (ctx.today <= reportDeadline(period, numbers.reportBeforeDay)) return 'not-due'
    const lock = periodLock(period, numbers.lockDay, records.get(period) ?? {}, now)
    return lock.locked ? 'locked' : 'missing'
  }
  // The agency's report of the month (or none): one list, whatever its state.
  const reportsOf = new Map(
    ctx.months.map((period) => [
      period,
      listHrefsBy('reports', 'agency', { period: { equals: period } }),
    ]),
  )
  const shown = agencies.filter((agency) =>
    ctx.months.some(
      (period) => expectedAgencies([agency], period, numbersOf(period).dataEndDay).length > 0,
    ),
  )
  return {
    periods: ctx.months,
    rows: shown.map((agency) => ({
      agency: agency.id,
      name: agency.name,
      cells: ctx.months.map((period) => {
        const expected = expectedAgencies([agency], period, numbersOf(period).dataEndDay).length > 0
        return {
          period,
          state: expected ? stateOf(agency.id, period) : 'not-due',
          href: reportsOf.get(period)!(agency.id, reportsOfAgencyCaption(period, agency.name)),
        }
      }),
    })),
  }
}
