// Attendance and substitutes through the Local API as the secretariat: every row checked at once
// (R6.2a, R6.2b, R11.4), and a Support Group substitute needing no written authorisation (Art. 10.2).
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sendNotice } from '../../collections/Meetings/sendNotice'
import { messagesOf } from '../helpers/errors'
import { createGroup, createMedia, createMember, createUser } from '../helpers/fixtures'
import {
  createMeetingWorld,
  freshMonth,
  planMeeting,
  requestOf,
  updateMeeting,
  vnAt,
  type MeetingWorld,
} from '../helpers/meetings'
import { initPayload } from '../helpers/payload'

let payload: Payload
let world: MeetingWorld
let authorisation: number
let sg: { group: number; head: number; seats: number[] }

beforeAll(async () => {
  payload = await initPayload()
  world = await createMeetingWorld(payload)
  authorisation = (await createMedia(payload, { title: 'Giấy ủy quyền dự họp' })).id
  // The Support Group under the Working Group: its Head and two members, each assisting the
  // Working Group member of his/her own agency (Art. 10(1)).
  const group = await createGroup(payload, { kind: 'sg', parent: world.group.id })
  const headUser = await createUser(payload, { agency: world.agency.id })
  const headSeat = await createMember(payload, {
    user: headUser.id,
    group: group.id,
    position: 'sg-head',
    agency: world.agency.id,
    from: '2022-01-01',
  })
  const seats = [headSeat.id]
  for (const member of world.members.slice(0, 2)) {
    const user = await createUser(payload, { agency: member.agency.id })
    const seat = await createMember(payload, {
      user: user.id,
      group: group.id,
      position: 'sg-member',
      agency: member.agency.id,
      assists: member.seat.id,
      from: '2022-01-01',
    })
    seats.push(seat.id)
  }
  sg = { group: group.id, head: headUser.id, seats }
})

/** A meeting of `month`, its notice sent on the 1st, marked held. */
const heldMeeting = async (data: Record<string, unknown> = {}, month: string = freshMonth()) => {
  const meeting = await planMeeting(payload, world, month, data)
  await sendNotice(await requestOf(payload, world.secretariat), meeting.id, {
    now: new Date(vnAt(`${month}-01 09:00`)),
  })
  return updateMeeting(payload, world, meeting.id, { status: 'held' })
}

const sgMeeting = () =>
  heldMeeting({ group: sg.group, kind: 'sg', chair: sg.head, invitedMembers: sg.seats })

const wgSeat = (index: number) =>
  [world.headSeat.id, world.deputySeat.id, ...world.members.map((m) => m.seat.id)][index]

const nameOf = (index: number) => world.members[index].user.fullName

const refusalOf = (write: Promise<unknown>) =>
  write.then(
    () => null,
    (error: unknown) => error as Error,
  )

