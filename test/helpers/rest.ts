// REST requests in-process: the app's own route handlers (`src/app/(payload)/api/[...slug]`,
// the REST guard in front of Payload's handlers) answer a real `Request` with a real `Response`,
// on the database of the test file (SQLite or PostgreSQL), without starting Next.

type Handler = (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

type Routes = Record<'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', Handler>

let routes: Promise<Routes> | undefined
const loadRoutes = (): Promise<Routes> =>
  (routes ??= import('../../src/app/(payload)/api/[...slug]/route') as unknown as Promise<Routes>)

const ORIGIN = 'http://localhost:3000'

export type RestInit = {
  method?: keyof Routes
  /** A JWT (sent as `Authorization: JWT …`). */
  token?: string
  /** Sent as JSON unless it is a string, FormData or undefined. */
  body?: unknown
  headers?: Record<string, string>
  /** The address the request is sent to (default http://localhost:3000), e.g. a forged host. */
  origin?: string
}

/** Sends one request to the app's REST API; `path` starts after `/api`, e.g. `/reports?limit=1`. */
export const rest = async (path: string, init: RestInit = {}): Promise<Response> => {
  const method = init.method ?? 'GET'
  const headers: Record<string, string> = { ...init.headers }
  if (init.token) headers.authorization = `JWT ${init.token}`
  let body: BodyInit | undefined
  if (init.body instanceof FormData || typeof init.body === 'string') body = init.body
  else if (init.body !== undefined) {
    body = JSON.stringify(init.body)
    headers['content-type'] ??= 'application/json'
  }
  const request = new Request(`${init.origin ?? ORIGIN}/api${path}`, { method, headers, body })
  const pathname = path.split('?')[0]!
  const slug = pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
  const handler = (await loadRoutes())[method]
  return handler(request, { params: Promise.resolve({ slug }) })
}

/** Status and parsed JSON body (text when the body is not JSON). */
export const restJson = async (
  path: string,
  init: RestInit = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of any shape, read by assertions
): Promise<{ status: number; body: any; headers: Headers }> => {
  const response = await rest(path, init)
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, headers: response.headers }
}

/** Logs in through the REST API and returns the JWT; throws when the login is refused. */
export const restLogin = async (email: string, password: string): Promise<string> => {
  const { status, body } = await restJson('/users/login', {
    method: 'POST',
    body: { email, password },
  })
  if (status !== 200 || !body?.token) {
    throw new Error(`login of ${email} failed: ${status} ${JSON.stringify(body)}`)
  }
  return body.token as string
}

/** The first error message of a Payload-style error body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of any shape
export const errorMessage = (body: any): string => String(body?.errors?.[0]?.message ?? '')
