import type { PayloadRequest } from 'payload'

import { assertVerdict } from '../../src/lib/assertVerdict'
import type { CharterNumbers } from '../../hooks/rules/charterSettings'
import {
  checkVotes,
  decisionOutcome,
  eligibleVoters,
  sameId,
  type Id,
} from '../../hooks/rules/meetings'
import type { Seat } from '../../src/charter/seats'
import type { MeetingShape } from './shape'

/**
 * R2.1: the decisions as written, each vote checked (when `checkAll`) and the outcome computed,
 * never typed.
 */
export const decisionsWithOutcomes = (
  req: PayloadRequest,
  meeting: MeetingShape,
  written: unknown,
  seats: readonly Seat[],
  settings: CharterNumbers,
  checkAll: boolean,
): Record<string, unknown>[] => {
  const attending = meeting.attendance
    .filter((row) => row.presence !== 'absent')
    .map((row) => row.member)
    .filter((id): id is Id => id !== null)
  const seatIds = seats.map((seat) => seat.id)
  const eligible = eligibleVoters(seatIds, attending, settings.majorityBase)
  // Whatever the majority base, only members at the meeting (or represented there by an
  // authorised substitute) cast a vote; absent members count in the base only.
  const voters = eligibleVoters(seatIds, attending, 'present')
  const chairSeat = seats.find((seat) => sameId(seat.user, meeting.chair))?.id ?? null
  const rows = (Array.isArray(written) ? written : []) as Record<string, unknown>[]
  return rows.map((row, index) => {
    const decision = meeting.decisions[index]
    if (checkAll) assertVerdict(checkVotes(decision.votes, voters, index), req, 'meetings')
    const result = decisionOutcome({
      votes: decision.votes,
      eligible,
      attending,
      majorityBase: settings.majorityBase,
      tieRule: settings.tieRule,
      chairSeat,
    })
    return { ...row, outcome: result.outcome, outcomeNote: result.note.vi }
  })
}
