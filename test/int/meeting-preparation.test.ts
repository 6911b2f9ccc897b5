// R7.3: the Support Group prepares each Working Group meeting (agenda, documents, notice, minutes)
// and follows up the conclusions; R12.1: the notice names members by their post. Local API as
// the secretariat (overrideAccess: false).
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { issueConclusions } from '../../collections/Meetings/issueConclusions'
import { panelSummary } from '../../collections/Meetings/panel'
import { sendNotice } from '../../collections/Meetings/sendNotice'
import { dayKeyOf } from '../../src/fields/dates'
import { daysBetweenKeys, vnToday } from '../../src/lib/clock'
import {
  createAgency,
  createGroup,
  createMedia,
  createMember,
  createUser,
  day,
} from '../helpers/fixtures'
import {
  freshMonth,
  initMeetingWorld,
  planMeeting,
  requestOf,
  storedMeeting,
  updateMeeting,
  vnAt,
  type MeetingWorld,
} from '../helpers/meetings'
import { expectForbidden, expectInvalid } from '../helpers/refusals'

let payload: Payload
let world: MeetingWorld
let sgHead: number
let sgMember: number
let sgFormer: number
let scan: number

beforeAll(async () => {
  ;({ payload, world } = await initMeetingWorld())
  const sg = await createGroup(payload, {
    kind: 'sg',
    parent: world.group.id,
    name: 'Tổ giúp việc',
  })
  const seat = async (position: string, from: string, to?: string) => {
    const agency = await createAgency(payload)
    const user = await createUser(payload, { agency: agency.id })
    return (
      await createMember(payload, {
        user: user.id,
        group: sg.id,
        position,
        agency: agency.id,
        from,
        to,
      })
    ).id
  }
  sgHead = await seat('sg-head', '2022-01-01')
  sgMember = await seat('sg-deputy', '2022-01-01')
  sgFormer = await seat('sg-deputy', '2022-01-01', '2023-12-31')
  scan = (await createMedia(payload, { title: 'Biên bản có chữ ký' })).id
  // R12.1: the first member's post at his home agency.
  await payload.update({
    collection: 'members',
    id: world.members[0].seat.id,
    data: { postTitle: 'Giám đốc', postFrom: day('2020-01-01') },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'agencies',
    id: world.members[0].agency.id,
    data: { name: 'Sở Y tế' },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'users',
    id: world.members[0].user.id,
    data: { fullName: 'Nguyễn Văn An' },
    overrideAccess: true,
  })
})

type Row = {
  step: string
  owner?: unknown
  dueOn?: string | null
  doneOn?: string | null
  state?: string | null
}
const rowsOf = (meeting: { preparation?: unknown }) => (meeting.preparation ?? []) as Row[]
const rowOf = (meeting: { preparation?: unknown }, step: string) =>
  rowsOf(meeting).find((row) => row.step === step)!
const dueDays = (meeting: { preparation?: unknown }) =>
  rowsOf(meeting).map((row) => [row.step, dayKeyOf(row.dueOn), dayKeyOf(row.doneOn)])
const withRows = (meeting: { preparation?: unknown }, change: (row: Row) => Row) =>
  rowsOf(meeting).map((row) => change({ ...row, state: undefined }))

/** A regular meeting on 08/09/2025, a Monday after the National Day holidays (1–2/9). */
const september = () =>
  planMeeting(payload, world, '2025-09', {
    start: vnAt('2025-09-08 08:00'),
    end: vnAt('2025-09-08 10:00'),
  })

