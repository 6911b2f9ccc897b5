// Issue 13 item 3: a refused save lists every field to correct by its Vietnamese label and row,
// never by its path; each field keeps its own message, under its path, for the form to place.
import { beforeAll, describe, expect, it } from 'vitest'

import { createUser } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { errorMessage, restJson, restLogin } from '../helpers/rest'

let token = ''

beforeAll(async () => {
  const payload = await initPayload()
  const admin = await createUser(payload, { roles: ['admin'] })
  token = await restLogin(admin.email, 'Test@12345')
})

describe('a refused save names its fields as officials read them', () => {
  it('lists every invalid field at once by its label, in Vietnamese', async () => {
    const { status, body } = await restJson('/agencies', {
      method: 'POST',
      token,
      body: { kind: 'khong-co', email: 'khong-phai-email' },
    })
    expect(status).toBe(400)
    const message = errorMessage(body)
    expect(message).toMatch(/^Chưa lưu được, cần sửa \d+ mục: /)
    expect(message).not.toMatch(/\b(kind|email|name|code)\b/)
    const paths = (body.errors[0].data.errors as { path: string }[]).map((item) => item.path)
    expect(paths.length).toBeGreaterThan(1)
    expect(message.split(': ')[1]!.split(', ')).toHaveLength(new Set(paths).size)
  })

  it('names the row of an array field (an edition of the charter settings)', async () => {
    const { status, body } = await restJson('/globals/charter-settings', {
      method: 'POST',
      token,
      body: { editions: [{ effectiveFrom: '2026-01-01', meetingBeforeDay: 99 }] },
    })
    expect(status, JSON.stringify(body)).toBe(400)
    expect(errorMessage(body)).toMatch(/dòng 1/)
    expect(errorMessage(body)).not.toMatch(/editions|meetingBeforeDay/)
  })

  it('speaks English to an English-speaking user', async () => {
    const { body } = await restJson('/agencies', {
      method: 'POST',
      token,
      body: { kind: 'khong-co' },
      headers: { cookie: 'payload-lng=en' },
    })
    expect(errorMessage(body)).toMatch(/^Not saved, \d+ fields need correcting: /)
  })
})

describe('Payload’s English upload checks are said in Vietnamese', () => {
  it('a damaged PDF is refused with a Vietnamese message naming the file', async () => {
    const form = new FormData()
    const damaged = new Blob(['%PDF-1.4\nkhông phải nội dung PDF'], { type: 'application/pdf' })
    form.append('file', damaged, 'cong-van.pdf')
    form.append('_payload', JSON.stringify({ title: 'Công văn' }))
    const { status, body } = await restJson('/media', { method: 'POST', token, body: form })
    expect(status, JSON.stringify(body)).toBe(400)
    const text = JSON.stringify(body)
    expect(text).not.toMatch(/Invalid|MIME|corrupted/)
    expect(errorMessage(body)).toMatch(/^Chưa lưu được, cần sửa 1 mục: /)
  })
})