describe('attendance rows checked at once (R6.2a, R6.2b, R11.4)', () => {
  it('lists every problem of three bad rows in one refusal, each naming its row, and stores nothing (R6.2a, R6.2b, R11.4)', async () => {
    const meeting = await heldMeeting()
    const error = await refusalOf(
      updateMeeting(payload, world, meeting.id, {
        attendance: [
          { member: wgSeat(0), presence: 'present' },
          { member: wgSeat(2), presence: 'absent' },
          { member: wgSeat(3), presence: 'substitute' },
          { member: wgSeat(4), presence: 'absent', reason: 'Đi công tác', chairConsent: false },
        ],
      }),
    )
    expect(error, 'the write was accepted').not.toBeNull()
    expect(messagesOf(error)).toEqual([
      `attendance.1.reason: Vi phạm Điều 11 khoản 4: Dòng 2 (${nameOf(0)}): chưa ghi lý do vắng mặt.`,
      `attendance.1.chairConsent: Vi phạm Điều 6 khoản 2: Dòng 2 (${nameOf(0)}): chưa có ý kiến đồng ý của người chủ trì.`,
      `attendance.2.substituteName: Vi phạm Điều 6 khoản 2: Dòng 3 (${nameOf(1)}): chưa ghi họ tên người dự họp thay.`,
      `attendance.2.authorisation: Vi phạm Điều 6 khoản 2: Dòng 3 (${nameOf(1)}): chưa có văn bản ủy quyền dự họp của thành viên (tải tệp lên).`,
      `attendance.3.chairConsent: Vi phạm Điều 6 khoản 2: Dòng 4 (${nameOf(2)}): chưa có ý kiến đồng ý của người chủ trì.`,
    ])
    expect(error!.message).toBe(
      [
        'Điểm danh chưa đầy đủ:',
        `Dòng 2 (${nameOf(0)}): chưa ghi lý do vắng mặt; chưa có ý kiến đồng ý của người chủ trì (Điều 11 khoản 4; Điều 6 khoản 2).`,
        `Dòng 3 (${nameOf(1)}): chưa ghi họ tên người dự họp thay; chưa có văn bản ủy quyền dự họp của thành viên (tải tệp lên) (Điều 6 khoản 2).`,
        `Dòng 4 (${nameOf(2)}): chưa có ý kiến đồng ý của người chủ trì (Điều 6 khoản 2).`,
      ].join('\n'),
    )
    expect(error!.message).not.toMatch(/attendance\.\d/)
    const stored = await payload.findByID({ collection: 'meetings', id: meeting.id, depth: 0 })
    expect(stored.attendance).toEqual([])
  })

  it('refuses a Working Group substitute without the written authorisation (R6.2b)', async () => {
    const meeting = await heldMeeting()
    const error = await refusalOf(
      updateMeeting(payload, world, meeting.id, {
        attendance: [
          {
            member: wgSeat(3),
            presence: 'substitute',
            reason: 'Dự hội nghị của Bộ',
            chairConsent: true,
            substituteName: 'Trần Thị Thay',
          },
        ],
      }),
    )
    expect(messagesOf(error)).toEqual([
      `attendance.0.authorisation: Vi phạm Điều 6 khoản 2: Dòng 1 (${nameOf(1)}): chưa có văn bản ủy quyền dự họp của thành viên (tải tệp lên).`,
    ])
  })

  it('flags, without refusing, an absent member who sent no substitute and was not released, until the chair’s waiver is recorded (R11.4)', async () => {
    const meeting = await heldMeeting()
    const absent = {
      member: wgSeat(2),
      presence: 'absent',
      reason: 'Ốm, đã báo Thường trực',
      chairConsent: true,
    }
    const substitute = {
      member: wgSeat(3),
      presence: 'substitute',
      reason: 'Dự hội nghị của Bộ',
      chairConsent: true,
      substituteName: 'Trần Thị Thay',
      authorisation,
    }
    const flagged = await updateMeeting(payload, world, meeting.id, {
      attendance: [absent, substitute],
    })
    expect(flagged.absenceWithoutSubstitute).toBe(1)
    expect(flagged.attendanceWarnings).toBe(
      `Dòng 1 (${nameOf(0)}): vắng mặt nhưng không cử người dự họp thay và chưa ghi người chủ trì cho miễn cử người dự thay (Điều 11 khoản 4).`,
    )
    const waived = await updateMeeting(payload, world, meeting.id, {
      attendance: [{ ...absent, substituteWaived: true }, substitute],
    })
    expect([waived.absenceWithoutSubstitute, waived.attendanceWarnings ?? null]).toEqual([0, null])
    expect(waived.attendance?.[0].substituteWaived).toBe(true)
  })
})

describe('Support Group substitutes (Art. 10.2, R8–R10)', () => {
  it('accepts a Support Group substitute without a written authorisation (R8–R10)', async () => {
    const meeting = await sgMeeting()
    const updated = await updateMeeting(payload, world, meeting.id, {
      attendance: [
        { member: sg.seats[0], presence: 'present' },
        {
          member: sg.seats[1],
          presence: 'substitute',
          reason: 'Trực ban tại đơn vị',
          chairConsent: true,
          substituteName: 'Lê Văn Thay',
        },
        { member: sg.seats[2], presence: 'absent', reason: 'Nghỉ phép', chairConsent: true },
      ],
    })
    expect(updated.attendance?.map((row) => row.presence)).toEqual([
      'present',
      'substitute',
      'absent',
    ])
    expect(updated.attendance?.[1].authorisation ?? null).toBeNull()
    // R11.4 (a substitute or the chair's waiver) is asked of Working Group members only.
    expect([updated.absenceWithoutSubstitute, updated.attendanceWarnings ?? null]).toEqual([
      0,
      null,
    ])
  })

  it('still refuses a Support Group substitute left unnamed, citing Art. 10(2) (R8–R10)', async () => {
    const meeting = await sgMeeting()
    const error = await refusalOf(
      updateMeeting(payload, world, meeting.id, {
        attendance: [
          {
            member: sg.seats[1],
            presence: 'substitute',
            reason: 'Trực ban',
            chairConsent: true,
          },
        ],
      }),
    )
    expect(messagesOf(error)).toEqual([
      expect.stringMatching(
        /^attendance\.0\.substituteName: Vi phạm Điều 10 khoản 2: Dòng 1 \(.+\): chưa ghi họ tên người dự họp thay\.$/,
      ),
    ])
  })
})
