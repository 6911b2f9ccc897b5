// Planning meetings through the Local API as the secretariat (overrideAccess: false): what a
// meeting computes on creation, one regular meeting a month, who calls and chairs, outside agencies.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { expectRejected } from '../helpers/errors'
import { createAgency, createMedia, day } from '../helpers/fixtures'
import {
  createMeetingWorld,
  freshMonth,
  planMeeting,
  updateMeeting,
  vnAt,
  type MeetingWorld,
} from '../helpers/meetings'
import { initPayload } from '../helpers/payload'

let payload: Payload
let world: MeetingWorld

beforeAll(async () => {
  payload = await initPayload()
  world = await createMeetingWorld(payload)
})

const countMeetings = async () => (await payload.count({ collection: 'meetings' })).totalDocs

describe('planning a meeting', () => {
  it('invites every member in office on the meeting day when no invitee is named (R11.2)', async () => {
    const meeting = await planMeeting(payload, world, freshMonth())
    expect(meeting.invitedMembers).toHaveLength(5)
  })

  it('computes the title, the month served and the notice deadline on creation (R11.3a)', async () => {
    const meeting = await planMeeting(payload, world, '2025-02', {
      kind: 'six-month-review',
      start: vnAt('2025-02-03 08:00'),
      end: vnAt('2025-02-03 11:00'),
    })
    expect([meeting.title, meeting.servesMonth, meeting.noticeDeadline]).toEqual([
      'Họp sơ kết 6 tháng năm 2025 (03/02/2025)',
      '2025-02',
      day('2025-01-23'),
    ])
  })
})

describe('one regular meeting a month, before the 10th (R11.1a)', () => {
  it('refuses a second regular meeting for the same month, storing nothing (R11.1a)', async () => {
    const month = freshMonth()
    await planMeeting(payload, world, month)
    const before = await countMeetings()
    await expectRejected(
      planMeeting(payload, world, month, {
        start: vnAt(`${month}-07 08:00`),
        end: vnAt(`${month}-07 10:00`),
      }),
      /Vi phạm Điều 11 khoản 1/,
    )
    expect(await countMeetings()).toBe(before)
  })

  it('flags a regular meeting held on the 12th (R11.1a)', async () => {
    const month = freshMonth()
    const meeting = await planMeeting(payload, world, month, {
      start: vnAt(`${month}-12 08:00`),
      end: vnAt(`${month}-12 10:00`),
    })
    expect(meeting.lateInMonth).toBe(true)
  })

  it('does not flag a regular meeting held on the 9th (R11.1a)', async () => {
    const month = freshMonth()
    const meeting = await planMeeting(payload, world, month, {
      start: vnAt(`${month}-09 08:00`),
      end: vnAt(`${month}-09 10:00`),
    })
    expect(meeting.lateInMonth).toBe(false)
  })

  it('lets a cancelled regular meeting give way to a new one in the same month (R11.1a)', async () => {
    const month = freshMonth()
    const first = await planMeeting(payload, world, month)
    await updateMeeting(payload, world, first.id, { status: 'cancelled' })
    const second = await planMeeting(payload, world, month, {
      start: vnAt(`${month}-08 08:00`),
      end: vnAt(`${month}-08 10:00`),
    })
    expect(second.status).toBe('draft')
  })
})

describe('who calls and who chairs (R11.1c, R3.4)', () => {
  const extraordinary = (month: string, convenedBy: number) =>
    planMeeting(payload, world, month, {
      kind: 'extraordinary',
      convenedBy,
      calledOn: day(`${month}-02`),
      start: vnAt(`${month}-20 14:00`),
      end: vnAt(`${month}-20 16:00`),
    })

  it('accepts an extraordinary meeting the Head called (R11.1c)', async () => {
    const meeting = await extraordinary(freshMonth(), world.head.id)
    expect(meeting.kind).toBe('extraordinary')
  })

  it('refuses an extraordinary meeting called by a member who is not the Head, storing nothing (R11.1c)', async () => {
    const before = await countMeetings()
    await expectRejected(
      extraordinary(freshMonth(), world.members[0].user.id),
      /^convenedBy: Vi phạm Điều 11 khoản 1/m,
    )
    expect(await countMeetings()).toBe(before)
  })

  it('refuses a chair who is neither the Head nor authorised to chair that day (R3.4)', async () => {
    await expectRejected(
      planMeeting(payload, world, freshMonth(), { chair: world.deputy.id }),
      /^chair: Vi phạm Điều 3 khoản 4/m,
    )
  })

  it('accepts a member the Head authorised in writing to chair that month (R3.4)', async () => {
    const month = freshMonth()
    await payload.create({
      collection: 'delegations',
      data: {
        group: world.group.id,
        grantor: world.head.id,
        grantee: world.deputy.id,
        scopes: ['chair'],
        validFrom: day(`${month}-01`),
        validTo: day(`${month}-28`),
        basisNumber: `${month}/GUQ`,
        basis: (await createMedia(payload)).id,
      },
      overrideAccess: true,
    })
    const meeting = await planMeeting(payload, world, month, { chair: world.deputy.id })
    expect(meeting.chair).toBe(world.deputy.id)
  })
})

describe('agencies outside the group', () => {
  it('records the agency of an outside guest among the invited agencies (R11.2)', async () => {
    const bank = await createAgency(payload, { kind: 'state_enterprise' })
    const meeting = await planMeeting(payload, world, freshMonth(), {
      guests: [{ name: 'Đại diện Ngân hàng', agency: bank.id }],
    })
    expect(meeting.invitedAgencies).toContain(bank.id)
  })
})
