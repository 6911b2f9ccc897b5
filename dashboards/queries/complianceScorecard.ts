import {
  isReviewKind,
  reviewedYear,
  reviewState,
  type MeetingKind,
  type ReviewKind,
} from '../../hooks/rules/meetings'
import { aggregateDeadline, reportDeadline } from '../../hooks/rules/reportPeriods'
import { toVnDateKey } from '../../src/lib/clock'
import type { Check, ComplianceScorecard, Label } from '../types'
import {
  expectedIn,
  loadCharterNumbers,
  loadPeriodRecords,
  loadReportStates,
  scopeWhere,
  type DashboardContext,
} from './context'
import { complianceCaption, reviewMeetingsCaption } from './captions'
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

const REVIEW_NAMES: Record<ReviewKind, Label> = {
  'six-month-review': { vi: 'Họp sơ kết 6 tháng', en: 'Six-month review' },
  'year-end-review': { vi: 'Họp tổng kết năm', en: 'Year-end review' },
}

const monthWords = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`

/**
 * R11.4: invited members of a held meeting who neither attended nor sent a substitute, from the
 * rollup (an invited member without an attendance row was absent, as in R6.2a's widget). The
 * chair's waiver is not in the rollup: the meeting it links to shows it.
 */
const absentWithoutSubstitute = (meeting: MeetingRow): number => {
  const attended = new Set([...meeting.present, ...meeting.bySubstitute].map(String))
  return meeting.invited.filter((member) => !attended.has(String(member))).length
}

/**
 * R11.1b: the review of `kind` for `year` among the Working Groups' meetings: held (its record),
 * missing once its due day has passed (31/07, 31/01 of the next year), otherwise not yet due (the
 * meeting planned, if any). A year-end review held in January counts for the year before.
 */
const reviewCheck = (
  kind: ReviewKind,
  year: number,
  meetings: readonly MeetingRow[],
  today: string,
): Check => {
  const slots = meetings.map((meeting) => ({
    id: meeting.id,
    kind: meeting.kind as MeetingKind,
    servesMonth: meeting.servesMonth,
    status: meeting.status,
  }))
  const ofYear = meetings.filter(
    (meeting) =>
      meeting.kind === kind &&
      meeting.status !== 'cancelled' &&
      reviewedYear(kind, meeting.servesMonth) === year,
  )
  const name = REVIEW_NAMES[kind]
  const listOf = listHref('meetings', { kind: { equals: kind } }, reviewMeetingsCaption(name))
  // As the meeting's title says it: "Họp sơ kết 6 tháng năm 2025", "Họp tổng kết năm 2025".
  const ofYearVi = `${name.vi}${kind === 'six-month-review' ? ' năm' : ''} ${year}`
  switch (reviewState(kind, year, slots, today)) {
    case 'held': {
      const held = ofYear.find(isHeld)!
      const heldIn = monthWords(held.servesMonth)
      return {
        state: 'pass',
        href: docHref('meetings', held.id),
        detail: {
          vi: `${ofYearVi}: họp tháng ${heldIn}.`,
          en: `${name.en} of ${year}: held in ${heldIn}.`,
        },
      }
    }
    case 'missing':
      return breachOf(
        listOf,
        `Chưa ${ofYearVi.charAt(0).toLowerCase()}${ofYearVi.slice(1)}.`,
        `No ${name.en.toLowerCase()} of ${year}.`,
      )
    case 'scheduled':
      return notDue(docHref('meetings', ofYear[0].id))
    default:
      return notDue(listOf)
  }
}

const meetingsHref = (month: string, ids?: MeetingRow['id'][]) =>
  listHref(
    'meetings',
    ids ? idsWhere(ids) : { servesMonth: { equals: month } },
    complianceCaption('meetings', month),
  )

/**
 * R14.2: the charter's rhythm month by month: a regular meeting before the 10th (R11.1a; a month
 * whose meeting is the six-month or year-end review has had it), its notice 2 working days ahead
 * (R11.3a), its conclusions delivered to every member (R11.3b), absent members' substitutes
 * (R11.4), the agencies' reports before the 18th (R12.3a) and the province's aggregate before the
 * 22nd (R12.3b); and year by year the six-month and the year-end review (R11.1b).
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
  const ofWorkingGroups = meetings.filter(
    (meeting) => meeting.group !== null && groups.has(String(meeting.group)),
  )
  const months = await Promise.all(
    ctx.months.map(async (period) => {
      const numbers = numbersOf(period)
      const own = ofWorkingGroups.filter(
        (meeting) => meeting.servesMonth === period && meeting.status !== 'cancelled',
      )
      const regular = own.filter((meeting) => meeting.kind === 'regular')
      const held = regular.filter(isHeld)

      // R11.1a (a held review is the month's meeting)
      const onTimeMeeting = held.find((meeting) => !meeting.lateInMonth)
      const heldReview = own.find((meeting) => isReviewKind(meeting.kind) && isHeld(meeting))
      const meetingDue = ctx.today >= `${period}-${pad(numbers.meetingBeforeDay)}`
      const meeting: Check = onTimeMeeting
        ? pass(docHref('meetings', onTimeMeeting.id))
        : heldReview
          ? {
              state: 'pass',
              href: docHref('meetings', heldReview.id),
              detail: {
                vi: `${REVIEW_NAMES[heldReview.kind as ReviewKind].vi} là cuộc họp của tháng.`,
                en: `The ${REVIEW_NAMES[heldReview.kind as ReviewKind].en.toLowerCase()} is the month's meeting.`,
              },
            }
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

      // R11.4
      const withoutSubstitute = heldAll.filter((m) => absentWithoutSubstitute(m) > 0)
      const missingSubstitutes = withoutSubstitute.reduce(
        (sum, m) => sum + absentWithoutSubstitute(m),
        0,
      )
      const absences: Check =
        heldAll.length === 0
          ? notDue(meetingsHref(period))
          : withoutSubstitute.length
            ? breachOf(
                meetingsHref(
                  period,
                  withoutSubstitute.map((m) => m.id),
                ),
                `${missingSubstitutes} thành viên vắng họp không cử người dự thay.`,
                `${missingSubstitutes} absent members sent no substitute.`,
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
      const reportsHref = listHref(
        'reports',
        andWhere({ period: { equals: period } }, scope),
        complianceCaption('reports', period),
      )
      const reports: Check =
        ctx.today <= reportDeadline(period, numbers.reportBeforeDay)
          ? notDue(reportsHref)
          : behind.length
            ? breachOf(
                listHref(
                  'agencies',
                  idsWhere(behind.map((agency) => agency.id)),
                  complianceCaption('behind', period),
                ),
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
        : listHref(
            'reporting-periods',
            { period: { equals: period } },
            complianceCaption('period', period),
          )
      const aggregate: Check = issuedAt
        ? toVnDateKey(issuedAt) <= deadline
          ? pass(periodHref)
          : breachOf(periodHref, 'Ban hành báo cáo tổng hợp chậm.', 'Aggregate report issued late.')
        : ctx.today > deadline
          ? breachOf(periodHref, 'Chưa ban hành báo cáo tổng hợp.', 'Aggregate report not issued.')
          : notDue(periodHref)

      return { period, meeting, notice, conclusions, absences, reports, aggregate }
    }),
  )
  const years = [...new Set(ctx.months.map((period) => Number(period.slice(0, 4))))]
  return {
    rule: {
      meeting: 'R11.1a',
      notice: 'R11.3a',
      conclusions: 'R11.3b',
      absences: 'R11.4',
      reports: 'R12.3a',
      aggregate: 'R12.3b',
      reviews: 'R11.1b',
    },
    months,
    reviews: years.map((year) => ({
      year,
      sixMonth: reviewCheck('six-month-review', year, ofWorkingGroups, ctx.today),
      yearEnd: reviewCheck('year-end-review', year, ofWorkingGroups, ctx.today),
    })),
  }
}
