import { describe, expect, it } from 'vitest'

import {
  checkDelegation,
  DELEGATION_SCOPES,
  delegationInForce,
  delegationsCutBySeat,
  delegationLapseOn,
  LAPSE_LABELS,
  SCOPE_LABELS,
  type DelegationDraft,
} from '../../../hooks/rules/delegations'
import { describeBreach, OK } from '../../../hooks/rules/verdict'
import { expectBreach } from './expectBreach'

const R4_5 = {
  rule: 'R4.5',
  vi: 'Vi phạm Điều 4 khoản 5:',
  en: 'Breach of Article 4(5):',
}

const HEAD = 1
const STANDING_DEPUTY = 2

/** A valid delegation: the Head in office authorises the Standing Deputy to sign for a quarter. */
const draft = (overrides: Partial<DelegationDraft> = {}): DelegationDraft => ({
  grantorId: HEAD,
  granteeId: STANDING_DEPUTY,
  scopes: ['sign-for-head'],
  term: { from: '2024-07-01', to: '2024-09-30' },
  hasWrittenBasis: true,
  grantorHeadTerms: [{ from: '2022-07-01', to: null }],
  granteeMemberTerms: [{ from: '2022-07-01', to: null }],
  ...overrides,
})

describe('delegation scopes', () => {
  it('offers chairing, signing for the Head, approving plans and acting as Head', () => {
    expect(DELEGATION_SCOPES).toEqual(['chair', 'sign-for-head', 'approve-plans', 'act-as-head'])
  })

  it('labels every scope in both languages', () => {
    expect(Object.keys(SCOPE_LABELS).sort()).toEqual([...DELEGATION_SCOPES].sort())
  })
})

