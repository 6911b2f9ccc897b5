// Requests the REST property test found answering 500 on PostgreSQL (seed 923303040); each must
// now answer a translated 400 and store nothing, on both databases.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createAgency, createUser } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { errorMessage, restJson, restLogin } from '../helpers/rest'

let payload: Payload
let admin: string

beforeAll(async () => {
  payload = await initPayload()
  const agency = await createAgency(payload)
  await createUser(payload, { email: 'findings-admin@test.vn', roles: ['admin'], agency: agency.id })
  admin = await restLogin('findings-admin@test.vn', 'Test@12345')
})

describe('REST guard: property-test findings answer 400 in Vietnamese, never 500', () => {
  it('refuses sorting by a path into a json field (sort=log.output on jobs)', async () => {
    const { status, body } = await restJson('/payload-jobs?sort=log.output', { token: admin })
    expect(status).toBe(400)
    expect(errorMessage(body)).toContain('Không sắp xếp được theo "log.output"')
    const descending = await restJson('/payload-jobs?sort=-log', { token: admin })
    expect(descending.status).toBe(400)
  })

  it('still sorts by an ordinary field', async () => {
    const { status } = await restJson('/payload-jobs?sort=-createdAt', { token: admin })
    expect(status).toBe(200)
  })

  it('refuses a lone Unicode surrogate in a body and stores nothing', async () => {
    const before = (await payload.count({ collection: 'payload-preferences' })).totalDocs
    const { status, body } = await restJson('/payload-preferences', {
      method: 'POST',
      token: admin,
      body: { key: 'findings', value: { note: '😀\ud800' } },
    })
    expect(status).toBe(400)
    expect(errorMessage(body)).toContain('ký tự không lưu được')
    expect((await payload.count({ collection: 'payload-preferences' })).totalDocs).toBe(before)
  })

  it('accepts a whole emoji (a proper surrogate pair)', async () => {
    const { status } = await restJson('/payload-preferences', {
      method: 'POST',
      token: admin,
      body: { key: 'findings-ok', value: { note: 'Đã xong 😀' } },
    })
    expect(status).toBeLessThan(300)
  })

  it('refuses an id or relationship operand beyond the integer range', async () => {
    for (const query of [
      'where[agency][greater_than_equal]=999999999999999999',
      'where[agency][equals]=2147483648',
      'where[id][in]=1,99999999999',
      'where[agency][equals]=1.5',
    ]) {
      const { status, body } = await restJson(`/feedback?${query}`, { token: admin })
      expect(status, query).toBe(400)
      expect(errorMessage(body), query).toContain('Giá trị lọc')
    }
    const { status } = await restJson('/feedback?where[agency][equals]=2147483647', {
      token: admin,
    })
    expect(status).toBe(200)
  })
})
