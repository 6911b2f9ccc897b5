import { toInstant, toVnDateKey, vnDayStart, type DateKey } from '../../src/lib/clock'
import { CHARTER_DEFAULTS } from './charterSettings'
import { formatDayKey } from './terms'
import { breach, clause, OK, type Verdict } from './verdict'

// Monthly reporting periods ('YYYY-MM', the report month), their deadlines and locking.
// R12.3a: the data of a monthly report run from the day after the cut-off day (dataEndDay, the
// 14th by default, Decree 09/2019/NĐ-CP art. 12) of the previous month to the cut-off day of the
// report month; the report is due "before the 18th" and the aggregate "before the 22nd" of that
// same month. "Before the Nth" (trước ngày N) means no later than 23:59:59 on day N−1, Vietnam time.

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

/** R12.3a: the data period of a report month: from the 15th of the month before to the 14th. */
export const dataPeriodOf = (
  period: Period,
  dataEndDay: number = CHARTER_DEFAULTS.dataEndDay,
): { from: DateKey; to: DateKey } => ({
  from: `${previousPeriod(period)}-${pad2(dataEndDay + 1)}`,
  to: `${period}-${pad2(dataEndDay)}`,
})

/** The first day of the period's data (R12.3a). */
export const periodStart = (period: Period, dataEndDay?: number): DateKey =>
  dataPeriodOf(period, dataEndDay).from

/** The last day of the period's data, the cut-off day (R12.3a). */
export const periodEnd = (period: Period, dataEndDay?: number): DateKey =>
  dataPeriodOf(period, dataEndDay).to

/** 'MM/YYYY', as officials write a month. */
export const formatPeriod = (period: Period): string =>
  `${period.slice(5, 7)}/${period.slice(0, 4)}`

/** R12.3a: 'Số liệu từ ngày 15/02/2025 đến ngày 14/03/2025', as printed on the report. */
export const formatDataRange = (from: DateKey, to: DateKey): string =>
  `Số liệu từ ngày ${formatDayKey(from)} đến ngày ${formatDayKey(to)}`

/** R12.3a: the data period of a report month, as printed on the report. */
export const formatDataPeriod = (period: Period, dataEndDay?: number): string => {
  const { from, to } = dataPeriodOf(period, dataEndDay)
  return formatDataRange(from, to)
}

/** The printed data period of a stored report (its stamped days), or null before it is stamped. */
export const storedDataPeriod = (doc: {
  dataFrom?: string | null
  dataTo?: string | null
}): string | null =>
  doc.dataFrom && doc.dataTo
    ? formatDataRange(toVnDateKey(doc.dataFrom), toVnDateKey(doc.dataTo))
    : null

/** The period whose data a Vietnam calendar day (or instant) belongs to (R12.3a). */
export const periodOfDay = (
  day: DateKey | Date,
  dataEndDay: number = CHARTER_DEFAULTS.dataEndDay,
): Period => {
  const key = toVnDateKey(day)
  const month = key.slice(0, 7)
  return Number(key.slice(8, 10)) <= dataEndDay ? month : nextPeriod(month)
}

/** The latest period whose data are complete on `day`: the one an agency reports next. */
export const latestClosedPeriod = (day: DateKey | Date, dataEndDay?: number): Period =>
  previousPeriod(periodOfDay(day, dataEndDay))

/** Day `day` of the report month. */
const dayOfReportMonth = (period: Period, day: number): DateKey => `${period}-${pad2(day)}`

/**
 * The day whose charter numbers govern a period: the first day of the report month. An amendment
 * in force by then applies to the period.
 */
export const settingsDayOf = (period: Period): DateKey => `${period}-01`

/** R12.3a: the last day on which an agency's report for the period is on time (the 17th by default). */
export const reportDeadline = (period: Period, reportBeforeDay: number): DateKey =>
  dayOfReportMonth(period, reportBeforeDay - 1)

/** R12.3b: the last day on which the province's aggregate report is on time (the 21st by default). */
export const aggregateDeadline = (period: Period, aggregateBeforeDay: number): DateKey =>
  dayOfReportMonth(period, aggregateBeforeDay - 1)

export type Timeliness = 'on-time' | 'late'

/** R12.3a: on time when submitted on or before the deadline day, Vietnam time. */
export const timelinessOf = (
  submittedAt: Date | string,
  period: Period,
  reportBeforeDay: number,
): Timeliness =>
  toVnDateKey(submittedAt) <= reportDeadline(period, reportBeforeDay) ? 'on-time' : 'late'

/** The day the period locks by itself: `lockDay` of the report month, from 00:00 Vietnam time. */
export const lockDayOf = (period: Period, lockDay: number): DateKey =>
  dayOfReportMonth(period, lockDay)

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
