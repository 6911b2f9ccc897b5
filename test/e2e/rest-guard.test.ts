import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  agencyIdByCode,
  bearer,
  firstErrorMessage,
  get,
  login,
  loginAs,
  me,
  postJson,
  postRaw,
  readResponse,
  request,
  unique,
  type Headers,
} from './http'

// The REST API over real HTTP, against the production build started by scripts/e2e.sh: nothing is
// readable without a login, a reporter stays inside his agency, malformed requests get a translated
// 4xx (src/lib/restGuard.ts) instead of a 500, and repeated wrong passwords lock an account.

const PROTECTED_PATHS = [
  '/api/users',
  '/api/agencies',
  '/api/working-groups',
  '/api/members',
  '/api/delegations',
  '/api/media',
  '/api/holidays',
  '/api/audit-log',
  '/api/payload-jobs',
  '/api/globals/charter-settings',
]

let adminToken: string

beforeAll(async () => {
  adminToken = await loginAs('admin')
})

describe('without a login', () => {
  it.each(PROTECTED_PATHS)('GET %s is refused', async (path) => {
    const { status, body } = await readResponse(await get(path))

    expect([401, 403]).toContain(status)
    expect(firstErrorMessage(body)).not.toBe('')
  })

  it('GET /api/users/me answers that nobody is logged in', async () => {
    const { status, body } = await readResponse(await get('/api/users/me'))

    expect(status).toBe(200)
    expect(body).toMatchObject({ user: null })
  })
})

describe('a reporter', () => {
  let reporterToken: string
  let ownAgency: number | string | null
  let policeAgency: number | string
  let adminId: number | string

  beforeAll(async () => {
    reporterToken = await loginAs('reporter')
    ownAgency = (await me(reporterToken)).agency
    policeAgency = await agencyIdByCode(adminToken, 'CA_TINH')
    adminId = (await me(adminToken)).id
  })

  it('belongs to an agency other than the provincial police (the premise of these tests)', () => {
    expect(ownAgency).not.toBeNull()
    expect(policeAgency).not.toEqual(ownAgency)
  })

  it('reads his own agency by id', async () => {
    const response = await get(`/api/agencies/${ownAgency}?depth=0`, bearer(reporterToken))
    const { status, body } = await readResponse(response)

    expect(status).toBe(200)
    expect(body).toMatchObject({ id: ownAgency })
  })

  it("cannot read another agency's record by id", async () => {
    const response = await get(`/api/agencies/${policeAgency}?depth=0`, bearer(reporterToken))
    const { status, body } = await readResponse(response)

    expect([403, 404]).toContain(status)
    expect(JSON.stringify(body)).not.toContain('Công an tỉnh Quảng Nam')
  })

  it('lists only his own agency and the units under it', async () => {
    const response = await get('/api/agencies?depth=0&limit=200', bearer(reporterToken))
    const { status, body } = await readResponse(response)
    const docs = (body as { docs: { id: unknown; parent: unknown }[] }).docs

    expect(status).toBe(200)
    expect(docs.map((doc) => doc.id)).toContain(ownAgency)
    expect(docs.every((doc) => doc.id === ownAgency || doc.parent === ownAgency)).toBe(true)
  })

  it('cannot read the user record of someone from another agency', async () => {
    const response = await get(`/api/users/${adminId}?depth=0`, bearer(reporterToken))

    expect([403, 404]).toContain(response.status)
  })
})

type BadRequest = {
  name: string
  as: 'anonymous' | 'admin'
  path: string
  method?: 'GET' | 'POST'
  body?: string
  headers?: Headers
}

const BAD_REQUESTS: BadRequest[] = [
  { name: 'malformed JSON on login', as: 'anonymous', path: '/api/users/login', body: '{"email":' },
  { name: 'malformed JSON on create', as: 'admin', path: '/api/agencies', body: '{name: "x"' },
  { name: 'a JSON array on login', as: 'anonymous', path: '/api/users/login', body: '[1,2]' },
  { name: 'a JSON array on create', as: 'admin', path: '/api/agencies', body: '[{"name":"x"}]' },
  { name: 'JSON null on login', as: 'anonymous', path: '/api/users/login', body: 'null' },
  { name: 'a JSON number on login', as: 'anonymous', path: '/api/users/login', body: '42' },
  { name: 'JSON null on create', as: 'admin', path: '/api/agencies', body: 'null' },
  {
    name: 'an operator inside equals',
    as: 'admin',
    path: '/api/agencies?where[id][equals][$gt]=1',
  },
  {
    name: 'an operator inside equals, key percent-encoded',
    as: 'admin',
    path: '/api/agencies?%77here[id][equals][$gt]=1',
  },
  { name: 'an unknown operator', as: 'admin', path: '/api/agencies?where[id][$gt]=1' },
  {
    name: 'an operator inside equals on users',
    as: 'admin',
    path: '/api/users?where[id][equals][$gt]=1',
  },
  {
    name: 'an object as login email',
    as: 'anonymous',
    path: '/api/users/login',
    body: '{"email":{"$ne":""},"password":"x"}',
  },
  {
    name: 'a number as login password',
    as: 'anonymous',
    path: '/api/users/login',
    body: '{"email":"admin@demo.taskforce06.vn","password":12345}',
  },
  {
    name: 'an object as forgot-password email',
    as: 'anonymous',
    path: '/api/users/forgot-password',
    body: '{"email":{"$ne":""}}',
  },
]

