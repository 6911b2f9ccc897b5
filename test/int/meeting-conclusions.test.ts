// After a meeting, through the Local API as the secretariat: the conclusions and the tasks they
// become (the minutes first, R7.3), the follow-up at the next meeting and the year's compliance.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { issueConclusions } from '../../collections/Meetings/issueConclusions'
import { sendNotice } from '../../collections/Meetings/sendNotice'
import { meetingCompliance } from '../../src/charter/meetingCompliance'
import { expectRejected } from '../helpers/errors'
import { createMedia, day } from '../helpers/fixtures'
import {
  createMeetingWorld,
  freshMonth,
  holdMeeting,
  initMeetingWorld,
  planMeeting,
  requestOf,
  storedMeeting,
  updateMeeting,
  vnAt,
  type MeetingWorld,
} from '../helpers/meetings'

let payload: Payload
let world: MeetingWorld
let minutesScan: number

beforeAll(async () => {
  ;({ payload, world } = await initMeetingWorld())
  minutesScan = (await createMedia(payload, { title: 'Biên bản cuộc họp có chữ ký' })).id
})

/** A regular meeting of `month`, its notice sent on the 1st, marked held, its minutes in (R7.3). */
const heldMeeting = (month: string = freshMonth(), data: Record<string, unknown> = {}) =>
  holdMeeting(payload, world, month, data, { minutesScan })

const HEAD = 0
const seatOf = (index: number) =>
  [world.headSeat.id, world.deputySeat.id, ...world.members.map((m) => m.seat.id)][index]

const present = (index: number) => ({ member: seatOf(index), presence: 'present' })

describe('conclusions (R11.3b, R6.2c)', () => {
  const conclusions = (leadAgency: number) => ({
    number: '25/TB-TCT',
    summary: 'Các sở, ngành tập trung làm sạch dữ liệu, hoàn thành đúng hạn.',
    items: [
      { content: 'Hoàn thành làm sạch dữ liệu hộ tịch', leadAgency, dueDate: day('2099-03-31') },
      { content: 'Kết nối dữ liệu bảo hiểm xã hội', leadAgency, dueDate: day('2099-04-30') },
    ],
  })

  const issue = async (id: number, at?: string) =>
    issueConclusions(await requestOf(payload, world.secretariat), id, {
      now: at ? new Date(vnAt(at)) : undefined,
    })

  it('refuses conclusions before the meeting is held, creating no task (R11.3b)', async () => {
    const month = freshMonth()
    const meeting = await planMeeting(payload, world, month, {
      conclusions: conclusions(world.members[0].agency.id),
    })
    await sendNotice(await requestOf(payload, world.secretariat), meeting.id, {
      now: new Date(vnAt(`${month}-01 09:00`)),
    })
    const tasksBefore = (await payload.count({ collection: 'tasks' })).totalDocs
    await expectRejected(issue(meeting.id), /^status: Vi phạm Điều 11 khoản 3/m)
    expect([
      (await storedMeeting(payload, meeting.id)).status,
      (await payload.count({ collection: 'tasks' })).totalDocs,
    ]).toEqual(['notice-sent', tasksBefore])
  })

  it('refuses setting "conclusions issued" by hand (R11.3b)', async () => {
    const meeting = await heldMeeting()
    await expectRejected(
      updateMeeting(payload, world, meeting.id, { status: 'conclusions-issued' }),
      /^status: Dùng nút "Ban hành kết luận"/m,
    )
  })

  it('turns each conclusion item into a task assigned by the chair (R6.2c)', async () => {
    const meeting = await heldMeeting(freshMonth(), {
      conclusions: conclusions(world.members[0].agency.id),
    })
    const result = await issue(meeting.id)
    const tasks = await payload.find({
      collection: 'tasks',
      where: { meeting: { equals: meeting.id } },
      sort: 'dueDate',
      depth: 0,
    })
    expect({
      created: result.tasksCreated,
      tasks: tasks.docs.map((task) => [
        task.source,
        task.leadAgency,
        task.assignedBy,
        task.dueDate,
        task.sourceReference,
      ]),
    }).toEqual({
      created: 2,
      tasks: [
        [
          'meeting-conclusion',
          world.members[0].agency.id,
          world.head.id,
          day('2099-03-31'),
          expect.stringMatching(/^Thông báo kết luận số 25\/TB-TCT ngày/),
        ],
        [
          'meeting-conclusion',
          world.members[0].agency.id,
          world.head.id,
          day('2099-04-30'),
          expect.stringMatching(/^Thông báo kết luận số 25\/TB-TCT ngày/),
        ],
      ],
    })
  })

  it('links each conclusion item to its task (R6.2c)', async () => {
    const meeting = await heldMeeting(freshMonth(), {
      conclusions: conclusions(world.members[1].agency.id),
    })
    await issue(meeting.id)
    const stored = await storedMeeting(payload, meeting.id)
    const tasks = await payload.find({
      collection: 'tasks',
      where: { meeting: { equals: meeting.id } },
      depth: 0,
    })
    expect(stored.conclusions?.items?.map((item) => item.task).sort()).toEqual(
      tasks.docs.map((task) => task.id).sort(),
    )
  })

  it('delivers the conclusions to every member in office, one outbox message each (R11.3b)', async () => {
    const meeting = await heldMeeting(freshMonth(), {
      conclusions: conclusions(world.members[0].agency.id),
    })
    const result = await issue(meeting.id)
    const stored = await storedMeeting(payload, meeting.id)
    const messages = await payload.find({
      collection: 'notifications',
      where: {
        and: [
          { relatedId: { equals: String(meeting.id) } },
          { kind: { equals: 'meeting-conclusions' } },
        ],
      },
      depth: 0,
      pagination: false,
    })
    expect({
      result: [result.status, result.members, result.queued],
      rows: stored.conclusionDeliveries?.map((row) => [row.member, row.status]),
      ids: stored.conclusionDeliveries?.map((row) => row.notificationId).sort(),
    }).toEqual({
      result: ['conclusions-issued', 5, 5],
      rows: [0, 1, 2, 3, 4].map((index) => [seatOf(index), 'queued']),
      ids: messages.docs.map((doc) => String(doc.id)).sort(),
    })
  })

  it('refuses issuing the same conclusions twice, creating no more tasks (R11.3b)', async () => {
    const meeting = await heldMeeting(freshMonth(), {
      conclusions: conclusions(world.members[2].agency.id),
    })
    await issue(meeting.id)
    await expectRejected(
      issue(meeting.id),
      /^status: Kết luận của cuộc họp này đã được ban hành\./m,
    )
    const tasks = await payload.count({
      collection: 'tasks',
      where: { meeting: { equals: meeting.id } },
    })
    expect(tasks.totalDocs).toBe(2)
  })

  it('keeps the record fixed once the conclusions are issued (R11.3b)', async () => {
    const meeting = await heldMeeting(freshMonth(), {
      conclusions: conclusions(world.members[0].agency.id),
    })
    await issue(meeting.id)
    await expectRejected(
      updateMeeting(payload, world, meeting.id, { attendance: [present(HEAD)] }),
      /^attendance: Kết luận đã ban hành/m,
    )
  })

  it('refuses a conclusion item without a lead agency, creating nothing (R6.2c)', async () => {
    const meeting = await heldMeeting(freshMonth(), {
      conclusions: {
        summary: 'Kết luận',
        items: [{ content: 'Việc chưa rõ ai làm', dueDate: day('2099-01-31') }],
      },
    })
    await expectRejected(
      issue(meeting.id),
      /^conclusions\.items\.0\.leadAgency: Vi phạm Điều 6 khoản 2/m,
    )
    expect((await storedMeeting(payload, meeting.id)).status).toBe('held')
  })
})

