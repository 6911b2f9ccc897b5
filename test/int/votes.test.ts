// R2.1 "quyết định theo đa số" through the Local API: the outcome and the note read out at the
// meeting are computed from the votes recorded by the secretariat, with the majority base and the
// tie rule of the charter-settings edition in force on the meeting day.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sendNotice } from '../../collections/Meetings/sendNotice'
import { CHARTER_DEFAULTS } from '../../hooks/rules/charterSettings'
import { createAgency, createMember, createUser, day } from '../helpers/fixtures'
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
/** Six seats: the Head (who chairs), the Standing Deputy and four members. */
let seats: number[]

beforeAll(async () => {
  payload = await initPayload()
  world = await createMeetingWorld(payload)
  const agency = await createAgency(payload)
  const user = await createUser(payload, { agency: agency.id })
  const fourth = await createMember(payload, {
    user: user.id,
    group: world.group.id,
    position: 'member',
    agency: agency.id,
    from: '2022-01-01',
  })
  seats = [
    world.headSeat.id,
    world.deputySeat.id,
    ...world.members.map((m) => m.seat.id),
    fourth.id,
  ]
  // Majority of members present until 2023, of all members from 2024; from 2025 a tie is not
  // passed (amendments of the charter settings, R14.3).
  await payload.updateGlobal({
    slug: 'charter-settings',
    data: {
      editions: [
        { ...CHARTER_DEFAULTS, effectiveFrom: day('2022-07-01'), majorityBase: 'present' },
        {
          ...CHARTER_DEFAULTS,
          effectiveFrom: day('2024-01-01'),
          majorityBase: 'all-members',
          tieRule: 'chair-side',
        },
        {
          ...CHARTER_DEFAULTS,
          effectiveFrom: day('2025-01-01'),
          majorityBase: 'all-members',
          tieRule: 'not-passed',
        },
      ],
    },
    overrideAccess: true,
  })
})

type Choice = 'yes' | 'no' | 'abstain' | 'absent'

/**
 * The regular meeting of `month`, held, with seat i voting `choices[i]` (the Head first) and the
 * seats marked 'absent' away with a reason and the chair's consent.
 */
const vote = async (month: string, choices: Choice[]) => {
  const meeting = await planMeeting(payload, world, month)
  await sendNotice(await requestOf(payload, world.secretariat), meeting.id, {
    now: new Date(vnAt(`${month}-01 09:00`)),
  })
  await updateMeeting(payload, world, meeting.id, { status: 'held' })
  const rows = choices.map((choice, index) => ({ seat: seats[index], choice }))
  await updateMeeting(payload, world, meeting.id, {
    attendance: rows.map(({ seat, choice }) =>
      choice === 'absent'
        ? { member: seat, presence: 'absent', reason: 'Đi công tác', chairConsent: true }
        : { member: seat, presence: 'present' },
    ),
    decisions: [
      {
        title: 'Thông qua kế hoạch làm sạch dữ liệu dân cư',
        votes: rows
          .filter(({ choice }) => choice !== 'absent')
          .map(({ seat, choice }) => ({ voter: seat, choice })),
      },
    ],
  })
  const decision = (await storedMeeting(payload, meeting.id)).decisions?.[0]
  return [decision?.outcome, decision?.outcomeNote]
}

describe('decisions by majority of the members present (R2.1)', () => {
  it('passes with more than half of the members present in favour and reads the count out (R2.1)', async () => {
    expect(await vote('2023-02', ['yes', 'yes', 'yes', 'no', 'abstain', 'absent'])).toEqual([
      'passed',
      'Thông qua: 3/5 thành viên dự họp tán thành (quá nửa số thành viên dự họp), 1 không tán thành, 1 không biểu quyết.',
    ])
  })

  it('does not call 3 in favour, 1 against, 2 abstaining a tie: not passed, too few in favour (R2.1)', async () => {
    expect(await vote('2023-03', ['yes', 'yes', 'yes', 'no', 'abstain', 'abstain'])).toEqual([
      'not-passed',
      'Không thông qua: 3/6 thành viên dự họp tán thành (chưa quá nửa số thành viên dự họp, cần ít nhất 4 phiếu tán thành), 1 không tán thành, 2 không biểu quyết.',
    ])
  })

  it('settles a real tie with an abstention on the chair’s side, and says so (R2.1)', async () => {
    expect(await vote('2023-04', ['yes', 'no', 'yes', 'no', 'abstain', 'absent'])).toEqual([
      'passed',
      'Số phiếu ngang nhau; thông qua theo ý kiến người chủ trì (tán thành): 2/5 thành viên dự họp tán thành (không bên nào quá nửa số thành viên dự họp), 2 không tán thành, 1 không biểu quyết.',
    ])
  })
})

describe('decisions by majority of all members (R2.1)', () => {
  it('passes with more than half of all members in favour, counting the absent (R2.1)', async () => {
    expect(await vote('2024-02', ['yes', 'yes', 'yes', 'yes', 'no', 'absent'])).toEqual([
      'passed',
      'Thông qua: 4/6 thành viên tán thành (quá nửa tổng số thành viên), 1 không tán thành, 0 không biểu quyết, 1 vắng.',
    ])
  })

  it('does not pass exactly half of all members in favour with nobody against: no tie (R2.1)', async () => {
    expect(await vote('2024-03', ['yes', 'yes', 'yes', 'absent', 'absent', 'absent'])).toEqual([
      'not-passed',
      'Không thông qua: 3/6 thành viên tán thành (chưa quá nửa tổng số thành viên, cần ít nhất 4 phiếu tán thành), 0 không tán thành, 0 không biểu quyết, 3 vắng.',
    ])
  })

  it('settles a tie against the chair when the chair voted against (R2.1)', async () => {
    expect(await vote('2024-04', ['no', 'yes', 'yes', 'no', 'abstain', 'absent'])).toEqual([
      'not-passed',
      'Số phiếu ngang nhau; không thông qua theo ý kiến người chủ trì (không tán thành): 2/6 thành viên tán thành (không bên nào quá nửa tổng số thành viên), 2 không tán thành, 1 không biểu quyết, 1 vắng.',
    ])
  })

  it('does not pass a tie once the settings in force say a tie is not passed (R2.1)', async () => {
    expect(await vote('2025-02', ['yes', 'no', 'yes', 'no', 'yes', 'no'])).toEqual([
      'not-passed',
      'Số phiếu ngang nhau; theo Tham số Quy chế, khi số phiếu ngang nhau thì không thông qua: 3/6 thành viên tán thành (không bên nào quá nửa tổng số thành viên), 3 không tán thành, 0 không biểu quyết, 0 vắng.',
    ])
  })
})
