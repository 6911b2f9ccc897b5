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
 * The base of the majority (R2.1): with the majority counted on members present, the members
 * present (a substitute holding the member's written authorisation votes in the member's name);
 * with it counted on all members, every member in office that day. Only members present cast a
 * vote (the `present` base is also the list of who may vote).
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

/** Why the outcome is what it is. */
export type DecisionBasis =
  | 'majority' // more than half of the base in favour
  | 'no-majority' // not enough votes in favour, and not a tie
  | 'tie-chair-side' // yes = no: the side the chair voted for
  | 'tie-not-passed' // yes = no: the settings say a tie is not passed
  | 'no-voters' // nobody in the base

export type DecisionResult = {
  outcome: Outcome
  basis: DecisionBasis
  majorityBase: CharterNumbers['majorityBase']
  /** Members the majority is counted on (all in office, or those present). */
  base: number
  yes: number
  no: number
  /** Members of the base present who did not vote for or against (abstained or cast no vote). */
  abstain: number
  /** Members of the base not at the meeting who cast no vote (only with the all-members base). */
  absent: number
  /** Votes in favour needed for a majority: more than half of the base. */
  needed: number
  /** yes = no (at least one each): settled by the tie rule. */
  tie: boolean
  note: Bilingual
}

/** The counts of a decision, as the secretary reads them out. */
export type DecisionCounts = {
  yes: number
  no: number
  abstain: number
  absent: number
  base: number
  majorityBase: CharterNumbers['majorityBase']
  tieRule: CharterNumbers['tieRule']
  /** The chair's vote, null when the chair cast none (or holds no seat in the base). */
  chairChoice: VoteChoice | null
}

const BASE_WORDS: Record<CharterNumbers['majorityBase'], { voters: Bilingual; base: Bilingual }> = {
  'all-members': {
    voters: { vi: 'thành viên', en: 'members' },
    base: { vi: 'tổng số thành viên', en: 'all members' },
  },
  present: {
    voters: { vi: 'thành viên dự họp', en: 'members present' },
    base: { vi: 'số thành viên dự họp', en: 'the members present' },
  },
}

/**
 * R2.1 on counts. Passed when the votes in favour are more than half of the base (all members in
 * office on the meeting day, or those present, per the settings). A tie is yes = no and nothing
 * else: neither side can then have a majority, and the tie rule of the settings decides (the
 * side the chair voted for, or not passed). With nobody for or against there is no tie to break
 * (not passed, as either tie rule would give). Otherwise the decision is not passed: too few votes
 * in favour for a majority of the base.
 */
