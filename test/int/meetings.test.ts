// Meetings through the Local API as the secretariat (overrideAccess: false): planning, notice,
// cadence, who calls and chairs, access, and bad input.
import type { Endpoint, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sendNotice } from '../../collections/Meetings/sendNotice'
import { expectRejected } from '../helpers/errors'
import {
  createAgency,
  createGroupWithHead,
  createMedia,
  createUser,
  day,
} from '../helpers/fixtures'
import {
  createMeetingWorld,
  freshMonth,
  meetingData,
  planMeeting,
  requestOf,
  storedMeeting,
  updateMeeting,
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

const notificationsOf = (meetingId: number, kind = 'meeting-notice') =>
  payload.find({
    collection: 'notifications',
    where: { and: [{ relatedId: { equals: String(meetingId) } }, { kind: { equals: kind } }] },
    depth: 0,
    pagination: false,
  })

const notice = async (meetingId: number, now?: string) =>
  sendNotice(await requestOf(payload, world.secretariat), meetingId, {
    now: now ? new Date(vnAt(now)) : undefined,
  })

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

describe('sending the notice (R11.3a)', () => {
  it('queues the notice with its calendar invitation to every invitee and guest (R11.3a)', async () => {
    const month = freshMonth()
    const meeting = await planMeeting(payload, world, month, {
      guests: [
        {
          name: 'Lê Văn Khách',
          title: 'Giám đốc Viettel Quảng Nam',
          email: 'khach@viettel.example.vn',
        },
      ],
    })
    const result = await notice(meeting.id, `${month}-01 09:00`)
    const messages = await notificationsOf(meeting.id)
    expect({
      result: [result.status, result.recipients, result.queued],
      messages: messages.docs.length,
      ics: messages.docs.every((doc) => String(doc.ics).includes('BEGIN:VEVENT')),
      attachments: messages.docs[0].attachments?.length,
    }).toEqual({ result: ['notice-sent', 6, 6], messages: 6, ics: true, attachments: 1 })
  })

  it('records each delivery of the notice with its outbox message (R11.3a)', async () => {
    const month = freshMonth()
    const meeting = await planMeeting(payload, world, month)
    await notice(meeting.id, `${month}-01 09:00`)
    const stored = await storedMeeting(payload, meeting.id)
    const messageIds = (await notificationsOf(meeting.id)).docs.map((doc) => String(doc.id)).sort()
    expect(stored.noticeDeliveries?.map((row) => row.notificationId).sort()).toEqual(messageIds)
  })

  it('refuses the notice of a meeting without any document, queueing nothing (R11.3a)', async () => {
    const month = freshMonth()
    const meeting = await planMeeting(payload, world, month, {
      agenda: [{ title: 'Tình hình cấp căn cước', documents: [] }],
    })
    await expectRejected(notice(meeting.id), /^agenda: Vi phạm Điều 11 khoản 3/m)
    const stored = await storedMeeting(payload, meeting.id)
    expect([stored.status, (await notificationsOf(meeting.id)).totalDocs]).toEqual(['draft', 0])
  })

  it('refuses the notice of a meeting without a place or link (R11.3a)', async () => {
    const meeting = await planMeeting(payload, world, freshMonth(), { place: null })
    await expectRejected(notice(meeting.id), /^place: Vi phạm Điều 11 khoản 3/m)
  })

  it('flags a notice sent the day after the deadline, across Tết, with the deadline shown (R11.3a)', async () => {
    const meeting = await planMeeting(payload, world, '2025-02', {
      kind: 'year-end-review',
      servesMonth: '2025-02',
      start: vnAt('2025-02-03 08:00'),
      end: vnAt('2025-02-03 11:00'),
    })
    const result = await notice(meeting.id, '2025-01-24 09:00')
    const stored = await storedMeeting(payload, meeting.id)
    expect([
      result.noticeLate,
      result.noticeDeadline,
      stored.noticeLate,
      stored.noticeDeadline,
    ]).toEqual([true, '2025-01-23', true, day('2025-01-23')])
  })

  it('takes a notice sent on the deadline day, before Tết, as on time (R11.3a)', async () => {
    const meeting = await planMeeting(payload, world, '2025-02', {
      kind: 'extraordinary',
      convenedBy: world.head.id,
      calledOn: day('2025-01-20'),
      start: vnAt('2025-02-03 14:00'),
      end: vnAt('2025-02-03 16:00'),
    })
    const result = await notice(meeting.id, '2025-01-23 17:30')
    expect(result.noticeLate).toBe(false)
  })

  it('refuses sending the same notice twice, queueing nothing more (R11.3a)', async () => {
    const month = freshMonth()
    const meeting = await planMeeting(payload, world, month)
    await notice(meeting.id, `${month}-01 09:00`)
    await expectRejected(notice(meeting.id), /^status: Giấy mời của cuộc họp này đã được gửi\./m)
    expect((await notificationsOf(meeting.id)).totalDocs).toBe(5)
  })

  it('refuses setting "notice sent" by hand instead of through the action (R11.3a)', async () => {
    const meeting = await planMeeting(payload, world, freshMonth())
    await expectRejected(
      updateMeeting(payload, world, meeting.id, { status: 'notice-sent' }),
      /^status: Dùng nút "Gửi giấy mời"/m,
    )
  })

  it('refuses marking a meeting held before its notice went out (R11.3a)', async () => {
    const meeting = await planMeeting(payload, world, freshMonth())
    await expectRejected(
      updateMeeting(payload, world, meeting.id, { status: 'held' }),
      /^status: Vi phạm Điều 11 khoản 3/m,
    )
  })

  it('keeps time and place as noticed once the notice is out (R11.3a)', async () => {
    const month = freshMonth()
    const meeting = await planMeeting(payload, world, month)
    await notice(meeting.id, `${month}-01 09:00`)
    await expectRejected(
      updateMeeting(payload, world, meeting.id, { place: 'Hội trường UBND tỉnh' }),
      /^place: Giấy mời đã gửi/m,
    )
  })

  it('answers the "Send notice" endpoint with the refusal and its clause (R11.3a)', async () => {
    const meeting = await planMeeting(payload, world, freshMonth(), {
      agenda: [{ title: 'Không có tài liệu', documents: [] }],
    })
    const endpoint = (payload.collections.meetings.config.endpoints as Endpoint[]).find(
      (candidate) => candidate.path === '/:id/send-notice',
    )!
    const req = await requestOf(payload, world.secretariat)
    req.routeParams = { id: String(meeting.id) }
    const response = await endpoint.handler(req)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect([response.status, body.errors[0].message]).toEqual([
      400,
      expect.stringMatching(/^Vi phạm Điều 11 khoản 3: chưa thể gửi giấy mời/),
    ])
  })

  it('answers the "Send notice" endpoint with the result when it succeeds (R11.3a)', async () => {
    const month = freshMonth()
    const meeting = await planMeeting(payload, world, month)
    const endpoint = (payload.collections.meetings.config.endpoints as Endpoint[]).find(
      (candidate) => candidate.path === '/:id/send-notice',
    )!
    const req = await requestOf(payload, world.secretariat)
    req.routeParams = { id: String(meeting.id) }
    const response = await endpoint.handler(req)
    const body = (await response.json()) as { result: { status: string; queued: number } }
    expect([response.status, body.result.status, body.result.queued]).toEqual([
      200,
      'notice-sent',
      5,
    ])
  })
})

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

  it('refuses a month served written otherwise than YYYY-MM', async () => {
    await expectCreateRefused(
      { servesMonth: '03/2024' },
      /^servesMonth: Tháng của cuộc họp có dạng/m,
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

describe('agencies outside the group', () => {
  it('records the agency of an outside guest among the invited agencies (R11.2)', async () => {
    const bank = await createAgency(payload, { kind: 'state_enterprise' })
    const meeting = await planMeeting(payload, world, freshMonth(), {
      guests: [{ name: 'Đại diện Ngân hàng', agency: bank.id }],
    })
    expect(meeting.invitedAgencies).toContain(bank.id)
  })
})