describe('the preparation list (R7.3)', () => {
  it('R7.3 fills the steps on creation, counted back over the weekend and the holidays, owned by the SG Head', async () => {
    const meeting = await september()
    expect(dueDays(meeting)).toEqual([
      ['agenda', '2025-08-28', null],
      ['materials', '2025-09-03', null],
      ['notice', '2025-09-04', null],
      ['minutes', '2025-09-10', null],
    ])
    expect(rowsOf(meeting).map((row) => row.owner)).toEqual([sgHead, sgHead, sgHead, sgHead])
    const late = daysBetweenKeys('2025-08-28', vnToday())
    expect(rowOf(await storedMeeting(payload, meeting.id), 'agenda').state).toBe(
      `Quá hạn ${late} ngày`,
    )
    // Moving it recomputes the open rows and keeps the one done.
    const done = await updateMeeting(payload, world, meeting.id, {
      preparation: withRows(meeting, (row) =>
        row.step === 'agenda' ? { ...row, owner: sgMember, doneOn: day('2025-08-27') } : row,
      ),
    })
    expect(rowOf(done, 'agenda')).toMatchObject({ owner: sgMember, state: 'Đúng hạn' })
    const moved = await updateMeeting(payload, world, meeting.id, {
      start: vnAt('2025-09-15 08:00'),
      end: vnAt('2025-09-15 10:00'),
    })
    expect(dueDays(moved)).toEqual([
      ['agenda', '2025-08-28', '2025-08-27'],
      ['materials', '2025-09-10', null],
      ['notice', '2025-09-11', null],
      ['minutes', '2025-09-17', null],
    ])
    // The panel shows the same steps.
    const panel = await panelSummary(await requestOf(payload, world.secretariat), meeting.id)
    expect(panel?.preparation.map((row) => [row.step.vi, row.due, row.state?.vi])[0]).toEqual([
      'Dự thảo chương trình họp',
      '28/08/2025',
      'Đúng hạn',
    ])
  })

  it('R7.3 refuses an owner who is not a Support Group member in office, changing nothing', async () => {
    const meeting = await planMeeting(payload, world, '2024-06')
    for (const owner of [world.headSeat.id, sgFormer]) {
      await expectInvalid(
        updateMeeting(payload, world, meeting.id, {
          preparation: withRows(meeting, (row) =>
            row.step === 'minutes' ? { ...row, owner } : row,
          ),
        }),
        /^preparation\.3\.owner: Vi phạm Điều 7 khoản 3: người phụ trách "Biên bản cuộc họp" phải là thành viên Tổ giúp việc đương nhiệm\.$/m,
      )
    }
    expect(rowsOf(await storedMeeting(payload, meeting.id)).map((row) => row.owner)).toEqual([
      sgHead,
      sgHead,
      sgHead,
      sgHead,
    ])
  })

  it('R7.3 refuses bad input: a done day in the future, an owner that is not an id, a viewer', async () => {
    const meeting = await planMeeting(payload, world, freshMonth())
    await expectInvalid(
      updateMeeting(payload, world, meeting.id, {
        preparation: withRows(meeting, (row) => ({ ...row, doneOn: day('2099-01-01') })),
      }),
      /^preparation\.0\.doneOn: Vi phạm Điều 7 khoản 3: ngày hoàn thành không được sau ngày hôm nay\.$/m,
    )
    await expectInvalid(
      updateMeeting(payload, world, meeting.id, {
        preparation: withRows(meeting, (row) => ({ ...row, owner: 'không phải mã' })),
      }),
      /preparation\.0\.owner/,
    )
    await expectForbidden(
      payload.update({
        collection: 'meetings',
        id: meeting.id,
        data: { preparation: [] } as never,
        overrideAccess: false,
        user: world.members[0].user,
      }),
    )
  })

  it('R7.3 marks the notice done when it is sent, the minutes when recorded, and needs them before the conclusions', async () => {
    const month = freshMonth()
    const meeting = await planMeeting(payload, world, month, {
      conclusions: {
        summary: 'Các sở, ngành hoàn thành làm sạch dữ liệu.',
        items: [
          {
            content: 'Làm sạch dữ liệu hộ tịch',
            leadAgency: world.members[0].agency.id,
            dueDate: day('2099-01-31'),
          },
        ],
      },
    })
    const req = await requestOf(payload, world.secretariat)
    await sendNotice(req, meeting.id, { now: new Date(vnAt(`${month}-01 09:00`)), deliver: false })
    const sent = await updateMeeting(payload, world, meeting.id, { status: 'held' })
    expect(dayKeyOf(rowOf(sent, 'notice').doneOn)).toBe(`${month}-01`)
    expect(rowOf(sent, 'minutes').doneOn ?? null).toBeNull()
    await expectInvalid(
      issueConclusions(await requestOf(payload, world.secretariat), meeting.id, {
        now: new Date(vnAt(`${month}-06 09:00`)),
      }),
      /^minutes: Vi phạm Điều 7 khoản 3: chưa có biên bản cuộc họp/m,
    )
    expect(
      (await payload.count({ collection: 'tasks', where: { meeting: { equals: meeting.id } } }))
        .totalDocs,
    ).toBe(0)
    const recorded = await updateMeeting(payload, world, meeting.id, { minutesScan: scan })
    expect(dayKeyOf(rowOf(recorded, 'minutes').doneOn)).toBe(vnToday())
    const result = await issueConclusions(await requestOf(payload, world.secretariat), meeting.id, {
      now: new Date(vnAt(`${month}-06 09:00`)),
      deliver: false,
    })
    expect(result.tasksCreated).toBe(1)
    // Done: it is not followed up at a later meeting of this file.
    await payload.update({
      collection: 'tasks',
      where: { meeting: { equals: meeting.id } },
      data: { completedOn: day(`${month}-20`) },
      overrideAccess: true,
    })
  })

  it('R7.3 does not fill a preparation list for a Support Group meeting', async () => {
    const sg = await payload.find({
      collection: 'working-groups',
      where: { parent: { equals: world.group.id } },
      depth: 0,
    })
    expect(sg.docs).toHaveLength(1)
    const meeting = await payload.create({
      collection: 'meetings',
      data: {
        group: sg.docs[0].id,
        kind: 'sg',
        start: vnAt('2025-10-06 08:00'),
        end: vnAt('2025-10-06 10:00'),
        place: 'Phòng họp số 2',
        chair: world.head.id,
      } as never,
      overrideAccess: true,
      depth: 0,
    })
    expect(rowsOf(meeting)).toEqual([])
  })
})

