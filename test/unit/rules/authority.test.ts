import { describe, expect, it } from 'vitest'

import {
  ACTS,
  authorityFor,
  mayAct,
  requireAuthority,
  type Act,
  type HeldDelegation,
  type HeldPosition,
} from '../../../hooks/rules/authority'
import type { Position } from '../../../hooks/rules/positions'
import type { Term } from '../../../hooks/rules/terms'
import { describeBreach, OK } from '../../../hooks/rules/verdict'
import { expectBreach } from './expectBreach'

const TODAY = '2024-07-15'
const YESTERDAY = '2024-07-14'
const TOMORROW = '2024-07-16'

const term: Term = { from: '2022-07-01', to: null }

const holding = (position: Position, positionTerm: Term = term) => ({
  positions: [{ position, term: positionTerm }] as HeldPosition[],
  delegations: [] as HeldDelegation[],
})

const delegated = (
  position: Position,
  scopes: string[],
  delegationTerm: HeldDelegation['term'] = { from: '2024-07-01', to: '2024-07-31' },
  id: number | string = 7,
) => ({
  positions: [{ position, term }] as HeldPosition[],
  delegations: [{ id, scopes, term: delegationTerm }] as HeldDelegation[],
})

const nothing = { positions: [] as HeldPosition[], delegations: [] as HeldDelegation[] }

const BREACH: Record<Act, { rule: string; vi: string; en: string }> = {
  'chair-meeting': {
    rule: 'R3.4',
    vi: 'Vi phạm Điều 3 khoản 4:',
    en: 'Breach of Article 3(4):',
  },
  'call-extraordinary-meeting': {
    rule: 'R11.1c',
    vi: 'Vi phạm Điều 11 khoản 1:',
    en: 'Breach of Article 11(1):',
  },
  'approve-plan': {
    rule: 'R3.3',
    vi: 'Vi phạm Điều 3 khoản 3:',
    en: 'Breach of Article 3(3):',
  },
  'assign-task': {
    rule: 'R3.2',
    vi: 'Vi phạm Điều 3 khoản 2:',
    en: 'Breach of Article 3(2):',
  },
  'approve-extension': {
    rule: 'R3.2',
    vi: 'Vi phạm Điều 3 khoản 2:',
    en: 'Breach of Article 3(2):',
  },
  'sign-as-head': {
    rule: 'R2.4',
    vi: 'Vi phạm Điều 2 khoản 4:',
    en: 'Breach of Article 2(4):',
  },
  'sign-for-head': {
    rule: 'R4.5',
    vi: 'Vi phạm Điều 4 khoản 5:',
    en: 'Breach of Article 4(5):',
  },
  'sign-group-document': {
    rule: 'R2.4',
    vi: 'Vi phạm Điều 2 khoản 4:',
    en: 'Breach of Article 2(4):',
  },
}

describe('ACTS', () => {
  it('lists every act the charter gates', () => {
    expect(ACTS).toEqual([
      'chair-meeting',
      'call-extraordinary-meeting',
      'approve-plan',
      'assign-task',
      'sign-as-head',
      'sign-for-head',
      'sign-group-document',
      'approve-extension',
    ])
  })

  it('lets the Standing Deputy approve a task extension by position (R3.2)', () => {
    expect(authorityFor('approve-extension', '2024-07-15', holding('standing-deputy'))).toEqual({
      allowed: true,
      via: 'position',
      position: 'standing-deputy',
    })
  })

  it('refuses a Deputy approving a task extension (R3.2)', () => {
    expect(mayAct('approve-extension', '2024-07-15', holding('deputy'))).toBe(false)
  })
})

