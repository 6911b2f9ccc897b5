import type { Where } from 'payload'

import { FEEDBACK_STATUSES, isClosedFeedback } from '../../hooks/rules/feedback'
import { sessionCoverage } from '../../hooks/rules/workingSessions'
import { dayKeyOf } from '../../src/fields/dates'
import { vnDayStart } from '../../src/lib/clock'
import type { Id } from '../../src/lib/ids'
import type { DashboardContext } from './context'
import { readAsViewer } from './readAsViewer'

export type StandingFollowUp = {
  /** R12.2: sessions the Standing held with the agency in the year. */
  sessionsOf: (agency: Id) => number
  /** R12.4: the agency's open obstacles and proposals, and those past their due date. */
  obstaclesOf: (agency: Id) => { open: number; overdue: number }
  /** R7.2 / R3.5: urging letters issued to the agency in the year. */
  urgingLettersOf: (agency: Id) => number
}

const OPEN_STATUSES = FEEDBACK_STATUSES.filter((status) => !isClosedFeedback(status))

/** R7.2: the urging letters issued in a year (the register's year of the number). */
export const urgingLettersWhere = (year: number): Where => ({
  and: [
    { kind: { equals: 'urging-letter' } },
    { status: { equals: 'issued' } },
    { year: { equals: year } },
  ],
})

/**
 * R12.2 / R12.4: how the Standing followed each agency in a year: working sessions held with it,
 * the obstacles it raised that are still open (overdue when past their due date), and the urging
 * letters issued to it (R7.2). Three reads.
 */
export const loadStandingFollowUp = async (
  ctx: DashboardContext,
  year: number,
  agencies: readonly Id[],
): Promise<StandingFollowUp> => {
  const [sessions, obstacles, letters] = await ctx.once(`standing-follow-up:${year}`, () =>
    Promise.all([
      readAsViewer<{ agency?: unknown; date?: unknown }>(ctx.req, 'working-sessions', {
        where: {
          date: {
            greater_than_equal: vnDayStart(`${year}-01-01`).toISOString(),
            less_than: vnDayStart(`${year + 1}-01-01`).toISOString(),
          },
        },
        select: { agency: true, date: true },
      }),
      readAsViewer<{ agency?: unknown; dueOn?: unknown }>(ctx.req, 'feedback', {
        where: { status: { in: OPEN_STATUSES } },
        select: { agency: true, dueOn: true },
      }),
      readAsViewer<{ urgedAgency?: unknown }>(ctx.req, 'documents', {
        where: urgingLettersWhere(year),
        select: { urgedAgency: true },
      }),
    ]),
  )
  const coverage = sessionCoverage(
    agencies,
    sessions.flatMap((row) => {
      const day = dayKeyOf(row.date)
      return day && row.agency != null ? [{ agency: String(row.agency), day }] : []
    }),
    String(year),
  )
  const open = new Map<string, { open: number; overdue: number }>()
  for (const row of obstacles) {
    const key = String(row.agency)
    const tally = open.get(key) ?? { open: 0, overdue: 0 }
    const due = dayKeyOf(row.dueOn)
    tally.open += 1
    if (due !== null && due < ctx.today) tally.overdue += 1
    open.set(key, tally)
  }
  const urged = new Map<string, number>()
  for (const row of letters) {
    if (row.urgedAgency == null) continue
    const key = String(row.urgedAgency)
    urged.set(key, (urged.get(key) ?? 0) + 1)
  }
  return {
    urgingLettersOf: (agency) => urged.get(String(agency)) ?? 0,
    sessionsOf: (agency) => coverage.get(String(agency)) ?? 0,
    obstaclesOf: (agency) => open.get(String(agency)) ?? { open: 0, overdue: 0 },
  }
}
