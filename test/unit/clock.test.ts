import { describe, expect, it } from 'vitest'

import {
  addDaysToKey,
  assertDateKey,
  dayOfMonthVn,
  daysBetweenKeys,
  isDateKey,
  isWeekendKey,
  periodOf,
  toInstant,
  toVnDateKey,
  vnDayEnd,
  vnDayStart,
  vnToday,
  VN_TZ,
  weekdayOfKey,
} from '../../src/lib/clock'

const withServerZone = (zone: string, run: () => void) => {
  const saved = process.env.TZ
  process.env.TZ = zone
  try {
    run()
  } finally {
    if (saved === undefined) delete process.env.TZ
    else process.env.TZ = saved
  }
}

describe('clock: Vietnam calendar day of an instant', () => {
  it('uses the Asia/Ho_Chi_Minh zone', () => {
    expect(VN_TZ).toBe('Asia/Ho_Chi_Minh')
  })

  it('puts 2024-01-01T17:30:00Z on 2 January in Vietnam', () => {
    expect(toVnDateKey('2024-01-01T17:30:00Z')).toBe('2024-01-02')
    expect(toVnDateKey(new Date('2024-01-01T17:30:00Z'))).toBe('2024-01-02')
  })

  it('switches day exactly at 17:00 UTC (midnight in Vietnam)', () => {
    expect(toVnDateKey('2024-01-01T16:59:59.999Z')).toBe('2024-01-01')
    expect(toVnDateKey('2024-01-01T17:00:00.000Z')).toBe('2024-01-02')
  })

  it('keeps 23:30 Vietnam time on the same day', () => {
    expect(toVnDateKey('2024-03-08T23:30:00+07:00')).toBe('2024-03-08')
    expect(toVnDateKey('2024-03-08T16:30:00Z')).toBe('2024-03-08')
  })

  it('crosses year ends in Vietnam time', () => {
    expect(toVnDateKey('2024-12-31T17:00:00Z')).toBe('2025-01-01')
    expect(toVnDateKey('2024-12-31T16:59:59Z')).toBe('2024-12-31')
  })

  it('returns a date key unchanged', () => {
    expect(toVnDateKey('2024-02-29')).toBe('2024-02-29')
  })

  it('reads a date-time without offset as Vietnam wall time, not server time', () => {
    expect(toVnDateKey('2024-01-01T23:30')).toBe('2024-01-01')
    expect(toInstant('2024-01-01T23:30:15.5').toISOString()).toBe('2024-01-01T16:30:15.500Z')
    expect(toInstant('2024-01-02 00:00').toISOString()).toBe('2024-01-01T17:00:00.000Z')
  })

  it('accepts explicit offsets and a space separator', () => {
    expect(toInstant('2024-01-01T17:30:00+07:00').toISOString()).toBe('2024-01-01T10:30:00.000Z')
    expect(toInstant('2024-01-01 17:30:00Z').toISOString()).toBe('2024-01-01T17:30:00.000Z')
  })

  it('rejects invalid dates instead of rolling them over', () => {
    for (const bad of [
      'not a date',
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-02-30T10:00:00Z',
      '2024-01-01T25:00',
      '2024-01-01T10:00:00+0700',
      '',
    ]) {
      expect(() => toVnDateKey(bad), bad).toThrow(RangeError)
    }
    expect(() => toVnDateKey(new Date(Number.NaN))).toThrow(RangeError)
  })

  it('does not share the Date it was given', () => {
    const given = new Date('2024-01-01T00:00:00Z')
    const copy = toInstant(given)
    copy.setTime(0)
    expect(given.toISOString()).toBe('2024-01-01T00:00:00.000Z')
  })

  it('gives today in Vietnam for a given now', () => {
    expect(vnToday(new Date('2024-06-30T18:00:00Z'))).toBe('2024-07-01')
    expect(isDateKey(vnToday())).toBe(true)
  })
})

