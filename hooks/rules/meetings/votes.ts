import type { CharterNumbers } from '../charterSettings'
import { breach, clause, OK, type Bilingual, type Verdict } from '../verdict'
import {
  HELD_STATUSES,
  sameId,
  VOTE_LABELS,
  type Id,
  type MeetingStatus,
  type Outcome,
  type VoteChoice,
} from './kinds'

// R2.1: decisions by majority. Votes are recorded per voter (a member's seat); the outcome is
// computed from the charter settings in force on the meeting day, never typed.
export type Vote = { voter: Id | null; choice: VoteChoice }

/**
 * Who may vote: with the majority counted on members present, the members present (a substitute
 * holding the member's written authorisation votes in the member's name); with it counted on all
 * members, every member in office that day.
 */
export const eligibleVoters = (
  seatsInOffice: readonly Id[],
  attending: readonly Id[],
  majorityBase: CharterNumbers['majorityBase'],
): Id[] =>
  majorityBase === 'all-members'
    ? [...seatsInOffice]
    : seatsInOffice.filter((seat) => attending.some((id) => sameId(id, seat)))

/** R2.1: votes are cast at the meeting, so they are recorded once it is held. */
export const checkVotesAfterMeeting = (status: MeetingStatus, voteCount: number): Verdict => {
  if (voteCount === 0 || HELD_STATUSES.includes(status)) return OK
  return breach(
    'R2.1',
    clause(2, 1),
    {
      vi: 'phiếu biểu quyết được ghi khi cuộc họp đã diễn ra: chuyển trạng thái sang "Đã họp" trước.',
      en: 'votes are recorded once the meeting took place: set the status to "Held" first.',
    },
    'decisions',
  )
}

/** R2.1 (hard): only eligible members vote, each once. */
export const checkVotes = (
  votes: readonly Vote[],
  eligible: readonly Id[],
  decisionIndex: number,
): Verdict => {
  for (const [index, vote] of votes.entries()) {
    const path = `decisions.${decisionIndex}.votes.${index}.voter`
    if (vote.voter === null || !eligible.some((id) => sameId(id, vote.voter))) {
      return breach(
        'R2.1',
        clause(2, 1),
        {
          vi: 'người này không có quyền biểu quyết tại cuộc họp (không phải thành viên dự họp trong nhiệm kỳ vào ngày họp).',
          en: 'this person may not vote at the meeting (not a member attending, in office on the meeting day).',
        },
        path,
      )
    }
    if (votes.findIndex((other) => sameId(other.voter, vote.voter)) !== index) {
      return breach(
        'R2.1',
        clause(2, 1),
        {
          vi: 'mỗi thành viên chỉ biểu quyết một lần cho mỗi nội dung.',
          en: 'each member votes once on each decision.',
        },
        path,
      )
    }
  }
  return OK
}

export type DecisionResult = {
  outcome: Outcome
  yes: number
  no: number
  abstain: number
  base: number
  /** Exactly half of the base in favour: settled by the tie rule. */
  tie: boolean
  note: Bilingual
}

/**
 * R2.1: passed when more than half of the base (eligible voters) is in favour. When exactly half
 * is, the tie rule decides: 'chair-side' follows the chair's vote (and the record says so),
 * 'not-passed' rejects.
 */
export const decisionOutcome = (input: {
  votes: readonly Vote[]
  base: number
  tieRule: CharterNumbers['tieRule']
  chairSeat: Id | null
}): DecisionResult => {
  const count = (choice: VoteChoice) => input.votes.filter((v) => v.choice === choice).length
  const [yes, no, abstain] = [count('yes'), count('no'), count('abstain')]
  const tally = { yes, no, abstain, base: input.base }
  const counted = {
    vi: `${yes}/${input.base} tán thành, ${no} không tán thành, ${abstain} không biểu quyết`,
    en: `${yes}/${input.base} in favour, ${no} against, ${abstain} abstaining`,
  }
  if (input.base > 0 && yes * 2 > input.base) {
    return {
      ...tally,
      outcome: 'passed',
      tie: false,
      note: { vi: `Thông qua: ${counted.vi}.`, en: `Passed: ${counted.en}.` },
    }
  }
  if (input.base === 0 || yes * 2 < input.base) {
    return {
      ...tally,
      outcome: 'not-passed',
      tie: false,
      note: {
        vi: `Không thông qua (chưa quá nửa): ${counted.vi}.`,
        en: `Not passed (no majority): ${counted.en}.`,
      },
    }
  }
  if (input.tieRule === 'not-passed') {
    return {
      ...tally,
      outcome: 'not-passed',
      tie: true,
      note: {
        vi: `Số phiếu ngang nhau, theo Quy chế không thông qua: ${counted.vi}.`,
        en: `Tie; under the charter settings it is not passed: ${counted.en}.`,
      },
    }
  }
  const chairVote = input.votes.find((v) => sameId(v.voter, input.chairSeat))?.choice
  const passed = chairVote === 'yes'
  const side = chairVote
    ? VOTE_LABELS[chairVote]
    : { vi: 'người chủ trì không biểu quyết', en: 'the chair did not vote' }
  return {
    ...tally,
    outcome: passed ? 'passed' : 'not-passed',
    tie: true,
    note: passed
      ? {
          vi: `Số phiếu ngang nhau; thông qua theo ý kiến người chủ trì (tán thành): ${counted.vi}.`,
          en: `Tie; passed on the chair's side (in favour): ${counted.en}.`,
        }
      : {
          vi: `Số phiếu ngang nhau; không thông qua theo ý kiến người chủ trì (${side.vi.toLowerCase()}): ${counted.vi}.`,
          en: `Tie; not passed on the chair's side (${side.en.toLowerCase()}): ${counted.en}.`,
        },
  }
}
