// Issue 11: every REST request is bounded and every malformed one answers a translated 4xx, never
// a 5xx. Each test names the finding of the issue; all go through the app's own route handlers
// (REST guard + Payload) on this file's database.
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createAgency, createUser } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { errorMessage, rest, restJson, restLogin } from '../helpers/rest'

const ROLES = ['admin', 'secretariat', 'reporter', 'viewer'] as const
const tokens: Record<string, string> = {}
let payload: Payload
let admin: string
const chain: number[] = []

const countOf = async (collection: CollectionSlug) =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

const expect4xx = (status: number, body: unknown) => {
  expect(status, JSON.stringify(body)).toBeGreaterThanOrEqual(400)
  expect(status, JSON.stringify(body)).toBeLessThan(500)
}

beforeAll(async () => {
  payload = await initPayload()
  // A chain of agencies, each the parent of the next, four levels deep.
  let parent: number | undefined
  for (let level = 0; level < 4; level++) {
    const agency = await createAgency(payload, parent ? { parent } : {})
    chain.unshift(Number(agency.id))
    parent = Number(agency.id)
  }
  for (const role of ROLES) {
    const email = `limits-${role}@test.vn`
    await createUser(payload, { email, roles: [role], agency: chain.at(-1) })
    tokens[role] = await restLogin(email, 'Test@12345')
  }
  admin = tokens.admin!
})

describe('M2: one request must not stall the server (depth and limit bounded)', () => {
  it('GET /api/meetings?limit=100&depth=10 answers, populated no deeper than maxDepth 2', async () => {
    const meetings = await restJson('/meetings?limit=100&depth=10', { token: admin })
    expect(meetings.status).toBe(200)
    const { status, body } = await restJson(`/agencies/${chain[0]}?depth=10`, { token: admin })
    expect(status).toBe(200)
    expect(typeof body.parent).toBe('object')
    expect(typeof body.parent.parent).toBe('object')
    expect(typeof body.parent.parent.parent).toBe('number')
  })

  it('refuses limit above 200 with a clear Vietnamese message, and English on request', async () => {
    const vi = await restJson('/meetings?limit=201', { token: admin })
    expect(vi.status).toBe(400)
    expect(errorMessage(vi.body)).toMatch(/^Mỗi lần chỉ lấy tối đa 200 bản ghi/)
    const en = await restJson('/meetings?limit=100000', {
      token: admin,
      headers: { 'accept-language': 'en' },
    })
    expect(errorMessage(en.body)).toMatch(/^At most 200 records per request/)
  })

  it('accepts limit=200', async () => {
    expect((await rest('/agencies?limit=200', { token: admin })).status).toBe(200)
  })

  it.each(['0', '-1', '1.5', 'abc', '1e3', ''])('refuses limit=%s', async (limit) => {
    const { status, body } = await restJson(`/agencies?limit=${limit}`, { token: admin })
    expect(status).toBe(400)
    expect(errorMessage(body)).toMatch(/limit/)
  })

  it('refuses pagination=false from REST clients', async () => {
    const { status, body } = await restJson('/reports?pagination=false', { token: admin })
    expect(status).toBe(400)
    expect(errorMessage(body)).toMatch(/Không được tắt phân trang/)
  })

  it('refuses limit=0 in the body of a method-override POST too', async () => {
    const response = await rest('/agencies', {
      method: 'POST',
      token: admin,
      body: 'limit=0&depth=0',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-payload-http-method-override': 'GET',
      },
    })
    expect(response.status).toBe(400)
  })

  it("allows the admin's has-many value load: limit = number of ids, where id in ids, depth 0", async () => {
    const ids = Array.from({ length: 250 }, (_, i) => `where[id][in][${i}]=${i + 1}`).join('&')
    const response = await rest('/agencies', {
      method: 'POST',
      token: admin,
      body: `depth=0&limit=250&${ids}`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-payload-http-method-override': 'GET',
      },
    })
    expect(response.status).toBe(200)
  })

  it("allows a list view's relationship column: limit=250 for the page's ids at depth 0", async () => {
    const { status, body } = await restJson(
      '/agencies?depth=0&draft=true&limit=250&where[id][in]=1,2,3',
      { token: admin },
    )
    expect(status).toBe(200)
    expect((body as { docs: unknown[] }).docs.length).toBeLessThanOrEqual(3)
  })

  it('still refuses a limit over the maximum without an id list, or with relations populated', async () => {
    expect((await restJson('/agencies?depth=0&limit=250', { token: admin })).status).toBe(400)
    expect(
      (await restJson('/agencies?depth=1&limit=250&where[id][in]=1,2,3', { token: admin })).status,
    ).toBe(400)
  })

  it.each(['limit[]=1&limit=2', 'page[]=1&page=2', 'depth[]=1&depth=2', 'draft[]=true'])(
    'refuses the repeated scalar parameter %s',
    async (query) => {
      const { status, body } = await restJson(`/agencies?${query}`, { token: admin })
      expect(status).toBe(400)
      expect(errorMessage(body)).toMatch(/chỉ được có một giá trị/)
    },
  )

  it('accepts sort given as a list, as Payload does', async () => {
    const response = await rest('/agencies?sort[0]=name&sort[1]=-id', { token: admin })
    expect(response.status).toBe(200)
  })
})

