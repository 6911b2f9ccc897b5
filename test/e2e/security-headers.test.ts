import { beforeAll, describe, expect, it } from 'vitest'

import { BASE_URL, DEMO_PASSWORD, demoEmail, get, postJson, request, unique } from './http'

// Issue 11, finding 10: the response headers every page and API answer carries (no framing by
// other sites, no MIME sniffing, no Referer with record URLs to other sites, no X-Powered-By), and
// Payload's CSRF allow-list: a cookie sent with a foreign Origin does not authenticate a write.

const FOREIGN_ORIGIN = 'https://attacker.example'

const expectSecurityHeaders = (response: Response) => {
  expect(response.headers.get('x-frame-options')).toBe('DENY')
  expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('referrer-policy')).toBe('same-origin')
  expect(response.headers.get('x-powered-by')).toBeNull()
}

describe('security headers (issue 11, finding 10)', () => {
  it.each(['/admin/login', '/admin', '/api/users/me', '/api/agencies', '/api/no-such-route'])(
    '%s carries X-Frame-Options, frame-ancestors, nosniff, Referrer-Policy and no X-Powered-By',
    async (path) => {
      const response = await get(path)
      await response.arrayBuffer()
      expectSecurityHeaders(response)
    },
  )
})

describe('cookie-authenticated writes and the Origin (issue 11, finding 10: CSRF)', () => {
  let cookie: string
  let userId: number | string

  beforeAll(async () => {
    const response = await postJson('/api/users/login', {
      email: demoEmail('admin'),
      password: DEMO_PASSWORD,
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { user: { id: number | string } }
    userId = body.user.id
    const token = response.headers
      .getSetCookie()
      .map((value) => value.split(';')[0])
      .find((value) => value.startsWith('payload-token='))
    expect(token).toBeDefined()
    cookie = token!
  })

  const patchSelf = (jobTitle: string, headers: Record<string, string>) =>
    request(`/api/users/${userId}?depth=0`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie, ...headers },
      body: JSON.stringify({ jobTitle }),
    })

  const currentJobTitle = async (): Promise<string | null> => {
    const response = await get(`/api/users/${userId}?depth=0`, { cookie, origin: BASE_URL })
    expect(response.status).toBe(200)
    return ((await response.json()) as { jobTitle?: string | null }).jobTitle ?? null
  }

  it('refuses a write whose Origin is another site, and changes nothing', async () => {
    const before = await currentJobTitle()
    const response = await patchSelf(unique('foreign'), { origin: FOREIGN_ORIGIN })
    expect(response.status).toBe(403)
    expect(await currentJobTitle()).toBe(before)
  })

  it('refuses a write without Origin that the browser marks cross-site', async () => {
    const before = await currentJobTitle()
    const response = await patchSelf(unique('cross-site'), { 'sec-fetch-site': 'cross-site' })
    expect(response.status).toBe(403)
    expect(await currentJobTitle()).toBe(before)
  })

  it('does not recognise the login behind a foreign Origin', async () => {
    const response = await get('/api/users/me?depth=0', { cookie, origin: FOREIGN_ORIGIN })
    expect(((await response.json()) as { user: unknown }).user).toBeNull()
  })

  it('accepts the same write from the server’s own origin', async () => {
    const jobTitle = unique('same-origin')
    const response = await patchSelf(jobTitle, { origin: BASE_URL })
    expect(response.status).toBe(200)
    expect(await currentJobTitle()).toBe(jobTitle)
  })

  it('accepts a same-origin browser request without Origin (Sec-Fetch-Site: same-origin)', async () => {
    const jobTitle = unique('fetch-site')
    const response = await patchSelf(jobTitle, { 'sec-fetch-site': 'same-origin' })
    expect(response.status).toBe(200)
    expect(await currentJobTitle()).toBe(jobTitle)
  })
})
