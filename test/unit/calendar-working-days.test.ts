import { describe, expect, it } from 'vitest'

import {
  createCalendar,
  defaultCalendar,
  OFFICIAL_CALENDAR_DAYS,
  statutoryHolidayKeys,
  type CalendarDay,
} from '../../src/lib/calendar'

const statutoryOnly = createCalendar([])

const adminDay = (date: string, kind: CalendarDay['kind']): CalendarDay => ({
  date,
  kind,
  nameVi: 'Ngày do quản trị thêm',
  nameEn: 'Added by an admin',
})

describe('addWorkingDays', () => {
  it('does not count the given day: Mon + 1 = Tue, Fri + 1 = next Mon', () => {
    expect(defaultCalendar.addWorkingDays('2024-03-04', 1)).toBe('2024-03-05')
    expect(defaultCalendar.addWorkingDays('2024-03-08', 1)).toBe('2024-03-11')
    expect(defaultCalendar.addWorkingDays('2024-03-11', -1)).toBe('2024-03-08')
  })

  it('jumps over Tết 2025: Fri 24/01 + 1 = Mon 03/02, and back', () => {
    expect(defaultCalendar.addWorkingDays('2025-01-24', 1)).toBe('2025-02-03')
    expect(defaultCalendar.addWorkingDays('2025-01-23', 2)).toBe('2025-02-03')
    expect(defaultCalendar.addWorkingDays('2025-02-03', -1)).toBe('2025-01-24')
    expect(defaultCalendar.addWorkingDays('2025-01-20', 10)).toBe('2025-02-10')
  })

  it('starts from a day off as from any other day', () => {
    expect(defaultCalendar.addWorkingDays('2025-01-29', 1)).toBe('2025-02-03')
    expect(defaultCalendar.addWorkingDays('2025-01-29', -1)).toBe('2025-01-24')
  })

  it('returns the given day for n = 0, even a day off', () => {
    expect(defaultCalendar.addWorkingDays('2025-01-29', 0)).toBe('2025-01-29')
  })

  it('reads a Date in Vietnam time (Fri 23:30 in Vietnam + 1 = Mon)', () => {
    expect(defaultCalendar.addWorkingDays(new Date('2024-03-08T16:30:00Z'), 1)).toBe('2024-03-11')
  })

  it('rejects a fractional n', () => {
    expect(() => defaultCalendar.addWorkingDays('2024-03-04', 0.5)).toThrow(RangeError)
  })
})

