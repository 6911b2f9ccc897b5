import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Media, Meeting } from '../../payload-types'
import { createAgency, createMedia, createMember, createUser, PDF_BYTES } from '../helpers/fixtures'
import { createMeetingWorld, freshMonth, planMeeting, type MeetingWorld } from '../helpers/meetings'
import { initPayload } from '../helpers/payload'
import { rest, restJson, restLogin } from '../helpers/rest'

// Issue 13: a notice links to the meeting's files (login required). An invited member's reporter
// opens the files the standing body attached to that meeting; nobody else's reporter does, and
// the invitee opens nothing beyond that meeting's files.

const PASSWORD = 'Test@12345'

let payload: Payload
let world: MeetingWorld
let meeting: Meeting
let agenda: Media
let minutes: Media
let unrelated: Media
let inviteeToken: string
let guestAgencyToken: string
let outsiderToken: string

const standingBodyFile = (title: string) =>
  createMedia(payload, { title, agency: world.agency.id } as never)

const reporterOf = async (agencyId: number) => {
  const user = await createUser(payload, { roles: ['reporter'], agency: agencyId })
  return { user, token: await restLogin(user.email, PASSWORD) }
}

beforeAll(async () => {
  payload = await initPayload()
  world = await createMeetingWorld(payload)
  const inviteeAgency = await createAgency(payload)
  const invitee = await reporterOf(inviteeAgency.id)
  await createMember(payload, {
    user: invitee.user.id,
    group: world.group.id,
    position: 'member',
    agency: inviteeAgency.id,
    from: '2022-01-01',
  })
  inviteeToken = invitee.token
  const guestAgency = await createAgency(payload)
  guestAgencyToken = (await reporterOf(guestAgency.id)).token
  outsiderToken = (await reporterOf((await createAgency(payload)).id)).token
  agenda = await standingBodyFile('Báo cáo kết quả triển khai Đề án 06')
  minutes = await standingBodyFile('Biên bản cuộc họp (bản quét)')
  unrelated = await standingBodyFile('Công văn nội bộ của Cơ quan thường trực')
  meeting = await planMeeting(payload, world, freshMonth(), {
    agenda: [
      {
        title: 'Kết quả triển khai Đề án 06 tháng trước',
        presenterAgency: world.agency.id,
        documents: [agenda.id],
      },
    ],
    guests: [{ name: 'Lê Văn Khách', agency: guestAgency.id }],
  })
  await payload.update({
    collection: 'meetings',
    id: meeting.id,
    data: { minutesScan: minutes.id },
    overrideAccess: true,
    depth: 0,
  })
})

const fileOf = (file: Media, token: string) =>
  rest(`/media/file/${encodeURIComponent(file.filename!)}`, { token })

describe("invitees read their meeting's files (issue 13)", () => {
  it("lets an invited member's reporter download the agenda file the standing body uploaded (issue 13)", async () => {
    const response = await fileOf(agenda, inviteeToken)
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF_BYTES)).toBe(true)
  })

  it("lets an invited member's reporter read the agenda file and the signed minutes by id (issue 13)", async () => {
    const statuses = await Promise.all(
      [agenda, minutes].map(async (file) => {
        const { status, body } = await restJson(`/media/${file.id}?depth=0`, {
          token: inviteeToken,
        })
        return [status, body.id]
      }),
    )
    expect(statuses).toEqual([
      [200, agenda.id],
      [200, minutes.id],
    ])
  })

  it("lets the reporter of a guest's agency download the meeting's file (issue 13)", async () => {
    expect((await fileOf(agenda, guestAgencyToken)).status).toBe(200)
  })

  it('refuses the file to a reporter whose agency is not invited (issue 13)', async () => {
    expect([403, 404]).toContain((await fileOf(agenda, outsiderToken)).status)
    const { status } = await restJson(`/media/${agenda.id}?depth=0`, { token: outsiderToken })
    expect([403, 404]).toContain(status)
  })

  it("opens to an invitee nothing of the standing body's beyond the meeting's files (issue 13)", async () => {
    expect([403, 404]).toContain((await fileOf(unrelated, inviteeToken)).status)
    const { status, body } = await restJson('/media?limit=100&depth=0', { token: inviteeToken })
    expect(status).toBe(200)
    expect(body.docs.map((doc: Media) => doc.id).sort()).toEqual([agenda.id, minutes.id].sort())
  })
})
