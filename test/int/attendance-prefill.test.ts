// Issue 13, items 8, 9 and 14: attendance pre-filled from the invitees (every row "present", rows
// already entered kept), the member and person pickers (every seat, the Head first, labelled with
// position and agency), and the side panel's figures read again after a save.
import type { Endpoint, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sendNotice } from '../../collections/Meetings/sendNotice'
import { createAgency, createMember, createUser } from '../helpers/fixtures'
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
/** Seven more members, so that the group has twelve seats (more than a picker's first page). */
const extra: { seat: number; name: string; agency: string }[] = []

beforeAll(async () => {
  payload = await initPayload()
  world = await createMeetingWorld(payload)
  for (let i = 0; i < 7; i += 1) {
    const agency = await createAgency(payload, { name: `Sở Thử nghiệm ${i}` })
    const user = await createUser(payload, {
      agency: agency.id,
      fullName: `Thành viên ${String.fromCharCode(90 - i)} Ví dụ`,
    })
    const seat = await createMember(payload, {
      user: user.id,
      group: world.group.id,
      position: 'member',
      agency: agency.id,
      from: '2022-01-01',
    })
    extra.push({ seat: seat.id, name: user.fullName, agency: agency.name })
  }
})

const endpointOf = (collection: 'meetings' | 'members' | 'users', path: string) =>
  (payload.collections[collection].config.endpoints as Endpoint[]).find(
    (candidate) => candidate.path === path,
  )!

const call = async (
  collection: 'meetings' | 'members' | 'users',
  path: string,
  params: { id?: number; query?: Record<string, string> } = {},
) => {
  const req = await requestOf(payload, world.secretariat)
  if (params.id !== undefined) req.routeParams = { id: String(params.id) }
  req.query = params.query ?? {}
  const response = await endpointOf(collection, path).handler(req)
  return { status: response.status, body: (await response.json()) as Record<string, never> }
}

/** A meeting of a fresh month with its notice sent on the 1st. */
const noticedMeeting = async () => {
  const month = freshMonth()
  const meeting = await planMeeting(payload, world, month)
  await sendNotice(await requestOf(payload, world.secretariat), meeting.id, {
    now: new Date(vnAt(`${month}-01 09:00`)),
  })
  return meeting
}

describe('attendance pre-filled from the invitees (issue 13, item 8)', () => {
  it('adds one "present" row per invited member without a row, Head first, and keeps the rows already entered', async () => {
    const meeting = await noticedMeeting()
    const absent = world.members[1].seat.id
    await updateMeeting(payload, world, meeting.id, {
      attendance: [
        { member: absent, presence: 'absent', reason: 'Đi công tác', chairConsent: true },
      ],
    })
    const { status, body } = await call('meetings', '/:id/prefill-attendance', { id: meeting.id })
    expect(status).toBe(200)
    expect(body.message).toMatch(/^Đã điểm danh theo danh sách mời/)
    const stored = await storedMeeting(payload, meeting.id)
    const rows = (stored.attendance ?? []).map((row) => ({
      member: row.member,
      presence: row.presence,
      reason: row.reason ?? null,
    }))
    expect(stored.invitedMembers).toHaveLength(12)
    expect(rows).toHaveLength(12)
    // The row entered first is untouched.
    expect(rows[0]).toEqual({ member: absent, presence: 'absent', reason: 'Đi công tác' })
    // Then the Head, the Standing Deputy, and the members: all present.
    expect(rows.slice(1, 3).map((row) => row.member)).toEqual([
      world.headSeat.id,
      world.deputySeat.id,
    ])
    expect(rows.slice(1).every((row) => row.presence === 'present')).toBe(true)
    expect(new Set(rows.map((row) => row.member)).size).toBe(12)

    // A second run adds nothing and changes nothing.
    const again = await call('meetings', '/:id/prefill-attendance', { id: meeting.id })
    expect(again.status).toBe(200)
    const after = await storedMeeting(payload, meeting.id)
    expect(after.attendance?.map((row) => [row.member, row.presence])).toEqual(
      stored.attendance?.map((row) => [row.member, row.presence]),
    )
  })

  it('refuses to touch the attendance of a cancelled meeting, in Vietnamese', async () => {
    const meeting = await noticedMeeting()
    await updateMeeting(payload, world, meeting.id, { status: 'cancelled' })
    const { status, body } = await call('meetings', '/:id/prefill-attendance', { id: meeting.id })
    expect(status).toBe(400)
    expect((body.errors as { message: string }[])[0].message).toMatch(/không sửa điểm danh/)
    expect((await storedMeeting(payload, meeting.id)).attendance ?? []).toEqual([])
  })
})

