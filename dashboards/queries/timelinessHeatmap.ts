import { dataWindowOf, reportsIn } from '../../hooks/rules/aggregate'
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
  // What a month without a report shows, the same for every agency: not due, missing or locked.
  const unsentState = new Map(
    ctx.months.map((period): [string, CellState] => {
      const numbers = numbersOf(period)
      if (ctx.today <= reportDeadline(period, numbers.reportBeforeDay)) return [period, 'not-due']
      const lock = periodLock(period, numbers.lockDay, records.get(period) ?? {}, now)
      return [period, lock.locked ? 'locked' : 'missing']
    }),
  )
  const stateOf = (agency: Id, period: string): CellState => {
    const state = reportState(period, agency)
    return state === 'missing' ? unsentState.get(period)! : state
  }
  // The agency's report of the month (or none): one list, whatever its state.
  const reportsOf = new Map(
    ctx.months.map((period) => [
      period,
      listHrefsBy('reports', 'agency', { period: { equals: period } }),
    ]),
  )
  const windows = ctx.months.map((period) => dataWindowOf(period, numbersOf(period).dataEndDay))
  const rows = agencies.map((agency) => ({
    agency,
    expected: windows.map((window) => reportsIn(agency, window)),
  }))
  return {
    periods: ctx.months,
    rows: rows
      .filter(({ expected }) => expected.some(Boolean))
      .map(({ agency, expected }) => ({
        agency: agency.id,
        name: agency.name,
        cells: ctx.months.map((period, index) => ({
          period,
          state: expected[index] ? stateOf(agency.id, period) : 'not-due',
          href: reportsOf.get(period)!(agency.id, reportsOfAgencyCaption(period, agency.name)),
        })),
      })),
  }
}
