// R2.1 "quyết định theo đa số", exhaustively: every split of a group of 1 to 25 members into
// yes / no / abstain / absent, with both majority bases and both tie rules, wherever the chair
// sits, against an oracle written from the charter's words (not from the implementation).
import { describe, expect, it } from 'vitest'

import type { CharterNumbers } from '../../../../hooks/rules/charterSettings'
import {
  decisionOutcome,
  eligibleVoters,
  type Vote,
  type VoteChoice,
} from '../../../../hooks/rules/meetings'

type Base = CharterNumbers['majorityBase']
type TieRule = CharterNumbers['tieRule']
type Side = 'yes' | 'no' | 'abstain' | 'absent'
type Split = Record<Side, number>
/** Where the chair sits: among one of the four groups, or holding no seat of the group. */
type Chair = Side | 'no-seat'

type Expected = {
  outcome: 'passed' | 'not-passed'
  tie: boolean
  base: number
  lead: 'Thông qua' | 'Không thông qua' | 'Số phiếu ngang nhau'
}

/**
 * The charter's words: decisions are taken by majority ("quyết định theo đa số", Art. 2(1)). The
 * majority is counted on the base the settings name: every member in office, or the members at
 * the meeting. A decision is passed when those in favour are more than half of that base. Votes
 * are tied when as many members are against as in favour; only then, neither side holding a
 * majority, the tie rule decides: the side the chair took, or "not passed". Anything else is
 * not passed.
 */
const oracle = (split: Split, base: Base, tieRule: TieRule, chair: Chair): Expected => {
  const members = split.yes + split.no + split.abstain + split.absent
  const counted = base === 'all-members' ? members : members - split.absent
  const majority = (votes: number) => votes > counted / 2
  if (majority(split.yes))
    return { outcome: 'passed', tie: false, base: counted, lead: 'Thông qua' }
  const tied = split.yes === split.no && split.yes > 0 && !majority(split.no)
  if (tied) {
    const chairInBase = chair !== 'no-seat' && !(base === 'present' && chair === 'absent')
    const passed = tieRule === 'chair-side' && chairInBase && chair === 'yes'
    return {
      outcome: passed ? 'passed' : 'not-passed',
      tie: true,
      base: counted,
      lead: 'Số phiếu ngang nhau',
    }
  }
  return { outcome: 'not-passed', tie: false, base: counted, lead: 'Không thông qua' }
}

/** The meeting's record of a split: seats 1..n, in order yes, no, abstain, absent. */
const recordOf = (split: Split, base: Base, chair: Chair) => {
  const seats: number[] = []
  const votes: Vote[] = []
  const attending: number[] = []
  const chairSeats: Partial<Record<Side, number>> = {}
  let seat = 0
  for (const side of ['yes', 'no', 'abstain', 'absent'] as const) {
    for (let i = 0; i < split[side]; i += 1) {
      seat += 1
      seats.push(seat)
      chairSeats[side] ??= seat
      if (side === 'absent') continue
      attending.push(seat)
      votes.push({ voter: seat, choice: side satisfies VoteChoice })
    }
  }
  return {
    votes,
    eligible: eligibleVoters(seats, attending, base),
    attending,
    chairSeat: chair === 'no-seat' ? 9_999 : (chairSeats[chair] ?? null),
  }
}

const splitsOf = function* (members: number): Generator<Split> {
  for (let yes = 0; yes <= members; yes += 1)
    for (let no = 0; no <= members - yes; no += 1)
      for (let abstain = 0; abstain <= members - yes - no; abstain += 1)
        yield { yes, no, abstain, absent: members - yes - no - abstain }
}

const chairsOf = (split: Split): Chair[] => [
  ...(['yes', 'no', 'abstain', 'absent'] as const).filter((side) => split[side] > 0),
  'no-seat',
]

const SIZES = Array.from({ length: 25 }, (_, index) => index + 1)
const SETTINGS = (['all-members', 'present'] as const).flatMap((base) =>
  (['chair-side', 'not-passed'] as const).map((tieRule) => ({ base, tieRule })),
)

describe('decisions by majority, every split of 1–25 members (R2.1)', () => {
  for (const { base, tieRule } of SETTINGS) {
    for (const members of SIZES) {
      it(`agrees with the charter on every split of ${members} members and wherever the chair sits, majority of ${base}, tie ${tieRule} (R2.1)`, () => {
        const wrong: string[] = []
        let cases = 0
        for (const split of splitsOf(members)) {
          for (const chair of chairsOf(split)) {
            cases += 1
            const expected = oracle(split, base, tieRule, chair)
            const result = decisionOutcome({
              ...recordOf(split, base, chair),
              majorityBase: base,
              tieRule,
            })
            const absent = base === 'all-members' ? split.absent : 0
            const counts = [result.yes, result.no, result.abstain, result.absent, result.base]
            const note = result.note.vi
            const lead = expected.tie ? `${expected.lead};` : `${expected.lead}:`
            const readOut =
              expected.base === 0 ||
              (note.includes(`: ${split.yes}/${expected.base} `) &&
                note.includes(`${split.no} không tán thành, ${split.abstain} không biểu quyết`) &&
                (base === 'present' || note.endsWith(`, ${absent} vắng.`)) &&
                note.includes(base === 'present' ? 'số thành viên dự họp' : 'tổng số thành viên'))
            const ok =
              result.outcome === expected.outcome &&
              result.tie === expected.tie &&
              counts.join() ===
                [split.yes, split.no, split.abstain, absent, expected.base].join() &&
              note.startsWith(lead) &&
              readOut
            if (!ok && wrong.length < 10)
              wrong.push(
                `${JSON.stringify({ split, chair, expected })} → ${JSON.stringify(result)}`,
              )
          }
        }
        expect(cases).toBeGreaterThanOrEqual(((members + 1) * (members + 2) * (members + 3)) / 6)
        expect(wrong).toEqual([])
      })
    }
  }
})