describe('authorityFor: the Head', () => {
  it.each([
    ['chair-meeting', 'R3.4'],
    ['call-extraordinary-meeting', 'R11.1c'],
    ['approve-plan', 'R3.3'],
    ['assign-task', 'R3.2'],
    ['sign-as-head', 'R2.4'],
    ['sign-group-document', 'R2.4'],
  ] as const)('lets the Head %s by position (%s)', (act, _rule) => {
    expect(authorityFor(act, TODAY, holding('head'))).toEqual({
      allowed: true,
      via: 'position',
      position: 'head',
    })
  })

  it('does not have the Head sign "for the Head" (KT.), which is a deputy\'s form (R4.5)', () => {
    expect(authorityFor('sign-for-head', TODAY, holding('head'))).toEqual({ allowed: false })
  })

  it('grants the Head power on the first day of the term (R3.3)', () => {
    expect(
      mayAct('approve-plan', '2024-07-01', holding('head', { from: '2024-07-01', to: null })),
    ).toBe(true)
  })

  it('grants the Head power on the last day of the term (R3.3)', () => {
    expect(mayAct('approve-plan', TODAY, holding('head', { from: '2022-07-01', to: TODAY }))).toBe(
      true,
    )
  })

  it('grants nothing today for a Head post held only until yesterday (R3.3)', () => {
    expect(
      authorityFor('approve-plan', TODAY, holding('head', { from: '2022-07-01', to: YESTERDAY })),
    ).toEqual({ allowed: false })
  })

  it('grants nothing today for a Head post starting tomorrow (R11.1c)', () => {
    expect(
      mayAct('call-extraordinary-meeting', TODAY, holding('head', { from: TOMORROW, to: null })),
    ).toBe(false)
  })

  it('finds the position that covers the day among several past and present ones (R3.4)', () => {
    const held = {
      positions: [
        { position: 'member', term: { from: '2020-01-01', to: '2022-06-30' } },
        { position: 'head', term: { from: '2022-07-01', to: null } },
      ] as HeldPosition[],
      delegations: [],
    }
    expect(authorityFor('chair-meeting', TODAY, held)).toEqual({
      allowed: true,
      via: 'position',
      position: 'head',
    })
  })

  it('prefers the position over a delegation that would also grant the act (R3.4)', () => {
    expect(authorityFor('chair-meeting', TODAY, delegated('head', ['chair']))).toEqual({
      allowed: true,
      via: 'position',
      position: 'head',
    })
  })
})

describe('authorityFor: the Standing Deputy', () => {
  it('may not sign for the Head without a delegation (R4.5)', () => {
    expect(authorityFor('sign-for-head', TODAY, holding('standing-deputy'))).toEqual({
      allowed: false,
    })
  })

  it('signs for the Head with a sign-for-head delegation valid today (R4.5)', () => {
    expect(
      authorityFor('sign-for-head', TODAY, delegated('standing-deputy', ['sign-for-head'])),
    ).toEqual({ allowed: true, via: 'delegation', delegationId: 7, scope: 'sign-for-head' })
  })

  it('signs for the Head with an act-as-head delegation (R4.5)', () => {
    expect(
      authorityFor('sign-for-head', TODAY, delegated('standing-deputy', ['act-as-head'])),
    ).toEqual({ allowed: true, via: 'delegation', delegationId: 7, scope: 'act-as-head' })
  })

  it('may not sign for the Head with only a chair delegation (R4.5)', () => {
    expect(mayAct('sign-for-head', TODAY, delegated('standing-deputy', ['chair']))).toBe(false)
  })

  it("signs the groups' documents by position (R2.4)", () => {
    expect(authorityFor('sign-group-document', TODAY, holding('standing-deputy'))).toEqual({
      allowed: true,
      via: 'position',
      position: 'standing-deputy',
    })
  })

  it.each([
    ['chair-meeting', 'R3.4'],
    ['call-extraordinary-meeting', 'R11.1c'],
    ['approve-plan', 'R3.3'],
    ['assign-task', 'R3.2'],
    ['sign-as-head', 'R2.4'],
  ] as const)('may not %s without a delegation (%s)', (act, _rule) => {
    expect(mayAct(act, TODAY, holding('standing-deputy'))).toBe(false)
  })

  it('assigns tasks with a sign-for-head delegation (R3.2)', () => {
    expect(mayAct('assign-task', TODAY, delegated('standing-deputy', ['sign-for-head']))).toBe(true)
  })

  it('may not approve plans with only a sign-for-head delegation (R3.3)', () => {
    expect(mayAct('approve-plan', TODAY, delegated('standing-deputy', ['sign-for-head']))).toBe(
      false,
    )
  })

  it('may not call an extraordinary meeting with only a sign-for-head delegation (R11.1c)', () => {
    expect(
      mayAct('call-extraordinary-meeting', TODAY, delegated('standing-deputy', ['sign-for-head'])),
    ).toBe(false)
  })
})

