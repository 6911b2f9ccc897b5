import { formatDayKey } from '../terms'
import { breach, clause, OK, refusal, type Verdict } from '../verdict'
import { HELD_STATUSES, sameId, type Id, type MeetingKind, type MeetingStatus } from './kinds'

// R11.1a / R11.1b: the Working Group meets once a month before the 10th, and holds a six-month
// and a year-end review each year. Months are 'YYYY-MM', days 'YYYY-MM-DD' (Vietnam calendar).
export type MeetingSlot = {
  id?: Id
  kind: MeetingKind
  servesMonth: string
  status: MeetingStatus
}

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/

export const isMonthKey = (value: unknown): value is string =>
  typeof value === 'string' && MONTH_RE.test(value)

const formatMonth = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`

/** R11.1a: the month a meeting serves: a valid 'YYYY-MM' not after the month it is held in. */
export const checkServedMonth = (servesMonth: unknown, startDay: string): Verdict => {
  if (!isMonthKey(servesMonth)) {
    return refusal(
      'R11.1a',
      clause(11, 1),
      {
        vi: 'Tháng của cuộc họp ghi theo dạng tháng/năm, ví dụ 03/2025.',
        en: 'Write the month served as month/year, e.g. 03/2025.',
      },
      'servesMonth',
    )
  }
  if (servesMonth > startDay.slice(0, 7)) {
    return refusal(
      'R11.1a',
      clause(11, 1),
      {
        vi: `Cuộc họp ngày ${formatDayKey(startDay)} không thể là cuộc họp của tháng ${formatMonth(servesMonth)} (tháng chưa đến).`,
        en: `A meeting on ${formatDayKey(startDay)} cannot serve ${formatMonth(servesMonth)}, a later month.`,
      },
      'servesMonth',
    )
  }
  return OK
}

/** R11.1a: at most one regular meeting (not cancelled) of the Working Group per month served. */
export const checkOneRegularPerMonth = (
  candidate: MeetingSlot,
  others: readonly MeetingSlot[],
): Verdict => {
  if (candidate.kind !== 'regular' || candidate.status === 'cancelled') return OK
  const clash = others.find(
    (other) =>
      !sameId(other.id, candidate.id) &&
      other.kind === 'regular' &&
      other.status !== 'cancelled' &&
      other.servesMonth === candidate.servesMonth,
  )
  if (!clash) return OK
  return breach(
    'R11.1a',
    clause(11, 1),
    {
      vi: `tháng ${formatMonth(candidate.servesMonth)} đã có cuộc họp thường kỳ; mỗi tháng chỉ họp thường kỳ một lần (họp thêm thì lập cuộc họp đột xuất).`,
      en: `${formatMonth(candidate.servesMonth)} already has its regular meeting; there is one a month (call an extraordinary meeting for more).`,
    },
    'servesMonth',
  )
}

/** R11.1a: the last day a regular meeting of `month` may be held ("before the Nth" = day N−1). */
export const regularMeetingDeadline = (month: string, meetingBeforeDay: number): string =>
  `${month}-${String(meetingBeforeDay - 1).padStart(2, '0')}`

/** R11.1a (warn): a regular meeting held on or after the Nth of the month it serves. */
export const isLateInMonth = (
  kind: MeetingKind,
  startDay: string,
  servesMonth: string,
  meetingBeforeDay: number,
): boolean => kind === 'regular' && startDay > regularMeetingDeadline(servesMonth, meetingBeforeDay)

const nextMonth = (month: string): string => {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))]
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`
}

/** R11.1b: the review meetings; one held in a month is that month's meeting (R11.1a). */
export const REVIEW_KINDS = ['six-month-review', 'year-end-review'] as const
export type ReviewKind = (typeof REVIEW_KINDS)[number]

export const isReviewKind = (kind: string): kind is ReviewKind =>
  (REVIEW_KINDS as readonly string[]).includes(kind)

/** R11.1a: a held regular meeting, or a held review, gives its month its meeting. */
export const countsAsMonthlyMeeting = (kind: string, status: string): boolean =>
  (kind === 'regular' || isReviewKind(kind)) &&
  (HELD_STATUSES as readonly string[]).includes(status)

/**
 * R11.1b: the year a review reviews. A meeting has no field naming the year it reviews, so it is
 * read from the month it serves: a year-end review serving January (held in January) reviews the
 * year before; any other review, the year of its month.
 */
export const reviewedYear = (kind: ReviewKind, servesMonth: string): number | null => {
  if (!isMonthKey(servesMonth)) return null
  const year = Number(servesMonth.slice(0, 4))
  return kind === 'year-end-review' && servesMonth.endsWith('-01') ? year - 1 : year
}

/**
 * R11.1a (warn): months of [from, to] in which no regular meeting took place; a month whose
 * meeting is the six-month or the year-end review has had its meeting.
 */
export const monthsWithoutRegularMeeting = (
  meetings: readonly MeetingSlot[],
  from: string,
  to: string,
): string[] => {
  const served = new Set(
    meetings.filter((m) => countsAsMonthlyMeeting(m.kind, m.status)).map((m) => m.servesMonth),
  )
  const missing: string[] = []
  for (let month = from; month <= to; month = nextMonth(month)) {
    if (!served.has(month)) missing.push(month)
  }
  return missing
}

export type ReviewState = 'held' | 'scheduled' | 'missing' | 'not-due'

/** When each review is due at the latest: the six-month review by 31/07, the year-end by 31/01. */
export const reviewDueDay = (kind: ReviewKind, year: number) =>
  kind === 'six-month-review' ? `${year}-07-31` : `${year + 1}-01-31`

/** The reviews of `kind` (not cancelled) that review `year`, in the order given. */
export const reviewsOfYear = <T extends MeetingSlot>(
  kind: ReviewKind,
  year: number,
  meetings: readonly T[],
): T[] =>
  meetings.filter(
    (m) =>
      m.kind === kind && m.status !== 'cancelled' && reviewedYear(kind, m.servesMonth) === year,
  )

/** R11.1b (warn): the state of one review of `year` among `meetings`. */
export const reviewState = (
  kind: ReviewKind,
  year: number,
  meetings: readonly MeetingSlot[],
  today: string,
): ReviewState => {
  const ofYear = reviewsOfYear(kind, year, meetings)
  if (ofYear.some((m) => HELD_STATUSES.includes(m.status))) return 'held'
  if (today > reviewDueDay(kind, year)) return 'missing'
  return ofYear.length > 0 ? 'scheduled' : 'not-due'
}

/**
 * R11.1b (warn): whether the six-month and the year-end review of `year` took place. A review
 * counts for the year it reviews (`reviewedYear`: a year-end review held in January reviews the
 * year before). 'missing' once its due day has passed without one held.
 */
export const reviewCompliance = (
  year: number,
  meetings: readonly MeetingSlot[],
  today: string,
): Record<'sixMonth' | 'yearEnd', ReviewState> => ({
  sixMonth: reviewState('six-month-review', year, meetings, today),
  yearEnd: reviewState('year-end-review', year, meetings, today),
})