describe('L8: no sort or where on hidden auth fields, at any path depth', () => {
  it.each([
    'sort=createdBy.hash',
    'sort=-createdBy.salt',
    'sort=createdBy.resetPasswordToken',
    'sort=updatedBy.lockUntil',
    'sort=name,-createdBy.hash',
    'where[createdBy.salt][exists]=true',
    'where[or][0][createdBy.loginAttempts][greater_than]=0',
    'where[x.y.salt][equals]=1',
    'where[createdBy.apiKey][like]=a',
    'where[createdBy.sessions.id][exists]=true',
  ])('agencies?%s is refused', async (query) => {
    const { status, body } = await restJson(`/agencies?${query}`, { token: admin })
    expect(status).toBe(400)
    expect(errorMessage(body)).toMatch(/^Không được lọc hoặc sắp xếp theo trường/)
  })

  it.each([
    ['documents', 'sort=signer.hash'],
    ['documents', 'sort=signer.resetPasswordToken'],
    ['aggregate-reports', 'sort=-signer.lockUntil'],
    ['aggregate-reports', 'where[signer.hash][exists]=true'],
  ])('%s?%s is refused', async (slug, query) => {
    expect((await rest(`/${slug}?${query}`, { token: admin })).status).toBe(400)
  })

  it('users?sort=hash is refused too', async () => {
    expect((await rest('/users?sort=hash', { token: admin })).status).toBe(400)
  })
})

