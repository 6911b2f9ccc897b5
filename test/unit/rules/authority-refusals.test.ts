import { describe, expect, it } from 'vitest'

import { ACTS, mayAct, requireAuthority } from '../../../hooks/rules/authority'
import { describeBreach, OK } from '../../../hooks/rules/verdict'
import { expectBreach } from './expectBreach'
import {
  BREACH,
  TODAY,
  YESTERDAY,
  holding,
  delegated,
  nothing,
} from '../../helpers/authorityHolders'

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