export const decideByMajority = (counts: DecisionCounts): DecisionResult => {
  const { yes, no, abstain, absent, base, majorityBase, tieRule, chairChoice } = counts
  const needed = Math.floor(base / 2) + 1
  const words = BASE_WORDS[majorityBase]
  const tally = { majorityBase, base, yes, no, abstain, absent, needed }
  const rest = {
    vi:
      `${no} không tán thành, ${abstain} không biểu quyết` +
      (majorityBase === 'all-members' ? `, ${absent} vắng` : ''),
    en:
      `${no} against, ${abstain} not voting` +
      (majorityBase === 'all-members' ? `, ${absent} absent` : ''),
  }
  const counted = (why: Bilingual): Bilingual => ({
    vi: `${yes}/${base} ${words.voters.vi} tán thành (${why.vi}), ${rest.vi}`,
    en: `${yes}/${base} ${words.voters.en} in favour (${why.en}), ${rest.en}`,
  })

  if (base === 0) {
    return {
      ...tally,
      outcome: 'not-passed',
      basis: 'no-voters',
      tie: false,
      note: {
        vi: `Không thông qua: không có ${words.voters.vi} nào để biểu quyết.`,
        en: `Not passed: there are no ${words.voters.en} to vote.`,
      },
    }
  }
  if (yes * 2 > base) {
    const why = counted({
      vi: `quá nửa ${words.base.vi}`,
      en: `more than half of ${words.base.en}`,
    })
    return {
      ...tally,
      outcome: 'passed',
      basis: 'majority',
      tie: false,
      note: { vi: `Thông qua: ${why.vi}.`, en: `Passed: ${why.en}.` },
    }
  }
  if (yes === no && yes > 0) {
    const why = counted({
      vi: `không bên nào quá nửa ${words.base.vi}`,
      en: `neither side has more than half of ${words.base.en}`,
    })
    if (tieRule === 'not-passed') {
      return {
        ...tally,
        outcome: 'not-passed',
        basis: 'tie-not-passed',
        tie: true,
        note: {
          vi: `Số phiếu ngang nhau; theo Tham số Quy chế, khi số phiếu ngang nhau thì không thông qua: ${why.vi}.`,
          en: `Tie; under the charter settings a tie is not passed: ${why.en}.`,
        },
      }
    }
    const passed = chairChoice === 'yes'
    const side =
      chairChoice === 'yes' || chairChoice === 'no'
        ? {
            vi: `theo ý kiến người chủ trì (${VOTE_LABELS[chairChoice].vi.toLowerCase()})`,
            en: `on the chair's side (${VOTE_LABELS[chairChoice].en.toLowerCase()})`,
          }
        : {
            vi: 'vì người chủ trì không biểu quyết',
            en: 'as the chair took no side',
          }
    return {
      ...tally,
      outcome: passed ? 'passed' : 'not-passed',
      basis: 'tie-chair-side',
      tie: true,
      note: {
        vi: `Số phiếu ngang nhau; ${passed ? 'thông qua' : 'không thông qua'} ${side.vi}: ${why.vi}.`,
        en: `Tie; ${passed ? 'passed' : 'not passed'} ${side.en}: ${why.en}.`,
      },
    }
  }
  const why = counted({
    vi: `chưa quá nửa ${words.base.vi}, cần ít nhất ${needed} phiếu tán thành`,
    en: `not more than half of ${words.base.en}, at least ${needed} needed`,
  })
  return {
    ...tally,
    outcome: 'not-passed',
    basis: 'no-majority',
    tie: false,
    note: { vi: `Không thông qua: ${why.vi}.`, en: `Not passed: ${why.en}.` },
  }
}

/**
 * R2.1 on a meeting's record: the votes cast by seat, the eligible voters (see `eligibleVoters`)
 * and the seats attending (present or represented by a substitute). A member of the base present
 * without a recorded vote did not vote; one not at the meeting (with the all-members base) is
 * absent.
 */
export const decisionOutcome = (input: {
  votes: readonly Vote[]
  eligible: readonly Id[]
  attending: readonly Id[]
  majorityBase: CharterNumbers['majorityBase']
  tieRule: CharterNumbers['tieRule']
  chairSeat: Id | null
}): DecisionResult => {
  const eligible = new Set(input.eligible.map(String))
  const attending = new Set(input.attending.map(String))
  // One vote per member of the base (the first, should a record hold two: `checkVotes` refuses it).
  const voted = new Set<string>()
  const counted = input.votes.filter((vote) => {
    const voter = vote.voter === null ? '' : String(vote.voter)
    if (!eligible.has(voter) || voted.has(voter)) return false
    voted.add(voter)
    return true
  })
  const count = (choice: VoteChoice) => counted.filter((v) => v.choice === choice).length
  const silent = [...eligible].filter((seat) => !voted.has(seat))
  const absent = silent.filter((seat) => !attending.has(seat)).length
  const chairInBase = input.chairSeat !== null && eligible.has(String(input.chairSeat))
  return decideByMajority({
    yes: count('yes'),
    no: count('no'),
    abstain: count('abstain') + silent.length - absent,
    absent,
    base: eligible.size,
    majorityBase: input.majorityBase,
    tieRule: input.tieRule,
    chairChoice: chairInBase
      ? (counted.find((v) => sameId(v.voter, input.chairSeat))?.choice ?? null)
      : null,
  })
}
