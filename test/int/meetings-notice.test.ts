// Sending a meeting's notice through the Local API and its endpoint as the secretariat (R11.3a).
import type { Endpoint, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sendNotice } from '../../collections/Meetings/sendNotice'
import { expectRejected } from '../helpers/errors'
import { day } from '../helpers/fixtures'
import {
  createMeetingWorld,
  freshMonth,
  planMeeting,
  requestOf,
  storedMeeting,
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
