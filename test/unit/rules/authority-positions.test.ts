import { describe, expect, it } from 'vitest'

import { ACTS, authorityFor, mayAct, type HeldPosition } from '../../../hooks/rules/authority'
import {
  TODAY,
  YESTERDAY,
  TOMORROW,
  holding,
  delegated,
  nothing,
} from '../../helpers/authorityHolders'

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
