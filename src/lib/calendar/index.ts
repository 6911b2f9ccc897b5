import { addDaysToKey, assertDateKey, isWeekendKey, toVnDateKey, type DateKey } from '../clock'
import { OFFICIAL_CALENDAR_DAYS, type CalendarDay } from './official-days'
import { statutoryHolidayKeys } from './statutory'

export { OFFICIAL_CALENDAR_DAYS, type CalendarDay, type CalendarDayKind } from './official-days'
export { statutoryHolidays, statutoryHolidayKeys, type StatutoryHoliday } from './statutory'

/** A Vietnam date key ('YYYY-MM-DD') or an instant (Date / ISO string), read in Vietnam time. */
export type DayInput = Date | string

export type WorkingCalendar = {
  isWorkingDay: (day: DayInput) => boolean
  /** The day n working days after (n < 0: before) `day`, not counting `day`; n = 0 returns `day`. */
  addWorkingDays: (day: DayInput, n: number) => DateKey
  /** Working days in (from, to]; negative, -(working days in (to, from]), if `to` is earlier. */
  workingDaysBetween: (from: DayInput, to: DayInput) => number
  /**
   * R11.3a: the last Vietnam day on which a notice still gives `leadDays` working days before the
   * meeting's day: addWorkingDays(day of meeting, -leadDays). On time iff sent on or before it.
   */
  latestNoticeDay: (meetingStart: DayInput, leadDays: number) => DateKey
}

const assertInteger = (n: number, what: string) => {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`)
}

/**
 * Working day = Monday–Friday that is neither a statutory holiday (incl. compensatory days) nor a
 * listed 'day-off', or any day listed as 'working-day' (make-up Saturday; also how admins cancel a
 * computed holiday). A 'working-day' row wins over a 'day-off' row for the same date.
 */
export const createCalendar = (days: readonly CalendarDay[]): WorkingCalendar => {
  const daysOff = new Set<DateKey>()
  const workingDays = new Set<DateKey>()
  for (const day of days) {
    assertDateKey(day.date)
    if (day.kind === 'working-day') workingDays.add(day.date)
    else if (day.kind === 'day-off') daysOff.add(day.date)
    else throw new RangeError(`Unknown calendar day kind: ${String(day.kind)}`)
  }

  const isWorkingKey = (key: DateKey) => {
    if (workingDays.has(key)) return true
    if (isWeekendKey(key) || daysOff.has(key)) return false
    return !statutoryHolidayKeys(Number(key.slice(0, 4))).has(key)
  }

  const addWorkingDays = (day: DayInput, n: number): DateKey => {
    assertInteger(n, 'n')
    const step = Math.sign(n)
    let key = toVnDateKey(day)
    let left = Math.abs(n)
    while (left > 0) {
      key = addDaysToKey(key, step)
      if (isWorkingKey(key)) left -= 1
    }
    return key
  }

  const countIn = (after: DateKey, upTo: DateKey) => {
    let count = 0
    for (let key = addDaysToKey(after, 1); key <= upTo; key = addDaysToKey(key, 1)) {
      if (isWorkingKey(key)) count += 1
    }
    return count
  }

  return {
    isWorkingDay: (day) => isWorkingKey(toVnDateKey(day)),
    addWorkingDays,
    workingDaysBetween: (from, to) => {
      const [fromKey, toKey] = [toVnDateKey(from), toVnDateKey(to)]
      return fromKey <= toKey ? countIn(fromKey, toKey) : -countIn(toKey, fromKey)
    },
    latestNoticeDay: (meetingStart, leadDays) => {
      assertInteger(leadDays, 'leadDays')
      if (leadDays < 0) throw new RangeError(`leadDays must not be negative, got ${leadDays}`)
      return addWorkingDays(toVnDateKey(meetingStart), -leadDays)
    },
  }
}

export const defaultCalendar = createCalendar(OFFICIAL_CALENDAR_DAYS)