describe('the follow-up at the next meeting (R7.3) and the posts in the notice (R12.1)', () => {
  it('R7.3 shows each earlier conclusion as done, in time or overdue N days, in the edit view and the panel', async () => {
    const month = '2024-03'
    const meeting = await planMeeting(payload, world, month, {
      minutesScan: scan,
      conclusions: {
        summary: 'Kết luận',
        items: [
          {
            content: 'Việc quá hạn',
            leadAgency: world.members[0].agency.id,
            dueDate: day('2024-04-30'),
          },
          {
            content: 'Việc trong hạn',
            leadAgency: world.members[1].agency.id,
            dueDate: day('2099-04-30'),
          },
          {
            content: 'Việc sẽ xong',
            leadAgency: world.members[2].agency.id,
            dueDate: day('2099-04-30'),
          },
        ],
      },
    })
    await sendNotice(await requestOf(payload, world.secretariat), meeting.id, {
      now: new Date(vnAt(`${month}-01 09:00`)),
      deliver: false,
    })
    await updateMeeting(payload, world, meeting.id, { status: 'held' })
    await issueConclusions(await requestOf(payload, world.secretariat), meeting.id, {
      now: new Date(vnAt(`${month}-06 09:00`)),
      deliver: false,
    })
    const next = await planMeeting(payload, world, '2024-04')
    expect(next.followUpTasks).toHaveLength(3)
    const finishing = await payload.find({
      collection: 'tasks',
      where: { title: { equals: 'Việc sẽ xong' } },
      depth: 0,
    })
    await payload.update({
      collection: 'tasks',
      id: finishing.docs[0].id,
      data: { completedOn: day('2024-04-02') },
      overrideAccess: true,
    })
    const overdue = daysBetweenKeys('2024-04-30', vnToday())
    const shown = await payload.findByID({
      collection: 'meetings',
      id: next.id,
      depth: 0,
      user: world.secretariat,
      overrideAccess: false,
    })
    expect(shown.followUpState?.split('\n')).toEqual([
      `1. Việc quá hạn (chủ trì: Sở Y tế; hạn 30/04/2024): Quá hạn ${overdue} ngày`,
      expect.stringMatching(
        /^2\. Việc (trong hạn|sẽ xong) .*: (Đang thực hiện trong hạn|Đã hoàn thành)$/,
      ),
      expect.stringMatching(
        /^3\. Việc (trong hạn|sẽ xong) .*: (Đang thực hiện trong hạn|Đã hoàn thành)$/,
      ),
    ])
    const panel = await panelSummary(await requestOf(payload, world.secretariat), next.id)
    expect(Object.fromEntries(panel!.followUp.map((row) => [row.title, row.state.vi]))).toEqual({
      'Việc quá hạn': `Quá hạn ${overdue} ngày`,
      'Việc trong hạn': 'Đang thực hiện trong hạn',
      'Việc sẽ xong': 'Đã hoàn thành',
    })
    // Lists read no follow-up (nor the invitees): the texts are for the meeting opened.
    const list = await payload.find({
      collection: 'meetings',
      where: { id: { equals: next.id } },
      depth: 0,
    })
    expect([list.docs[0].followUpState, list.docs[0].inviteesByPost]).toEqual([null, null])
  })

  it('R12.1 names each member by his post at the home agency in the notice and the minutes', async () => {
    const month = freshMonth()
    const meeting = await planMeeting(payload, world, month)
    const line = 'Đồng chí Nguyễn Văn An, Giám đốc Sở Y tế, Thành viên Tổ công tác'
    const opened = await payload.findByID({ collection: 'meetings', id: meeting.id, depth: 0 })
    expect(opened.inviteesByPost?.split('\n')).toContain(line)
    await sendNotice(await requestOf(payload, world.secretariat), meeting.id, {
      now: new Date(vnAt(`${month}-01 09:00`)),
    })
    const { docs } = await payload.find({
      collection: 'notifications',
      where: {
        and: [
          { relatedId: { equals: String(meeting.id) } },
          { kind: { equals: 'meeting-notice' } },
        ],
      },
      depth: 0,
      pagination: false,
    })
    const texts = docs.map((doc) => String((doc as { text?: string }).text))
    expect(
      texts.every((text) => text.includes(`Thành phần:\n`) && text.includes(`   - ${line}`)),
    ).toBe(true)
    expect(texts.filter((text) => text.startsWith(`Kính gửi: ${line},`))).toHaveLength(1)
  })
})