describe('checkDelegation (R4.5)', () => {
  it('accepts a written delegation from the Head in office to a member (R4.5)', () => {
    expect(checkDelegation(draft())).toEqual(OK)
  })

  it.each(DELEGATION_SCOPES)('accepts the known scope %s (R4.5)', (scope) => {
    expect(checkDelegation(draft({ scopes: [scope] }))).toEqual(OK)
  })

  it('accepts several known scopes at once (R4.5)', () => {
    expect(checkDelegation(draft({ scopes: ['chair', 'sign-for-head', 'act-as-head'] }))).toEqual(
      OK,
    )
  })

  it('rejects a delegation with no scope (R4.5)', () => {
    expectBreach(checkDelegation(draft({ scopes: [] })), { ...R4_5, path: 'scopes' })
  })

  it('asks for at least one scope (R4.5)', () => {
    expect(describeBreach(checkDelegation(draft({ scopes: [] })), 'en')).toBe(
      'Breach of Article 4(5): choose at least one scope.',
    )
  })

  it('rejects an unknown scope (R4.5)', () => {
    expectBreach(checkDelegation(draft({ scopes: ['sign-for-head', 'spend-budget'] })), {
      ...R4_5,
      path: 'scopes',
    })
  })

  it('names the unknown scope (R4.5)', () => {
    const verdict = checkDelegation(draft({ scopes: ['spend-budget'] }))
    expect(describeBreach(verdict, 'vi')).toBe(
      'Vi phạm Điều 4 khoản 5: nội dung ủy quyền "spend-budget" không hợp lệ.',
    )
    expect(describeBreach(verdict, 'en')).toBe(
      'Breach of Article 4(5): unknown scope "spend-budget".',
    )
  })

  it('rejects a scope that differs only in case (R4.5)', () => {
    expectBreach(checkDelegation(draft({ scopes: ['Chair'] })), { ...R4_5, path: 'scopes' })
  })

  it('rejects a delegation without its written basis (R4.5)', () => {
    expectBreach(checkDelegation(draft({ hasWrittenBasis: false })), { ...R4_5, path: 'basis' })
  })

  it('asks for the written basis document (R4.5)', () => {
    expect(describeBreach(checkDelegation(draft({ hasWrittenBasis: false })), 'en')).toBe(
      'Breach of Article 4(5): a delegation needs its written basis (an uploaded document).',
    )
  })

  it('rejects the Head delegating to himself/herself (R4.5)', () => {
    expectBreach(checkDelegation(draft({ granteeId: HEAD })), { ...R4_5, path: 'grantee' })
  })

  it('rejects self-delegation when the ids differ only in type (R4.5)', () => {
    expectBreach(checkDelegation(draft({ grantorId: 1, granteeId: '1' })), {
      ...R4_5,
      path: 'grantee',
    })
  })

  it('explains that nobody can delegate to himself/herself (R4.5)', () => {
    expect(describeBreach(checkDelegation(draft({ granteeId: HEAD })), 'vi')).toBe(
      'Vi phạm Điều 4 khoản 5: không thể tự ủy quyền cho chính mình.',
    )
  })

  it('rejects a grantor who never held the Head post (R4.5)', () => {
    expectBreach(checkDelegation(draft({ grantorHeadTerms: [] })), { ...R4_5, path: 'grantor' })
  })

  it('rejects a grantor whose Head term ends in the middle of the delegation (R4.5)', () => {
    const headUntilAugust = [{ from: '2022-07-01', to: '2024-08-15' }]
    expectBreach(checkDelegation(draft({ grantorHeadTerms: headUntilAugust })), {
      ...R4_5,
      path: 'grantor',
    })
  })

  it('rejects a grantor whose Head term starts after the delegation begins (R4.5)', () => {
    const headFromAugust = [{ from: '2024-08-01', to: null }]
    expectBreach(checkDelegation(draft({ grantorHeadTerms: headFromAugust })), {
      ...R4_5,
      path: 'grantor',
    })
  })

  it('rejects a grantor whose Head term ended before the delegation (R4.5)', () => {
    const formerHead = [{ from: '2022-07-01', to: '2024-06-30' }]
    expectBreach(checkDelegation(draft({ grantorHeadTerms: formerHead })), {
      ...R4_5,
      path: 'grantor',
    })
  })

  it('rejects an open-ended delegation from a Head whose term has an end (R4.5)', () => {
    const openDelegation = { from: '2024-07-01', to: null }
    const headTerms = [{ from: '2022-07-01', to: '2027-06-30' }]
    expectBreach(checkDelegation(draft({ term: openDelegation, grantorHeadTerms: headTerms })), {
      ...R4_5,
      path: 'grantor',
    })
  })

  it('accepts an open-ended delegation from a Head whose term is open-ended (R4.5)', () => {
    expect(checkDelegation(draft({ term: { from: '2024-07-01', to: null } }))).toEqual(OK)
  })

  it('accepts a delegation ending on the last day of the Head term (R4.5)', () => {
    const headTerms = [{ from: '2022-07-01', to: '2024-09-30' }]
    expect(checkDelegation(draft({ grantorHeadTerms: headTerms }))).toEqual(OK)
  })

  it('accepts a delegation starting on the first day of the Head term (R4.5)', () => {
    const headTerms = [{ from: '2024-07-01', to: null }]
    expect(checkDelegation(draft({ grantorHeadTerms: headTerms }))).toEqual(OK)
  })

  it('accepts a delegation inside the later of two Head terms (R4.5)', () => {
    const headTerms = [
      { from: '2019-01-01', to: '2020-12-31' },
      { from: '2024-01-01', to: '2024-12-31' },
    ]
    expect(checkDelegation(draft({ grantorHeadTerms: headTerms }))).toEqual(OK)
  })

  it('accepts a delegation spanning two back-to-back Head terms of the same person (R4.5)', () => {
    // Reappointed without a gap: the grantor holds the Head post on every day of the delegation.
    const headTerms = [
      { from: '2022-07-01', to: '2024-07-31' },
      { from: '2024-08-01', to: null },
    ]
    expect(checkDelegation(draft({ grantorHeadTerms: headTerms }))).toEqual(OK)
  })

  it('rejects a delegation spanning a gap between two Head terms (R4.5)', () => {
    const headTerms = [
      { from: '2022-07-01', to: '2024-07-31' },
      { from: '2024-08-15', to: null },
    ]
    expectBreach(checkDelegation(draft({ grantorHeadTerms: headTerms })), {
      ...R4_5,
      path: 'grantor',
    })
  })

  it('names the delegation period when the grantor is not Head throughout (R4.5)', () => {
    const verdict = checkDelegation(draft({ grantorHeadTerms: [] }))
    expect(describeBreach(verdict, 'en')).toBe(
      "Breach of Article 4(5): only the person holding the Head's post throughout 01/07/2024 – 30/09/2024 may delegate.",
    )
    expect(describeBreach(verdict, 'vi')).toBe(
      'Vi phạm Điều 4 khoản 5: chỉ người giữ chức Tổ trưởng trong suốt thời gian 01/07/2024 – 30/09/2024 mới được ủy quyền.',
    )
  })

  it('rejects a grantee who is not a member on the first day of the delegation (R4.5)', () => {
    const joinsNextDay = [{ from: '2024-07-02', to: null }]
    expectBreach(checkDelegation(draft({ granteeMemberTerms: joinsNextDay })), {
      ...R4_5,
      path: 'grantee',
    })
  })

  it('rejects a grantee whose membership ended the day before the delegation (R4.5)', () => {
    const leftYesterday = [{ from: '2022-07-01', to: '2024-06-30' }]
    expectBreach(checkDelegation(draft({ granteeMemberTerms: leftYesterday })), {
      ...R4_5,
      path: 'grantee',
    })
  })

  it('rejects a grantee with no membership in the group (R4.5)', () => {
    expectBreach(checkDelegation(draft({ granteeMemberTerms: [] })), { ...R4_5, path: 'grantee' })
  })

  it('accepts a grantee whose membership starts on the first day of the delegation (R4.5)', () => {
    const joinsThatDay = [{ from: '2024-07-01', to: null }]
    expect(checkDelegation(draft({ granteeMemberTerms: joinsThatDay }))).toEqual(OK)
  })

  it('accepts a grantee who is a member on the first day only (the rule checks that day) (R4.5)', () => {
    const leavesNextDay = [{ from: '2022-07-01', to: '2024-07-01' }]
    expect(checkDelegation(draft({ granteeMemberTerms: leavesNextDay }))).toEqual(OK)
  })

  it('explains that the grantee must be a member on the first day (R4.5)', () => {
    expect(describeBreach(checkDelegation(draft({ granteeMemberTerms: [] })), 'en')).toBe(
      'Breach of Article 4(5): the grantee must be a member of the Working Group on the first day of the delegation.',
    )
  })
})

