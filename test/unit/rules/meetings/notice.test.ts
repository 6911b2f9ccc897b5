import { describe, expect, it } from 'vitest'

import {
  checkNoticeContent,
  isNoticeLate,
  noticeDeadline,
  workingDaysLeft,
  type NoticeContent,
} from '../../../../hooks/rules/meetings'
import { OK } from '../../../../hooks/rules/verdict'
import { createCalendar, defaultCalendar } from '../../../../src/lib/calendar'
import { expectBreach } from '../expectBreach'

const R113 = { vi: 'Vi phạm Điều 11 khoản 3:', en: 'Breach of Article 11(3):' }

const content = (data: Partial<NoticeContent> = {}): NoticeContent => ({
  agendaItems: 2,
  documents: 1,
  start: '2025-03-05T01:00:00.000Z',
  end: '2025-03-05T03:00:00.000Z',
  place: 'Hội trường Công an tỉnh',
  onlineLink: null,
  ...data,
})

describe('what a notice must carry (R11.3a)', () => {
  it('accepts a notice with agenda, time, place and a document (R11.3a)', () => {
    expect(checkNoticeContent(content())).toEqual(OK)
  })

  it('accepts an online link instead of a place (R11.3a)', () => {
    expect(
      checkNoticeContent(content({ place: null, onlineLink: 'https://hop.quangnam.gov.vn/tct06' })),
    ).toEqual(OK)
  })

  it('refuses a notice without an agenda (R11.3a)', () => {
    expectBreach(checkNoticeContent(content({ agendaItems: 0 })), {
      rule: 'R11.3a',
      ...R113,
      path: 'agenda',
    })
  })

  it('refuses a notice without a start time (R11.3a)', () => {
    expectBreach(checkNoticeContent(content({ start: null })), {
      rule: 'R11.3a',
      ...R113,
      path: 'start',
    })
  })

  it('refuses a notice without an end time (R11.3a)', () => {
    expectBreach(checkNoticeContent(content({ end: null })), {
      rule: 'R11.3a',
      ...R113,
      path: 'end',
    })
  })

  it('refuses a notice with neither place nor online link (R11.3a)', () => {
    expectBreach(checkNoticeContent(content({ place: ' ', onlineLink: null })), {
      rule: 'R11.3a',
      ...R113,
      path: 'place',
    })
  })

  it('refuses a notice without any document (R11.3a)', () => {
    expectBreach(checkNoticeContent(content({ documents: 0 })), {
      rule: 'R11.3a',
      ...R113,
      path: 'agenda',
    })
  })
})

describe('the notice deadline in working days (R11.3a)', () => {
  const calendar = createCalendar([])

  it('puts the deadline two working days before a Wednesday meeting: the Monday (R11.3a)', () => {
    expect(noticeDeadline(calendar, '2025-03-05T01:00:00.000Z', 2)).toBe('2025-03-03')
  })

  it('skips the weekend: a Monday meeting is noticed by the Thursday before (R11.3a)', () => {
    expect(noticeDeadline(calendar, '2025-03-10T01:00:00.000Z', 2)).toBe('2025-03-06')
  })

  it('skips Tết 2025: a meeting on Monday 03/02/2025 is noticed by Thursday 23/01/2025 (R11.3a)', () => {
    expect(noticeDeadline(defaultCalendar, '2025-02-03T01:00:00.000Z', 2)).toBe('2025-01-23')
  })

  it('skips the 30/4–1/5 break of 2025: a meeting on 05/05/2025 is noticed by 28/04/2025 (R11.3a)', () => {
    expect(noticeDeadline(defaultCalendar, '2025-05-05T01:00:00.000Z', 2)).toBe('2025-04-28')
  })

  it('counts a make-up Saturday as a working day (R11.3a)', () => {
    const withMakeUp = createCalendar([
      { date: '2025-03-08', kind: 'working-day', nameVi: 'Làm bù', nameEn: 'Make-up day' },
    ])
    expect(noticeDeadline(withMakeUp, '2025-03-10T01:00:00.000Z', 2)).toBe('2025-03-07')
  })

  it('follows an amended lead time from the charter settings (R11.3a)', () => {
    expect(noticeDeadline(calendar, '2025-03-05T01:00:00.000Z', 3)).toBe('2025-02-28')
  })

  it('reads the meeting day in Vietnam time: 07:30 on the 5th is 00:30 UTC (R11.3a)', () => {
    expect(noticeDeadline(calendar, '2025-03-05T00:30:00.000Z', 2)).toBe('2025-03-03')
  })

  it('takes a notice sent on the deadline day as on time (R11.3a)', () => {
    expect(isNoticeLate('2025-01-23', '2025-01-23T16:30:00.000Z')).toBe(false)
  })

  it('flags a notice sent after the deadline as late (R11.3a)', () => {
    expect(isNoticeLate('2025-01-23', '2025-01-24T02:00:00.000Z')).toBe(true)
  })

  it('flags a notice sent at 00:30 Vietnam time the day after the deadline (still the deadline day in UTC) (R11.3a)', () => {
    expect(isNoticeLate('2025-01-23', '2025-01-23T17:30:00.000Z')).toBe(true)
  })

  it('counts the working days left until the deadline (R11.3a)', () => {
    expect(workingDaysLeft(calendar, '2025-02-27', '2025-03-03')).toBe(2)
  })

  it('gives zero working days left on the deadline day and negative ones after it (R11.3a)', () => {
    expect([
      workingDaysLeft(calendar, '2025-03-03', '2025-03-03'),
      workingDaysLeft(calendar, '2025-03-05', '2025-03-03'),
    ]).toEqual([0, -2])
  })
})
