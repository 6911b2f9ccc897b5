// R12.4: the open items of the obstacles register put on a Working Group meeting's agenda, through
// the action and its endpoint, as the secretariat (overrideAccess: false).
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { pullRegisterIntoAgenda } from '../../collections/Meetings/registerPull'
import { sendNotice } from '../../collections/Meetings/sendNotice'
import { vnDayStart } from '../../src/lib/clock'
import { day } from '../helpers/fixtures'
import {
  createMeetingWorld,
  freshMonth,
  planMeeting,
  requestOf,
  storedMeeting,
  vnAt,
  type MeetingWorld,
} from '../helpers/meetings'
import { initPayload } from '../helpers/payload'
import { expectForbidden, expectInvalid } from '../helpers/refusals'

let payload: Payload
let world: MeetingWorld
const items: Record<string, number> = {}

const raise = async (
  title: string,
  receivedOn: string,
  dueOn: string,
  data: Record<string, unknown> = {},
) =>
  (
    await payload.create({
      collection: 'feedback',
      data: {
        kind: 'obstacle',
        title,
        content: `${title}: đề nghị Tổ công tác chỉ đạo tháo gỡ.`,
        agency: world.members[0].agency.id,
        resolver: world.members[1].agency.id,
        dueOn: day(dueOn),
        ...data,
      } as never,
      overrideAccess: true,
      depth: 0,
      context: { actingAt: vnDayStart(receivedOn) },
    })
  ).id

beforeAll(async () => {
  payload = await initPayload()
  world = await createMeetingWorld(payload)
  const raisedAt = await planMeeting(payload, world, freshMonth())
  items.later = await raise('Chưa cấp chữ ký số cho cán bộ một cửa', '2099-01-02', '2099-01-20')
  items.overdue = await raise('Chưa kết nối phần mềm hộ tịch', '2024-01-02', '2024-01-16', {
    sourceMeeting: raisedAt.id,
  })
  items.answered = await raise('Thiếu máy quét tại xã', '2024-01-02', '2024-01-16')
  await payload.update({
    collection: 'feedback',
    id: items.answered,
    data: { status: 'answered', response: 'Đã bố trí kinh phí.' },
    overrideAccess: true,
  })
})

const pull = async (id: number) =>
  pullRegisterIntoAgenda(await requestOf(payload, world.secretariat), id)

type Agenda = { title: string; feedback?: unknown }[]

describe('open register items on the agenda (R12.4)', () => {
  it('R12.4 adds one row per open item, overdue first, linked to it, and is idempotent', async () => {
    const meeting = await planMeeting(payload, world, freshMonth())
    expect(await pull(meeting.id)).toEqual({ added: 2, rows: 3 })
    const agenda = (await storedMeeting(payload, meeting.id)).agenda as Agenda
    expect(agenda.slice(1).map((row) => row.feedback)).toEqual([items.overdue, items.later])
    expect(agenda[1].title).toMatch(
      /^Kiến nghị tồn đọng: Chưa kết nối phần mềm hộ tịch \(cơ quan giải quyết: .+; hạn 16\/01\/2024, quá hạn; nêu tại Họp thường kỳ .+\)$/,
    )
    expect(agenda[2].title).toMatch(/hạn 20\/01\/2099\)$/)
    expect(await pull(meeting.id)).toEqual({ added: 0, rows: 3 })
    expect(((await storedMeeting(payload, meeting.id)).agenda as Agenda).length).toBe(3)
  })

  it('R12.4 refuses once the notice is sent, leaving the agenda as it was', async () => {
    const month = freshMonth()
    const meeting = await planMeeting(payload, world, month)
    await sendNotice(await requestOf(payload, world.secretariat), meeting.id, {
      now: new Date(vnAt(`${month}-01 09:00`)),
      deliver: false,
    })
    await expectInvalid(
      pull(meeting.id),
      /^agenda: Giấy mời đã gửi nên chương trình họp không thay đổi được; đưa kiến nghị vào cuộc họp sau\.$/m,
    )
    expect(((await storedMeeting(payload, meeting.id)).agenda as Agenda).length).toBe(1)
  })

  it('R12.4 refuses bad input: a viewer, a meeting that does not exist, no login (endpoint)', async () => {
    const meeting = await planMeeting(payload, world, freshMonth())
    await expectForbidden(
      pullRegisterIntoAgenda(await requestOf(payload, world.members[0].user), meeting.id),
    )
    const endpoint = payload.collections.meetings.config.endpoints
    const handler = (endpoint || []).find((e) => e.path === '/:id/pull-register')!.handler
    const call = async (user: typeof world.secretariat | null, id: string) => {
      const req = await requestOf(payload, user ?? world.secretariat)
      if (!user) req.user = null
      req.routeParams = { id }
      return handler(req)
    }
    const missing = await call(world.secretariat, '999999')
    expect(missing.status).toBe(404)
    expect((await missing.json()).errors[0].message).toMatch(/^Không tìm thấy/)
    expect((await call(null, String(meeting.id))).status).toBe(401)
    expect(((await storedMeeting(payload, meeting.id)).agenda as Agenda).length).toBe(1)
  })
})
