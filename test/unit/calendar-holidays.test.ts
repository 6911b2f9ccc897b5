import Holidays from 'date-holidays'
import { describe, expect, it } from 'vitest'

import {
  createCalendar,
  defaultCalendar,
  OFFICIAL_CALENDAR_DAYS,
  statutoryHolidayKeys,
  statutoryHolidays,
  type WorkingCalendar,
} from '../../src/lib/calendar'
import { addDaysToKey, isDateKey, isWeekendKey, weekdayOfKey } from '../../src/lib/clock'

const days = (from: string, to: string): string[] => {
  const keys: string[] = []
  for (let key = from; key <= to; key = addDaysToKey(key, 1)) keys.push(key)
  return keys
}

const weekdaysOffIn = (calendar: WorkingCalendar, year: number) =>
  days(`${year}-01-01`, `${year}-12-31`).filter(
    (key) => !isWeekendKey(key) && !calendar.isWorkingDay(key),
  )

const workingWeekendsIn = (calendar: WorkingCalendar, year: number) =>
  days(`${year}-01-01`, `${year}-12-31`).filter(
    (key) => isWeekendKey(key) && calendar.isWorkingDay(key),
  )

const expectBreak = (calendar: WorkingCalendar, from: string, to: string) => {
  for (const key of days(from, to)) expect(calendar.isWorkingDay(key), key).toBe(false)
}

const statutoryOnly = createCalendar([])

describe('Tết (Lunar New Year)', () => {
  it('Tết 2023: no working day from Fri 20/01 to Thu 26/01; Thu 19/01 and Fri 27/01 are working', () => {
    expectBreak(defaultCalendar, '2023-01-20', '2023-01-26')
    expect(defaultCalendar.isWorkingDay('2023-01-19')).toBe(true)
    expect(defaultCalendar.isWorkingDay('2023-01-27')).toBe(true)
  })

  it('Tết 2024: no working day from Thu 08/02 to Wed 14/02; Wed 07/02 and Thu 15/02 are working', () => {
    expectBreak(defaultCalendar, '2024-02-08', '2024-02-14')
    expect(defaultCalendar.isWorkingDay('2024-02-07')).toBe(true)
    expect(defaultCalendar.isWorkingDay('2024-02-15')).toBe(true)
  })

  it('Tết 2025: no working day from Sat 25/01 to Sun 02/02; Fri 24/01 and Mon 03/02 are working', () => {
    expectBreak(defaultCalendar, '2025-01-25', '2025-02-02')
    expect(defaultCalendar.isWorkingDay('2025-01-24')).toBe(true)
    expect(defaultCalendar.isWorkingDay('2025-02-03')).toBe(true)
  })

  it('Tết 2026: no working day from Sat 14/02 to Sun 22/02; Fri 13/02 and Mon 23/02 are working', () => {
    expectBreak(defaultCalendar, '2026-02-14', '2026-02-22')
    expect(defaultCalendar.isWorkingDay('2026-02-13')).toBe(true)
    expect(defaultCalendar.isWorkingDay('2026-02-23')).toBe(true)
  })

  it('takes Mon 27/01/2025 off although date-holidays starts Tết on 28/01', () => {
    const library = new Holidays('VN')
    expect(library.isHoliday(new Date('2025-01-27T05:00:00Z'))).toBe(false)
    expect(statutoryOnly.isWorkingDay('2025-01-27')).toBe(false)
  })
})

describe('30/4 and 1/5', () => {
  it('2024: off Sat 27/4 – Wed 01/5 with Mon 29/4 swapped; Sat 04/5 is a make-up working day', () => {
    expectBreak(defaultCalendar, '2024-04-27', '2024-05-01')
    expect(defaultCalendar.isWorkingDay('2024-04-29')).toBe(false)
    expect(defaultCalendar.isWorkingDay('2024-05-04')).toBe(true)
    expect(defaultCalendar.isWorkingDay('2024-04-26')).toBe(true)
    expect(defaultCalendar.isWorkingDay('2024-05-02')).toBe(true)
    expect(defaultCalendar.isWorkingDay('2024-05-05')).toBe(false)
  })

  it('2025: off Wed 30/4 – Sun 04/5 with Fri 02/5 swapped; Sat 26/4 is a make-up working day', () => {
    expectBreak(defaultCalendar, '2025-04-30', '2025-05-04')
    expect(defaultCalendar.isWorkingDay('2025-05-02')).toBe(false)
    expect(defaultCalendar.isWorkingDay('2025-04-26')).toBe(true)
    expect(defaultCalendar.isWorkingDay('2025-04-29')).toBe(true)
    expect(defaultCalendar.isWorkingDay('2025-05-05')).toBe(true)
  })

  it('2023: Hùng Kings (Sat 29/4) and 30/4 (Sun) give compensatory days Tue 02/5 and Wed 03/5', () => {
    expectBreak(defaultCalendar, '2023-04-29', '2023-05-03')
    expect(statutoryOnly.isWorkingDay('2023-05-02')).toBe(false)
    expect(statutoryOnly.isWorkingDay('2023-05-03')).toBe(false)
    expect(defaultCalendar.isWorkingDay('2023-05-04')).toBe(true)
  })

  it('without the swap rows, 2024-04-29 is a working Monday and 2024-05-04 an ordinary Saturday', () => {
    expect(statutoryOnly.isWorkingDay('2024-04-29')).toBe(true)
    expect(statutoryOnly.isWorkingDay('2024-05-04')).toBe(false)
  })
})

