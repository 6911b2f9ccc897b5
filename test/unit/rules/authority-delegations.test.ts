import { describe, expect, it } from 'vitest'

import {
  authorityFor,
  mayAct,
  requireAuthority,
  type HeldDelegation,
  type HeldPosition,
} from '../../../hooks/rules/authority'
import type { Position } from '../../../hooks/rules/positions'
import type { Term } from '../../../hooks/rules/terms'
import { expectBreach } from './expectBreach'
import {
  BREACH,
  TODAY,
  YESTERDAY,
  TOMORROW,
  term,
  holding,
  delegated,
} from '../../helpers/authorityHolders'

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
