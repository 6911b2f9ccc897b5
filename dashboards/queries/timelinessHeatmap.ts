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
import { limitRows } from './rowLimit'

/** How far behind an agency is over the months shown: missing and locked count double. */
const ATTENTION: Record<CellState, number> = {
  missing: 2,
  locked: 2,
  late: 1,
  'on-time': 0,
  'not-due': 0,
}

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
  const states = agencies.flatMap((agency) => {
    const expected = windows.map((window) => reportsIn(agency, window))
    if (!expected.some(Boolean)) return []
    const cells = ctx.months.map((period, index) => ({
      period,
      state: expected[index] ? stateOf(agency.id, period) : ('not-due' as const),
    }))
    return [{ agency: agency.id, name: agency.name, cells }]
  })
  // On the page, the agencies furthest behind; their links only are built.
  const { rows, total } = limitRows(ctx, states, (row) =>
    row.cells.reduce((sum, cell) => sum + ATTENTION[cell.state], 0),
  )
  return {
    periods: ctx.months,
    total,
    rows: rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => ({
        ...cell,
        href: reportsOf.get(cell.period)!(
          row.agency,
          reportsOfAgencyCaption(cell.period, row.name),
        ),
      })),
    })),
  }
}
