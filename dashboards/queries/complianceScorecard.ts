import { aggregateDeadline, reportDeadline } from '../../hooks/rules/reportPeriods'
import { toVnDateKey } from '../../src/lib/clock'
import type { Check, ComplianceScorecard } from '../types'
import {
  expectedIn,
  loadCharterNumbers,
  loadPeriodRecords,
  loadReportStates,
  scopeWhere,
  type DashboardContext,
} from './context'
import { andWhere, docHref, idsWhere, listHref } from './hrefs'
import { isHeld, loadMeetings, loadWorkingGroups, type MeetingRow } from './meetings'

const pad = (day: number) => String(day).padStart(2, '0')

const pass = (href: string): Check => ({ state: 'pass', href })
const notDue = (href: string): Check => ({ state: 'not-due', href })
const breachOf = (href: string, vi: string, en: string): Check => ({
  state: 'breach',
  href,
  detail: { vi, en },
})

const meetingsHref = (month: string, ids?: MeetingRow['id'][]) =>
  listHref('meetings', ids ? idsWhere(ids) : { servesMonth: { equals: month } })

/**
 * R14.2: the charter's rhythm month by month: a regular meeting before the 10th (R11.1a), its
 * notice 2 working days ahead (R11.3a), its conclusions delivered to every member (R11.3b), the
 * agencies' reports before the 18th (R12.3a) and the province's aggregate before the 22nd (R12.3b).
 */
export const complianceScorecard = async (ctx: DashboardContext): Promise<ComplianceScorecard> => {
  const [meetings, groups, numbersOf, records, reportState, scope] = await Promise.all([
    loadMeetings(ctx),
    loadWorkingGroups(ctx),
    loadCharterNumbers(ctx),
    loadPeriodRecords(ctx),
    loadReportStates(ctx),
    scopeWhere(ctx),
  ])
  const months = await Promise.all(
    ctx.months.map(async (period) => {
      const numbers = numbersOf(period)
      const own = meetings.filter(
        (meeting) =>
          meeting.servesMonth === period &&
          meeting.status !== 'cancelled' &&
          meeting.group !== null &&
          groups.has(String(meeting.group)),
      )
      const regular = own.filter((meeting) => meeting.kind === 'regular')
      const held = regular.filter(isHeld)

      // R11.1a
      const onTimeMeeting = held.find((meeting) => !meeting.lateInMonth)
      const meetingDue = ctx.today >= `${period}-${pad(numbers.meetingBeforeDay)}`
      const meeting: Check = onTimeMeeting
        ? pass(docHref('meetings', onTimeMeeting.id))
        : held.length
          ? breachOf(
              docHref('meetings', held[0].id),
              'Họp thường kỳ từ ngày 10 trở đi.',
              'Regular meeting held on or after the 10th.',
            )
          : meetingDue
            ? breachOf(
                meetingsHref(period),
                'Không họp thường kỳ trong tháng.',
                'No regular meeting in the month.',
              )
            : notDue(meetingsHref(period))

      // R11.3a
      const noticed = own.filter((m) => m.noticeSentAt)
      const lateNotices = noticed.filter((m) => m.noticeLate)
      const notice: Check = lateNotices.length
        ? breachOf(
            meetingsHref(
              period,
              lateNotices.map((m) => m.id),
            ),
            'Gửi giấy mời chậm.',
            'Notice sent late.',
          )
        : noticed.length
          ? pass(
              meetingsHref(
                period,
                noticed.map((m) => m.id),
              ),
            )
          : notDue(meetingsHref(period))

      // R11.3b
      const heldAll = own.filter(isHeld)
      const undelivered = heldAll.filter(
        (m) => m.status !== 'conclusions-issued' || m.deliveries === 0,
      )
      const conclusions: Check =
        heldAll.length === 0
          ? notDue(meetingsHref(period))
          : undelivered.length
            ? breachOf(
                meetingsHref(
                  period,
                  undelivered.map((m) => m.id),
                ),
                'Chưa gửi kết luận đến thành viên.',
                'Conclusions not delivered to the members.',
              )
            : pass(
                meetingsHref(
                  period,
                  heldAll.map((m) => m.id),
                ),
              )

      // R12.3a
      const expected = await expectedIn(ctx, period)
      const behind = expected.filter((agency) => reportState(period, agency.id) !== 'on-time')
      const reportsHref = listHref('reports', andWhere({ period: { equals: period } }, scope))
      const reports: Check =
        ctx.today <= reportDeadline(period, numbers.reportBeforeDay)
          ? notDue(reportsHref)
          : behind.length
            ? breachOf(
                listHref('agencies', idsWhere(behind.map((agency) => agency.id))),
                `${behind.length} cơ quan chưa gửi báo cáo đúng hạn.`,
                `${behind.length} agencies did not report on time.`,
              )
            : pass(reportsHref)

      // R12.3b
      const record = records.get(period)
      const issuedAt = record?.aggregateIssuedAt ?? null
      const deadline = aggregateDeadline(period, numbers.aggregateBeforeDay)
      const periodHref = record
        ? docHref('reporting-periods', record.id)
        : listHref('reporting-periods', { period: { equals: period } })
      const aggregate: Check = issuedAt
        ? toVnDateKey(issuedAt) <= deadline
          ? pass(periodHref)
          : breachOf(periodHref, 'Ban hành báo cáo tổng hợp chậm.', 'Aggregate report issued late.')
        : ctx.today > deadline
          ? breachOf(periodHref, 'Chưa ban hành báo cáo tổng hợp.', 'Aggregate report not issued.')
          : notDue(periodHref)

      return { period, meeting, notice, conclusions, reports, aggregate }
    }),
  )
  return {
    rule: {
      meeting: 'R11.1a',
      notice: 'R11.3a',
      conclusions: 'R11.3b',
      reports: 'R12.3a',
      aggregate: 'R12.3b',
    },
    months,
  }
}