const headersOf: Record<BadRequest['as'], () => Headers> = {
  anonymous: () => ({}),
  admin: () => bearer(adminToken),
}

const send = (bad: BadRequest): Promise<Response> =>
  request(bad.path, {
    method: bad.method ?? (bad.body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...headersOf[bad.as](), ...bad.headers },
    body: bad.body,
  })

describe('malformed requests', () => {
  it.each(BAD_REQUESTS)('$name ($path) gets a 4xx with a JSON error', async (bad) => {
    const { status, contentType, body } = await readResponse(await send(bad))

    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    expect(contentType).toContain('application/json')
    expect(firstErrorMessage(body)).not.toBe('')
  })
})

// Malformed requests that bare Payload answers with a 500; the config-aware guard answers 400.
const ROUTE_AWARE_CASES: BadRequest[] = [
  {
    name: 'a POST without a body or content type',
    as: 'admin',
    path: '/api/agencies',
    method: 'POST',
    headers: { 'content-type': '' },
  },
  {
    name: 'a JSON body sent as text/plain',
    as: 'admin',
    path: '/api/agencies',
    body: '{"name":"x"}',
    headers: { 'content-type': 'text/plain' },
  },
  {
    name: 'malformed JSON sent as Application/JSON',
    as: 'admin',
    path: '/api/agencies',
    body: '{bad',
    headers: { 'content-type': 'Application/JSON' },
  },
  {
    name: 'an operator inside equals in a method-override POST',
    as: 'admin',
    path: '/api/agencies',
    body: 'where[id][equals][$gt]=1',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-payload-http-method-override': 'GET',
    },
  },
  { name: 'a non-numeric id', as: 'admin', path: '/api/agencies/abc' },
  {
    name: 'a non-numeric id in an in-list',
    as: 'admin',
    path: '/api/agencies?where[id][in]=1,abc',
  },
  { name: 'near on a number field', as: 'admin', path: '/api/agencies?where[id][near]=1,2' },
]

describe('malformed requests caught with the route from the config', () => {
  it.each(ROUTE_AWARE_CASES)('$name ($path) gets a 400 with a JSON error', async (bad) => {
    const { status, body } = await readResponse(await send(bad))

    expect(status).toBe(400)
    expect(firstErrorMessage(body)).not.toBe('')
  })
})

describe('language of the guard messages', () => {
  const malformedLogin = (headers: Headers) => postRaw('/api/users/login', '{"email":', headers)

  it('is Vietnamese by default', async () => {
    const { status, body } = await readResponse(await malformedLogin({}))

    expect(status).toBe(400)
    expect(firstErrorMessage(body)).toBe('Nội dung JSON không hợp lệ.')
  })

  it('is English for Accept-Language: en without a language cookie', async () => {
    const { body } = await readResponse(await malformedLogin({ 'accept-language': 'en' }))

    expect(firstErrorMessage(body)).toBe('The JSON body is malformed.')
  })

  it('is English for a browser-style Accept-Language: en-US,en;q=0.9', async () => {
    const headers = { 'accept-language': 'en-US,en;q=0.9' }
    const { body } = await readResponse(await malformedLogin(headers))

    expect(firstErrorMessage(body)).toBe('The JSON body is malformed.')
  })

  it('is Vietnamese for Accept-Language: vi-VN', async () => {
    const { body } = await readResponse(await malformedLogin({ 'accept-language': 'vi-VN,vi' }))

    expect(firstErrorMessage(body)).toBe('Nội dung JSON không hợp lệ.')
  })

  it('follows the payload-lng cookie over Accept-Language', async () => {
    const headers = { 'accept-language': 'en', cookie: 'payload-lng=vi' }
    const { body } = await readResponse(await malformedLogin(headers))

    expect(firstErrorMessage(body)).toBe('Nội dung JSON không hợp lệ.')
  })

  it('names the bad filter operator in either language', async () => {
    const path = '/api/agencies?where[id][$gt]=1'
    const vi = await readResponse(await get(path, bearer(adminToken)))
    const en = await readResponse(
      await get(path, { ...bearer(adminToken), 'accept-language': 'en' }),
    )

    expect(firstErrorMessage(vi.body)).toBe('Toán tử lọc không hợp lệ: "$gt".')
    expect(firstErrorMessage(en.body)).toBe('Invalid filter operator: "$gt".')
  })

  it('names the non-string field in either language', async () => {
    const body = { email: 'someone@example.vn', password: 12345 }
    const vi = await readResponse(await postJson('/api/users/login', body))
    const en = await readResponse(
      await postJson('/api/users/login', body, { 'accept-language': 'en' }),
    )

    expect(firstErrorMessage(vi.body)).toBe('Trường "password" phải là chuỗi ký tự.')
    expect(firstErrorMessage(en.body)).toBe('The field "password" must be a string.')
  })
})

