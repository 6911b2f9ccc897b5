// What happens at and after a meeting, through the Local API as the secretariat: attendance,
// votes, conclusions and the tasks they become, and the follow-up at the next meeting.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { issueConclusions } from '../../collections/Meetings/issueConclusions'
import { sendNotice } from '../../collections/Meetings/sendNotice'
import { meetingCompliance } from '../../src/charter/meetingCompliance'
import { CHARTER_DEFAULTS } from '../../hooks/rules/charterSettings'
import { expectRejected } from '../helpers/errors'
import { createMedia, day } from '../helpers/fixtures'
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
let authorisation: number

beforeAll(async () => {
  payload = await initPayload()
  world = await createMeetingWorld(payload)
  authorisation = (await createMedia(payload, { title: 'Giấy ủy quyền dự họp' })).id
  // From 2026 a tie is not passed (an amendment of the charter settings, R14.3).
  await payload.updateGlobal({
    slug: 'charter-settings',
    data: {
      editions: [
        { ...CHARTER_DEFAULTS, effectiveFrom: day('2022-07-01') },
        { ...CHARTER_DEFAULTS, effectiveFrom: day('2026-01-01'), tieRule: 'not-passed' },
      ],
    },
    overrideAccess: true,
  })
})

/** A regular meeting of `month`, its notice sent on the 1st, marked held. */
const heldMeeting = async (month: string = freshMonth(), data: Record<string, unknown> = {}) => {
  const meeting = await planMeeting(payload, world, month, data)
  await sendNotice(await requestOf(payload, world.secretariat), meeting.id, {
    now: new Date(vnAt(`${month}-01 09:00`)),
  })
  return updateMeeting(payload, world, meeting.id, { status: 'held' })
}

const [HEAD, DEPUTY] = [0, 1]
const seatOf = (index: number) =>
  [world.headSeat.id, world.deputySeat.id, ...world.members.map((m) => m.seat.id)][index]

const present = (index: number) => ({ member: seatOf(index), presence: 'present' })

describe('attendance (R6.2a, R11.4, R6.2b)', () => {
  it('refuses an absence without the chair’s consent, changing nothing (R6.2a)', async () => {
    const meeting = await heldMeeting()
    await expectRejected(
      updateMeeting(payload, world, meeting.id, {
        attendance: [
          { member: seatOf(2), presence: 'absent', reason: 'Đi công tác', chairConsent: false },
        ],
      }),
      /^attendance\.0\.chairConsent: Vi phạm Điều 6 khoản 2/m,
    )
    expect((await storedMeeting(payload, meeting.id)).attendance).toEqual([])
  })

  it('refuses an absence without the reason reported (R11.4)', async () => {
    const meeting = await heldMeeting()
    await expectRejected(
      updateMeeting(payload, world, meeting.id, {
        attendance: [{ member: seatOf(2), presence: 'absent', chairConsent: true }],
      }),
      /^attendance\.0\.reason: Vi phạm Điều 11 khoản 4/m,
    )
  })

  it('refuses a substitute without the member’s written authorisation (R6.2b)', async () => {
    const meeting = await heldMeeting()
    await expectRejected(
      updateMeeting(payload, world, meeting.id, {
        attendance: [
          { member: seatOf(3), presence: 'substitute', substituteName: 'Trần Thị Thay' },
        ],
      }),
      /^attendance\.0\.authorisation: Vi phạm Điều 6 khoản 2/m,
    )
  })

  it('refuses a substitute’s authorisation file that does not exist (forged attachment id)', async () => {
    const meeting = await heldMeeting()
    await expectRejected(
      updateMeeting(payload, world, meeting.id, {
        attendance: [
          {
            member: seatOf(3),
            presence: 'substitute',
            substituteName: 'Trần Thị Thay',
            authorisation: 999999,
          },
        ],
      }),
      /^attendance\.0\.authorisation: \S/m,
    )
  })

  it('refuses attendance of someone not invited', async () => {
    const meeting = await heldMeeting(freshMonth(), { invitedMembers: [seatOf(HEAD), seatOf(2)] })
    await expectRejected(
      updateMeeting(payload, world, meeting.id, { attendance: [present(3)] }),
      /^attendance\.0\.member: Chỉ điểm danh thành viên có trong danh sách mời\./m,
    )
  })

  it('records presence, a consented absence and an authorised substitute, and counts the member left out as absent without consent (R6.2a)', async () => {
    const meeting = await heldMeeting()
    const updated = await updateMeeting(payload, world, meeting.id, {
      attendance: [
        present(HEAD),
        present(DEPUTY),
        {
          member: seatOf(2),
          presence: 'absent',
          reason: 'Ốm, đã báo Thường trực',
          chairConsent: true,
        },
        {
          member: seatOf(3),
          presence: 'substitute',
          substituteName: 'Trần Thị Thay',
          authorisation,
        },
      ],
    })
    expect(updated.absenceWithoutConsent).toBe(1)
  })
})