describe('workingDaysBetween', () => {
  it('counts days after `from` up to and including `to`', () => {
    expect(defaultCalendar.workingDaysBetween('2024-03-04', '2024-03-08')).toBe(4)
    expect(defaultCalendar.workingDaysBetween('2024-03-04', '2024-03-04')).toBe(0)
    expect(defaultCalendar.workingDaysBetween('2024-03-09', '2024-03-11')).toBe(1)
  })

  it('is negative when reversed', () => {
    expect(defaultCalendar.workingDaysBetween('2024-03-08', '2024-03-04')).toBe(-4)
  })

  it('skips Tết 2024: Wed 07/02 → Thu 15/02 is one working day', () => {
    expect(defaultCalendar.workingDaysBetween('2024-02-07', '2024-02-15')).toBe(1)
  })

  it('counts a whole year: 2025 has 250 working days', () => {
    expect(defaultCalendar.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(250)
  })

  it('undoes addWorkingDays', () => {
    for (const start of ['2024-02-07', '2025-01-24', '2024-05-03', '2026-08-21']) {
      for (let n = -15; n <= 15; n += 1) {
        const end = defaultCalendar.addWorkingDays(start, n)
        expect(defaultCalendar.workingDaysBetween(start, end), `${start} ${n}`).toBe(n)
      }
    }
  })
})

describe('latestNoticeDay (R11.3a: notice at least 2 working days before the meeting)', () => {
  it('R11.3a: a Friday meeting needs the notice by Wednesday', () => {
    expect(defaultCalendar.latestNoticeDay('2024-03-15T02:00:00Z', 2)).toBe('2024-03-13')
  })

  it('R11.3a: a Monday meeting needs the notice by the previous Thursday', () => {
    expect(defaultCalendar.latestNoticeDay('2024-03-11T01:00:00Z', 2)).toBe('2024-03-07')
  })

  it('R11.3a: a meeting right after Tết 2025 (Mon 03/02) needs the notice by Thu 23/01', () => {
    expect(defaultCalendar.latestNoticeDay('2025-02-03T01:30:00Z', 2)).toBe('2025-01-23')
  })

  it('R11.3a: uses the Vietnam day of the meeting (2024-03-10T17:30Z is Monday 11/3)', () => {
    expect(defaultCalendar.latestNoticeDay(new Date('2024-03-10T17:30:00Z'), 2)).toBe('2024-03-07')
  })

  it('R11.3a: a notice on that day leaves exactly leadDays working days', () => {
    const meeting = '2025-05-05'
    const last = defaultCalendar.latestNoticeDay(meeting, 2)
    expect(last).toBe('2025-04-28')
    expect(defaultCalendar.workingDaysBetween(last, meeting)).toBe(2)
  })

  it('returns the meeting day for 0 lead days and rejects negative ones', () => {
    expect(defaultCalendar.latestNoticeDay('2024-03-15', 0)).toBe('2024-03-15')
    expect(() => defaultCalendar.latestNoticeDay('2024-03-15', -1)).toThrow(RangeError)
  })
})

describe('time-zone edges', () => {
  it('23:30 in Vietnam on a Friday is still Friday, a working day', () => {
    expect(defaultCalendar.isWorkingDay('2024-03-08T23:30:00+07:00')).toBe(true)
    expect(defaultCalendar.isWorkingDay(new Date('2024-03-08T16:30:00Z'))).toBe(true)
  })

  it('00:30 on Saturday in Vietnam is Saturday even where it is still Friday', () => {
    expect(defaultCalendar.isWorkingDay(new Date('2024-03-08T17:30:00Z'))).toBe(false)
  })

  it('2024-01-01T17:30:00Z is Tuesday 2 January in Vietnam, a working day', () => {
    expect(defaultCalendar.isWorkingDay('2024-01-01T17:30:00Z')).toBe(true)
    expect(defaultCalendar.isWorkingDay('2024-01-01T16:59:59.999Z')).toBe(false)
  })

  it('gives the same answers whatever TZ the server runs in', () => {
    // Each zone computes a year not yet cached, so date-holidays' lunar dates are checked too.
    const cases = [
      { zone: 'UTC', year: 2027, firstOfTet: '2027-02-06' },
      { zone: 'America/New_York', year: 2028, firstOfTet: '2028-01-26' },
      { zone: 'Pacific/Kiritimati', year: 2029, firstOfTet: '2029-02-13' },
      { zone: 'Pacific/Pago_Pago', year: 2031, firstOfTet: '2031-01-23' },
    ]
    const saved = process.env.TZ
    try {
      for (const { zone, year, firstOfTet } of cases) {
        process.env.TZ = zone
        const calendar = createCalendar(OFFICIAL_CALENDAR_DAYS)
        expect(calendar.isWorkingDay(new Date('2024-01-01T17:30:00Z')), zone).toBe(true)
        expect(calendar.isWorkingDay(new Date('2024-03-08T17:30:00Z')), zone).toBe(false)
        expect(calendar.addWorkingDays('2025-01-24', 1), zone).toBe('2025-02-03')
        expect(statutoryHolidayKeys(year).has(firstOfTet), zone).toBe(true)
      }
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
  })
})

describe('admin edits', () => {
  it('an admin-added day-off makes an ordinary weekday non-working', () => {
    const calendar = createCalendar([...OFFICIAL_CALENDAR_DAYS, adminDay('2025-03-14', 'day-off')])
    expect(defaultCalendar.isWorkingDay('2025-03-14')).toBe(true)
    expect(calendar.isWorkingDay('2025-03-14')).toBe(false)
    expect(calendar.addWorkingDays('2025-03-13', 1)).toBe('2025-03-17')
  })

  it('an admin-added working-day overrides a computed holiday', () => {
    const calendar = createCalendar([adminDay('2029-09-04', 'working-day')])
    expect(statutoryOnly.isWorkingDay('2029-09-04')).toBe(false)
    expect(calendar.isWorkingDay('2029-09-04')).toBe(true)
  })

  it('a working-day row wins over a day-off row for the same date', () => {
    const calendar = createCalendar([
      adminDay('2025-03-15', 'day-off'),
      adminDay('2025-03-15', 'working-day'),
    ])
    expect(calendar.isWorkingDay('2025-03-15')).toBe(true)
  })

  it('removing a make-up Saturday row makes it an ordinary Saturday', () => {
    const calendar = createCalendar(OFFICIAL_CALENDAR_DAYS.filter((d) => d.date !== '2025-04-26'))
    expect(calendar.isWorkingDay('2025-04-26')).toBe(false)
  })

  it('is not affected by later changes to the rows it was given', () => {
    const rows = [adminDay('2025-03-14', 'day-off')]
    const calendar = createCalendar(rows)
    rows.pop()
    expect(calendar.isWorkingDay('2025-03-14')).toBe(false)
  })

  it('rejects rows with malformed dates or kinds', () => {
    expect(() => createCalendar([adminDay('2025-02-30', 'day-off')])).toThrow(RangeError)
    const badKind = {
      ...adminDay('2025-03-14', 'day-off'),
      kind: 'holiday',
    } as unknown as CalendarDay
    expect(() => createCalendar([badKind])).toThrow(RangeError)
  })
})
