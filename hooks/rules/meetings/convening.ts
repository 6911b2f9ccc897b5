import { requireAuthority } from '../authority'
import { formatDayKey } from '../terms'
import { breach, clause, OK, refusal, type Verdict } from '../verdict'
import { MEETING_KIND_LABELS, WG_MEETING_KINDS, type Id, type MeetingKind } from './kinds'

// Who may call and chair a meeting. The authority itself ("on day D, may P do A?") comes from
// hooks/rules/authority.ts; the adapter passes its answer in.
const NO_AUTHORITY = { positions: [], delegations: [] }

/** R11.5 / R1.1: a Working Group holds WG meetings, a Support Group only its own meetings. */
export const checkKindFitsGroup = (kind: MeetingKind, groupKind: 'wg' | 'sg'): Verdict => {
  const fits = groupKind === 'sg' ? kind === 'sg' : WG_MEETING_KINDS.includes(kind)
  if (fits) return OK
  return refusal(
    'R11.5',
    clause(11, 5),
    groupKind === 'sg'
      ? {
          vi: 'Tổ giúp việc chỉ tổ chức "Họp Tổ giúp việc" (Điều 11 khoản 5).',
          en: 'A Support Group holds only Support Group meetings (Art. 11(5)).',
        }
      : {
          vi: `Tổ công tác không tổ chức "${MEETING_KIND_LABELS[kind].vi}"; chọn họp thường kỳ, sơ kết, tổng kết hoặc đột xuất.`,
          en: `A Working Group does not hold a "${MEETING_KIND_LABELS[kind].en}"; choose regular, review or extraordinary.`,
        },
    'kind',
  )
}

export type ExtraordinaryCall = {
  kind: MeetingKind
  convenedBy: Id | null
  calledOn: string | null
  startDay: string
  /** Whether `convenedBy` held the 'call-extraordinary-meeting' authority on `calledOn`. */
  mayCall: boolean
}

/** R11.1c: an extraordinary meeting exists only when the Head (or the acting Head) calls it. */
export const checkExtraordinaryCall = (call: ExtraordinaryCall): Verdict => {
  if (call.kind !== 'extraordinary') return OK
  const r = clause(11, 1)
  if (call.convenedBy === null) {
    return breach(
      'R11.1c',
      r,
      {
        vi: 'họp đột xuất phải ghi rõ người triệu tập (Tổ trưởng hoặc người được giao quyền Tổ trưởng).',
        en: 'an extraordinary meeting names who called it (the Head or the acting Head).',
      },
      'convenedBy',
    )
  }
  if (!call.calledOn) {
    return breach(
      'R11.1c',
      r,
      {
        vi: 'họp đột xuất phải ghi ngày Tổ trưởng quyết định triệu tập.',
        en: 'an extraordinary meeting records the day the Head called it.',
      },
      'calledOn',
    )
  }
  if (call.calledOn > call.startDay) {
    return breach(
      'R11.1c',
      r,
      {
        vi: `ngày triệu tập (${formatDayKey(call.calledOn)}) không thể sau ngày họp (${formatDayKey(call.startDay)}).`,
        en: `the call (${formatDayKey(call.calledOn)}) cannot come after the meeting (${formatDayKey(call.startDay)}).`,
      },
      'calledOn',
    )
  }
  if (call.mayCall) return OK
  return requireAuthority('call-extraordinary-meeting', call.calledOn, NO_AUTHORITY, 'convenedBy')
}

/**
 * R3.4: the Head chairs the Working Group's meetings, or a member the Head authorised (a 'chair'
 * or 'act-as-head' delegation) valid on the meeting day.
 */
export const checkChair = (chair: Id | null, day: string, mayChair: boolean): Verdict => {
  if (chair === null) {
    return breach(
      'R3.4',
      clause(3, 4),
      {
        vi: 'cuộc họp của Tổ công tác phải có người chủ trì (Tổ trưởng hoặc người được Tổ trưởng ủy quyền).',
        en: 'a Working Group meeting has a chair (the Head or a member the Head authorised).',
      },
      'chair',
    )
  }
  if (mayChair) return OK
  return requireAuthority('chair-meeting', day, NO_AUTHORITY, 'chair')
}
