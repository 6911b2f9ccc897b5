import type { WorkingCalendar } from '../../../src/lib/calendar'
import { toVnDateKey } from '../../../src/lib/clock'
import { breach, clause, OK, type Bilingual, type Verdict } from '../verdict'

// R11.3a: a written notice with agenda, time and place, and the documents, reaches invitees at
// least N working days (charter settings, default 2) before the meeting.
export type NoticeContent = {
  agendaItems: number
  documents: number
  start: string | null
  end: string | null
  place: string | null
  onlineLink: string | null
}

const missing = (what: Bilingual, path: string): Verdict =>
  breach(
    'R11.3a',
    clause(11, 3),
    {
      vi: `chưa thể gửi giấy mời: thiếu ${what.vi}.`,
      en: `the notice cannot be sent: ${what.en} missing.`,
    },
    path,
  )

/** R11.3a (hard): "notice sent" needs agenda items, start and end, a place or link, a document. */
export const checkNoticeContent = (notice: NoticeContent): Verdict => {
  if (notice.agendaItems === 0)
    return missing({ vi: 'nội dung (chương trình họp)', en: 'the agenda is' }, 'agenda')
  if (!notice.start) return missing({ vi: 'thời gian bắt đầu', en: 'the start time is' }, 'start')
  if (!notice.end) return missing({ vi: 'thời gian kết thúc', en: 'the end time is' }, 'end')
  if (!notice.place?.trim() && !notice.onlineLink?.trim())
    return missing(
      { vi: 'địa điểm (hoặc đường dẫn họp trực tuyến)', en: 'the place (or online link) is' },
      'place',
    )
  if (notice.documents === 0)
    return missing(
      { vi: 'tài liệu họp (ít nhất một tệp)', en: 'the meeting documents (at least one file) are' },
      'agenda',
    )
  return OK
}

/** R11.3a: the last Vietnam day the notice may go out (N working days before the meeting day). */
export const noticeDeadline = (
  calendar: WorkingCalendar,
  start: Date | string,
  leadWorkingDays: number,
): string => calendar.latestNoticeDay(start, leadWorkingDays)

/** R11.3a (warn): sent after the deadline (compared as Vietnam calendar days). */
export const isNoticeLate = (deadline: string, sentAt: Date | string): boolean =>
  toVnDateKey(sentAt) > deadline

/**
 * Working days from today to the deadline: 0 = today is the last day, negative = overdue by that
 * many working days.
 */
export const workingDaysLeft = (
  calendar: WorkingCalendar,
  today: string,
  deadline: string,
): number => calendar.workingDaysBetween(today, deadline)
