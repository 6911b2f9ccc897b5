import { delegationInForce, type DelegationScope, type DelegationStanding } from './delegations'
import type { Position } from './positions'
import { breach, clause, OK, type Bilingual, type Verdict } from './verdict'
import { formatDayKey, termCovers, type Term } from './terms'

/**
 * The shared predicate: "on day D, may person P do act A?". Powers come from the position held
 * on that day (members) or from a delegation valid that day, never from the system role.
 */
export const ACTS = [
  'chair-meeting',
  'call-extraordinary-meeting',
  'approve-plan',
  'assign-task',
  'sign-as-head',
  'sign-for-head',
  'sign-group-document',
  'approve-extension',
] as const
export type Act = (typeof ACTS)[number]

type Grant = { positions: readonly Position[]; scopes: readonly DelegationScope[] }

// Which positions, and which delegation scopes, grant each act.
const GRANTS: Record<Act, Grant & { rule: string; clause: Bilingual; what: Bilingual }> = {
  'chair-meeting': {
    positions: ['head'],
    scopes: ['chair', 'act-as-head'],
    rule: 'R3.4',
    clause: clause(3, 4),
    what: { vi: 'chủ trì cuộc họp Tổ công tác', en: 'chair a Working Group meeting' },
  },
  'call-extraordinary-meeting': {
    positions: ['head'],
    scopes: ['act-as-head'],
    rule: 'R11.1c',
    clause: clause(11, 1),
    what: { vi: 'quyết định họp đột xuất', en: 'call an extraordinary meeting' },
  },
  'approve-plan': {
    positions: ['head'],
    scopes: ['approve-plans', 'act-as-head'],
    rule: 'R3.3',
    clause: clause(3, 3),
    what: { vi: 'phê duyệt chương trình, kế hoạch', en: 'approve programmes and plans' },
  },
  'assign-task': {
    positions: ['head'],
    scopes: ['chair', 'sign-for-head', 'approve-plans', 'act-as-head'],
    rule: 'R3.2',
    clause: clause(3, 2),
    what: { vi: 'phân công nhiệm vụ cho thành viên', en: 'assign tasks to members' },
  },
  'sign-as-head': {
    positions: ['head'],
    scopes: ['act-as-head'],
    rule: 'R2.4',
    clause: clause(2, 4),
    what: { vi: 'ký với tư cách Tổ trưởng', en: 'sign as the Head' },
  },
  'sign-for-head': {
    // R5.3: Deputies sign for the Head; R4.5: the Standing Deputy only with a delegation.
    positions: ['deputy'],
    scopes: ['sign-for-head', 'act-as-head'],
    rule: 'R4.5',
    clause: clause(4, 5),
    what: { vi: 'ký thay Tổ trưởng (KT. Tổ trưởng)', en: 'sign for the Head (KT.)' },
  },
  'approve-extension': {
    // Extensions of a task's deadline: the Head or the Standing Deputy who runs daily work.
    positions: ['head', 'standing-deputy'],
    scopes: ['act-as-head'],
    rule: 'R3.2',
    clause: clause(3, 2),
    what: { vi: 'duyệt gia hạn nhiệm vụ', en: 'approve a task extension' },
  },
  'sign-group-document': {
    positions: ['head', 'standing-deputy', 'deputy', 'sg-head'],
    scopes: [],
    rule: 'R2.4',
    clause: clause(2, 4),
    what: { vi: 'ký văn bản của Tổ công tác, Tổ giúp việc', en: "sign the groups' documents" },
  },
}

export type HeldPosition = { position: Position; term: Term }
/**
 * A delegation received, with the seats behind it (R4.5, R3.4, R4.2: authority ends with the
 * post): the grantor's Head terms and the grantee's terms in the delegation's group.
 */
export type HeldDelegation = DelegationStanding & {
  id?: number | string
  scopes: readonly string[]
}

export type AuthorityBasis =
  | { allowed: true; via: 'position'; position: Position }
  | { allowed: true; via: 'stand-in'; position: 'standing-deputy' }
  | { allowed: true; via: 'delegation'; delegationId?: number | string; scope: DelegationScope }
  | { allowed: false }

/**
 * R4.1–4.4 (Art. 4.2): the acts the Standing Deputy does by position, with no written delegation, while
 * the Head is absent (recorded absent for the meeting, or on leave that day): chair the meeting and
 * sign for the Head ("KT."). Everything else still needs the Head's written delegation (R4.5).
 */
export const STAND_IN_ACTS: readonly Act[] = ['chair-meeting', 'sign-for-head']

export type Holdings = {
  positions: readonly HeldPosition[]
  delegations: readonly HeldDelegation[]
  /** R4.2: the Head of the act's group is absent on the day (for the meeting, or on leave). */
  headAbsent?: boolean
}

export const authorityFor = (act: Act, day: string, held: Holdings): AuthorityBasis => {
  const grant = GRANTS[act]
  const position = held.positions.find(
    (p) => grant.positions.includes(p.position) && termCovers(p.term, day),
  )
  if (position) return { allowed: true, via: 'position', position: position.position }
  // R4.1–4.4 (Art. 4.2): the Standing Deputy stands in for an absent Head by position.
  if (
    held.headAbsent === true &&
    STAND_IN_ACTS.includes(act) &&
    held.positions.some((p) => p.position === 'standing-deputy' && termCovers(p.term, day))
  ) {
    return { allowed: true, via: 'stand-in', position: 'standing-deputy' }
  }
  for (const delegation of held.delegations) {
    if (!delegationInForce(delegation, day)) continue
    const scope = grant.scopes.find((s) => delegation.scopes.includes(s))
    if (scope) return { allowed: true, via: 'delegation', delegationId: delegation.id, scope }
  }
  return { allowed: false }
}

export const mayAct = (...args: Parameters<typeof authorityFor>): boolean =>
  authorityFor(...args).allowed

/** The verdict form of `authorityFor`, with the clause the act belongs to. */
export const requireAuthority = (
  act: Act,
  day: string,
  held: Parameters<typeof authorityFor>[2],
  path?: string,
): Verdict => {
  if (authorityFor(act, day, held).allowed) return OK
  const grant = GRANTS[act]
  return breach(
    grant.rule,
    grant.clause,
    {
      vi: `người này không có thẩm quyền ${grant.what.vi} vào ngày ${formatDayKey(day)} (không giữ chức danh hoặc không có ủy quyền còn hiệu lực).`,
      en: `this person may not ${grant.what.en} on ${formatDayKey(day)} (no position or valid delegation grants it).`,
    },
    path,
  )
}
