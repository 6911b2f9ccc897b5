// R2.2: the accountability view (dashboards/queries/memberAccountability/) on seeded records,
// read through the Local API with the viewer's access: the tasks each member's agency leads, the
// member's attendance, the agency's monthly reports and the seat's history; every figure's link
// selects exactly the records it counts.
import { parse } from 'qs-esm'
import type { CollectionSlug, Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { sendNotice } from '../../collections/Meetings/sendNotice'
import {
  AccountabilityInputError,
  memberAccountability,
  parseAccountabilityParams,
  type MemberAccountabilityRow,
} from '../../dashboards/queries/memberAccountability'
import { createMedia, createMember, createUser, day, unique } from '../helpers/fixtures'
import {
  createMeetingWorld,
  planMeeting,
  requestOf,
  updateMeeting,
  vnAt,
  type MeetingWorld,
} from '../helpers/meetings'
import { initPayload } from '../helpers/payload'

const TODAY = '2025-08-20'
const YEAR = { year: 2025, member: null }

let payload: Payload
let world: MeetingWorld
let leader: User
let reporter: User
let successor: Awaited<ReturnType<typeof createMember>>
const system = { overrideAccess: true, depth: 0 } as const

const task = (agency: number, data: Record<string, unknown>) =>
  payload.create({
    collection: 'tasks',
    data: {
      title: unique('Nhiệm vụ'),
      source: 'provincial-plan',
      leadAgency: agency,
      assignedBy: world.head.id,
      assignedOn: day('2025-01-06'),
      ...data,
    } as never,
    ...system,
  })

/** A monthly report as it stands once submitted (stamped on time or late), written as the system. */
const report = (agency: number, period: string, timeliness: 'on-time' | 'late') =>
  payload.db.create({
    collection: 'reports',
    data: {
      agency,
      period,
      title: `Báo cáo tháng ${period}`,
      status: 'submitted',
      timeliness,
      deadline: day(`${period}-17`),
      submittedAt: vnAt(`${period}-${timeliness === 'on-time' ? '15' : '20'} 09:00`),
    },
  })

/** The number of records the admin list behind a link shows (its `where` from the URL). */
const countBehind = async (href: string): Promise<number> => {
  const url = new URL(href, 'http://localhost')
  const collection = url.pathname.split('/')[3] as CollectionSlug
  const { where } = parse(url.search.slice(1), { depth: 10, arrayLimit: 1000 }) as {
    where: Where
  }
  const { totalDocs } = await payload.count({ collection, where, overrideAccess: true })
  return totalDocs
}

const rowOf = (rows: MemberAccountabilityRow[], member: number) =>
  rows.find((row) => row.member === member)!

beforeAll(async () => {
  payload = await initPayload()
  world = await createMeetingWorld(payload)
  leader = await createUser(payload, { roles: ['leader'] })
  const [first, second] = world.members
  reporter = await createUser(payload, { roles: ['reporter'], agency: first.agency.id })

  // The first member's agency: one task in each category on 20/08/2025, one finished in 2024.
  await task(first.agency.id, { dueDate: day('2025-03-31'), completedOn: day('2025-03-20') })
  await task(first.agency.id, { dueDate: day('2025-03-31'), completedOn: day('2025-04-10') })
  await task(first.agency.id, { dueDate: day('2025-12-31') })
  await task(first.agency.id, { code: 'NV-QH-1', dueDate: day('2025-06-30') })
  await task(first.agency.id, { code: 'NV-QH-2', dueDate: day('2025-05-31') })
  await task(first.agency.id, {
    assignedOn: day('2024-01-08'),
    dueDate: day('2024-06-30'),
    completedOn: day('2024-06-01'),
  })
  // Another agency's task is not the first member's.
  await task(second.agency.id, { dueDate: day('2025-02-28') })

  await report(first.agency.id, '2025-02', 'on-time')
  await report(first.agency.id, '2025-03', 'late')

  // A meeting of March 2025: the Head and the Standing Deputy present, the first member absent
  // with consent, the second by substitute, the third invited and not on the list (absent).
  const authorisation = (await createMedia(payload, { title: 'Giấy ủy quyền dự họp' })).id
  const meeting = await planMeeting(payload, world, '2025-03')
  await sendNotice(await requestOf(payload, world.secretariat), meeting.id, {
    now: new Date(vnAt('2025-03-01 09:00')),
  })
  await updateMeeting(payload, world, meeting.id, {
    status: 'held',
    attendance: [
      { member: world.headSeat.id, presence: 'present' },
      { member: world.deputySeat.id, presence: 'present' },
      { member: first.seat.id, presence: 'absent', reason: 'Đi công tác', chairConsent: true },
      {
        member: second.seat.id,
        presence: 'substitute',
        substituteName: 'Trần Thị Thay',
        authorisation,
      },
    ],
  })

  // The Head away in August 2025 (the Standing Deputy stands in) and a delegation to chair.
  await payload.update({
    collection: 'members',
    id: world.headSeat.id,
    data: { leave: [{ from: day('2025-08-04'), to: day('2025-08-08'), reason: 'Công tác' }] },
    ...system,
  })
  await payload.create({
    collection: 'delegations',
    data: {
      group: world.group.id,
      grantor: world.head.id,
      grantee: world.deputy.id,
      scopes: ['chair'],
      validFrom: day('2025-02-01'),
      validTo: day('2025-12-31'),
      basisNumber: '07/GUQ-TCT',
      basis: authorisation,
    },
    ...system,
  })

  // The third member's seat changes hands on 01/07/2025.
  const third = world.members[2]
  await payload.update({
    collection: 'members',
    id: third.seat.id,
    data: { to: day('2025-06-30') },
    ...system,
  })
  const next = await createUser(payload, { agency: third.agency.id, fullName: 'Lê Văn Kế' })
  successor = await createMember(payload, {
    user: next.id,
    group: world.group.id,
    position: 'member',
    agency: third.agency.id,
    from: '2025-07-01',
  })
})

describe('accountability of Working Group members (R2.2)', () => {
  it('R2.2: counts the tasks the member’s agency leads in the four categories on the day', async () => {
    const { rows, day: judged } = await memberAccountability(
      await requestOf(payload, leader),
      YEAR,
      TODAY,
    )
    expect(judged).toBe(TODAY)
    const row = rowOf(rows, world.members[0].seat.id)
    expect(row.agency).toBe(world.members[0].agency.id)
    expect({
      onTime: row.tasks['completed-on-time'].value,
      late: row.tasks['completed-late'].value,
      within: row.tasks['open-within-deadline'].value,
      overdue: row.tasks['open-overdue'].value,
    }).toEqual({ onTime: 1, late: 1, within: 1, overdue: 2 })
    expect(rowOf(rows, world.members[1].seat.id).tasks['open-overdue'].value).toBe(1)
  })

  it('R2.2: every figure’s link opens exactly the records it counts', async () => {
    const { rows } = await memberAccountability(await requestOf(payload, leader), YEAR, TODAY)
    const mine = rows.filter((row) =>
      [world.headSeat.id, world.deputySeat.id, ...world.members.map((m) => m.seat.id)].includes(
        row.member as number,
      ),
    )
    expect(mine).toHaveLength(5)
    for (const row of mine) {
      const figures = [
        ...Object.values(row.tasks),
        row.attendance.present,
        row.attendance.substitute,
        row.attendance.absent,
        row.reports.onTime,
        row.reports.late,
      ]
      for (const figure of figures) expect(await countBehind(figure.href)).toBe(figure.value)
    }
  })

  it('R2.2: shows each member’s attendance at the year’s held meetings (present, substitute, absent)', async () => {
    const { rows } = await memberAccountability(await requestOf(payload, leader), YEAR, TODAY)
    const tally = (member: number) => {
      const { meetings, present, substitute, absent } = rowOf(rows, member).attendance
      return [meetings, present.value, substitute.value, absent.value]
    }
    expect(tally(world.headSeat.id)).toEqual([1, 1, 0, 0])
    expect(tally(world.members[0].seat.id)).toEqual([1, 0, 0, 1])
    expect(tally(world.members[1].seat.id)).toEqual([1, 0, 1, 0])
    expect(tally(world.members[2].seat.id)).toEqual([1, 0, 0, 1])
    expect(tally(successor.id)).toEqual([0, 0, 0, 0])
  })

  it('R2.2 R12.3a: counts the agency’s monthly reports on time, late and missing up to the last deadline passed', async () => {
    const { rows } = await memberAccountability(await requestOf(payload, leader), YEAR, TODAY)
    const { onTime, late, missing } = rowOf(rows, world.members[0].seat.id).reports
    // Deadlines of January to August 2025 have passed on 20/08/2025: eight months expected.
    expect([onTime.value, late.value, missing.value]).toEqual([1, 1, 6])
    expect(missing.periods).toEqual([
      '2025-01',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
    ])
    expect(rowOf(rows, world.members[1].seat.id).reports.missing.value).toBe(8)
  })

  it('R2.2: the member’s detail lists the overdue tasks, the meetings and who held the seat on each date', async () => {
    const third = world.members[2]
    const { detail } = await memberAccountability(
      await requestOf(payload, leader),
      { year: 2025, member: successor.id },
      TODAY,
    )
    expect(detail?.row.member).toBe(successor.id)
    expect(detail?.seat.map(({ kind, from, to }) => [kind, from, to])).toEqual([
      ['term', '2022-01-01', '2025-06-30'],
      ['term', '2025-07-01', null],
    ])
    expect(detail?.seat[1].holder).toBe('Lê Văn Kế')
    expect(detail?.seat[0].href).toBe(`/admin/collections/members/${third.seat.id}`)

    const first = await memberAccountability(
      await requestOf(payload, leader),
      { year: 2025, member: world.members[0].seat.id },
      TODAY,
    )
    expect(
      first.detail?.overdue.map(({ code, dueDate, daysOverdue }) => [code, dueDate, daysOverdue]),
    ).toEqual([
      ['NV-QH-2', '2025-05-31', 81],
      ['NV-QH-1', '2025-06-30', 51],
    ])
    expect(first.detail?.meetings.map((line) => line.presence)).toEqual(['absent'])
    expect(first.detail?.reports.filter((line) => line.state === 'not-due')).toHaveLength(4)
  })

  it('R2.2: the Head’s seat history shows the delegation given and the Standing Deputy standing in during leave', async () => {
    const { detail } = await memberAccountability(
      await requestOf(payload, leader),
      { year: 2025, member: world.headSeat.id },
      TODAY,
    )
    const deputyName = world.deputy.fullName
    expect(detail?.seat.map(({ kind, from, to, holder }) => [kind, from, to, holder])).toEqual([
      ['term', '2022-01-01', null, world.head.fullName],
      ['delegation', '2025-02-01', '2025-12-31', deputyName],
      ['leave', '2025-08-04', '2025-08-08', deputyName],
    ])
    expect(detail?.seat[1].note.vi).toBe('Được ủy quyền (07/GUQ-TCT): Chủ trì cuộc họp')
    const earlier = await memberAccountability(
      await requestOf(payload, leader),
      { year: 2024, member: world.headSeat.id },
      '2024-12-31',
    )
    expect(earlier.detail?.seat.map(({ kind }) => kind)).toEqual(['term'])
  })

  it('R2.2: a reporter sees only the members of his/her own agency and its figures', async () => {
    const { rows } = await memberAccountability(await requestOf(payload, reporter), YEAR, TODAY)
    expect(rows.map((row) => row.member)).toEqual([world.members[0].seat.id])
    expect(rows[0].tasks['open-overdue'].value).toBe(2)
    await expect(
      memberAccountability(
        await requestOf(payload, reporter),
        { year: 2025, member: world.members[1].seat.id },
        TODAY,
      ),
    ).rejects.toBeInstanceOf(AccountabilityInputError)
  })

  it('R2.2: refuses an unknown member id with a message, not a crash', async () => {
    await expect(
      memberAccountability(await requestOf(payload, leader), { year: 2025, member: 999999 }, TODAY),
    ).rejects.toThrow('Không tìm thấy thành viên Tổ công tác “999999”')
    expect(() => parseAccountabilityParams({ member: '1; drop table' }, TODAY)).toThrow(
      AccountabilityInputError,
    )
  })

  it('R2.2: refuses a year that is not four digits ("abc", "20255") and defaults to the current year', () => {
    expect(() => parseAccountabilityParams({ year: 'abc' }, TODAY)).toThrow('Năm không hợp lệ')
    expect(() => parseAccountabilityParams({ year: '20255' }, TODAY)).toThrow(
      AccountabilityInputError,
    )
    expect(parseAccountabilityParams({}, TODAY)).toEqual({ year: 2025, member: null })
    expect(parseAccountabilityParams({ year: ['2024', 'x'], member: '12' }, TODAY)).toEqual({
      year: 2024,
      member: '12',
    })
  })
})
