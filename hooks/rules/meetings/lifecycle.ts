import { breach, clause, type Bilingual, type Verdict } from '../verdict'
import { MEETING_STATUS_LABELS, type MeetingStatus, type Problem } from './kinds'

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
): Verdict | Problem | null => {
  if (from === to) return null
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
    return {
      path: 'status',
      message: {
        vi: `Không thể chuyển trạng thái từ "${MEETING_STATUS_LABELS[from].vi}" sang "${MEETING_STATUS_LABELS[to].vi}".`,
        en: `The status cannot change from "${MEETING_STATUS_LABELS[from].en}" to "${MEETING_STATUS_LABELS[to].en}".`,
      },
    }
  }
  if (step !== 'edit' && step !== via) {
    return {
      path: 'status',
      message: {
        vi: `Dùng nút "${ACTION_LABELS[step].vi}": hệ thống kiểm tra, gửi email và ghi nhận việc gửi.`,
        en: `Use the "${ACTION_LABELS[step].en}" button: it checks, sends the emails and records them.`,
      },
    }
  }
  return null
}

export const isVerdict = (value: Verdict | Problem): value is Verdict => 'ok' in value
