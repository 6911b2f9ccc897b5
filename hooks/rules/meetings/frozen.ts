import { clause, OK, refusal, type Bilingual, type Verdict } from '../verdict'
import type { MeetingStatus } from './kinds'

// R11.3a: once the notice is out, the invitation (time, place, invitees, agenda) is fixed.
const NOTICE_PARTS = [
  'group',
  'kind',
  'servesMonth',
  'start',
  'end',
  'place',
  'onlineLink',
  'chair',
  'convenedBy',
  'calledOn',
  'invitedMembers',
  'guests',
  'agenda',
] as const

// R11.3b: once the conclusions are issued, the record of the meeting is.
const RECORD_PARTS = ['attendance', 'decisions', 'conclusions'] as const

export type FrozenPart = (typeof NOTICE_PARTS)[number] | (typeof RECORD_PARTS)[number]

/** The parts of a meeting in `status` that no write may change. */
export const frozenParts = (status: MeetingStatus): readonly FrozenPart[] => {
  if (status === 'draft') return []
  if (status === 'notice-sent' || status === 'held') return NOTICE_PARTS
  return [...NOTICE_PARTS, ...RECORD_PARTS]
}

const RECORD_LABELS: Record<(typeof RECORD_PARTS)[number], Bilingual> = {
  attendance: { vi: 'điểm danh', en: 'attendance' },
  decisions: { vi: 'biểu quyết', en: 'votes' },
  conclusions: { vi: 'kết luận', en: 'conclusions' },
}

const isRecordPart = (part: FrozenPart): part is (typeof RECORD_PARTS)[number] =>
  (RECORD_PARTS as readonly string[]).includes(part)

/**
 * R11.3a / R11.3b: refuses a write that changes `changed`, the first frozen part it touches
 * (`null` when it touches none).
 */
export const checkFrozenPart = (changed: FrozenPart | null): Verdict => {
  if (changed === null) return OK
  if (isRecordPart(changed)) {
    const record = RECORD_LABELS[changed]
    return refusal(
      'R11.3b',
      clause(11, 3),
      {
        vi: `Kết luận đã ban hành: không sửa ${record.vi} của cuộc họp.`,
        en: `The conclusions are issued: the meeting's ${record.en} can no longer change.`,
      },
      changed,
    )
  }
  return refusal(
    'R11.3a',
    clause(11, 3),
    {
      vi: 'Giấy mời đã gửi: không sửa thời gian, địa điểm, thành phần, chương trình. Cần thay đổi thì hủy cuộc họp và lập cuộc họp mới.',
      en: 'The notice is out: time, place, invitees and agenda are fixed. To change them, cancel the meeting and create a new one.',
    },
    changed,
  )
}
