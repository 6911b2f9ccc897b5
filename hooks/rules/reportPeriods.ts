import { addDaysToKey, toInstant, toVnDateKey, vnDayStart, type DateKey } from '../../src/lib/clock'
import { formatDayKey } from './terms'
import { breach, clause, OK, type Verdict } from './verdict'

// Monthly reporting periods ('YYYY-MM', Vietnam calendar months), their deadlines and locking.
// "Before the Nth" (trước ngày N) means no later than 23:59:59 on day N−1, Vietnam time.

export type Period = string

const PERIOD_RE = /^(\d{4})-(0[1-9]|1[0-2])$/

export const isPeriod = (value: unknown): value is Period =>
  typeof value === 'string' && PERIOD_RE.test(value) && Number(value.slice(0, 4)) >= 2000

const pad2 = (value: number) => String(value).padStart(2, '0')

const shiftPeriod = (period: Period, months: number): Period => {
  const index = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 + months
  return `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}`
}

export const previousPeriod = (period: Period): Period => shiftPeriod(period, -1)
export const nextPeriod = (period: Period): Period => shiftPeriod(period, 1)

/** The first calendar day of the period. */
export const periodStart = (period: Period): DateKey => `${period}-01`

/** The last calendar day of the period. */
export const periodEnd = (period: Period): DateKey =>
  addDaysToKey(periodStart(nextPeriod(period)), -1)

/** 'MM/YYYY', as officials write a month. */
export const formatPeriod = (period: Period): string =>
  `${period.slice(5, 7)}/${period.slice(0, 4)}`

/** The period of a Vietnam calendar day or instant. */
export const periodOfDay = (day: DateKey | Date): Period => toVnDateKey(day).slice(0, 7)

/** Day `day` of the month after the period. */
const dayOfFollowingMonth = (period: Period, day: number): DateKey =>
  `${nextPeriod(period)}-${pad2(day)}`

/**
 * The day whose charter numbers govern a period: the first day of the month in which it is
 * reported (the month after it). An amendment in force by then applies to the period.
 */
export const settingsDayOf = (period: Period): DateKey => periodStart(nextPeriod(period))

/** R12.3a: the last day on which an agency's report for the period is on time (the 17th by default). */
export const reportDeadline = (period: Period, reportBeforeDay: number): DateKey =>
  dayOfFollowingMonth(period, reportBeforeDay - 1)

/** R12.3b: the last day on which the province's aggregate report is on time (the 21st by default). */
export const aggregateDeadline = (period: Period, aggregateBeforeDay: number): DateKey =>
  dayOfFollowingMonth(period, aggregateBeforeDay - 1)

export type Timeliness = 'on-time' | 'late'

/** R12.3a: on time when submitted on or before the deadline day, Vietnam time. */
export const timelinessOf = (
  submittedAt: Date | string,
  period: Period,
  reportBeforeDay: number,
): Timeliness =>
  toVnDateKey(submittedAt) <= reportDeadline(period, reportBeforeDay) ? 'on-time' : 'late'

/** The day the period locks by itself: `lockDay` of the month after it, from 00:00 Vietnam time. */
export const lockDayOf = (period: Period, lockDay: number): DateKey =>
  dayOfFollowingMonth(period, lockDay)

export type PeriodLockState = {
  /** Set when the standing body locked the period by hand. */
  lockedAt?: Date | string | null
  /** Set when the province's aggregate report for the period was issued: that locks it too. */
  aggregateIssuedAt?: Date | string | null
}

export type LockReason = 'lock-day' | 'locked-by-hand' | 'aggregate-issued'

/** Whether the period is locked at `now`, and from when; the earliest reason wins. */
export const periodLock = (
  period: Period,
  lockDay: number,
  state: PeriodLockState,
  now: Date,
): { locked: false } | { locked: true; since: Date; reason: LockReason } => {
  const candidates: { since: Date; reason: LockReason }[] = [
    { since: vnDayStart(lockDayOf(period, lockDay)), reason: 'lock-day' },
  ]
  if (state.lockedAt)
    candidates.push({ since: toInstant(state.lockedAt), reason: 'locked-by-hand' })
  if (state.aggregateIssuedAt) {
    candidates.push({ since: toInstant(state.aggregateIssuedAt), reason: 'aggregate-issued' })
  }
  const reached = candidates
    .filter((candidate) => candidate.since.getTime() <= now.getTime())
    .sort((a, b) => a.since.getTime() - b.since.getTime())
  return reached.length ? { locked: true, ...reached[0] } : { locked: false }
}

export type LateEntryException = {
  agency: number | string | null
  expiresAt: Date | string | null
}

/** A late-entry exception for the agency that has not expired at `now`. */
export const hasOpenException = (
  exceptions: readonly LateEntryException[],
  agency: number | string,
  now: Date,
): boolean =>
  exceptions.some(
    (exception) =>
      exception.agency !== null &&
      String(exception.agency) === String(agency) &&
      exception.expiresAt !== null &&
      toInstant(exception.expiresAt).getTime() > now.getTime(),
  )

const LOCK_REASONS: Record<LockReason, { vi: string; en: string }> = {
  'lock-day': { vi: 'đến ngày khóa sổ', en: 'the lock day came' },
  'locked-by-hand': { vi: 'Cơ quan thường trực đã khóa kỳ', en: 'the standing body locked it' },
  'aggregate-issued': {
    vi: 'báo cáo tổng hợp của tỉnh đã ban hành',
    en: "the province's aggregate report was issued",
  },
}

/**
 * R12.3a: once a period is locked, an agency can no longer create or change its report for that
 * period, unless the standing body granted it a late-entry exception that has not expired.
 */
export const checkPeriodOpen = (args: {
  period: Period
  lockDay: number
  state: PeriodLockState
  exceptions: readonly LateEntryException[]
  agency: number | string
  now: Date
}): Verdict => {
  const lock = periodLock(args.period, args.lockDay, args.state, args.now)
  if (!lock.locked || hasOpenException(args.exceptions, args.agency, args.now)) return OK
  const since = formatDayKey(toVnDateKey(lock.since))
  const why = LOCK_REASONS[lock.reason]
  return breach(
    'R12.3a',
    clause(12, 3),
    {
      vi: `Kỳ báo cáo tháng ${formatPeriod(args.period)} đã khóa từ ngày ${since} (${why.vi}); chỉ nhập hoặc sửa khi Cơ quan thường trực cho phép nhập muộn.`,
      en: `The ${formatPeriod(args.period)} reporting period has been locked since ${since} (${why.en}); entries need a late-entry exception from the standing body.`,
    },
    'period',
  )
}
