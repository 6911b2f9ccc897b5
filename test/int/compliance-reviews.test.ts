// The six-month and the year-end review on the leaders' compliance scorecard (R11.1b, R14.2): a
// review held is the month's meeting (R11.1a), a year-end review held in January counts for the
// year it reviews, and absent members without a substitute are flagged month by month (R11.4),
// all from the meetings rollup.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { sendNotice } from '../../collections/Meetings/sendNotice'
import { loadDashboard, parseFilters } from '../../dashboards/queries'
import { rebuildRollups } from '../../src/rollups/rebuild'
import { ROLLUP_SLUGS } from '../../src/rollups/slugs'
import { meetingCompliance } from '../../src/charter/meetingCompliance'
import { createUser } from '../helpers/fixtures'
import {
  createMeetingWorld,
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
let leader: User

beforeAll(async () => {
  payload = await initPayload()
  world = await createMeetingWorld(payload)
  leader = await createUser(payload, { roles: ['leader'] })
})

const seats = () => [
  world.headSeat.id,
  world.deputySeat.id,
  ...world.members.map((member) => member.seat.id),
]

/** A meeting noticed three days ahead and held on `day` with everyone present but `absent`. */
const holdMeeting = async (
  kind: 'regular' | 'six-month-review' | 'year-end-review',
  servesMonth: string,
  day: string,
  absent: number[] = [],
) => {
  const meeting = await planMeeting(payload, world, servesMonth, {
    kind,
    servesMonth,
    start: vnAt(`${day} 08:00`),
    end: vnAt(`${day} 10:00`),
  })
  const noticeDay = new Date(new Date(vnAt(`${day} 09:00`)).getTime() - 7 * 86_400_000)
  await sendNotice(await requestOf(payload, world.secretariat), meeting.id, { now: noticeDay })
  await updateMeeting(payload, world, meeting.id, {
    status: 'held',
    attendance: seats().map((member) =>
      absent.includes(member)
        ? { member, presence: 'absent', reason: 'Đi công tác', chairConsent: true }
        : { member, presence: 'present' },
    ),
  })
  return meeting
}

const dashboardOf = async (period: string, from: string, today: string) =>
  loadDashboard(
    await requestOf(payload, leader),
    parseFilters({ period, from }, today),
    { agency: null },
    today,
  )

describe('reviews and absences on the compliance scorecard (R11.1b, R14.2)', () => {
  let sixMonth: number
  let yearEnd: number
  let withAbsence: number

  it('R11.1b R14.2: both reviews of 2025 not held show as missing once due', async () => {
    const { compliance } = await dashboardOf('2025-12', '2025-01', '2026-02-10')
    expect(compliance.rule.reviews).toBe('R11.1b')
    expect(compliance.reviews).toHaveLength(1)
    const [year] = compliance.reviews
    expect(year.year).toBe(2025)
    expect([year.sixMonth.state, year.yearEnd.state]).toEqual(['breach', 'breach'])
    expect(year.sixMonth.detail?.vi).toBe('Chưa họp sơ kết 6 tháng năm 2025.')
    expect(year.yearEnd.detail?.vi).toBe('Chưa họp tổng kết năm 2025.')
    const july = compliance.months.find((month) => month.period === '2025-07')!
    expect(july.meeting.state).toBe('breach')
  })

  it('R11.1b R11.1a R14.2: a six-month review held in July is the review and July’s meeting', async () => {
    sixMonth = (await holdMeeting('six-month-review', '2025-07', '2025-07-16')).id
    const { compliance } = await dashboardOf('2025-12', '2025-01', '2026-02-10')
    const [year] = compliance.reviews
    expect(year.sixMonth).toMatchObject({
      state: 'pass',
      href: `/admin/collections/meetings/${sixMonth}`,
    })
    const july = compliance.months.find((month) => month.period === '2025-07')!
    expect(july.meeting).toMatchObject({
      state: 'pass',
      href: `/admin/collections/meetings/${sixMonth}`,
    })
    expect(july.meeting.detail?.vi).toBe('Họp sơ kết 6 tháng là cuộc họp của tháng.')
  })

  it('R11.1b R14.2: a year-end review held in January counts for the year it reviews', async () => {
    yearEnd = (await holdMeeting('year-end-review', '2026-01', '2026-01-15')).id
    // The scorecard of 2025 (December selected) reads the January after it.
    const december = await dashboardOf('2025-12', '2025-01', '2026-02-10')
    expect(december.compliance.reviews[0].yearEnd).toMatchObject({
      state: 'pass',
      href: `/admin/collections/meetings/${yearEnd}`,
    })
    expect(december.compliance.reviews[0].yearEnd.detail?.vi).toBe(
      'Họp tổng kết năm 2025: họp tháng 01/2026.',
    )
    // In 2026 it is January's meeting, not 2026's year-end review.
    const january = await dashboardOf('2026-01', '2026-01', '2026-02-10')
    expect(january.compliance.months[0].meeting).toMatchObject({ state: 'pass' })
    expect(january.compliance.reviews).toEqual([
      {
        year: 2026,
        sixMonth: expect.objectContaining({ state: 'not-due' }),
        yearEnd: expect.objectContaining({ state: 'not-due' }),
      },
    ])

    const req = await requestOf(payload, leader)
    const of2025 = await meetingCompliance(req, world.group.id, 2025, '2026-02-10')
    expect(of2025.reviews).toEqual({ sixMonth: 'held', yearEnd: 'held' })
    expect(of2025.monthsWithoutRegular).not.toContain('2025-07')
    expect(of2025.monthsWithoutRegular).toContain('2025-08')
    const of2026 = await meetingCompliance(req, world.group.id, 2026, '2026-02-10')
    expect(of2026.monthsWithoutRegular).toEqual(['2026-02'])
    expect(of2026.reviews.yearEnd).toBe('not-due')
  })

  it('R11.4 R14.2: a member absent without a substitute or waiver flags the month', async () => {
    const absent = world.members[0].seat.id
    withAbsence = (await holdMeeting('regular', '2025-09', '2025-09-05', [absent])).id
    const stored = await storedMeeting(payload, withAbsence)
    expect(stored.absenceWithoutSubstitute).toBe(1)
    const { compliance } = await dashboardOf('2025-12', '2025-01', '2026-02-10')
    expect(compliance.rule.absences).toBe('R11.4')
    const september = compliance.months.find((month) => month.period === '2025-09')!
    expect(september.absences.state).toBe('breach')
    expect(september.absences.detail?.vi).toBe('1 thành viên vắng họp không cử người dự thay.')
    expect(september.absences.href).toContain(String(withAbsence))
    const july = compliance.months.find((month) => month.period === '2025-07')!
    expect(july.absences.state).toBe('pass')
    const june = compliance.months.find((month) => month.period === '2025-06')!
    expect(june.absences.state).toBe('not-due')

    const req = await requestOf(payload, leader)
    const of2025 = await meetingCompliance(req, world.group.id, 2025, '2026-02-10')
    expect(of2025.absencesWithoutSubstitute).toEqual([
      expect.objectContaining({ id: withAbsence, count: 1 }),
    ])
  })

  it('R11.1b R11.4 R14.2: the scorecard reads the same from the rollup kept by hooks and from a rebuild', async () => {
    const kept = await dashboardOf('2025-12', '2025-01', '2026-02-10')
    await rebuildRollups(payload)
    const rebuilt = await dashboardOf('2025-12', '2025-01', '2026-02-10')
    expect(rebuilt.compliance).toEqual(kept.compliance)
    const { docs } = await payload.find({
      collection: ROLLUP_SLUGS.meetingMonths,
      where: { key: { equals: '2026-01' } },
      overrideAccess: true,
      depth: 0,
    })
    expect((docs[0] as unknown as { meetings: { id: number; kind: string }[] }).meetings).toEqual([
      expect.objectContaining({ id: yearEnd, kind: 'year-end-review' }),
    ])
  })
})