describe('delegationLapseOn: authority ends with the post (R4.5, R3.4, R4.2)', () => {
  const standing = {
    term: { from: '2024-07-01', to: '2024-09-30' },
    grantorHeadTerms: [{ from: '2022-07-01', to: null }],
    granteeMemberTerms: [{ from: '2022-07-01', to: null }],
  }

  it('is in force within its dates while both still hold their posts (R4.5)', () => {
    expect(delegationLapseOn(standing, '2024-08-15')).toBeNull()
    expect(delegationInForce(standing, '2024-08-15')).toBe(true)
  })

  it('lapses outside its own dates (R4.5)', () => {
    expect(delegationLapseOn(standing, '2024-06-30')).toBe('outside-dates')
    expect(delegationLapseOn(standing, '2024-10-01')).toBe('outside-dates')
  })

  it('lapses the day after the grantor leaves the Head’s post (R4.5)', () => {
    const replaced = { ...standing, grantorHeadTerms: [{ from: '2022-07-01', to: '2024-08-14' }] }
    expect(delegationLapseOn(replaced, '2024-08-14')).toBeNull()
    expect(delegationLapseOn(replaced, '2024-08-15')).toBe('grantor-left-post')
  })

  it('lapses the day after the grantee’s term in the group ends (R3.4)', () => {
    const ended = { ...standing, granteeMemberTerms: [{ from: '2022-07-01', to: '2024-08-14' }] }
    expect(delegationLapseOn(ended, '2024-08-15')).toBe('grantee-left-group')
    expect(delegationInForce(ended, '2024-08-15')).toBe(false)
  })

  it('names each lapse in both languages (R4.5)', () => {
    for (const label of Object.values(LAPSE_LABELS)) {
      expect(label.vi).not.toBe('')
      expect(label.en).not.toBe('')
    }
  })
})

describe('delegationsCutBySeat: a shortened or ended seat stops delegations (R4.5, R3.4)', () => {
  const delegations = [
    {
      id: 'a',
      grantorId: HEAD,
      granteeId: STANDING_DEPUTY,
      term: { from: '2024-07-01', to: '2024-12-31' },
    },
    { id: 'b', grantorId: HEAD, granteeId: 3, term: { from: '2024-01-01', to: '2024-03-31' } },
    { id: 'c', grantorId: HEAD, granteeId: 3, term: { from: '2024-10-01', to: '2024-12-31' } },
  ]
  const open = { from: '2022-07-01', to: null }

  it('lists the delegations a Head who leaves gave, from the day after he/she leaves (R4.5)', () => {
    const cut = delegationsCutBySeat(
      { userId: HEAD, isHead: true, before: open, after: { from: '2022-07-01', to: '2024-08-31' } },
      delegations,
    )
    expect(cut).toEqual([
      { id: 'a', lapse: 'grantor-left-post', from: '2024-09-01' },
      { id: 'c', lapse: 'grantor-left-post', from: '2024-10-01' },
    ])
  })

  it('lists the delegations a member whose term ends received (R3.4)', () => {
    const cut = delegationsCutBySeat(
      { userId: 3, isHead: false, before: open, after: { from: '2022-07-01', to: '2024-06-30' } },
      delegations,
    )
    expect(cut).toEqual([{ id: 'c', lapse: 'grantee-left-group', from: '2024-10-01' }])
  })

  it('lists nothing when the term is lengthened, kept, or continued by another seat (R4.5)', () => {
    const ended = { from: '2022-07-01', to: '2024-08-31' }
    expect(
      delegationsCutBySeat({ userId: HEAD, isHead: true, before: ended, after: open }, delegations),
    ).toEqual([])
    expect(
      delegationsCutBySeat({ userId: HEAD, isHead: true, before: open, after: open }, delegations),
    ).toEqual([])
    expect(
      delegationsCutBySeat(
        {
          userId: HEAD,
          isHead: true,
          before: open,
          after: ended,
          otherTerms: [{ from: '2024-09-01', to: null }],
        },
        delegations,
      ),
    ).toEqual([])
  })
})
