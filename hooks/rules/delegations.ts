import { addDaysToKey } from '../../src/lib/clock'
import { breach, clause, OK, type Bilingual, type Verdict } from './verdict'
import { formatTerm, mergeTerms, termContains, termCovers, type Term } from './terms'

// R4.5 / R3.4 / R4.2 / R5.3: what the Head may hand over, in writing and for a dated period.
export const DELEGATION_SCOPES = ['chair', 'sign-for-head', 'approve-plans', 'act-as-head'] as const
export type DelegationScope = (typeof DELEGATION_SCOPES)[number]

export const SCOPE_LABELS: Record<DelegationScope, Bilingual> = {
  chair: { vi: 'Chủ trì cuộc họp', en: 'Chair meetings' },
  'sign-for-head': { vi: 'Ký thay Tổ trưởng (KT.)', en: 'Sign for the Head (KT.)' },
  'approve-plans': { vi: 'Phê duyệt chương trình, kế hoạch', en: 'Approve programmes and plans' },
  'act-as-head': { vi: 'Thay mặt Tổ trưởng khi vắng mặt', en: 'Act as Head while absent' },
}

export type DelegationDraft = {
  grantorId: number | string | null
  granteeId: number | string | null
  scopes: readonly string[]
  term: Term
  hasWrittenBasis: boolean
  /** Terms in which the grantor held `head` of the delegation's group. */
  grantorHeadTerms: readonly Term[]
  /** Terms in which the grantee held any position in the delegation's group. */
  granteeMemberTerms: readonly Term[]
}

const r45 = clause(4, 5)

/** R4.5: a delegation comes from the Head in office, names known scopes, and has a written basis. */
export const checkDelegation = (draft: DelegationDraft): Verdict => {
  if (draft.scopes.length === 0) {
    return breach(
      'R4.5',
      r45,
      { vi: 'phải chọn ít nhất một nội dung ủy quyền.', en: 'choose at least one scope.' },
      'scopes',
    )
  }
  const unknown = draft.scopes.find(
    (scope) => !(DELEGATION_SCOPES as readonly string[]).includes(scope),
  )
  if (unknown) {
    return breach(
      'R4.5',
      r45,
      { vi: `nội dung ủy quyền "${unknown}" không hợp lệ.`, en: `unknown scope "${unknown}".` },
      'scopes',
    )
  }
  if (!draft.hasWrittenBasis) {
    return breach(
      'R4.5',
      r45,
      {
        vi: 'ủy quyền phải có văn bản làm căn cứ (tệp đính kèm).',
        en: 'a delegation needs its written basis (an uploaded document).',
      },
      'basis',
    )
  }
  if (draft.grantorId === null || draft.granteeId === null) {
    return breach(
      'R4.5',
      r45,
      {
        vi: 'phải ghi rõ người ủy quyền và người được ủy quyền.',
        en: 'name both the grantor and the grantee.',
      },
      draft.grantorId === null ? 'grantor' : 'grantee',
    )
  }
  if (String(draft.grantorId) === String(draft.granteeId)) {
    return breach(
      'R4.5',
      r45,
      {
        vi: 'không thể tự ủy quyền cho chính mình.',
        en: 'a person cannot delegate to himself/herself.',
      },
      'grantee',
    )
  }
  // Back-to-back Head terms of the same person count as one continuous term.
  if (!mergeTerms(draft.grantorHeadTerms).some((headTerm) => termContains(headTerm, draft.term))) {
    return breach(
      'R4.5',
      r45,
      {
        vi: `chỉ người giữ chức Tổ trưởng trong suốt thời gian ${formatTerm(draft.term)} mới được ủy quyền.`,
        en: `only the person holding the Head's post throughout ${formatTerm(draft.term)} may delegate.`,
      },
      'grantor',
    )
  }
  if (!draft.granteeMemberTerms.some((memberTerm) => termCovers(memberTerm, draft.term.from))) {
    return breach(
      'R4.5',
      r45,
      {
        vi: 'người được ủy quyền phải là thành viên Tổ công tác vào ngày bắt đầu ủy quyền.',
        en: 'the grantee must be a member of the Working Group on the first day of the delegation.',
      },
      'grantee',
    )
  }
  return OK
}

/**
 * A delegation as the authority check reads it on a day. The seats are those of the
 * delegation's group; a gatherer that reads the database must pass both (`src/charter/authority.ts`).
 */
export type DelegationStanding = {
  term: Term
  /** Terms in which the grantor held the Head's post of the delegation's group. */
  grantorHeadTerms?: readonly Term[]
  /** Terms in which the grantee held a seat (any position) in the delegation's group. */
  granteeMemberTerms?: readonly Term[]
}

