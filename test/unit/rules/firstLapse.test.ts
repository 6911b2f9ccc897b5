import { describe, expect, it } from 'vitest'

import { firstLapse } from '../../../hooks/rules/delegations'

const term = { from: '2024-01-02', to: '2024-12-31' }

describe('firstLapse: authority ends with the post (R4.5)', () => {
  it('finds the day after the grantee’s term ended (R4.5)', () => {
    expect(
      firstLapse({
        term,
        grantorHeadTerms: [{ from: '2022-07-01' }],
        granteeMemberTerms: [{ from: '2022-07-01', to: '2024-06-30' }],
      }),
    ).toEqual({ day: '2024-07-01', lapse: 'grantee-left-group' })
  })

  it('finds the day after the grantor left the Head’s post (R4.5)', () => {
    expect(
      firstLapse({
        term,
        grantorHeadTerms: [{ from: '2022-07-01', to: '2024-09-30' }],
        granteeMemberTerms: [{ from: '2022-07-01' }],
      }),
    ).toEqual({ day: '2024-10-01', lapse: 'grantor-left-post' })
  })

  it('is null when both seats cover the whole delegation, back-to-back terms included (R4.5)', () => {
    expect(
      firstLapse({
        term,
        grantorHeadTerms: [{ from: '2022-07-01', to: '2024-03-31' }, { from: '2024-04-01' }],
        granteeMemberTerms: [{ from: '2022-07-01' }],
      }),
    ).toBeNull()
  })
})