describe('follow-up of earlier conclusions (R6.2c)', () => {
  it('lists the open tasks of earlier conclusions in the next regular meeting, not the completed ones (R6.2c)', async () => {
    const month = freshMonth()
    const meeting = await heldMeeting(month, {
      conclusions: {
        summary: 'Kết luận',
        items: [
          {
            content: 'Việc còn đang làm',
            leadAgency: world.members[0].agency.id,
            dueDate: day('2099-01-31'),
          },
          {
            content: 'Việc đã xong',
            leadAgency: world.members[1].agency.id,
            dueDate: day('2099-01-31'),
          },
        ],
      },
    })
    await issueConclusions(await requestOf(payload, world.secretariat), meeting.id, {
      now: new Date(vnAt(`${month}-07 15:00`)),
    })
    const tasks = await payload.find({
      collection: 'tasks',
      where: { meeting: { equals: meeting.id } },
      sort: 'title',
      depth: 0,
    })
    const done = tasks.docs.find((task) => task.title === 'Việc đã xong')!
    const open = tasks.docs.find((task) => task.title === 'Việc còn đang làm')!
    await payload.update({
      collection: 'tasks',
      id: done.id,
      data: { completedOn: day(`${month}-20`) },
      overrideAccess: true,
    })
    const next = await planMeeting(payload, world, freshMonth())
    expect(next.followUpTasks).toContain(open.id)
    expect(next.followUpTasks).not.toContain(done.id)
  })
})

describe('the compliance of a year (R11.1a, R11.1b, R11.3a, R6.2a)', () => {
  it('lists the months without a regular meeting, late meetings and notices, absences and reviews', async () => {
    const other = await createMeetingWorld(payload)
    const hold = async (
      month: string,
      dayOfMonth: string,
      notified: string,
      kind: 'regular' | 'six-month-review' = 'regular',
    ) => {
      const meeting = await planMeeting(payload, other, month, {
        kind,
        start: vnAt(`${month}-${dayOfMonth} 08:00`),
        end: vnAt(`${month}-${dayOfMonth} 10:00`),
      })
      await sendNotice(await requestOf(payload, other.secretariat), meeting.id, {
        now: new Date(vnAt(notified)),
      })
      return updateMeeting(payload, other, meeting.id, { status: 'held' })
    }
    const january = await hold('2023-01', '05', '2023-01-04 09:00')
    const february = await hold('2023-02', '13', '2023-02-06 09:00')
    const review = await hold('2023-07', '17', '2023-07-10 09:00', 'six-month-review')
    const report = await meetingCompliance(
      await requestOf(payload, other.secretariat),
      other.group.id,
      2023,
      '2024-03-01',
    )
    expect(report).toEqual({
      year: 2023,
      // July's meeting is the six-month review (R11.1a).
      monthsWithoutRegular: ['03', '04', '05', '06', '08', '09', '10', '11', '12'].map(
        (month) => `2023-${month}`,
      ),
      lateInMonth: [{ id: february.id, title: february.title }],
      lateNotices: [{ id: january.id, title: january.title }],
      absencesWithoutConsent: [january, february, review].map((meeting) => ({
        id: meeting.id,
        title: meeting.title,
        count: 5,
      })),
      absencesWithoutSubstitute: [january, february, review]
        .filter((meeting) => (meeting.absenceWithoutSubstitute ?? 0) > 0)
        .map((meeting) => ({
          id: meeting.id,
          title: meeting.title,
          count: meeting.absenceWithoutSubstitute,
        })),
      reviews: { sixMonth: 'held', yearEnd: 'missing' },
    })
  })
})
