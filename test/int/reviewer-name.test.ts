// R7.5, R12.3a, R12.4: a reporter reading his agency's data-call response or monthly report sees
// who reviewed it by name ("Người xem xét: …"), and in the obstacles register the agency that
// resolves an item, never the id of a record he may not read; the names cannot be written.
import { createLocalReq } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Agency, User } from '../../payload-types'
import { saveAnswers } from '../../collections/DataCallResponses/answers'
import {
  as,
  createCallWorld,
  draftCall,
  goodAnswers,
  openCall,
  responsesOf,
  type CallWorld,
} from '../helpers/dataCalls'
import { createAgency } from '../helpers/fixtures'
import { createReportingAgency, setVnNow } from '../helpers/reports'
import { restJson, restLogin } from '../helpers/rest'
import { completeReport, head, initReportWorld, payload, secretariat } from '../helpers/reportWorld'

const PASSWORD = 'Test@12345'
let world: CallWorld
let standingBody: Agency

beforeAll(async () => {
  await initReportWorld()
  world = await createCallWorld(payload)
  standingBody = await createAgency(payload, { kind: 'department' })
  await payload.update({
    collection: 'agencies',
    id: standingBody.id,
    data: { isStandingBody: true },
    overrideAccess: true,
  })
})

afterEach(() => {
  vi.useRealTimers()
})

const reqOf = (user: User) =>
  createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

/** A data call answered and sent by the first agency, then accepted by the secretariat. */
const acceptedResponse = async () => {
  const call = await draftCall(payload, world.secretariat, {
    agencies: world.agencies.map((agency) => agency.id),
  })
  await openCall(payload, world.secretariat, call.id)
  const [own] = await responsesOf(payload, call.id)
  await saveAnswers(await reqOf(world.reporters[0]!), own!.id, goodAnswers() as never, {
    source: 'online',
    submit: true,
  })
  await payload.update({
    collection: 'data-call-responses',
    id: own!.id,
    data: { status: 'accepted' },
    ...as(world.secretariat),
  })
  return own!
}

describe('the reviewer shown by name to the agency (R7.5, R12.3a)', () => {
  it('R7.5: a reporter reads the name of who accepted his data-call response over REST', async () => {
    const response = await acceptedResponse()
    const token = await restLogin(world.reporters[0]!.email, PASSWORD)
    const { status, body } = await restJson(`/data-call-responses/${response.id}?depth=1`, {
      token,
    })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.reviewedByName).toBe(world.secretariat.fullName)
    const listed = await restJson(
      `/data-call-responses?where[id][equals]=${response.id}&depth=0&limit=10`,
      { token },
    )
    expect(listed.body.docs[0].reviewedByName).toBe(world.secretariat.fullName)
  })

  it('R7.5: the reviewer name cannot be written over REST', async () => {
    const response = await acceptedResponse()
    const token = await restLogin(world.secretariat.email, PASSWORD)
    const { body } = await restJson(`/data-call-responses/${response.id}`, {
      method: 'PATCH',
      token,
      body: { reviewedByName: 'Người khác' },
    })
    const stored = await restJson(`/data-call-responses/${response.id}`, { token })
    expect([body.doc?.reviewedByName ?? null, stored.body.reviewedByName]).not.toContain(
      'Người khác',
    )
    expect(stored.body.reviewedByName).toBe(world.secretariat.fullName)
  })

  it('R7.5: a response not yet reviewed has no reviewer name', async () => {
    const call = await draftCall(payload, world.secretariat, {
      agencies: world.agencies.map((agency) => agency.id),
    })
    await openCall(payload, world.secretariat, call.id)
    const [own] = await responsesOf(payload, call.id)
    const token = await restLogin(world.reporters[0]!.email, PASSWORD)
    const { body } = await restJson(`/data-call-responses/${own!.id}`, { token })
    expect(body.reviewedByName ?? null).toBeNull()
  })

  it('R12.3a: a reporter reads the name of who accepted his monthly report over REST', async () => {
    setVnNow('2025-03-16 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await completeReport(reporter)
    const token = await restLogin(reporter.email, PASSWORD)
    const secretariatToken = await restLogin(secretariat.email, PASSWORD)
    const sent = await restJson(`/reports/${report.id}/submit`, { method: 'POST', token, body: {} })
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    const accepted = await restJson(`/reports/${report.id}/accept`, {
      method: 'POST',
      token: secretariatToken,
      body: {},
    })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    const { status, body } = await restJson(`/reports/${report.id}?depth=1`, { token })
    expect(status).toBe(200)
    expect(body.reviewedByName).toBe(secretariat.fullName)
  })

  it('R12.4: a reporter reads the name of the agency resolving his obstacle, in the list too', async () => {
    const reporter = world.reporters[0]!
    const token = await restLogin(reporter.email, PASSWORD)
    const raised = await restJson('/feedback', {
      method: 'POST',
      token,
      body: { kind: 'obstacle', title: 'Thiếu thiết bị đọc thẻ', content: 'Cấp xã chưa có.' },
    })
    expect(raised.status, JSON.stringify(raised.body)).toBe(201)
    const id = raised.body.doc.id
    const { body } = await restJson(`/feedback/${id}?depth=1`, { token })
    expect([body.resolver?.name ?? null, body.resolverName]).toEqual([null, standingBody.name])
    const listed = await restJson(`/feedback?where[id][equals]=${id}&depth=0&limit=10`, { token })
    expect(listed.body.docs[0].resolverName).toBe(standingBody.name)
  })

  it('R12.4: the resolving agency’s name sent over REST is ignored', async () => {
    const token = await restLogin(world.reporters[0]!.email, PASSWORD)
    const raised = await restJson('/feedback', {
      method: 'POST',
      token,
      body: {
        kind: 'obstacle',
        title: 'Thiếu đường truyền',
        content: 'Xã vùng cao chưa có cáp quang.',
        resolverName: 'Cơ quan khác',
      },
    })
    expect(raised.status, JSON.stringify(raised.body)).toBe(201)
    expect(raised.body.doc.resolverName).toBe(standingBody.name)
  })
})