describe('authorityFor: Deputies', () => {
  it('lets a Deputy sign for the Head by position (R5.3)', () => {
    expect(authorityFor('sign-for-head', TODAY, holding('deputy'))).toEqual({
      allowed: true,
      via: 'position',
      position: 'deputy',
    })
  })

  it("lets a Deputy sign the groups' documents (R2.4)", () => {
    expect(mayAct('sign-group-document', TODAY, holding('deputy'))).toBe(true)
  })

  it('does not let a Deputy sign as the Head (R2.4)', () => {
    expect(mayAct('sign-as-head', TODAY, holding('deputy'))).toBe(false)
  })

  it('does not let a Deputy approve plans (R3.3)', () => {
    expect(mayAct('approve-plan', TODAY, holding('deputy'))).toBe(false)
  })

  it('does not let a former Deputy sign for the Head after the term ended yesterday (R5.3)', () => {
    expect(
      mayAct('sign-for-head', TODAY, holding('deputy', { from: '2022-07-01', to: YESTERDAY })),
    ).toBe(false)
  })
})

describe('authorityFor: the Support Group Head', () => {
  it("signs the groups' documents (R2.4)", () => {
    expect(authorityFor('sign-group-document', TODAY, holding('sg-head'))).toEqual({
      allowed: true,
      via: 'position',
      position: 'sg-head',
    })
  })

  it('cannot approve plans (R3.3)', () => {
    expect(authorityFor('approve-plan', TODAY, holding('sg-head'))).toEqual({ allowed: false })
  })

  it('cannot sign for the Head (R4.5)', () => {
    expect(mayAct('sign-for-head', TODAY, holding('sg-head'))).toBe(false)
  })

  it('cannot chair a Working Group meeting (R3.4)', () => {
    expect(mayAct('chair-meeting', TODAY, holding('sg-head'))).toBe(false)
  })
})

describe('authorityFor: other positions', () => {
  it.each(['member', 'secretary', 'sg-deputy', 'sg-member'] as const)(
    "does not let a %s sign the groups' documents (R2.4)",
    (position) => {
      expect(mayAct('sign-group-document', TODAY, holding(position))).toBe(false)
    },
  )

  it.each(ACTS)('grants %s to nobody without a position or a delegation', (act) => {
    expect(authorityFor(act, TODAY, nothing)).toEqual({ allowed: false })
  })

  it.each(['member', 'secretary', 'sg-deputy', 'sg-member'] as const)(
    'does not let a %s call an extraordinary meeting (R11.1c)',
    (position) => {
      expect(mayAct('call-extraordinary-meeting', TODAY, holding(position))).toBe(false)
    },
  )
})

