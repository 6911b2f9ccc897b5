import { breach, clause, OK, refusal, type Bilingual, type Verdict } from '../verdict'
import { MEETING_STATUS_LABELS, type MeetingStatus } from './kinds'

/** The two steps that only the actions may take: they check, deliver and record. */
export type MeetingAction = 'send-notice' | 'issue-conclusions'

// draft → notice-sent → held → conclusions-issued; draft and notice-sent may be cancelled.
const NEXT: Record<MeetingStatus, Partial<Record<MeetingStatus, MeetingAction | 'edit'>>> = {
  draft: { 'notice-sent': 'send-notice', cancelled: 'edit' },
  'notice-sent': { held: 'edit', cancelled: 'edit' },
  held: { 'conclusions-issued': 'issue-conclusions' },
  'conclusions-issued': {},
  cancelled: {},
}

const ACTION_LABELS: Record<MeetingAction, Bilingual> = {
  'send-notice': { vi: 'Gửi giấy mời', en: 'Send notice' },
  'issue-conclusions': { vi: 'Ban hành kết luận', en: 'Issue conclusions' },
}

/**
 * R11.3a / R11.3b: a meeting is held only after its notice went out, and its conclusions are
 * issued only after it was held. Notice and conclusions change the status only through their
 * actions (`via`), which run the checks and deliver the messages.
 */
export const checkStatusChange = (
  from: MeetingStatus,
  to: MeetingStatus,
  via: MeetingAction | null,
): Verdict => {
  if (from === to) return OK
  if (to === 'held' && from === 'draft') {
    return breach(
      'R11.3a',
      clause(11, 3),
      {
        vi: 'chỉ ghi nhận "Đã họp" sau khi đã gửi giấy mời (nội dung, thời gian, địa điểm, tài liệu).',
        en: 'a meeting is marked held only after its notice (agenda, time, place, documents) was sent.',
      },
      'status',
    )
  }
  if (to === 'conclusions-issued' && from !== 'held') {
    return breach(
      'R11.3b',
      clause(11, 3),
      {
        vi: 'chỉ ban hành kết luận sau khi cuộc họp đã diễn ra (trạng thái "Đã họp").',
        en: 'conclusions are issued only after the meeting was held (status "Held").',
      },
      'status',
    )
  }
  const step = NEXT[from][to]
  if (step === undefined) {
    return refusal(
      to === 'conclusions-issued' || from === 'held' ? 'R11.3b' : 'R11.3a',
      clause(11, 3),
      {
        vi: `Không thể chuyển trạng thái từ "${MEETING_STATUS_LABELS[from].vi}" sang "${MEETING_STATUS_LABELS[to].vi}".`,
        en: `The status cannot change from "${MEETING_STATUS_LABELS[from].en}" to "${MEETING_STATUS_LABELS[to].en}".`,
      },
      'status',
    )
  }
  if (step !== 'edit' && step !== via) {
    return refusal(
      step === 'send-notice' ? 'R11.3a' : 'R11.3b',
      clause(11, 3),
      {
        vi: `Dùng nút "${ACTION_LABELS[step].vi}": hệ thống kiểm tra, gửi email và ghi nhận việc gửi.`,
        en: `Use the "${ACTION_LABELS[step].en}" button: it checks, sends the emails and records them.`,
      },
      'status',
    )
  }
  return OK
}

/** R11.3a: a meeting is created as a draft; its notice goes out through the action. */
export const checkNewMeetingStatus = (status: MeetingStatus): Verdict =>
  status === 'draft'
    ? OK
    : refusal(
        'R11.3a',
        clause(11, 3),
        { vi: 'Cuộc họp mới lập ở trạng thái "Dự thảo".', en: 'A new meeting starts as a draft.' },
        'status',
      )

/** R11.3b: a meeting is recorded as held only once it has started (`now` is the acting moment). */
export const checkHeldAfterStart = (
  from: MeetingStatus,
  to: MeetingStatus,
  start: string,
  now: Date,
): Verdict =>
  to !== 'held' || from === 'held' || new Date(start) <= now
    ? OK
    : refusal(
        'R11.3b',
        clause(11, 3),
        {
          vi: 'Cuộc họp chưa bắt đầu: chưa thể ghi nhận "Đã họp".',
          en: 'The meeting has not started yet: it cannot be marked held.',
        },
        'status',
      )

/** R11.3b: a meeting past its draft is a record: it is cancelled, not deleted. */
export const checkDeletable = (status: MeetingStatus | null): Verdict =>
  status === null || status === 'draft'
    ? OK
    : refusal(
        'R11.3b',
        clause(11, 3),
        {
          vi: 'Chỉ xóa được cuộc họp dự thảo; cuộc họp đã gửi giấy mời thì chuyển sang "Đã hủy".',
          en: 'Only a draft meeting can be deleted; once its notice is out, cancel it instead.',
        },
        'status',
      )

/** The meeting's times: a start, and an end (if given) after it. */
export const checkMeetingTimes = (start: string | null, end: string | null): Verdict => {
  if (!start) {
    return refusal(
      'R11.3a',
      clause(11, 3),
      { vi: 'Nhập thời gian bắt đầu.', en: 'Enter the start time.' },
      'start',
    )
  }
  return !end || end > start
    ? OK
    : refusal(
        'R11.3a',
        clause(11, 3),
        {
          vi: 'Thời gian kết thúc phải sau thời gian bắt đầu.',
          en: 'The meeting must end after it starts.',
        },
        'end',
      )
}