describe('Quốc khánh 2/9 and its adjacent day', () => {
  it('2024: 2/9 is Monday, so Tue 03/9 is the second day; off Sat 31/8 – Tue 03/9', () => {
    expectBreak(defaultCalendar, '2024-08-31', '2024-09-03')
    expect(statutoryOnly.isWorkingDay('2024-09-03')).toBe(false)
    expect(defaultCalendar.isWorkingDay('2024-08-30')).toBe(true)
    expect(defaultCalendar.isWorkingDay('2024-09-04')).toBe(true)
  })

  it('2025: 2/9 is Tuesday, so Mon 01/9 is the second day; off Sat 30/8 – Tue 02/9', () => {
    expectBreak(defaultCalendar, '2025-08-30', '2025-09-02')
    expect(statutoryOnly.isWorkingDay('2025-09-01')).toBe(false)
    expect(defaultCalendar.isWorkingDay('2025-08-29')).toBe(true)
    expect(defaultCalendar.isWorkingDay('2025-09-03')).toBe(true)
  })

  it('2023: 2/9 on Saturday gives Fri 01/9 as second day and Mon 04/9 as compensatory day', () => {
    expect(statutoryOnly.isWorkingDay('2023-09-01')).toBe(false)
    expect(statutoryOnly.isWorkingDay('2023-09-04')).toBe(false)
    expect(statutoryOnly.isWorkingDay('2023-09-05')).toBe(true)
  })

  it('2026: Mon 31/8 swapped for Sat 22/8; off Sat 29/8 – Wed 02/9, Thu 03/9 working', () => {
    expectBreak(defaultCalendar, '2026-08-29', '2026-09-02')
    expect(defaultCalendar.isWorkingDay('2026-08-22')).toBe(true)
    expect(defaultCalendar.isWorkingDay('2026-09-03')).toBe(true)
  })

  it('defaults for later years: Thu 2027 → Fri 03/9; Sun 2029 → Mon 03/9 and Tue 04/9', () => {
    expect(statutoryOnly.isWorkingDay('2027-09-03')).toBe(false)
    expect(statutoryOnly.isWorkingDay('2027-09-01')).toBe(true)
    expect(statutoryOnly.isWorkingDay('2029-09-03')).toBe(false)
    expect(statutoryOnly.isWorkingDay('2029-09-04')).toBe(false)
    expect(statutoryOnly.isWorkingDay('2029-09-05')).toBe(true)
  })
})

describe('make-up Saturdays', () => {
  it('counts Sat 10/01/2026 as a working day and takes Fri 02/01/2026 off', () => {
    expect(defaultCalendar.isWorkingDay('2026-01-10')).toBe(true)
    expect(defaultCalendar.isWorkingDay('2026-01-02')).toBe(false)
    expect(defaultCalendar.isWorkingDay('2026-01-17')).toBe(false)
  })

  it('has exactly the announced make-up Saturdays and no working Sunday', () => {
    const expected: Record<number, string[]> = {
      2022: [],
      2023: [],
      2024: ['2024-05-04'],
      2025: ['2025-04-26'],
      2026: ['2026-01-10', '2026-08-22'],
    }
    for (const [year, saturdays] of Object.entries(expected)) {
      expect(workingWeekendsIn(defaultCalendar, Number(year)), year).toEqual(saturdays)
    }
  })

  it('counts a make-up Saturday when adding working days', () => {
    expect(defaultCalendar.addWorkingDays('2024-05-03', 1)).toBe('2024-05-04')
    expect(defaultCalendar.addWorkingDays('2024-05-04', 1)).toBe('2024-05-06')
    expect(defaultCalendar.workingDaysBetween('2024-05-03', '2024-05-06')).toBe(2)
  })
})

