// A small HTTP client for the benchmark: keep-alive connections on the loopback, bodies read in
// full, JSON in and out. Lighter on the shared CPU than fetch.
import { Agent, request as httpRequest } from 'node:http'

export type Call = {
  method: 'GET' | 'POST' | 'PATCH'
  path: string
  body?: unknown
  token?: string
  /** Sends the token as the admin's cookie (HTML pages) instead of the API's header. */
  asCookie?: boolean
}

export type Reply = { status: number; text: string }

const agent = new Agent({ keepAlive: true, maxSockets: 64 })

/**
 * Sends one request. A kept-alive connection the server has just closed (its idle timeout) fails
 * with ECONNRESET before anything was processed: that request goes again on a new connection.
 */
export const send = (baseUrl: string, call: Call, retried = false): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const payload = call.body === undefined ? undefined : JSON.stringify(call.body)
    const headers: Record<string, string> = {
      accept: call.asCookie ? 'text/html' : 'application/json',
    }
    if (payload) {
      headers['content-type'] = 'application/json'
      headers['content-length'] = String(Buffer.byteLength(payload))
    }
    if (call.token && call.asCookie) {
      // As a browser navigating inside the app sends it (Payload's CSRF check on cookies).
      headers.cookie = `payload-token=${call.token}; payload-lng=vi`
      headers['sec-fetch-site'] = 'same-origin'
    } else if (call.token) headers.authorization = `JWT ${call.token}`
    const req = httpRequest(
      new URL(call.path, baseUrl),
      { method: call.method, headers, agent },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (!retried && req.reusedSocket && error.code === 'ECONNRESET')
        send(baseUrl, call, true).then(resolve, reject)
      else reject(error)
    })
    req.end(payload)
  })

/** Sends and parses the JSON answer, throwing on anything but a 2xx. */
export const sendJson = async <T = Record<string, unknown>>(
  baseUrl: string,
  call: Call,
): Promise<T> => {
  const reply = await send(baseUrl, call)
  if (reply.status >= 300)
    throw new Error(`${call.method} ${call.path}: ${reply.status} ${reply.text.slice(0, 300)}`)
  return JSON.parse(reply.text) as T
}

export const login = async (baseUrl: string, email: string, password: string): Promise<string> =>
  (
    await sendJson<{ token: string }>(baseUrl, {
      method: 'POST',
      path: '/api/users/login',
      body: { email, password },
    })
  ).token