export type DelegationLapse = 'outside-dates' | 'grantor-left-post' | 'grantee-left-group'

/**
 * R4.5 / R3.4 / R4.2: authority ends with the post. A delegation is in force on `day` only within
 * its own dates, while the grantor still holds the Head's post that granted it and while the
 * grantee is still a member of the group. Returns why it is not in force, or null when it is.
 * Seats not supplied (undefined) are not checked; an empty list means "no seat".
 */
export const delegationLapseOn = (
  delegation: DelegationStanding,
  day: string,
): DelegationLapse | null => {
  if (!termCovers(delegation.term, day)) return 'outside-dates'
  const { grantorHeadTerms, granteeMemberTerms } = delegation
  if (grantorHeadTerms && !grantorHeadTerms.some((t) => termCovers(t, day))) {
    return 'grantor-left-post'
  }
  if (granteeMemberTerms && !granteeMemberTerms.some((t) => termCovers(t, day))) {
    return 'grantee-left-group'
  }
  return null
}

export const delegationInForce = (delegation: DelegationStanding, day: string): boolean =>
  delegationLapseOn(delegation, day) === null

export const LAPSE_LABELS: Record<DelegationLapse, Bilingual> = {
  'outside-dates': { vi: 'ngoài thời hạn ủy quyền', en: 'outside the delegation’s dates' },
  'grantor-left-post': {
    vi: 'người ủy quyền không còn giữ chức Tổ trưởng',
    en: 'the grantor no longer holds the Head’s post',
  },
  'grantee-left-group': {
    vi: 'người được ủy quyền không còn là thành viên Tổ',
    en: 'the grantee is no longer a member of the group',
  },
}

/** A delegation of a group, as a changed seat of that group may cut it. */
export type GroupDelegation = {
  id: number | string
  grantorId: number | string
  granteeId: number | string
  term: Term
}

/** A seat whose term is shortened or ended: its term before and after, and the holder's other terms. */
export type SeatChange = {
  userId: number | string
  /** Whether the seat is the Head's post (the post a delegation is granted from). */
  isHead: boolean
  before: Term
  after: Term
  /** The holder's other terms in the same group: Head terms for a Head seat, any seat otherwise. */
  otherTerms?: readonly Term[]
}

export type CutDelegation = { id: number | string; lapse: DelegationLapse; from: string }

/**
 * R4.5 / R3.4 / R4.2: the delegations of the group that a shortened or ended seat stops, each
 * with the first day it no longer gives authority. A warning to show, not a refusal.
 */
export const delegationsCutBySeat = (
  change: SeatChange,
  delegations: readonly GroupDelegation[],
): CutDelegation[] => {
  const { before, after } = change
  const shortened = !!after.to && (!before.to || after.to < before.to)
  if (!shortened) return []
  const cutFrom = addDaysToKey(after.to!, 1)
  const terms = [...(change.otherTerms ?? []), after]
  const cut: CutDelegation[] = []
  for (const delegation of delegations) {
    const asGrantor = change.isHead && String(delegation.grantorId) === String(change.userId)
    const asGrantee = String(delegation.granteeId) === String(change.userId)
    if (!asGrantor && !asGrantee) continue
    const day = cutFrom > delegation.term.from ? cutFrom : delegation.term.from
    if (!termCovers(delegation.term, day)) continue
    const lapse = delegationLapseOn(
      {
        term: delegation.term,
        ...(asGrantor ? { grantorHeadTerms: terms } : {}),
        ...(asGrantee ? { granteeMemberTerms: terms } : {}),
      },
      day,
    )
    if (lapse) cut.push({ id: delegation.id, lapse, from: day })
  }
  return cut
}

/**
 * R4.5 / R3.4 / R4.2: the first day within its own dates on which a delegation gives no authority
 * (the grantor left the Head's post, or the grantee left the group), with why; null when it stays
 * in force to its last day. Only the days a seat ends can start a lapse, so only those are tried.
 */
export const firstLapse = (
  delegation: DelegationStanding,
): { day: string; lapse: DelegationLapse } | null => {
  const { term } = delegation
  const ends = [...(delegation.grantorHeadTerms ?? []), ...(delegation.granteeMemberTerms ?? [])]
    .map((t) => (t.to ? addDaysToKey(t.to, 1) : null))
    .filter((day): day is string => day !== null && termCovers(term, day))
  for (const day of [...new Set([term.from, ...ends])].sort()) {
    const lapse = delegationLapseOn(delegation, day)
    if (lapse) return { day, lapse }
  }
  return null
}