describe('the pre-fill and the panel refuse bad requests, storing nothing (issue 13, items 8 and 9)', () => {
  /** Calls an endpoint as `user` (none: anonymous) with the raw route id. */
  const callAs = async (
    user: Awaited<ReturnType<typeof createUser>> | null,
    path: string,
    id: string,
  ) => {
    const req = user
      ? await requestOf(payload, user)
      : await requestOf(payload, world.secretariat).then((r) => Object.assign(r, { user: null }))
    req.routeParams = { id }
    req.query = {}
    const response = await endpointOf('meetings', path).handler(req)
    return {
      status: response.status,
      body: (await response.json()) as { errors?: { message: string }[] },
    }
  }

  it('refuses a reporter the pre-fill (403) and leaves the attendance empty', async () => {
    const meeting = await noticedMeeting()
    const reporter = await createUser(payload, { roles: ['reporter'], agency: world.agency.id })
    const { status } = await callAs(reporter, '/:id/prefill-attendance', String(meeting.id))
    expect(status).toBe(403)
    expect((await storedMeeting(payload, meeting.id)).attendance ?? []).toEqual([])
  })

  it('answers an id that cannot exist with 404 and a Vietnamese message', async () => {
    for (const path of ['/:id/prefill-attendance', '/:id/panel']) {
      const { status, body } = await callAs(world.secretariat, path, 'abc')
      expect(status).toBe(404)
      expect(body.errors?.[0].message).toBe('Không tìm thấy cuộc họp.')
    }
  })

  it('asks an anonymous caller to log in (401)', async () => {
    const meeting = await noticedMeeting()
    for (const path of ['/:id/prefill-attendance', '/:id/panel'])
      expect((await callAs(null, path, String(meeting.id))).status).toBe(401)
    expect((await storedMeeting(payload, meeting.id)).attendance ?? []).toEqual([])
  })
})

describe('the side panel read again after a save (issue 13, item 9)', () => {
  it('answers the figures and actions of the meeting as saved: present members and "held"', async () => {
    const meeting = await noticedMeeting()
    await call('meetings', '/:id/prefill-attendance', { id: meeting.id })
    const before = await call('meetings', '/:id/panel', { id: meeting.id })
    expect(before.status).toBe(200)
    expect((before.body.summary as { status: string }).status).toBe('notice-sent')
    await updateMeeting(payload, world, meeting.id, { status: 'held' })
    const { status, body } = await call('meetings', '/:id/panel', { id: meeting.id })
    const summary = body.summary as {
      status: string
      canAct: boolean
      attendance: { present: number; unrecorded: number }
    }
    expect(status).toBe(200)
    expect([
      summary.status,
      summary.canAct,
      summary.attendance.present,
      summary.attendance.unrecorded,
    ]).toEqual(['held', true, 12, 0])
  })
})

describe('the member and person pickers (issue 13, items 8 and 14)', () => {
  it('lists every seat of the group, the Head first, then by position and name, with position and agency', async () => {
    const { status, body } = await call('members', '/picker-options', {
      query: { group: String(world.group.id), day: '2023-03-05' },
    })
    expect(status).toBe(200)
    const options = body.options as { value: number; label: { vi: string; en: string } }[]
    expect(options).toHaveLength(12)
    expect(options[0]).toEqual({
      value: world.headSeat.id,
      label: {
        vi: `${world.head.fullName} — Tổ trưởng, ${world.agency.name}`,
        en: `${world.head.fullName} — Head, ${world.agency.name}`,
      },
    })
    expect(options[1].label.vi).toBe(
      `${world.deputy.fullName} — Tổ phó Thường trực, ${world.agency.name}`,
    )
    const names = options.slice(2).map((option) => option.label.vi.split(' — ')[0])
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')))
    const last = extra[0]
    expect(options.map((option) => option.label.vi)).toContain(
      `${last.name} — Thành viên, ${last.agency}`,
    )
  })

  it('labels each person with the position held today and the agency, leaders first', async () => {
    const { status, body } = await call('users', '/picker-options')
    expect(status).toBe(200)
    const labels = (body.options as { label: { vi: string } }[]).map((option) => option.label.vi)
    const head = labels.indexOf(`${world.head.fullName} — Tổ trưởng, ${world.agency.name}`)
    const member = labels.indexOf(`${extra[0].name} — Thành viên, ${extra[0].agency}`)
    expect(head).toBeGreaterThanOrEqual(0)
    expect(member).toBeGreaterThan(head)
  })

  it('asks an anonymous caller of either picker to log in (401)', async () => {
    const statuses: number[] = []
    for (const collection of ['members', 'users'] as const) {
      const req = await requestOf(payload, world.secretariat)
      Object.assign(req, { user: null, query: {} })
      statuses.push((await endpointOf(collection, '/picker-options').handler(req)).status)
    }
    expect(statuses).toEqual([401, 401])
  })
})