describe('decisions and votes (R2.1)', () => {
  const attendance = () => [present(HEAD), present(DEPUTY), present(2), present(3)]

  const decide = (id: number, votes: { voter: number; choice: string }[]) =>
    updateMeeting(payload, world, id, {
      attendance: attendance(),
      decisions: [{ title: 'Thông qua kế hoạch làm sạch dữ liệu quý III', votes }],
    })

  it('refuses a vote by a member who was absent, storing no vote (R2.1)', async () => {
    const meeting = await heldMeeting()
    await expectRejected(
      decide(meeting.id, [{ voter: seatOf(4), choice: 'yes' }]),
      /^decisions\.0\.votes\.0\.voter: Vi phạm Điều 2 khoản 1/m,
    )
    expect((await storedMeeting(payload, meeting.id)).decisions).toEqual([])
  })

  it('refuses a second vote by the same member (R2.1)', async () => {
    const meeting = await heldMeeting()
    await expectRejected(
      decide(meeting.id, [
        { voter: seatOf(2), choice: 'yes' },
        { voter: seatOf(2), choice: 'no' },
      ]),
      /^decisions\.0\.votes\.1\.voter: Vi phạm Điều 2 khoản 1/m,
    )
  })

  it('refuses votes recorded before the meeting is held (R2.1)', async () => {
    const month = freshMonth()
    const meeting = await planMeeting(payload, world, month)
    await expectRejected(
      updateMeeting(payload, world, meeting.id, {
        decisions: [{ title: 'Biểu quyết trước', votes: [{ voter: seatOf(HEAD), choice: 'yes' }] }],
      }),
      /^decisions: Vi phạm Điều 2 khoản 1/m,
    )
  })

  it('settles a tie on the chair’s side by default, and the record says so (R2.1)', async () => {
    const meeting = await heldMeeting()
    const updated = await decide(meeting.id, [
      { voter: seatOf(HEAD), choice: 'yes' },
      { voter: seatOf(DEPUTY), choice: 'no' },
      { voter: seatOf(2), choice: 'yes' },
      { voter: seatOf(3), choice: 'no' },
    ])
    expect([updated.decisions?.[0].outcome, updated.decisions?.[0].outcomeNote]).toEqual([
      'passed',
      expect.stringMatching(/^Số phiếu ngang nhau; thông qua theo ý kiến người chủ trì/),
    ])
  })

  it('does not pass a tie once the settings in force say so (R2.1)', async () => {
    const meeting = await heldMeeting('2026-03')
    const updated = await decide(meeting.id, [
      { voter: seatOf(HEAD), choice: 'yes' },
      { voter: seatOf(DEPUTY), choice: 'no' },
      { voter: seatOf(2), choice: 'yes' },
      { voter: seatOf(3), choice: 'no' },
    ])
    expect(updated.decisions?.[0].outcome).toBe('not-passed')
  })

  it('computes the outcome whatever outcome is typed (R2.1)', async () => {
    const meeting = await heldMeeting()
    const updated = await updateMeeting(payload, world, meeting.id, {
      attendance: attendance(),
      decisions: [
        {
          title: 'Nội dung không đạt đa số',
          outcome: 'passed',
          votes: [{ voter: seatOf(HEAD), choice: 'yes' }],
        },
      ],
    })
    expect(updated.decisions?.[0].outcome).toBe('not-passed')
  })
})

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
