// R11.2: the invitee list of a Working Group meeting is the Head's decision; the record keeps who
// set it and when.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMeetingWorld, freshMonth, planMeeting, updateMeeting } from '../helpers/meetings'
import { initPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await initPayload()
})

describe('who set the invitee list (R11.2)', () => {
  it('records the secretariat user and the time when the meeting is planned (R11.2)', async () => {
    const world = await createMeetingWorld(payload)
    const before = Date.now()
    const meeting = await planMeeting(payload, world, freshMonth())
    expect(meeting.inviteesSetBy).toBe(world.secretariat.id)
    expect(Date.parse(meeting.inviteesSetAt!)).toBeGreaterThanOrEqual(before - 1000)
  })

  it('records it again when the invitees change, and not when only the place changes (R11.2)', async () => {
    const world = await createMeetingWorld(payload)
    const meeting = await planMeeting(payload, world, freshMonth())
    const moved = await updateMeeting(payload, world, meeting.id, { place: 'Hội trường UBND tỉnh' })
    expect(moved.inviteesSetAt).toBe(meeting.inviteesSetAt)
    const fewer = await updateMeeting(payload, world, meeting.id, {
      invitedMembers: [world.headSeat.id, world.members[0]!.seat.id],
    })
    expect(Date.parse(fewer.inviteesSetAt!)).toBeGreaterThan(Date.parse(meeting.inviteesSetAt!))
  })
})
