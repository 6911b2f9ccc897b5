import { tz, tzOffset } from '@date-fns/tz'

// All app time is Vietnam local time (UTC+7, no DST since 1975); see charter/rules.md.
export const VN_TZ = 'Asia/Ho_Chi_Minh'

/** date-fns context for Vietnam time, e.g. `format(d, 'dd/MM/yyyy', { in: vnTz })`. */
export const vnTz = tz(VN_TZ)

/** A Vietnam calendar day as 'YYYY-MM-DD'. */
export type DateKey = string

const DAY_MS = 86_400_000
const DATE_KEY_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const ZONED_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/i
const WALL_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/

const pad = (value: number, width: number) => String(value).padStart(width, '0')

// UTC fields stand in for wall-clock fields; Date.UTC is avoided because it maps years 0–99 to 19xx.
const utcMs = (y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => {
  const date = new Date(0)
  date.setUTCFullYear(y, m - 1, d)
  date.setUTCHours(h, mi, s, ms)
  return date.getTime()
}

const keyOfUtcMs = (ms: number): DateKey => {
  const date = new Date(ms)
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`
}

export const isDateKey = (value: unknown): value is DateKey => {
  if (typeof value !== 'string') return false
  const match = DATE_KEY_RE.exec(value)
  if (!match) return false
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return y >= 1000 && keyOfUtcMs(utcMs(y, m, d)) === value
}

export const assertDateKey = (value: string): DateKey => {
  if (!isDateKey(value)) throw new RangeError(`Not a valid date key (YYYY-MM-DD): ${value}`)
  return value
}

const keyMs = (key: DateKey) => {
  assertDateKey(key)
  return utcMs(Number(key.slice(0, 4)), Number(key.slice(5, 7)), Number(key.slice(8, 10)))
}

// Vietnam wall-clock time (as UTC ms) -> instant. tzOffset reads Intl data and never the host zone
// (TZDate's field constructor goes through the host zone and fails on host-zone gaps).
const instantOfVnWall = (wallMs: number): Date => {
  const guess = wallMs - tzOffset(VN_TZ, new Date(wallMs)) * 60_000
  return new Date(wallMs - tzOffset(VN_TZ, new Date(guess)) * 60_000)
}

/**
 * Parses an instant. Strings: ISO with 'Z' or '±HH:MM' offset; a date key ('YYYY-MM-DD') is that day's
 * 00:00 in Vietnam; a date-time without offset is Vietnam wall time (never the server's zone).
 */
export const toInstant = (value: Date | string): Date => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Invalid Date')
    return new Date(value.getTime())
  }
  if (DATE_KEY_RE.test(value)) return vnDayStart(value)
  const datePartOk = isDateKey(value.slice(0, 10))
  if (datePartOk && ZONED_RE.test(value)) {
    const date = new Date(value.replace(' ', 'T'))
    if (!Number.isNaN(date.getTime())) return date
  }
  const wall = WALL_RE.exec(value)
  if (datePartOk && wall) {
    const [h, mi, s] = [Number(wall[4]), Number(wall[5]), Number(wall[6] ?? 0)]
    const ms = Number((wall[7] ?? '0').padEnd(3, '0'))
    if (h < 24 && mi < 60 && s < 60) {
      const date = utcMs(Number(wall[1]), Number(wall[2]), Number(wall[3]), h, mi, s, ms)
      return instantOfVnWall(date)
    }
  }
  throw new RangeError(`Not a valid instant: ${value}`)
}

/** The Vietnam calendar day of an instant; a date key is returned as is. */
export const toVnDateKey = (instant: Date | string): DateKey => {
  if (typeof instant === 'string' && DATE_KEY_RE.test(instant)) return assertDateKey(instant)
  const date = toInstant(instant)
  return keyOfUtcMs(date.getTime() + tzOffset(VN_TZ, date) * 60_000)
}

/** Today in Vietnam. */
export const vnToday = (now: Date = new Date()): DateKey => toVnDateKey(now)

/** The instant of 00:00:00.000 Vietnam time on that day. */
export const vnDayStart = (dateKey: DateKey): Date => instantOfVnWall(keyMs(dateKey))

/** The last millisecond (23:59:59.999) of that day in Vietnam. */
export const vnDayEnd = (dateKey: DateKey): Date =>
  new Date(vnDayStart(addDaysToKey(dateKey, 1)).getTime() - 1)

/** 'YYYY-MM' of the Vietnam calendar day of an instant. */
export const periodOf = (instant: Date | string): string => toVnDateKey(instant).slice(0, 7)

/** Day of the month (1–31) in Vietnam. */
export const dayOfMonthVn = (instant: Date | string): number =>
  Number(toVnDateKey(instant).slice(8))

const assertInteger = (n: number, what: string) => {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`)
}

export const addDaysToKey = (dateKey: DateKey, days: number): DateKey => {
  assertInteger(days, 'days')
  return keyOfUtcMs(keyMs(dateKey) + days * DAY_MS)
}

/** Calendar days from `from` to `to` (negative if `to` is earlier). */
export const daysBetweenKeys = (from: DateKey, to: DateKey): number =>
  Math.round((keyMs(to) - keyMs(from)) / DAY_MS)

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export const weekdayOfKey = (dateKey: DateKey): number => new Date(keyMs(dateKey)).getUTCDay()

export const isWeekendKey = (dateKey: DateKey): boolean => {
  const weekday = weekdayOfKey(dateKey)
  return weekday === 0 || weekday === 6
}
