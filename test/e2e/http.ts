// Helpers of the end-to-end suite: it talks to a running server (scripts/e2e.sh starts a production
// build on a throwaway database seeded with the demo province and sets E2E_BASE_URL).
import { SYSTEM_ROLES, type SystemRole } from '../../src/access/roles'
import type { Id } from '../../src/lib/ids'

const baseUrlFromEnv = (): string => {
  const value = process.env.E2E_BASE_URL
  if (!value)
    throw new Error('E2E_BASE_URL is not set: run the e2e suite with `bash scripts/e2e.sh`.')
  return value.replace(/\/+$/, '')
}

export const BASE_URL = baseUrlFromEnv()

/** The demo seed's password of every demo login (seed/people.ts). */
export const DEMO_PASSWORD = 'Demo@2026'

export const DEMO_ROLES: readonly SystemRole[] = SYSTEM_ROLES

/** The demo login of a system role, e.g. reporter@demo.taskforce06.vn. */
export const demoEmail = (role: SystemRole): string => `${role}@demo.taskforce06.vn`

export type Headers = Record<string, string>

export const url = (path: string): string => `${BASE_URL}${path}`

/** A request to the server; never follows redirects, so a 3xx stays visible. */
export const request = (path: string, init: RequestInit = {}): Promise<Response> =>
  fetch(url(path), { redirect: 'manual', ...init })

export const get = (path: string, headers: Headers = {}): Promise<Response> =>
  request(path, { headers })

/** POST of a raw body as `application/json` (the body is sent as given, valid JSON or not). */
export const postRaw = (path: string, body: string, headers: Headers = {}): Promise<Response> =>
  request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  })

export const postJson = (path: string, body: unknown, headers: Headers = {}): Promise<Response> =>
  postRaw(path, JSON.stringify(body), headers)

export const bearer = (token: string): Headers => ({ authorization: `JWT ${token}` })

/** Logs in through the REST API and returns the JWT; fails loudly when the login is refused. */
export const login = async (email: string, password = DEMO_PASSWORD): Promise<string> => {
  const response = await postJson('/api/users/login', { email, password })
  const body = (await response.json()) as { token?: string }
  if (response.status !== 200 || !body.token) {
    throw new Error(`login of ${email} failed: ${response.status} ${JSON.stringify(body)}`)
  }
  return body.token
}

export const loginAs = (role: SystemRole): Promise<string> => login(demoEmail(role))

export type ErrorBody = { errors: { message: string }[] }

/** Status, content type and parsed body of a response (the body as text when it is not JSON). */
export const readResponse = async (
  response: Response,
): Promise<{ status: number; contentType: string; body: unknown }> => {
  const text = await response.text()
  const contentType = response.headers.get('content-type') ?? ''
  try {
    return { status: response.status, contentType, body: JSON.parse(text) }
  } catch {
    return { status: response.status, contentType, body: text }
  }
}

/** The first error message of a Payload-style error body (`{ errors: [{ message }] }`). */
export const firstErrorMessage = (body: unknown): string =>
  String((body as Partial<ErrorBody>).errors?.[0]?.message ?? '')

/** The id of a relationship value, whether it came populated or not. */
export const idOf = (value: Id | { id: Id }): Id => (typeof value === 'object' ? value.id : value)

/** The user behind a token (`GET /api/users/me`). */
export const me = async (token: string): Promise<{ id: Id; agency: Id | null }> => {
  const response = await get('/api/users/me?depth=0', bearer(token))
  const body = (await response.json()) as {
    user: { id: Id; agency?: Id | { id: Id } | null } | null
  }
  if (!body.user) throw new Error(`/api/users/me did not recognise the token (${response.status})`)
  return { id: body.user.id, agency: body.user.agency ? idOf(body.user.agency) : null }
}

/** The id of the agency with this code, as the administrator sees it. */
export const agencyIdByCode = async (adminToken: string, code: string): Promise<Id> => {
  const query = `where[code][equals]=${encodeURIComponent(code)}&depth=0&limit=1`
  const response = await get(`/api/agencies?${query}`, bearer(adminToken))
  const body = (await response.json()) as { docs?: { id: Id }[] }
  const id = body.docs?.[0]?.id
  if (id === undefined) throw new Error(`no agency with code ${code} (${response.status})`)
  return id
}

/** A string unique to this run, for throwaway records. */
export const unique = (prefix: string): string =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
