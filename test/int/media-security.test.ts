import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { createAgency, createMedia, createUser, PDF_BYTES } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { mediaFileExists } from '../helpers/refusals'
import { errorMessage, rest, restJson, restLogin } from '../helpers/rest'

// Issue 11 M5 and L10: who owns an uploaded file, what it is stored as, how it is served.

let payload: Payload
let ownAgency: number
let otherAgency: number
let reporter: User
let reporterToken: string
let otherToken: string

const PASSWORD = 'Test@12345'

const form = (name: string, bytes: Uint8Array, data: Record<string, unknown>, type: string) => {
  const body = new FormData()
  body.append('file', new File([Buffer.from(bytes)], name, { type }))
  body.append('_payload', JSON.stringify(data))
  return body
}

const upload = (
  name: string,
  data: Record<string, unknown> = {},
  { bytes = PDF_BYTES as Uint8Array, type = 'application/pdf', token = reporterToken } = {},
) =>
  restJson('/media', {
    method: 'POST',
    token,
    body: form(name, bytes, { title: 'Công văn', ...data }, type),
  })

const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

beforeAll(async () => {
  payload = await initPayload()
  ownAgency = (await createAgency(payload)).id
  otherAgency = (await createAgency(payload)).id
  reporter = await createUser(payload, { roles: ['reporter'], agency: ownAgency })
  const other = await createUser(payload, { roles: ['reporter'], agency: otherAgency })
  reporterToken = await restLogin(reporter.email, PASSWORD)
  otherToken = await restLogin(other.email, PASSWORD)
})

describe('media owner agency (issue 11 M5)', () => {
  it('a reporter cannot upload a file under another agency, and the other agency does not see it (issue 11 M5)', async () => {
    const before = await mediaCount()
    const { status, body } = await upload('cong-van.pdf', { agency: otherAgency })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/cơ quan của người tải lên/)
    expect(await mediaCount()).toBe(before)
    const seen = await restJson('/media?limit=100&depth=0', { token: otherToken })
    expect(seen.status).toBe(200)
    expect(seen.body.docs).toEqual([])
  })

  it("a reporter's upload without an agency is filed under his/her own agency (issue 11 M5)", async () => {
    const { status, body } = await upload('cong-van.pdf')
    expect(status).toBe(201)
    expect(body.doc.agency).toMatchObject({ id: ownAgency })
  })

  it('a reporter cannot move his/her file to another agency, which stays unchanged (issue 11 M5)', async () => {
    const file = await createMedia(payload, { agency: ownAgency, createdBy: reporter.id } as never)
    const { status } = await restJson(`/media/${file.id}`, {
      method: 'PATCH',
      token: reporterToken,
      body: { agency: otherAgency },
    })
    expect(status).toBe(400)
    const stored = await payload.findByID({ collection: 'media', id: file.id, depth: 0 })
    expect(stored.agency).toBe(ownAgency)
    const renamed = await restJson(`/media/${file.id}`, {
      method: 'PATCH',
      token: reporterToken,
      body: { title: 'Tên mới' },
    })
    expect(renamed.status).toBe(200)
    expect(renamed.body.doc.agency).toMatchObject({ id: ownAgency })
  })
})

describe('uploaded files stored and served safely (issue 11 L10)', () => {
  it('stores x.html holding PDF bytes as x.pdf, typed by its bytes (issue 11 L10)', async () => {
    const html = await upload('x.html', {}, { type: 'text/html' })
    expect(html.status).toBe(201)
    expect(html.body.doc.filename).toMatch(/^x(-\d+)?\.pdf$/)
    expect(html.body.doc.mimeType).toBe('application/pdf')
    const claimed = await upload('bao-cao.html')
    expect(claimed.body.doc.filename).toMatch(/^bao-cao(-\d+)?\.pdf$/)
    const doubled = await upload('x.pdf.html')
    expect(doubled.status).toBe(201)
    expect(doubled.body.doc.filename).toMatch(/^x(-\d+)?\.pdf$/)
    expect(mediaFileExists(doubled.body.doc.filename)).toBe(true)
  })

  it('serves files with nosniff and as attachments (issue 11 L10)', async () => {
    const { body } = await upload('tai-lieu.pdf')
    const response = await rest(`/media/file/${body.doc.filename}`, { token: reporterToken })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment/)
  })

  it('answers 400 to a path in the filename of a PATCH and keeps the stored name (issue 11 L10)', async () => {
    const file = await createMedia(payload, { agency: ownAgency, createdBy: reporter.id } as never)
    const { status, body } = await restJson(`/media/${file.id}`, {
      method: 'PATCH',
      token: reporterToken,
      body: { filename: '../../../x.pdf' },
    })
    expect(status).toBe(400)
    expect(errorMessage(body)).toMatch(/Tên tệp/)
    const stored = await payload.findByID({ collection: 'media', id: file.id, depth: 0 })
    expect(stored.filename).toBe(file.filename)
  })

  it('answers 400 to a NUL byte in an upload’s file name, storing nothing (issue 11 L10)', async () => {
    const before = await mediaCount()
    const nul = await upload('cong\u0000van.pdf')
    expect(nul.status).toBe(400)
    const control = await upload('cong\u0001van.pdf')
    expect(control.status).toBe(400)
    expect(JSON.stringify(control.body)).toMatch(/ký tự điều khiển/)
    expect(await mediaCount()).toBe(before)
  })

  it('answers an oversized upload with 413 naming the 20 MB limit in Vietnamese, storing nothing (issue 11 L10)', async () => {
    const before = await mediaCount()
    const big = new Uint8Array(20 * 1024 * 1024 + 1024)
    big.set(PDF_BYTES)
    const { status, body } = await upload('lon.pdf', {}, { bytes: big })
    expect(status).toBe(413)
    expect(errorMessage(body)).toBe('Tệp quá lớn: tối đa 20 MB.')
    expect(await mediaCount()).toBe(before)
  })
})
