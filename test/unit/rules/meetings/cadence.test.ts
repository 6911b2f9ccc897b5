import { describe, expect, it } from 'vitest'

import {
  checkOneRegularPerMonth,
  checkServedMonth,
  isLateInMonth,
  monthsWithoutRegularMeeting,
  regularMeetingDeadline,
  reviewCompliance,
  reviewedYear,
  type MeetingSlot,
} from '../../../../hooks/rules/meetings'
import { OK } from '../../../../hooks/rules/verdict'
import { expectBreach } from '../expectBreach'
import { expectRefusal } from './expectRefusal'

const R1111 = { vi: 'Vi phạm Điều 11 khoản 1:', en: 'Breach of Article 11(1):' }

const slot = (data: Partial<MeetingSlot> = {}): MeetingSlot => ({
  id: 1,
  kind: 'regular',
  servesMonth: '2025-03',
  status: 'draft',
  ...data,
})

describe('one regular meeting a month (R11.1a)', () => {
  it('accepts the first regular meeting of a month (R11.1a)', () => {
    expect(checkOneRegularPerMonth(slot(), [slot({ id: 2, servesMonth: '2025-02' })])).toEqual(OK)
  })

  it('refuses a second regular meeting for the same month (R11.1a)', () => {
    expectBreach(checkOneRegularPerMonth(slot(), [slot({ id: 2, status: 'held' })]), {
      rule: 'R11.1a',
      ...R1111,
      path: 'servesMonth',
    })
  })

  it('does not count the meeting itself when it is saved again (R11.1a)', () => {
    expect(checkOneRegularPerMonth(slot(), [slot()])).toEqual(OK)
  })

  it('ignores a cancelled regular meeting of the month (R11.1a)', () => {
    expect(checkOneRegularPerMonth(slot(), [slot({ id: 2, status: 'cancelled' })])).toEqual(OK)
  })

  it('lets extraordinary and review meetings share a month with the regular one (R11.1a)', () => {
    expect(checkOneRegularPerMonth(slot({ kind: 'extraordinary' }), [slot({ id: 2 })])).toEqual(OK)
  })

  it('puts the deadline on the day before the configured day (R11.1a)', () => {
    expect(regularMeetingDeadline('2025-03', 10)).toBe('2025-03-09')
  })

  it('flags a regular meeting held on the 10th (R11.1a)', () => {
    expect(isLateInMonth('regular', '2025-03-10', '2025-03', 10)).toBe(true)
  })

  it('does not flag a regular meeting held on the 9th (R11.1a)', () => {
    expect(isLateInMonth('regular', '2025-03-09', '2025-03', 10)).toBe(false)
  })

  it('flags a regular meeting held in the month after the one it serves (R11.1a)', () => {
    expect(isLateInMonth('regular', '2025-04-02', '2025-03', 10)).toBe(true)
  })

  it('follows an amended meeting day from the charter settings (R11.1a)', () => {
    expect(isLateInMonth('regular', '2025-03-12', '2025-03', 15)).toBe(false)
  })

  it('never flags an extraordinary meeting as late in the month (R11.1a)', () => {
    expect(isLateInMonth('extraordinary', '2025-03-20', '2025-03', 10)).toBe(false)
  })

  it('lists the months without a regular meeting held (R11.1a)', () => {
    const meetings = [
      slot({ servesMonth: '2025-01', status: 'conclusions-issued' }),
      slot({ servesMonth: '2025-02', status: 'cancelled' }),
      slot({ servesMonth: '2025-03', status: 'notice-sent' }),
      slot({ servesMonth: '2025-04', status: 'held' }),
    ]
    expect(monthsWithoutRegularMeeting(meetings, '2024-12', '2025-04')).toEqual([
      '2024-12',
      '2025-02',
      '2025-03',
    ])
  })

  it('R11.1a R11.1b: a month whose meeting is the six-month or year-end review has had its meeting', () => {
    const meetings = [
      slot({ kind: 'six-month-review', servesMonth: '2025-07', status: 'held' }),
      slot({ kind: 'year-end-review', servesMonth: '2026-01', status: 'conclusions-issued' }),
      slot({ kind: 'year-end-review', servesMonth: '2025-12', status: 'notice-sent' }),
      slot({ kind: 'extraordinary', servesMonth: '2025-11', status: 'held' }),
      slot({ kind: 'six-month-review', servesMonth: '2025-08', status: 'cancelled' }),
    ]
    expect(monthsWithoutRegularMeeting(meetings, '2025-07', '2026-01')).toEqual([
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ])
  })
})