describe('authorityFor: delegations', () => {
  it('lets a member with an act-as-head delegation call an extraordinary meeting (R11.1c)', () => {
    expect(
      authorityFor('call-extraordinary-meeting', TODAY, delegated('member', ['act-as-head'])),
    ).toEqual({ allowed: true, via: 'delegation', delegationId: 7, scope: 'act-as-head' })
  })

  it.each([
    'chair-meeting',
    'approve-plan',
    'assign-task',
    'sign-as-head',
    'sign-for-head',
  ] as const)('lets an act-as-head delegate %s', (act) => {
    expect(mayAct(act, TODAY, delegated('member', ['act-as-head']))).toBe(true)
  })

  it("does not let an act-as-head delegate who is a plain member sign the groups' documents (R2.4)", () => {
    expect(mayAct('sign-group-document', TODAY, delegated('member', ['act-as-head']))).toBe(false)
  })

  it('lets a chair delegate chair a meeting (R3.4)', () => {
    expect(authorityFor('chair-meeting', TODAY, delegated('member', ['chair']))).toEqual({
      allowed: true,
      via: 'delegation',
      delegationId: 7,
      scope: 'chair',
    })
  })

  it('does not let a chair delegate call an extraordinary meeting (R11.1c)', () => {
    expect(mayAct('call-extraordinary-meeting', TODAY, delegated('member', ['chair']))).toBe(false)
  })

  it('lets an approve-plans delegate approve a plan (R3.3)', () => {
    expect(authorityFor('approve-plan', TODAY, delegated('deputy', ['approve-plans']))).toEqual({
      allowed: true,
      via: 'delegation',
      delegationId: 7,
      scope: 'approve-plans',
    })
  })

  it('grants nothing today from a delegation that expired yesterday (R4.5)', () => {
    const expired = delegated('standing-deputy', ['sign-for-head'], {
      from: '2024-07-01',
      to: YESTERDAY,
    })
    expect(authorityFor('sign-for-head', TODAY, expired)).toEqual({ allowed: false })
  })

  it('grants nothing today from an act-as-head delegation that expired yesterday (R11.1c)', () => {
    const expired = delegated('member', ['act-as-head'], { from: '2024-07-01', to: YESTERDAY })
    expect(mayAct('call-extraordinary-meeting', TODAY, expired)).toBe(false)
  })

  it('grants power on the last day of a delegation (R4.5)', () => {
    const endsToday = delegated('standing-deputy', ['sign-for-head'], {
      from: '2024-07-01',
      to: TODAY,
    })
    expect(mayAct('sign-for-head', TODAY, endsToday)).toBe(true)
  })

  it('grants nothing today from a delegation that starts tomorrow (R4.5)', () => {
    const future = delegated('standing-deputy', ['sign-for-head'], { from: TOMORROW, to: null })
    expect(mayAct('sign-for-head', TODAY, future)).toBe(false)
  })

  it('grants power from an open-ended delegation (R4.5)', () => {
    const open = delegated('standing-deputy', ['sign-for-head'], { from: '2024-01-01', to: null })
    expect(mayAct('sign-for-head', TODAY, open)).toBe(true)
  })

  it('ignores unknown scopes in a delegation (R3.4)', () => {
    expect(mayAct('chair-meeting', TODAY, delegated('member', ['everything']))).toBe(false)
  })

  it('skips an expired delegation and uses a later valid one (R4.5)', () => {
    const held = {
      positions: [{ position: 'standing-deputy', term }] as HeldPosition[],
      delegations: [
        { id: 1, scopes: ['sign-for-head'], term: { from: '2024-01-01', to: '2024-06-30' } },
        { id: 2, scopes: ['sign-for-head'], term: { from: '2024-07-01', to: null } },
      ],
    }
    expect(authorityFor('sign-for-head', TODAY, held)).toEqual({
      allowed: true,
      via: 'delegation',
      delegationId: 2,
      scope: 'sign-for-head',
    })
  })

  it('reports a delegation without an id as granting with an undefined id (R3.4)', () => {
    const held = {
      positions: [],
      delegations: [{ scopes: ['chair'], term: { from: '2024-07-01', to: null } }],
    }
    expect(authorityFor('chair-meeting', TODAY, held)).toEqual({
      allowed: true,
      via: 'delegation',
      delegationId: undefined,
      scope: 'chair',
    })
  })

  it('grants from a delegation alone, with no position on the day (R3.4)', () => {
    const held = {
      positions: [],
      delegations: [{ id: 'abc', scopes: ['chair'], term: { from: '2024-07-01', to: null } }],
    }
    expect(mayAct('chair-meeting', TODAY, held)).toBe(true)
  })
})

describe('mayAct', () => {
  it('is true exactly when authorityFor allows (R2.4)', () => {
    expect(mayAct('sign-group-document', TODAY, holding('sg-head'))).toBe(true)
  })

  it('is false exactly when authorityFor refuses (R3.3)', () => {
    expect(mayAct('approve-plan', TODAY, holding('sg-head'))).toBe(false)
  })
})

