import { describe, expect, it } from 'vitest'

import {
  checkVotes,
  checkVotesAfterMeeting,
  decisionOutcome,
  eligibleVoters,
  type Vote,
} from '../../../../hooks/rules/meetings'
import { OK } from '../../../../hooks/rules/verdict'
import { expectBreach } from '../expectBreach'

const R21 = {
  rule: 'R2.1',
  vi: 'Vi phạm Điều 2 khoản 1 (R2.1):',
  en: 'Breach of Article 2(1) (R2.1):',
}

const votes = (...choices: Vote['choice'][]): Vote[] =>
  choices.map((choice, index) => ({ voter: index + 1, choice }))

describe('who votes (R2.1)', () => {
  it('gives the vote to members present when the majority counts members present (R2.1)', () => {
    expect(eligibleVoters([1, 2, 3, 4], [2, 4, 9], 'present')).toEqual([2, 4])
  })

  it('gives the vote to every member in office when the majority counts all members (R2.1)', () => {
    expect(eligibleVoters([1, 2, 3, 4], [2], 'all-members')).toEqual([1, 2, 3, 4])
  })

  it('accepts one vote from each eligible member (R2.1)', () => {
    expect(checkVotes(votes('yes', 'no'), [1, 2, 3], 0)).toEqual(OK)
  })

  it('refuses a vote by a member who may not vote (R2.1)', () => {
    expectBreach(checkVotes([{ voter: 5, choice: 'yes' }], [1, 2], 1), {
      ...R21,
      path: 'decisions.1.votes.0.voter',
    })
  })

  it('refuses a second vote by the same member (R2.1)', () => {
    expectBreach(
      checkVotes(
        [
          { voter: 1, choice: 'yes' },
          { voter: '1', choice: 'no' },
        ],
        [1, 2],
        0,
      ),
      { ...R21, path: 'decisions.0.votes.1.voter' },
    )
  })

  it('refuses votes on a meeting not yet held (R2.1)', () => {
    expectBreach(checkVotesAfterMeeting('notice-sent', 3), { ...R21, path: 'decisions' })
  })

  it('accepts votes once the meeting is held (R2.1)', () => {
    expect(checkVotesAfterMeeting('held', 3)).toEqual(OK)
  })
})

describe('the outcome, computed (R2.1)', () => {
  it('passes with more than half of the base in favour (R2.1)', () => {
    const result = decisionOutcome({
      votes: votes('yes', 'yes', 'no'),
      base: 3,
      tieRule: 'chair-side',
      chairSeat: 3,
    })
    expect([result.outcome, result.tie, result.note.vi]).toEqual([
      'passed',
      false,
      'Thông qua: 2/3 tán thành, 1 không tán thành, 0 không biểu quyết.',
    ])
  })

  it('does not pass without a majority of the base, abstentions counting against (R2.1)', () => {
    const result = decisionOutcome({
      votes: votes('yes', 'yes', 'abstain', 'abstain', 'no'),
      base: 5,
      tieRule: 'chair-side',
      chairSeat: 1,
    })
    expect(result.outcome).toBe('not-passed')
  })

  it('does not pass when fewer than half of all members are in favour (R2.1)', () => {
    const result = decisionOutcome({
      votes: votes('yes', 'yes'),
      base: 6,
      tieRule: 'chair-side',
      chairSeat: 1,
    })
    expect([result.outcome, result.tie]).toEqual(['not-passed', false])
  })

  it('settles a tie on the chair’s side and says so (R2.1)', () => {
    const result = decisionOutcome({
      votes: votes('yes', 'no', 'yes', 'no'),
      base: 4,
      tieRule: 'chair-side',
      chairSeat: 3,
    })
    expect([result.outcome, result.tie, result.note.vi]).toEqual([
      'passed',
      true,
      'Số phiếu ngang nhau; thông qua theo ý kiến người chủ trì (tán thành): 2/4 tán thành, 2 không tán thành, 0 không biểu quyết.',
    ])
  })

  it('rejects on a tie when the chair voted against (R2.1)', () => {
    const result = decisionOutcome({
      votes: votes('yes', 'no', 'yes', 'no'),
      base: 4,
      tieRule: 'chair-side',
      chairSeat: 2,
    })
    expect([result.outcome, result.note.en]).toEqual([
      'not-passed',
      "Tie; not passed on the chair's side (against): 2/4 in favour, 2 against, 0 abstaining.",
    ])
  })

  it('rejects on a tie when the settings say a tie is not passed (R2.1)', () => {
    const result = decisionOutcome({
      votes: votes('yes', 'no', 'yes', 'no'),
      base: 4,
      tieRule: 'not-passed',
      chairSeat: 1,
    })
    expect([result.outcome, result.tie]).toEqual(['not-passed', true])
  })

  it('does not pass a decision nobody could vote on (R2.1)', () => {
    expect(
      decisionOutcome({ votes: [], base: 0, tieRule: 'chair-side', chairSeat: null }).outcome,
    ).toBe('not-passed')
  })
})
