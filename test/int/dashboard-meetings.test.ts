// The meetings rollup kept by hooks (R11.1a, R11.3a, R6.2a) and the dashboard widgets that read
// it: a meeting noticed, held with its attendance, moved to another month and deleted; a refused
// write leaves the rollup as it was.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { issueConclusions } from '../../collections/Meetings/issueConclusions'
import { sendNotice } from '../../collections/Meetings/sendNotice'
import { loadDashboard, parseFilters } from '../../dashboards/queries'
import { rebuildRollups } from '../../src/rollups/rebuild'
import { ROLLUP_SLUGS } from '../../src/rollups/slugs'
import { expectRejected } from '../helpers/errors'
import { createMedia, createUser } from '../helpers/fixtures'
import {
  createMeetingWorld,
  planMeeting,
  requestOf,
  updateMeeting,
  vnAt,
  type MeetingWorld,
} from '../helpers/meetings'
import { initPayload } from '../helpers/payload'

let payload: Payload
let world: MeetingWorld
let leader: User
let authorisation: number

beforeAll(async () => {
  payload = await initPayload()
  world = await createMeetingWorld(payload)
  leader = await createUser(payload, { roles: ['leader'] })
  authorisation = (await createMedia(payload, { title: 'Giấy ủy quyền dự họp' })).id
})

/** The meeting-months rollup by month: the meetings' ids and statuses. */
const rollup = async () => {
  const { docs } = await payload.find({
    collection: ROLLUP_SLUGS.meetingMonths,
    pagination: false,
    overrideAccess: true,
  })
  return Object.fromEntries(
    docs.map((doc) => [
      doc.key,
      (doc.meetings as { id: number; status: string }[]).map(({ id, status }) => ({ id, status })),
    ]),
  )
}

/** Every meeting-months row without ids and timestamps. */
const storedFacts = async () => {
  const { docs } = await payload.find({
    collection: ROLLUP_SLUGS.meetingMonths,
    pagination: false,
    overrideAccess: true,
  })
  return Object.fromEntries(docs.map((doc) => [doc.key, doc.meetings]))
}

const dashboardOf = async (period: string, today: string) =>
  loadDashboard(
    await requestOf(payload, leader),
    parseFilters({ period, from: period }, today),
    { agency: null },
    today,
  )

describe('meetings rollup and the widgets reading it', () => {
  const seats = () => [
    world.headSeat.id,
    world.deputySeat.id,
    ...world.members.map((member) => member.seat.id),
  ]
  let meetingId: number

  it('R11.1a R11.3a R6.2a: a noticed, held meeting passes the month and counts attendance by agency', async () => {
    const meeting = await planMeeting(payload, world, '2025-03')
    meetingId = meeting.id
    expect(await rollup()).toEqual({ '2025-03': [{ id: meeting.id, status: 'draft' }] })

    await sendNotice(await requestOf(payload, world.secretariat), meeting.id, {
      now: new Date(vnAt('2025-03-01 09:00')),
    })
    const [head, deputy, absent, substitute] = seats()
    await updateMeeting(payload, world, meeting.id, {
      status: 'held',
      attendance: [
        { member: head, presence: 'present' },
        { member: deputy, presence: 'present' },
        { member: absent, presence: 'absent', reason: 'Đi công tác', chairConsent: true },
        {
          member: substitute,
          presence: 'substitute',
          substituteName: 'Trần Thị Thay',
          authorisation,
        },
      ],
    })

    const data = await dashboardOf('2025-03', '2025-04-30')
    const march = data.compliance.months.find((month) => month.period === '2025-03')!
    expect([march.meeting.state, march.notice.state]).toEqual(['pass', 'pass'])
    expect(march.meeting.href).toBe(`/admin/collections/meetings/${meeting.id}`)
    const byAgency = new Map(data.attendance?.rows.map((row) => [row.agency, row]))
    expect(byAgency.get(world.agency.id)).toMatchObject({ meetings: 1, inPerson: 2, absent: 0 })
    expect(byAgency.get(world.members[0].agency.id)).toMatchObject({ inPerson: 0, absent: 1 })
    expect(byAgency.get(world.members[1].agency.id)).toMatchObject({ bySubstitute: 1 })
    // Invited and not on the attendance list: absent.
    expect(byAgency.get(world.members[2].agency.id)).toMatchObject({ absent: 1 })
  })

  it('R11.3b: the conclusions issued are in the rollup, and it equals a rebuild', async () => {
    await updateMeeting(payload, world, meetingId, {
      minutesScan: world.document.id,
      conclusions: {
        number: '12/TB-TCT',
        summary: 'Các sở, ngành hoàn thành làm sạch dữ liệu đúng hạn.',
        items: [
          {
            content: 'Hoàn thành làm sạch dữ liệu hộ tịch',
            leadAgency: world.members[0].agency.id,
            dueDate: '2099-03-31T00:00:00.000Z',
          },
        ],
      },
    })
    await issueConclusions(await requestOf(payload, world.secretariat), meetingId, {
      now: new Date(vnAt('2025-03-06 09:00')),
    })
    const [fact] = (await storedFacts())['2025-03'] as Record<string, unknown>[]
    expect(fact).toMatchObject({ status: 'conclusions-issued', deliveries: 5 })
    const march = (await dashboardOf('2025-03', '2025-04-30')).compliance.months[0]
    expect(march.conclusions.state).toBe('pass')
    const kept = await storedFacts()
    await rebuildRollups(payload)
    expect(await storedFacts()).toEqual(kept)
  })

  it('leaves the rollup as it was when a meeting write is refused', async () => {
    const before = await storedFacts()
    await expectRejected(
      updateMeeting(payload, world, meetingId, {
        attendance: [{ member: seats()[2], presence: 'absent' }],
      }),
      /^attendance: Kết luận đã ban hành/m,
    )
    expect(await storedFacts()).toEqual(before)
  })

  it('follows a meeting moved to another month, and drops it when deleted', async () => {
    const meeting = await planMeeting(payload, world, '2025-05')
    await updateMeeting(payload, world, meeting.id, {
      start: vnAt('2025-06-05 08:00'),
      end: vnAt('2025-06-05 10:00'),
      servesMonth: '2025-06',
    })
    const moved = await rollup()
    expect(moved['2025-05']).toBeUndefined()
    expect(moved['2025-06']).toEqual([{ id: meeting.id, status: 'draft' }])

    await payload.delete({ collection: 'meetings', id: meeting.id, overrideAccess: true })
    expect((await rollup())['2025-06']).toBeUndefined()
    expect(Object.keys(await rollup())).toEqual(['2025-03'])
  })
})