describe('requireAuthority', () => {
  it('passes when the position grants the act (R3.3)', () => {
    expect(requireAuthority('approve-plan', TODAY, holding('head'))).toEqual(OK)
  })

  it('passes when a delegation grants the act (R4.5)', () => {
    expect(
      requireAuthority('sign-for-head', TODAY, delegated('standing-deputy', ['sign-for-head'])),
    ).toEqual(OK)
  })

  it.each(ACTS)('cites the clause of %s when nobody may act', (act) => {
    expectBreach(requireAuthority(act, TODAY, nothing, 'signer'), {
      ...BREACH[act],
      path: 'signer',
    })
  })

  it('refuses the Standing Deputy signing for the Head without a delegation (R4.5)', () => {
    expectBreach(requireAuthority('sign-for-head', TODAY, holding('standing-deputy')), {
      ...BREACH['sign-for-head'],
      path: undefined,
    })
  })

  it('refuses the SG Head approving a plan (R3.3)', () => {
    expectBreach(requireAuthority('approve-plan', TODAY, holding('sg-head'), 'approvedBy'), {
      ...BREACH['approve-plan'],
      path: 'approvedBy',
    })
  })

  it('refuses a member calling an extraordinary meeting (R11.1c)', () => {
    expectBreach(requireAuthority('call-extraordinary-meeting', TODAY, holding('member')), {
      ...BREACH['call-extraordinary-meeting'],
      path: undefined,
    })
  })

  it('names the act and the day in both languages (R11.1c)', () => {
    const verdict = requireAuthority('call-extraordinary-meeting', TODAY, holding('member'))
    expect(describeBreach(verdict, 'vi')).toBe(
      'Vi phạm Điều 11 khoản 1: người này không có thẩm quyền quyết định họp đột xuất vào ngày 15/07/2024 (không giữ chức danh hoặc không có ủy quyền còn hiệu lực).',
    )
    expect(describeBreach(verdict, 'en')).toBe(
      'Breach of Article 11(1): this person may not call an extraordinary meeting on 15/07/2024 (no position or valid delegation grants it).',
    )
  })

  it('refuses a delegate the day after the delegation expired (R4.5)', () => {
    const expired = delegated('standing-deputy', ['sign-for-head'], {
      from: '2024-07-01',
      to: YESTERDAY,
    })
    expectBreach(requireAuthority('sign-for-head', TODAY, expired, 'signer'), {
      ...BREACH['sign-for-head'],
      path: 'signer',
    })
  })
})

describe('authorityFor: authority ends with the post (R4.5, R3.4, R4.2)', () => {
  const DELEGATION = { from: '2024-07-01', to: '2024-07-31' }
  const seated = (
    position: Position,
    scopes: string[],
    seats: { grantorHeadTerms: Term[]; granteeMemberTerms: Term[] },
  ) => ({
    positions: [{ position, term: seats.granteeMemberTerms[0] ?? term }] as HeldPosition[],
    delegations: [{ id: 7, scopes, term: DELEGATION, ...seats }] as HeldDelegation[],
  })

  it('a delegate whose own term ended cannot chair under the delegation (R3.4)', () => {
    const held = seated('member', ['chair'], {
      grantorHeadTerms: [term],
      granteeMemberTerms: [{ from: '2022-07-01', to: YESTERDAY }],
    })
    expect(authorityFor('chair-meeting', TODAY, held)).toEqual({ allowed: false })
    expect(authorityFor('chair-meeting', YESTERDAY, held)).toMatchObject({ allowed: true })
    expectBreach(requireAuthority('chair-meeting', TODAY, held, 'chair'), {
      ...BREACH['chair-meeting'],
      path: 'chair',
    })
  })

  it('a delegation from a Head who was replaced no longer gives authority; the new Head has it (R4.5, R11.1c)', () => {
    const held = seated('standing-deputy', ['act-as-head'], {
      grantorHeadTerms: [{ from: '2022-07-01', to: YESTERDAY }],
      granteeMemberTerms: [term],
    })
    const newHead = holding('head', { from: TODAY, to: null })
    for (const act of ['call-extraordinary-meeting', 'chair-meeting', 'sign-as-head'] as const) {
      expect(mayAct(act, TODAY, held)).toBe(false)
      expect(mayAct(act, YESTERDAY, held)).toBe(true)
      expect(mayAct(act, TODAY, newHead)).toBe(true)
    }
    expect(mayAct('sign-for-head', TOMORROW, held)).toBe(false)
  })

  it('a delegation is still valid when the grantor is still Head and the grantee still a member (R4.5)', () => {
    const held = seated('standing-deputy', ['sign-for-head'], {
      grantorHeadTerms: [
        { from: '2019-07-01', to: '2024-06-30' },
        { from: '2024-07-01', to: null },
      ],
      granteeMemberTerms: [term],
    })
    expect(authorityFor('sign-for-head', TODAY, held)).toEqual({
      allowed: true,
      via: 'delegation',
      delegationId: 7,
      scope: 'sign-for-head',
    })
  })

  it('a grantor with no Head seat in the group gives nothing (R4.5)', () => {
    const held = seated('member', ['chair'], { grantorHeadTerms: [], granteeMemberTerms: [term] })
    expect(mayAct('chair-meeting', TODAY, held)).toBe(false)
  })
})