describe('statutory holidays (date-holidays, corrected)', () => {
  it('lists the 11 statutory days of 2025 with names', () => {
    expect(statutoryHolidays(2025).map((day) => day.date)).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-09-01',
      '2025-09-02',
    ])
    expect(statutoryHolidays(2025)[6]).toEqual({
      date: '2025-04-07',
      nameVi: 'Giỗ Tổ Hùng Vương',
      nameEn: 'Hùng Kings Commemoration Day',
      compensatory: false,
    })
  })

  it('adds a compensatory weekday for each holiday on a weekend (2023)', () => {
    const compensatory = statutoryHolidays(2023).filter((day) => day.compensatory)
    expect(compensatory.map((day) => day.date)).toEqual([
      '2023-01-02',
      '2023-01-25',
      '2023-01-26',
      '2023-05-02',
      '2023-05-03',
      '2023-09-04',
    ])
    expect(compensatory[0]?.nameVi).toBe('Nghỉ bù Tết Dương lịch')
  })

  it('gives Mon 27/04/2026 off because Hùng Kings falls on Sunday 26/04', () => {
    expect(statutoryHolidayKeys(2026).has('2026-04-26')).toBe(true)
    expect(statutoryOnly.isWorkingDay('2026-04-27')).toBe(false)
  })

  it('alone reproduces the weekday days off announced for 2021–2026, swaps aside', () => {
    const expected: Record<number, string> = {
      2021: '01-01 02-10 02-11 02-12 02-15 02-16 04-21 04-30 05-03 09-02 09-03',
      2022: '01-03 01-31 02-01 02-02 02-03 02-04 04-11 05-02 05-03 09-01 09-02',
      2023: '01-02 01-20 01-23 01-24 01-25 01-26 05-01 05-02 05-03 09-01 09-04',
      2024: '01-01 02-08 02-09 02-12 02-13 02-14 04-18 04-30 05-01 09-02 09-03',
      2025: '01-01 01-27 01-28 01-29 01-30 01-31 04-07 04-30 05-01 09-01 09-02',
      2026: '01-01 02-16 02-17 02-18 02-19 02-20 04-27 04-30 05-01 09-01 09-02',
    }
    for (const [year, monthDays] of Object.entries(expected)) {
      const keys = monthDays.split(' ').map((monthDay) => `${year}-${monthDay}`)
      expect(weekdaysOffIn(statutoryOnly, Number(year)), year).toEqual(keys)
    }
  })

  // Forty years of lunar dates: seconds on a loaded machine, hence the longer time limit.
  it('always gives exactly 11 weekdays off a year (2021–2060)', { timeout: 60_000 }, () => {
    for (let year = 2021; year <= 2060; year += 1) {
      expect(weekdaysOffIn(statutoryOnly, year), String(year)).toHaveLength(11)
    }
  })

  it('returns the same cached list on repeated calls', () => {
    expect(statutoryHolidays(2024)).toBe(statutoryHolidays(2024))
    expect(() => statutoryHolidays(2024.5)).toThrow(RangeError)
  })
})

describe('official calendar: weekday days off per year', () => {
  it('adds only the swapped days to the statutory days', () => {
    const swapped: Record<number, string[]> = {
      2022: [],
      2023: [],
      2024: ['2024-04-29'],
      2025: ['2025-05-02'],
      2026: ['2026-01-02', '2026-08-31'],
    }
    for (const [year, extra] of Object.entries(swapped)) {
      const expected = [...weekdaysOffIn(statutoryOnly, Number(year)), ...extra].sort()
      expect(weekdaysOffIn(defaultCalendar, Number(year)), year).toEqual(expected)
    }
  })

  it('has valid, unique, sorted dates in 2022–2026, make-up days only on Saturdays', () => {
    const dates = OFFICIAL_CALENDAR_DAYS.map((day) => day.date)
    expect(dates.every((date) => isDateKey(date))).toBe(true)
    expect(new Set(dates).size).toBe(dates.length)
    expect([...dates].sort()).toEqual(dates)
    expect(dates[0]).toBe('2022-01-01')
    expect(dates.at(-1)).toBe('2026-09-02')
    for (const day of OFFICIAL_CALENDAR_DAYS) {
      expect(day.nameVi.length > 0 && day.nameEn.length > 0).toBe(true)
      if (day.kind === 'working-day') expect(weekdayOfKey(day.date), day.date).toBe(6)
    }
  })
})
