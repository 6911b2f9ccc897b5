import { dataWindowOf, reportsIn } from '../../hooks/rules/aggregate'
import { reportDeadline } from '../../hooks/rules/reportPeriods'
import type { AgencyScorecard } from '../types'
import {
  loadCharterNumbers,
  loadReportStates,
  scopeAgencies,
  yearOf,
  type DashboardContext,
} from './context'
import { monthsBetween } from './filters'
import {
  openObstaclesCaption,
  reportsOfYearCaption,
  sessionsOfYearCaption,
  urgingLettersCaption,
} from './captions'
import { loadStandingFollowUp, urgingLettersWhere } from './standingFollowUp'
import { isOrgEditor } from '../../src/access/roles'
import { vnDayStart } from '../../src/lib/clock'
import { listHrefsBy } from './hrefs'
import { limitRows } from './rowLimit'
import { attendanceByAgencyOf, loadMeetings, loadMemberAgencies } from './meetings'
import { tasksOnDay } from './tasks'

/**
 * R3.5: the evidence for commendation and discipline, per agency for the year: report timeliness
 * (R12.3a), task on-time rate and extensions (R3.2), meeting attendance (R6.2); and how the
 * Standing followed it: working sessions (R12.2), open and overdue obstacles (R12.4), urging
 * letters issued to it (R7.2).
 */
export const agencyScorecard = async (ctx: DashboardContext): Promise<AgencyScorecard> => {
  const year = yearOf(ctx.filters.period)
  const yearEnd = `${year}-12-31`
  const last = ctx.today < yearEnd ? ctx.today : yearEnd
  const agencies = await scopeAgencies(ctx)
  const [reportState, numbersOf, tasks, meetings, members, followUp] = await Promise.all([
    loadReportStates(ctx),
    loadCharterNumbers(ctx),
    tasksOnDay(ctx, last),
    loadMeetings(ctx),
    loadMemberAgencies(ctx).catch(() => new Map<string, string>()),
    loadStandingFollowUp(
      ctx,
      year,
      agencies.map((agency) => agency.id),
    ),
  ])
  const months = monthsBetween(`${year}-01`, `${year}-12`)
  const due = months.filter(
    (period) => ctx.today > reportDeadline(period, numbersOf(period).reportBeforeDay),
  )
  const attendance = attendanceByAgencyOf(
    meetings.filter((meeting) => meeting.servesMonth.startsWith(`${year}-`)),
    members,
  )
  const reportsOf = listHrefsBy('reports', 'agency', {
    and: [
      { period: { greater_than_equal: `${year}-01` } },
      { period: { less_than_equal: `${year}-12` } },
    ],
  })
  // R12.2 / R12.4: the Standing's sessions with the agency this year, its open obstacles.
  const sessionsOf = listHrefsBy('working-sessions', 'agency', {
    and: [
      { date: { greater_than_equal: vnDayStart(`${year}-01-01`).toISOString() } },
      { date: { less_than: vnDayStart(`${year + 1}-01-01`).toISOString() } },
    ],
  })
  const obstaclesOf = listHrefsBy('feedback', 'agency', {
    status: { in: ['received', 'under-review'] },
  })
  // R7.2: exactly the urging letters the count counts.
  const lettersOf = listHrefsBy('documents', 'urgedAgency', urgingLettersWhere(year))
  const mayUrge = ctx.req.user ? isOrgEditor(ctx.req.user) : false
  const windows = new Map(
    months.map((period) => [period, dataWindowOf(period, numbersOf(period).dataEndDay)]),
  )
  const figures = agencies.flatMap((agency) => {
    const expected = months.filter((period) => reportsIn(agency, windows.get(period)!))
    if (expected.length === 0) return []
    const id = String(agency.id)
    const stateOf = new Map(months.map((period) => [period, reportState(period, id)]))
    const sent = [...stateOf.values()]
    const expectedDue = due.filter((period) => expected.includes(period))
    // Settled tasks were completed before January of a year whose start the rollup covers.
    const facts = (tasks.get(id)?.facts ?? []).filter(
      ({ task }) => !task.completedOn || task.completedOn >= `${year}-01-01`,
    )
    const completed = facts.filter(
      ({ task, status }) => status.startsWith('completed') && task.completedOn! >= `${year}-01-01`,
    )
    const onTime = completed.filter(({ status }) => status === 'completed-on-time')
    const tally = attendance.get(id)
    return [
      {
        agency: agency.id,
        name: agency.name,
        reportsOnTime: sent.filter((state) => state === 'on-time').length,
        reportsLate: sent.filter((state) => state === 'late').length,
        reportsMissing: expectedDue.filter((period) => stateOf.get(period) === 'missing').length,
        taskOnTimeRate: completed.length
          ? Math.round((1000 * onTime.length) / completed.length) / 10
          : null,
        extensions: facts.reduce((sum, { task }) => sum + task.extensions, 0),
        attendanceInPerson: tally?.inPerson ?? 0,
        attendanceBySubstitute: tally?.bySubstitute ?? 0,
        absences: tally?.absent ?? 0,
        workingSessions: followUp.sessionsOf(agency.id),
        obstaclesOpen: followUp.obstaclesOf(agency.id).open,
        obstaclesOverdue: followUp.obstaclesOf(agency.id).overdue,
        urgingLetters: followUp.urgingLettersOf(agency.id),
      },
    ]
  })
  // On the page, the agencies that need attention most (reports missing count double; then late
  // reports, overdue obstacles and absences); their links only are built.
  const { rows, total } = limitRows(
    ctx,
    figures,
    (row) => 2 * row.reportsMissing + row.reportsLate + row.obstaclesOverdue + row.absences,
  )
  return {
    year,
    total,
    rows: rows.map((row) => ({
      ...row,
      urgingLettersHref: lettersOf(row.agency, urgingLettersCaption(year, row.name)),
      urgeHref: mayUrge
        ? `/admin/collections/documents?urge=${encodeURIComponent(String(row.agency))}`
        : null,
      sessionsHref: sessionsOf(row.agency, sessionsOfYearCaption(year, row.name)),
      obstaclesHref: obstaclesOf(row.agency, openObstaclesCaption(row.name)),
      href: reportsOf(row.agency, reportsOfYearCaption(year, row.name)),
    })),
  }
}
