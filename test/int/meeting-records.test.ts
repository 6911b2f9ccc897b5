// What happens at a meeting, through the Local API as the secretariat: attendance and votes
// (the conclusions, the follow-up and the compliance are in meeting-conclusions.test.ts).
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { CHARTER_DEFAULTS } from '../../hooks/rules/charterSettings'
import { expectRejected } from '../helpers/errors'
import { createMedia, day } from '../helpers/fixtures'
import {
  freshMonth,
  holdMeeting,
  initMeetingWorld,
  planMeeting,
  storedMeeting,
  updateMeeting,
  type MeetingWorld,
} from '../helpers/meetings'

let payload: Payload
let world: MeetingWorld
let authorisation: number

beforeAll(async () => {
  ;({ payload, world } = await initMeetingWorld())
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
const heldMeeting = (month: string = freshMonth(), data: Record<string, unknown> = {}) =>
  holdMeeting(payload, world, month, data)

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