describe('clock: start and end of a Vietnam day', () => {
  it('starts 2 January 2024 at 2024-01-01T17:00Z and ends it a millisecond before the next day', () => {
    expect(vnDayStart('2024-01-02').toISOString()).toBe('2024-01-01T17:00:00.000Z')
    expect(vnDayEnd('2024-01-02').toISOString()).toBe('2024-01-02T16:59:59.999Z')
  })

  it('handles the leap day and the year end', () => {
    expect(vnDayStart('2024-02-29').toISOString()).toBe('2024-02-28T17:00:00.000Z')
    expect(vnDayEnd('2024-12-31').toISOString()).toBe('2024-12-31T16:59:59.999Z')
  })

  it('round-trips every day from 2020 to 2030', () => {
    for (let key = '2020-01-01'; key <= '2030-12-31'; key = addDaysToKey(key, 1)) {
      const start = vnDayStart(key)
      const end = vnDayEnd(key)
      expect(end.getTime() - start.getTime()).toBe(86_400_000 - 1)
      if (toVnDateKey(start) !== key || toVnDateKey(end) !== key) expect.fail(key)
      if (toVnDateKey(new Date(start.getTime() - 1)) !== addDaysToKey(key, -1)) expect.fail(key)
    }
  })

  it('rejects malformed date keys', () => {
    expect(() => vnDayStart('2024-1-2')).toThrow(RangeError)
    expect(() => vnDayEnd('2024-04-31')).toThrow(RangeError)
    expect(() => assertDateKey('0999-01-01')).toThrow(RangeError)
  })
})

describe('clock: periods and days of the month', () => {
  it('gives the Vietnam month of an instant', () => {
    expect(periodOf('2024-01-31T16:59:59Z')).toBe('2024-01')
    expect(periodOf('2024-01-31T17:00:00Z')).toBe('2024-02')
    expect(periodOf('2024-12-31T17:00:00Z')).toBe('2025-01')
    expect(periodOf('2024-05-15')).toBe('2024-05')
  })

  it('gives the Vietnam day of the month (the 10th starts at 17:00Z on the 9th)', () => {
    expect(dayOfMonthVn('2024-03-09T16:59:59Z')).toBe(9)
    expect(dayOfMonthVn('2024-03-09T17:00:00Z')).toBe(10)
    expect(dayOfMonthVn(new Date('2024-03-31T20:00:00Z'))).toBe(1)
  })
})

describe('clock: date key arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDaysToKey('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDaysToKey('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDaysToKey('2024-12-31', 1)).toBe('2025-01-01')
    expect(addDaysToKey('2025-01-01', -1)).toBe('2024-12-31')
    expect(addDaysToKey('2024-01-15', 0)).toBe('2024-01-15')
    expect(addDaysToKey('2024-01-01', 366)).toBe('2025-01-01')
  })

  it('rejects fractional day counts', () => {
    expect(() => addDaysToKey('2024-01-01', 1.5)).toThrow(RangeError)
  })

  it('counts calendar days between keys, negative when reversed', () => {
    expect(daysBetweenKeys('2024-01-01', '2025-01-01')).toBe(366)
    expect(daysBetweenKeys('2025-01-01', '2024-12-25')).toBe(-7)
    expect(daysBetweenKeys('2024-03-10', '2024-03-10')).toBe(0)
  })

  it('gives the weekday of a key (0 = Sunday)', () => {
    expect(weekdayOfKey('2024-01-02')).toBe(2)
    expect(weekdayOfKey('2024-03-08')).toBe(5)
    expect(weekdayOfKey('2025-01-25')).toBe(6)
    expect(weekdayOfKey('2025-01-26')).toBe(0)
    expect(isWeekendKey('2025-01-25')).toBe(true)
    expect(isWeekendKey('2025-01-27')).toBe(false)
  })

  it('tells date keys from other values', () => {
    expect(isDateKey('2024-02-29')).toBe(true)
    expect(isDateKey('2023-02-29')).toBe(false)
    expect(isDateKey('2024-02-29T00:00:00Z')).toBe(false)
    expect(isDateKey(20240229)).toBe(false)
  })
})

describe('clock: independent of the server time zone', () => {
  // Node re-reads TZ when process.env.TZ is assigned (vitest's default 'forks' pool).
  const zones = [
    'UTC',
    'America/New_York',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'Australia/Lord_Howe',
  ]

  it('gives the same answers whatever TZ the server runs in', () => {
    for (const zone of zones) {
      withServerZone(zone, () => {
        expect(toVnDateKey('2024-01-01T17:30:00Z'), zone).toBe('2024-01-02')
        expect(toInstant('2024-03-10T02:30').toISOString(), zone).toBe('2024-03-09T19:30:00.000Z')
        expect(vnDayStart('2024-03-10').toISOString(), zone).toBe('2024-03-09T17:00:00.000Z')
        expect(vnDayStart('1994-12-31').toISOString(), zone).toBe('1994-12-30T17:00:00.000Z')
        expect(weekdayOfKey('2024-11-03'), zone).toBe(0)
        expect(periodOf('2024-10-31T17:00:00Z'), zone).toBe('2024-11')
      })
    }
  })
})
