import Holidays from 'date-holidays'

import { addDaysToKey, isWeekendKey, weekdayOfKey, type DateKey } from '../clock'

/**
 * Statutory days off of Bộ luật Lao động 2019 (45/2019/QH14, Điều 112, in force 01/01/2021; earlier
 * years are computed with the same rules), plus the compensatory days of Điều 111(3).
 * The Government fixes the exact Tết days and the second National Day each year: the official
 * notices (official-days.ts) override these defaults.
 */
export type StatutoryHoliday = {
  date: DateKey
  nameVi: string
  nameEn: string
  /** A weekday off because a holiday fell on Saturday/Sunday (Điều 111(3)). */
  compensatory: boolean
}

type Named = { date: DateKey; nameVi: string; nameEn: string }

// date-holidays computes Tết and 10/3 lunar with the Vietnamese lunar calendar (UTC+7).
const library = new Holidays('VN')

const lunarDate = (year: number, rule: string): DateKey => {
  const found = library.getHolidays(year).find((holiday) => holiday.rule === rule)
  if (!found) throw new Error(`date-holidays has no VN rule "${rule}" for ${year}`)
  return found.date.slice(0, 10)
}

// Weekday of 2/9 -> the adjacent day off is 3/9 (after); otherwise 1/9 (before). Matches the
// Government's choices 2021–2026: Thu 2021 → 3/9, Fri 2022 → 1/9, Sat 2023 → 1/9, Mon 2024 → 3/9,
// Tue 2025 → 1/9, Wed 2026 → 1/9. Sunday → 3/9 (the weekday result is the same either way).
const NATIONAL_DAY_EXTRA_AFTER = new Set([0, 1, 4])

const holidaysOf = (year: number): Named[] => {
  const y = String(year).padStart(4, '0')
  const firstOfTet = lunarDate(year, 'vietnamese 1-0-1')
  const nationalDay = `${y}-09-02`
  const after = NATIONAL_DAY_EXTRA_AFTER.has(weekdayOfKey(nationalDay))
  const nationalDayExtra = addDaysToKey(nationalDay, after ? 1 : -1)
  // date-holidays gives Tết as eve + 4 days (giao thừa – mùng 4). The official weekday days off of
  // every Tết 2021–2026 are reproduced by "the day before the eve – mùng 3" + compensation,
  // e.g. 2025: 27/01–31/01 (the library says 28/01–01/02).
  const tet = [-2, -1, 0, 1, 2].map((offset) => ({
    date: addDaysToKey(firstOfTet, offset),
    nameVi: 'Tết Nguyên đán',
    nameEn: 'Lunar New Year (Tết)',
  }))
  return [
    { date: `${y}-01-01`, nameVi: 'Tết Dương lịch', nameEn: "New Year's Day" },
    ...tet,
    {
      date: lunarDate(year, 'vietnamese 3-0-10'),
      nameVi: 'Giỗ Tổ Hùng Vương',
      nameEn: 'Hùng Kings Commemoration Day',
    },
    { date: `${y}-04-30`, nameVi: 'Ngày Chiến thắng', nameEn: 'Reunification Day' },
    { date: `${y}-05-01`, nameVi: 'Ngày Quốc tế Lao động', nameEn: "International Workers' Day" },
    { date: nationalDay, nameVi: 'Quốc khánh', nameEn: 'National Day' },
    { date: nationalDayExtra, nameVi: 'Quốc khánh', nameEn: 'National Day' },
  ].sort((a, b) => a.date.localeCompare(b.date))
}

// Each holiday on a weekend gives one compensatory day: the next weekday not already off.
// Holidays never share a date: 10/3 lunar falls on 29/4 at the latest (checked 1990–2200).
const withCompensation = (holidays: Named[]): StatutoryHoliday[] => {
  const taken = new Set(holidays.map((holiday) => holiday.date))
  const result: StatutoryHoliday[] = []
  for (const holiday of holidays) {
    result.push({ ...holiday, compensatory: false })
    if (!isWeekendKey(holiday.date)) continue
    let day = addDaysToKey(holiday.date, 1)
    while (isWeekendKey(day) || taken.has(day)) day = addDaysToKey(day, 1)
    taken.add(day)
    result.push({
      date: day,
      nameVi: `Nghỉ bù ${holiday.nameVi}`,
      nameEn: `${holiday.nameEn} (compensatory day off)`,
      compensatory: true,
    })
  }
  return result.sort((a, b) => a.date.localeCompare(b.date))
}

const cache = new Map<number, readonly StatutoryHoliday[]>()

/** Statutory holidays and compensatory days off of a calendar year, sorted by date. */
export const statutoryHolidays = (year: number): readonly StatutoryHoliday[] => {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Not a supported year: ${year}`)
  }
  let days = cache.get(year)
  if (!days) {
    days = Object.freeze(withCompensation(holidaysOf(year)).map((day) => Object.freeze(day)))
    cache.set(year, days)
  }
  return days
}

const keyCache = new Map<number, ReadonlySet<DateKey>>()

/** The date keys of statutoryHolidays(year), including weekend holidays themselves. */
export const statutoryHolidayKeys = (year: number): ReadonlySet<DateKey> => {
  let keys = keyCache.get(year)
  if (!keys) {
    keys = new Set(statutoryHolidays(year).map((day) => day.date))
    keyCache.set(year, keys)
  }
  return keys
}
