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
  vi: 'Vi phạm Điều 2 khoản 1:',
  en: 'Breach of Article 2(1):',
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

/** A meeting of `seats` seats (1..n): `choices[i]` is seat i+1's vote, 'absent' for no-show. */
const meeting = (
  choices: (Vote['choice'] | 'absent')[],
  majorityBase: 'all-members' | 'present',
  settings: { tieRule?: 'chair-side' | 'not-passed'; chairSeat?: number | null } = {},
) => {
  const seats = choices.map((_, index) => index + 1)
  const attending = seats.filter((seat) => choices[seat - 1] !== 'absent')
  return decisionOutcome({
    votes: attending.map((seat) => ({ voter: seat, choice: choices[seat - 1] as Vote['choice'] })),
    eligible: eligibleVoters(seats, attending, majorityBase),
    attending,
    majorityBase,
    tieRule: settings.tieRule ?? 'chair-side',
    chairSeat: settings.chairSeat === undefined ? 1 : settings.chairSeat,
  })
}

const repeat = <T>(value: T, times: number): T[] => Array.from({ length: times }, () => value)

describe('the outcome, computed (R2.1)', () => {
  it('passes with more than half of all members in favour, and reads the count out (R2.1)', () => {
    const result = meeting(
      [...repeat('yes' as const, 7), 'no', 'no', 'abstain', 'absent'],
      'all-members',
    )
    expect([result.outcome, result.tie, result.note.vi, result.note.en]).toEqual([
      'passed',
      false,
      'Thông qua: 7/11 thành viên tán thành (quá nửa tổng số thành viên), 2 không tán thành, 1 không biểu quyết, 1 vắng.',
      'Passed: 7/11 members in favour (more than half of all members), 2 against, 1 not voting, 1 absent.',
    ])
  })

  it('passes with more than half of the members present in favour (R2.1)', () => {
    const result = meeting(['yes', 'yes', 'no', 'absent'], 'present')
    expect([result.outcome, result.base, result.note.vi]).toEqual([
      'passed',
      3,
      'Thông qua: 2/3 thành viên dự họp tán thành (quá nửa số thành viên dự họp), 1 không tán thành, 0 không biểu quyết.',
    ])
  })

  it('does not call exactly half of all members in favour with nobody against a tie: not passed (R2.1)', () => {
    const result = meeting(['yes', 'yes', 'yes', 'absent', 'absent', 'absent'], 'all-members')
    expect([result.outcome, result.tie, result.basis, result.note.vi]).toEqual([
      'not-passed',
      false,
      'no-majority',
      'Không thông qua: 3/6 thành viên tán thành (chưa quá nửa tổng số thành viên, cần ít nhất 4 phiếu tán thành), 0 không tán thành, 0 không biểu quyết, 3 vắng.',
    ])
  })

  it('does not call 3 in favour, 1 against, 2 abstaining of those present a tie: not passed (R2.1)', () => {
    const result = meeting(['yes', 'yes', 'yes', 'no', 'abstain', 'abstain'], 'present')
    expect([result.outcome, result.tie, result.note.vi]).toEqual([
      'not-passed',
      false,
      'Không thông qua: 3/6 thành viên dự họp tán thành (chưa quá nửa số thành viên dự họp, cần ít nhất 4 phiếu tán thành), 1 không tán thành, 2 không biểu quyết.',
    ])
  })

  it('applies the tie rule to a real tie with abstentions: the chair’s side wins (R2.1)', () => {
    const result = meeting(['yes', 'no', 'yes', 'no', 'abstain'], 'present')
    expect([result.outcome, result.tie, result.basis, result.note.vi]).toEqual([
      'passed',
      true,
      'tie-chair-side',
      'Số phiếu ngang nhau; thông qua theo ý kiến người chủ trì (tán thành): 2/5 thành viên dự họp tán thành (không bên nào quá nửa số thành viên dự họp), 2 không tán thành, 1 không biểu quyết.',
    ])
  })

  it('applies the tie rule with the all-members base when members are absent (R2.1)', () => {
    const result = meeting(['no', 'yes', 'no', 'yes', 'absent', 'absent'], 'all-members', {
      chairSeat: 1,
    })
    expect([result.outcome, result.tie, result.note.en]).toEqual([
      'not-passed',
      true,
      "Tie; not passed on the chair's side (against): 2/6 members in favour (neither side has more than half of all members), 2 against, 0 not voting, 2 absent.",
    ])
  })

  it('does not pass a tie when the chair did not vote for either side (R2.1)', () => {
    const result = meeting(['abstain', 'yes', 'no'], 'present')
    expect([result.outcome, result.tie, result.note.vi]).toEqual([
      'not-passed',
      true,
      'Số phiếu ngang nhau; không thông qua vì người chủ trì không biểu quyết: 1/3 thành viên dự họp tán thành (không bên nào quá nửa số thành viên dự họp), 1 không tán thành, 1 không biểu quyết.',
    ])
  })

  it('does not pass a tie when the settings say a tie is not passed, whatever the chair voted (R2.1)', () => {
    const result = meeting(['yes', 'no', 'yes', 'no'], 'present', { tieRule: 'not-passed' })
    expect([result.outcome, result.tie, result.basis, result.note.vi]).toEqual([
      'not-passed',
      true,
      'tie-not-passed',
      'Số phiếu ngang nhau; theo Tham số Quy chế, khi số phiếu ngang nhau thì không thông qua: 2/4 thành viên dự họp tán thành (không bên nào quá nửa số thành viên dự họp), 2 không tán thành, 0 không biểu quyết.',
    ])
  })

  it('does not treat a decision with no vote for or against as a tie (R2.1)', () => {
    const result = meeting(['abstain', 'abstain'], 'present')
    expect([result.outcome, result.tie, result.basis]).toEqual(['not-passed', false, 'no-majority'])
  })

  it('counts a member present without a recorded vote as not voting, one away as absent (R2.1)', () => {
    const result = decisionOutcome({
      votes: [
        { voter: 1, choice: 'yes' },
        { voter: 2, choice: 'yes' },
      ],
      eligible: [1, 2, 3, 4],
      attending: [1, 2, 3],
      majorityBase: 'all-members',
      tieRule: 'chair-side',
      chairSeat: 1,
    })
    expect([result.outcome, result.yes, result.abstain, result.absent]).toEqual([
      'not-passed',
      2,
      1,
      1,
    ])
  })

  it('counts a member’s vote once and ignores votes from outside the base (R2.1)', () => {
    const result = decisionOutcome({
      votes: [
        { voter: 1, choice: 'yes' },
        { voter: '1', choice: 'yes' },
        { voter: 9, choice: 'yes' },
      ],
      eligible: [1, 2, 3],
      attending: [1, 2, 3],
      majorityBase: 'present',
      tieRule: 'chair-side',
      chairSeat: 1,
    })
    expect([result.outcome, result.yes, result.abstain]).toEqual(['not-passed', 1, 2])
  })

  it('does not pass a decision nobody could vote on (R2.1)', () => {
    const result = meeting(['absent', 'absent'], 'present')
    expect([result.outcome, result.base, result.note.vi]).toEqual([
      'not-passed',
      0,
      'Không thông qua: không có thành viên dự họp nào để biểu quyết.',
    ])
  })
})
