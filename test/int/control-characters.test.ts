import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { createAgency, createGroupWithHead, createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { restJson, restLogin } from '../helpers/rest'

// Issue 11 L9: control characters are refused in every text field of every collection, with a
// message naming the field's label; multi-line fields keep their line breaks and tabs.

const PASSWORD = 'Test@12345'

let payload: Payload
let secretariat: User
let secretariatToken: string
let reporterToken: string
let lead: number
let head: number

beforeAll(async () => {
  payload = await initPayload()
  head = (await createGroupWithHead(payload)).head.id
  lead = (await createAgency(payload)).id
  secretariat = await createUser(payload, { roles: ['secretariat'] })
  const reporter = await createUser(payload, { roles: ['reporter'], agency: lead })
  secretariatToken = await restLogin(secretariat.email, PASSWORD)
  reporterToken = await restLogin(reporter.email, PASSWORD)
})

type ErrorBody = { errors?: { message: string; data?: { errors?: unknown[] } }[] }

/** Every message of an error body, field errors included, as one string. */
const messages = (body: ErrorBody): string =>
  JSON.stringify(body?.errors?.flatMap((error) => error.data?.errors ?? [error]) ?? body)

const agencyNamed = (name: string, headers?: Record<string, string>) =>
  restJson('/agencies', {
    method: 'POST',
    token: secretariatToken,
    headers,
    body: { name, code: `CC-${Math.random().toString(36).slice(2, 8)}`, kind: 'department' },
  })

const agencyCount = async () => (await payload.count({ collection: 'agencies' })).totalDocs

const task = () =>
  payload.create({
    collection: 'tasks',
    data: {
      title: 'Cập nhật dữ liệu',
      source: 'ad-hoc',
      leadAgency: lead,
      assignedBy: head,
      assignedOn: day('2025-02-05'),
      dueDate: day('2025-03-31'),
    } as never,
    overrideAccess: true,
    depth: 0,
  })

describe('control characters in text fields (issue 11 L9)', () => {
  it('refuses a name holding a control character, naming the field, storing nothing (issue 11 L9)', async () => {
    const before = await agencyCount()
    for (const name of ['Sở\u0007Tư pháp', 'Sở Tư pháp\n', '\tSở', 'Sở\rX', 'Sở\u007f']) {
      const { status, body } = await agencyNamed(name)
      expect(status, JSON.stringify(name)).toBe(400)
      expect(messages(body)).toContain("Trường 'Tên cơ quan' chứa ký tự điều khiển không hợp lệ.")
    }
    // NUL may be refused earlier by the REST guard, for any body: a 400 either way.
    expect((await agencyNamed('Sở\u0000Tư pháp')).status).toBe(400)
    expect(await agencyCount()).toBe(before)
    expect((await agencyNamed('Sở Tư pháp')).status).toBe(201)
  })

  it('names the field in English for an English-speaking user (issue 11 L9)', async () => {
    const { status, body } = await agencyNamed('Sở\u0001', { 'accept-language': 'en' })
    expect(status).toBe(400)
    expect(messages(body)).toContain("The field 'Name' contains invalid control characters.")
  })

  it("refuses control characters in a user's full name, which stays unchanged (issue 11 L9)", async () => {
    const { status, body } = await restJson(`/users/${secretariat.id}`, {
      method: 'PATCH',
      token: secretariatToken,
      body: { fullName: 'Nguyễn\u0008Văn A' },
    })
    expect(status).toBe(400)
    expect(messages(body)).toContain("Trường 'Họ và tên' chứa ký tự điều khiển không hợp lệ.")
    const stored = await payload.findByID({ collection: 'users', id: secretariat.id, depth: 0 })
    expect(stored.fullName).toBe(secretariat.fullName)
  })

  it('keeps line breaks and tabs in multi-line fields but refuses other control characters (issue 11 L9)', async () => {
    const { id } = await task()
    const ok = await restJson(`/tasks/${id}`, {
      method: 'PATCH',
      token: reporterToken,
      body: { result: 'Dòng 1\nDòng 2\r\n\tDòng 3' },
    })
    expect(ok.status).toBe(200)
    for (const result of ['Kết quả\u0001', 'Kết quả\u001b[31m', 'A\rB']) {
      const refused = await restJson(`/tasks/${id}`, {
        method: 'PATCH',
        token: reporterToken,
        body: { result },
      })
      expect(refused.status, JSON.stringify(result)).toBe(400)
      expect(messages(refused.body)).toContain("Trường 'Kết quả thực hiện' chứa ký tự điều khiển")
    }
    const stored = await payload.findByID({ collection: 'tasks', id, depth: 0 })
    expect(stored.result).toBe('Dòng 1\nDòng 2\r\n\tDòng 3')
  })

  it('checks text inside array rows, naming the row’s field (issue 11 L9)', async () => {
    const { id } = await task()
    const { status, body } = await restJson(`/tasks/${id}`, {
      method: 'PATCH',
      token: reporterToken,
      body: { extensions: [{ reason: 'Lý do\u0003', newDueDate: day('2025-04-30') }] },
    })
    expect(status).toBe(400)
    expect(messages(body)).toContain("Trường 'Lý do' chứa ký tự điều khiển")
    expect(messages(body)).toContain('extensions.0.reason')
    expect((await payload.findByID({ collection: 'tasks', id, depth: 0 })).extensions).toEqual([])
  })
})