describe('the month a meeting serves (R11.1a)', () => {
  it('refuses a month that is not a stored year-month (R11.1a)', () => {
    for (const month of ['2025-13', '2025-00', '2025-3', '03/2025', '', null, 202503]) {
      expectRefusal(checkServedMonth(month, '2025-03-05'), {
        rule: 'R11.1a',
        path: 'servesMonth',
        vi: 'Tháng của cuộc họp ghi theo dạng tháng/năm, ví dụ 03/2025.',
        en: 'Write the month served as month/year, e.g. 03/2025.',
      })
    }
  })

  it('refuses serving a month after the meeting (R11.1a)', () => {
    expectRefusal(checkServedMonth('2025-04', '2025-03-05'), {
      rule: 'R11.1a',
      path: 'servesMonth',
      vi: 'Cuộc họp ngày 05/03/2025 không thể là cuộc họp của tháng 04/2025 (tháng chưa đến).',
      en: 'A meeting on 05/03/2025 cannot serve 04/2025, a later month.',
    })
  })

  it('accepts serving the month of the meeting or an earlier one (R11.1a)', () => {
    expect([
      checkServedMonth('2025-03', '2025-03-05'),
      checkServedMonth('2025-02', '2025-03-05'),
      checkServedMonth('2024-12', '2025-01-02'),
    ]).toEqual([OK, OK, OK])
  })
})

describe('six-month and year-end reviews (R11.1b)', () => {
  const review = (kind: MeetingSlot['kind'], servesMonth: string, status: MeetingSlot['status']) =>
    slot({ kind, servesMonth, status })

  it('finds both reviews of a year held (R11.1b)', () => {
    const meetings = [
      review('six-month-review', '2024-07', 'held'),
      review('year-end-review', '2024-12', 'conclusions-issued'),
    ]
    expect(reviewCompliance(2024, meetings, '2025-03-01')).toEqual({
      sixMonth: 'held',
      yearEnd: 'held',
    })
  })

  it('flags a year without a six-month review once July is over (R11.1b)', () => {
    expect(reviewCompliance(2024, [], '2024-08-01').sixMonth).toBe('missing')
  })

  it('flags a year without a year-end review once January of the next year is over (R11.1b)', () => {
    expect(reviewCompliance(2024, [], '2025-02-01').yearEnd).toBe('missing')
  })

  it('counts a year-end review held in January for the December it serves (R11.1b)', () => {
    const meetings = [review('year-end-review', '2024-12', 'held')]
    expect(reviewCompliance(2024, meetings, '2025-02-01').yearEnd).toBe('held')
  })

  it('does not count a cancelled review (R11.1b)', () => {
    const meetings = [review('six-month-review', '2024-07', 'cancelled')]
    expect(reviewCompliance(2024, meetings, '2024-08-01').sixMonth).toBe('missing')
  })

  it('shows a review planned but not yet due as scheduled (R11.1b)', () => {
    const meetings = [review('six-month-review', '2024-07', 'notice-sent')]
    expect(reviewCompliance(2024, meetings, '2024-07-10').sixMonth).toBe('scheduled')
  })

  it('does not flag a review before it is due (R11.1b)', () => {
    expect(reviewCompliance(2024, [], '2024-05-01')).toEqual({
      sixMonth: 'not-due',
      yearEnd: 'not-due',
    })
  })

  it('R11.1b: a year-end review serving January reviews the year before, any other its own year', () => {
    expect(reviewedYear('year-end-review', '2026-01')).toBe(2025)
    expect(reviewedYear('year-end-review', '2025-12')).toBe(2025)
    expect(reviewedYear('six-month-review', '2026-01')).toBe(2026)
    expect(reviewedYear('six-month-review', '2025-07')).toBe(2025)
    expect(reviewedYear('year-end-review', '')).toBeNull()
  })

  it('R11.1b: counts a year-end review held in January (serving January) for the year before', () => {
    const meetings = [review('year-end-review', '2025-01', 'held')]
    expect(reviewCompliance(2024, meetings, '2025-02-01').yearEnd).toBe('held')
    expect(reviewCompliance(2025, meetings, '2026-02-01').yearEnd).toBe('missing')
  })

  it('does not count a review of another year (R11.1b)', () => {
    const meetings = [review('six-month-review', '2023-07', 'held')]
    expect(reviewCompliance(2024, meetings, '2024-08-01').sixMonth).toBe('missing')
  })
})
