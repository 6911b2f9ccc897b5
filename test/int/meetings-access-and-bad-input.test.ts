// Meetings: who may see and change them, and bad input refused with nothing stored.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sendNotice } from '../../collections/Meetings/sendNotice'
import { createGroupWithHead, createUser } from '../helpers/fixtures'
import {
  createMeetingWorld,
  freshMonth,
  meetingData,
  planMeeting,
  requestOf,
  storedMeeting,
  vnAt,
  type MeetingWorld,
} from '../helpers/meetings'
import { initPayload } from '../helpers/payload'
import { expectForbidden, expectInvalid } from '../helpers/refusals'

const FORGED_ID = 999999

let payload: Payload
let world: MeetingWorld

beforeAll(async () => {
  payload = await initPayload()
  world = await createMeetingWorld(payload)
})

const countMeetings = async () => (await payload.count({ collection: 'meetings' })).totalDocs

describe('who may see and change meetings', () => {
  it('refuses a reporter editing a meeting, changing nothing', async () => {
    const meeting = await planMeeting(payload, world, freshMonth())
    const reporter = await createUser(payload, {
      roles: ['reporter'],
      agency: world.members[0].agency.id,
    })
    await expectForbidden(
      payload.update({
        collection: 'meetings',
        id: meeting.id,
        data: { place: 'Nơi khác' },
        overrideAccess: false,
        user: reporter,
      }),
    )
    expect((await storedMeeting(payload, meeting.id)).place).toBe(meeting.place)
  })

  it('refuses a reporter sending the notice', async () => {
    const meeting = await planMeeting(payload, world, freshMonth())
    const reporter = await createUser(payload, {
      roles: ['reporter'],
      agency: world.members[0].agency.id,
    })
    await expectForbidden(sendNotice(await requestOf(payload, reporter), meeting.id))
  })

  it('shows a reporter the meetings his/her agency is invited to, and only those', async () => {
    const invited = await planMeeting(payload, world, freshMonth(), {
      invitedMembers: [world.headSeat.id, world.members[0].seat.id],
    })
    const notInvited = await planMeeting(payload, world, freshMonth(), {
      invitedMembers: [world.headSeat.id, world.members[1].seat.id],
    })
    const reporter = await createUser(payload, {
      roles: ['reporter'],
      agency: world.members[0].agency.id,
    })
    const seen = await payload.find({
      collection: 'meetings',
      where: { id: { in: [invited.id, notInvited.id] } },
      overrideAccess: false,
      user: reporter,
      depth: 0,
    })
    expect(seen.docs.map((doc) => doc.id)).toEqual([invited.id])
  })
})

describe('bad input is refused and nothing is stored', () => {
  const expectCreateRefused = async (data: Record<string, unknown>, error: RegExp) => {
    const before = await countMeetings()
    await expectInvalid(
      payload.create({
        collection: 'meetings',
        data: meetingData(world, freshMonth(), data) as never,
        overrideAccess: false,
        user: world.secretariat,
      }),
      error,
    )
    expect(await countMeetings()).toBe(before)
  }

  it('refuses a meeting that ends before it starts', async () => {
    await expectCreateRefused(
      { start: vnAt('2024-03-05 10:00'), end: vnAt('2024-03-05 08:00') },
      /^end: Thời gian kết thúc phải sau thời gian bắt đầu/m,
    )
  })

  it('refuses an invitee that does not exist', async () => {
    await expectCreateRefused({ invitedMembers: [FORGED_ID] }, /^invitedMembers: \S/m)
  })

  it('refuses an invitee who is a member of another group', async () => {
    const other = await createGroupWithHead(payload)
    await expectCreateRefused({ invitedMembers: [other.headSeat.id] }, /^invitedMembers: \S/m)
  })

  it('refuses an agenda document that does not exist (forged attachment id)', async () => {
    await expectCreateRefused(
      { agenda: [{ title: 'Báo cáo', documents: [FORGED_ID] }] },
      /^agenda\.0\.documents: \S/m,
    )
  })

  it('refuses a guest with an invalid email address', async () => {
    await expectCreateRefused(
      { guests: [{ name: 'Khách', email: 'khach@@example.vn' }] },
      /^guests\.0\.email: \S/m,
    )
  })

  it('refuses a month served that is not a month (R11.1a)', async () => {
    await expectCreateRefused(
      { servesMonth: 'tháng 3' },
      /^servesMonth: Tháng của cuộc họp ghi theo dạng tháng\/năm, ví dụ 03\/2025\./m,
    )
  })

  it('refuses a Support Group meeting in the Working Group (R11.5)', async () => {
    await expectCreateRefused({ kind: 'sg' }, /^kind: Tổ công tác không tổ chức/m)
  })

  it('refuses an unknown kind of meeting', async () => {
    await expectCreateRefused({ kind: 'party' }, /^kind: Lựa chọn không hợp lệ\./m)
  })

  it('refuses a start that is not a date', async () => {
    await expectCreateRefused({ start: 'thứ Hai tuần sau' }, /^start: \S/m)
  })

  it('refuses a group id that is not an id', async () => {
    await expectCreateRefused({ group: 'to-cong-tac' }, /^group: \S/m)
  })

  it('refuses an invitee id that is not an id', async () => {
    await expectCreateRefused({ invitedMembers: ['x'] }, /^invitedMembers: \S/m)
  })

  it('refuses a meeting of a group that does not exist', async () => {
    await expectCreateRefused({ group: FORGED_ID }, /^group: \S/m)
  })

  it('refuses an online link that is not a web address', async () => {
    await expectCreateRefused(
      { onlineLink: 'javascript:alert(1)' },
      /^onlineLink: Đường dẫn phải bắt đầu/m,
    )
  })

  it('refuses a new meeting created in another status than draft', async () => {
    await expectCreateRefused(
      { status: 'held' },
      /^status: Cuộc họp mới lập ở trạng thái "Dự thảo"/m,
    )
  })

  it('refuses typed compliance flags, computing them instead (R11.3a)', async () => {
    const month = freshMonth()
    const meeting = await planMeeting(payload, world, month, {
      noticeLate: true,
      lateInMonth: true,
    })
    expect([meeting.noticeLate, meeting.lateInMonth]).toEqual([false, false])
  })
})
