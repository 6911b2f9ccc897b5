import { describe, expect, it } from 'vitest'

import {
  aggregateDeadline,
  checkPeriodOpen,
  formatPeriod,
  hasOpenException,
  isPeriod,
  lockDayOf,
  nextPeriod,
  periodEnd,
  periodLock,
  periodStart,
  previousPeriod,
  reportDeadline,
  settingsDayOf,
  timelinessOf,
} from '../../../hooks/rules/reportPeriods'
import { toInstant } from '../../../src/lib/clock'
import { expectBreach } from './expectBreach'

const vn = (wallTime: string) => toInstant(wallTime)

describe('reporting periods', () => {
  it('accepts year-month periods and nothing else', () => {
    expect(['2025-03', '2025-12'].map(isPeriod)).toEqual([true, true])
    expect(
      ['2025-3', '2025-13', '2025-00', '25-03', '2025-03-01', 202503, null].map(isPeriod),
    ).toEqual([false, false, false, false, false, false, false])
  })

  it('steps across the turn of the year', () => {
    expect([previousPeriod('2025-01'), nextPeriod('2024-12')]).toEqual(['2024-12', '2025-01'])
  })

  it('runs the data of a month from the 15th of the month before to the 14th (R12.3a)', () => {
    expect([periodStart('2025-03'), periodEnd('2025-03')]).toEqual(['2025-02-15', '2025-03-14'])
    expect([periodStart('2025-01'), periodEnd('2025-01')]).toEqual(['2024-12-15', '2025-01-14'])
  })

  it('writes a period as officials do: MM/YYYY', () => {
    expect(formatPeriod('2025-03')).toBe('03/2025')
  })

  it('takes the charter numbers in force on the first day of the report month (R14.3)', () => {
    expect(settingsDayOf('2026-01')).toBe('2026-01-01')
  })
})

describe('deadlines (R12.3a, R12.3b)', () => {
  it('makes the 17th of the report month the last on-time day of a report due "before the 18th" (R12.3a)', () => {
    expect(reportDeadline('2025-04', 18)).toBe('2025-04-17')
  })

  it('makes the 21st the last on-time day of the aggregate report due "before the 22nd" (R12.3b)', () => {
    expect(aggregateDeadline('2026-01', 22)).toBe('2026-01-21')
  })

  it('counts a report submitted at 23:59:59 on the 17th, Vietnam time, as on time (R12.3a)', () => {
    expect(timelinessOf(vn('2025-04-17 23:59:59'), '2025-04', 18)).toBe('on-time')
  })

  it('counts a report submitted at 00:00 on the 18th, Vietnam time, as late (R12.3a)', () => {
    expect(timelinessOf(vn('2025-04-18 00:00'), '2025-04', 18)).toBe('late')
  })

  it('judges by the Vietnam day, not the UTC day: 17:00 UTC on the 17th is already the 18th (R12.3a)', () => {
    expect(timelinessOf('2025-04-17T17:00:00Z', '2025-04', 18)).toBe('late')
  })
})

describe('period lock (R12.3a)', () => {
  it('locks on the lock day of the report month at 00:00 Vietnam time (R12.3a)', () => {
    expect(lockDayOf('2025-04', 25)).toBe('2025-04-25')
    expect(periodLock('2025-04', 25, {}, vn('2025-04-24 23:59:59'))).toEqual({ locked: false })
    expect(periodLock('2025-04', 25, {}, vn('2025-04-25 00:00'))).toEqual({
      locked: true,
      since: vn('2025-04-25 00:00'),
      reason: 'lock-day',
    })
  })

  it('locks once the aggregate report is issued, when that comes first (R12.3b)', () => {
    const lock = periodLock(
      '2025-04',
      25,
      { aggregateIssuedAt: '2025-04-19T02:00:00Z' },
      vn('2025-04-20 08:00'),
    )
    expect(lock).toMatchObject({ locked: true, reason: 'aggregate-issued' })
  })

  it('locks from the moment the standing body locked it by hand, not before', () => {
    const state = { lockedAt: vn('2025-04-20 10:00').toISOString() }
    expect(periodLock('2025-04', 25, state, vn('2025-04-20 09:59')).locked).toBe(false)
    expect(periodLock('2025-04', 25, state, vn('2025-04-20 10:00')).locked).toBe(true)
  })

  it('lets an exception serve its own agency until it expires, exclusive', () => {
    const exceptions = [{ agency: 7, expiresAt: vn('2025-04-30 17:00').toISOString() }]
    expect(hasOpenException(exceptions, 7, vn('2025-04-30 16:59'))).toBe(true)
    expect(hasOpenException(exceptions, 7, vn('2025-04-30 17:00'))).toBe(false)
    expect(hasOpenException(exceptions, 8, vn('2025-04-30 16:59'))).toBe(false)
  })

  it('refuses an agency’s write in a locked period, naming the clause and the day (R12.3a)', () => {
    const verdict = checkPeriodOpen({
      period: '2025-04',
      lockDay: 25,
      state: {},
      exceptions: [],
      agency: 7,
      now: vn('2025-04-26 09:00'),
    })
    expectBreach(verdict, {
      rule: 'R12.3a',
      vi: 'Vi phạm Điều 12 khoản 3:',
      en: 'Breach of Article 12(3):',
      path: 'period',
    })
  })

  it('lets an agency with an open exception write in a locked period (R12.3a)', () => {
    const verdict = checkPeriodOpen({
      period: '2025-04',
      lockDay: 25,
      state: {},
      exceptions: [{ agency: 7, expiresAt: vn('2025-04-30 17:00').toISOString() }],
      agency: 7,
      now: vn('2025-04-26 09:00'),
    })
    expect(verdict).toEqual({ ok: true })
  })
})
