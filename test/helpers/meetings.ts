import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { Meeting, User } from '../../payload-types'
import { sendNotice } from '../../collections/Meetings/sendNotice'
import { toInstant } from '../../src/lib/clock'
import {
  createAgency,
  createGroupWithHead,
  createMedia,
  createMember,
  createUser,
  day,
} from './fixtures'
import { initPayload } from './payload'

/** An instant given as Vietnam wall time ('2025-02-03 08:00'), as Payload stores it. */
export const vnAt = (wall: string): string => toInstant(wall).toISOString()

/**
 * A Working Group with a Head, a Standing Deputy and three members (each of his/her own agency,
 * in office from 2022-01-01), a secretariat user and an agenda document.
 */
export const createMeetingWorld = async (payload: Payload) => {
  const setup = await createGroupWithHead(payload)
  const members = []
  for (let i = 0; i < 3; i += 1) {
    const agency = await createAgency(payload)
    const user = await createUser(payload, { agency: agency.id, roles: ['viewer'] })
    const seat = await createMember(payload, {
      user: user.id,
      group: setup.group.id,
      position: 'member',
      agency: agency.id,
      from: '2022-01-01',
    })
    members.push({ agency, user, seat })
  }
  const secretariat = await createUser(payload, { roles: ['secretariat'], agency: setup.agency.id })
  const document = await createMedia(payload, { title: 'Báo cáo tiến độ Đề án 06' })
  return { ...setup, members, secretariat, document }
}

export type MeetingWorld = Awaited<ReturnType<typeof createMeetingWorld>>

/** The test file's Payload and a meeting world on it (createMeetingWorld). */
export const initMeetingWorld = async () => {
  const payload = await initPayload()
  return { payload, world: await createMeetingWorld(payload) }
}

let month = 0
/** A month no other test of the file uses ('YYYY-MM', from 2022-08 on), for R11.1a. */
export const freshMonth = (): string => {
  const index = 7 + month++
  return `${2022 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** A request of `user` for the actions (Local API, access control on). */
export const requestOf = (payload: Payload, user: User): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

/** Meeting data: a regular meeting on the 5th of `month`, 08:00–10:00, with one document. */
export const meetingData = (
  world: MeetingWorld,
  month: string,
  data: Partial<Meeting> & Record<string, unknown> = {},
) => ({
  group: world.group.id,
  kind: 'regular',
  start: vnAt(`${month}-05 08:00`),
  end: vnAt(`${month}-05 10:00`),
  place: 'Phòng họp số 1, Công an tỉnh',
  chair: world.head.id,
  agenda: [
    {
      title: 'Kết quả triển khai Đề án 06 tháng trước',
      presenterAgency: world.agency.id,
      documents: [world.document.id],
    },
  ],
  ...data,
})

/** Creates a meeting as the secretariat (overrideAccess: false). */
export const planMeeting = (
  payload: Payload,
  world: MeetingWorld,
  month: string,
  data: Partial<Meeting> & Record<string, unknown> = {},
) =>
  payload.create({
    collection: 'meetings',
    data: meetingData(world, month, data) as never,
    overrideAccess: false,
    user: world.secretariat,
    depth: 0,
  })

/** Updates a meeting as the secretariat. */
export const updateMeeting = (
  payload: Payload,
  world: MeetingWorld,
  id: number,
  data: Record<string, unknown>,
) =>
  payload.update({
    collection: 'meetings',
    id,
    data: data as never,
    overrideAccess: false,
    user: world.secretariat,
    depth: 0,
  })

/**
 * A regular meeting of `month` planned with `data`, its notice sent on the 1st at 09:00, marked
 * held with `held` (e.g. its minutes, R7.3).
 */
export const holdMeeting = async (
  payload: Payload,
  world: MeetingWorld,
  month: string,
  data: Record<string, unknown> = {},
  held: Record<string, unknown> = {},
) => {
  const meeting = await planMeeting(payload, world, month, data)
  await sendNotice(await requestOf(payload, world.secretariat), meeting.id, {
    now: new Date(vnAt(`${month}-01 09:00`)),
  })
  return updateMeeting(payload, world, meeting.id, { status: 'held', ...held })
}

export const storedMeeting = (payload: Payload, id: number) =>
  payload.findByID({ collection: 'meetings', id, depth: 0 })

export { day }