describe('login lockout', () => {
  const email = `${unique('lockout')}@e2e.taskforce06.vn`
  const password = 'Throwaway@2026'
  let userId: number | string

  beforeAll(async () => {
    const response = await postJson(
      '/api/users',
      { email, password, fullName: 'Người dùng thử khóa tài khoản', roles: ['viewer'] },
      bearer(adminToken),
    )
    const { status, body } = await readResponse(response)
    expect(status, JSON.stringify(body)).toBe(201)
    userId = (body as { doc: { id: number | string } }).doc.id
  })

  afterAll(async () => {
    await request(`/api/users/${userId}`, { method: 'DELETE', headers: bearer(adminToken) })
  })

  it('lets the throwaway user in with the right password at first', async () => {
    expect(await login(email, password)).toMatch(/^ey/)
  })

  it('refuses each of five wrong passwords', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await postJson('/api/users/login', { email, password: `wrong-${attempt}` })
      statuses.push(response.status)
    }

    expect(statuses).toEqual([401, 401, 401, 401, 401])
  })

  it('then refuses the right password too, saying the account is locked', async () => {
    const { status, body } = await readResponse(
      await postJson('/api/users/login', { email, password }),
    )

    expect(status).not.toBe(200)
    expect([401, 403, 423, 429]).toContain(status)
    expect(body).not.toHaveProperty('token')
    expect(firstErrorMessage(body)).toMatch(/khóa/i)
  })

  it('says so in English for Accept-Language: en', async () => {
    const response = await postJson(
      '/api/users/login',
      { email, password },
      { 'accept-language': 'en' },
    )
    const { status, body } = await readResponse(response)

    expect(status).not.toBe(200)
    expect(firstErrorMessage(body)).toMatch(/locked/i)
  })
})

// Issue 11 M2: the worst request the guard still allows (limit 200, depth above maxDepth) on the
// seeded demo's largest documents is answered, at most 200 records, relations no deeper than the
// config's maxDepth (2), in bounded size. How fast it answers is measured by `npm run bench:api`
// (operation "worst-list"), not here: a timing on a shared CI machine says nothing reliable.
describe('the worst allowed request is bounded', () => {
  /** How many relation levels deep the answer goes: objects with an id inside a document. */
  const relationDepth = (value: unknown, level = 0): number => {
    if (Array.isArray(value))
      return Math.max(level, ...value.map((item) => relationDepth(item, level)))
    if (value === null || typeof value !== 'object') return level
    const own = 'id' in value && 'createdAt' in value ? level + 1 : level
    return Math.max(own, ...Object.values(value).map((child) => relationDepth(child, own)))
  }

  it.each(['meetings', 'reports', 'aggregate-reports', 'tasks', 'audit-log'])(
    'GET /api/%s?limit=200&depth=10 answers at most 200 records two relations deep',
    async (slug) => {
      const started = performance.now()
      const response = await get(`/api/${slug}?limit=200&depth=10`, bearer(adminToken))
      const text = await response.text()
      const elapsed = performance.now() - started
      console.log(`${slug}: ${(text.length / 1024).toFixed(0)} KiB in ${elapsed.toFixed(0)} ms`)

      expect(response.status).toBe(200)
      const { docs } = JSON.parse(text) as { docs: unknown[] }
      expect(docs.length).toBeLessThanOrEqual(200)
      // The document itself is level 1; maxDepth 2 allows two levels of populated relations.
      expect(Math.max(0, ...docs.map((doc) => relationDepth(doc)))).toBeLessThanOrEqual(3)
      expect(text.length).toBeLessThan(20 * 1024 * 1024)
    },
  )

  it.each(['limit=201', 'limit=0', 'pagination=false', 'limit=-1'])(
    'GET /api/meetings?%s is refused with 400',
    async (query) => {
      const { status, body } = await readResponse(
        await get(`/api/meetings?${query}`, bearer(adminToken)),
      )
      expect(status).toBe(400)
      expect(firstErrorMessage(body)).toMatch(/limit|phân trang/)
    },
  )
})