describe('every bad request is a 4xx, never a 5xx', () => {
  it('GET /versions and /versions/:id of collections without versions, every role', async () => {
    const unversioned = payload.config.collections.filter((c) => !c.versions)
    expect(unversioned.length).toBeGreaterThan(10)
    for (const { slug } of unversioned) {
      for (const role of ROLES) {
        for (const path of [`/${slug}/versions`, `/${slug}/versions/1`]) {
          const { status, body } = await restJson(path, { token: tokens[role] })
          expect(status, `${role} ${path}`).toBeLessThan(500)
          if (status === 404) expect(errorMessage(body)).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/)
        }
      }
    }
  })

  it.each([
    ["like on a relationship field (where[parent][like]=%')", "where[parent][like]=%25'"],
    ['like on a number field', 'where[id][like]=1'],
    ['contains on a date field', 'where[createdAt][contains]=2026'],
    ['all with a scalar on a text field', 'where[name][all]=x'],
    ['all with a scalar on a has-many field', 'where[createdBy.roles][all]=admin'],
    ['greater_than=notadate on a date field', 'where[createdAt][greater_than]=notadate'],
    ['less_than=2026-13-45 on a date field', 'where[createdAt][less_than]=2026-13-45'],
    ['an array value for equals', 'where[name][equals][0]=a'],
    ['a comma list for equals on a relationship', 'where[parent][equals]=10,20'],
    ['an empty id in an in-list', 'where[id][in]=1,'],
    ['exists with a non-boolean', 'where[parent][exists]=maybe'],
    ['a nested relationship field with a bad id', 'where[parent.parent][equals]=abc'],
    ['malformed JSON in data', 'data=%7B'],
  ])('%s answers 400 in Vietnamese', async (_finding, query) => {
    const { status, body } = await restJson(`/agencies?${query}`, { token: admin })
    expect(status).toBe(400)
    expect(errorMessage(body)).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữự]/)
  })

  it('a create whose array field holds null rows ({"agenda":[null]} on meetings)', async () => {
    const before = await countOf('meetings')
    const { status, body } = await restJson('/meetings', {
      method: 'POST',
      token: admin,
      body: { agenda: [null] },
    })
    expect(status).toBe(400)
    // Named by the list's label and row, never by its path.
    expect(errorMessage(body)).toMatch(/"Nội dung" dòng 1/)
    expect(errorMessage(body)).not.toMatch(/agenda/)
    expect(await countOf('meetings')).toBe(before)
  })

  it('a date field holding a non-date is refused, and the list still reads afterwards', async () => {
    const before = await countOf('agencies')
    const { status } = await restJson('/agencies', {
      method: 'POST',
      token: admin,
      body: { name: 'Sở thử ngày', code: 'DATE-X', kind: 'department', createdAt: 'notadate' },
    })
    expect(status).toBe(400)
    expect(await countOf('agencies')).toBe(before)
    expect((await rest('/agencies?limit=10', { token: admin })).status).toBe(200)
  })

  it('a polymorphic relationship holding [null] (payload-locked-documents) is refused', async () => {
    const { status } = await restJson('/payload-locked-documents', {
      method: 'POST',
      token: tokens.viewer,
      body: { document: [null] },
    })
    expect4xx(status, null)
  })

  it('a multipart PATCH without _payload', async () => {
    const form = new FormData()
    form.append('name', 'x')
    const response = await rest(`/agencies/${chain[0]}`, {
      method: 'PATCH',
      token: admin,
      body: form,
    })
    expect(response.status).toBe(400)
  })

  it('DELETE /api/payload-preferences/9999999 answers 404, not "no such column"', async () => {
    const { status, body } = await restJson('/payload-preferences/9999999', {
      method: 'DELETE',
      token: admin,
    })
    expect(status).toBe(404)
    expect(errorMessage(body)).toBe('Không tìm thấy.')
  })

  it('an existing preference is still deleted', async () => {
    const saved = await rest('/payload-preferences/limits-test', {
      method: 'POST',
      token: admin,
      body: { value: { a: 1 } },
    })
    expect(saved.status).toBeLessThan(300)
    expect(
      (await rest('/payload-preferences/limits-test', { method: 'DELETE', token: admin })).status,
    ).toBe(200)
  })

  // Through the handler: in a running server Next may refuse these paths before our code.
  it.each(['/%', '/reports/%E0%A4%A', '/agencies/%E0%A4%A/versions'])(
    'malformed percent-encoding in the path (%s) answers 400',
    async (path) => {
      const { status, body } = await restJson(path, { token: admin })
      expect(status).toBe(400)
      expect(errorMessage(body)).toMatch(/^Đường dẫn không hợp lệ/)
    },
  )

  it('a collection without REST endpoints (payload-migrations) answers 404, not 501', async () => {
    expect((await rest('/payload-migrations', { token: admin })).status).toBe(404)
  })
})
