import type { SanitizedConfig } from 'payload'
import { parse } from 'qs-esm'

import {
  BAD_ID,
  BODY_REQUIRED,
  bodyProblem,
  INVALID_JSON,
  whereProblem,
  type FieldTypes,
  type Message,
} from './checks'
import { routeOf, type Route } from './route'

// Bare Payload answers some malformed requests with a 500 (invalid JSON, a missing body,
// operator injection in `where`, non-numeric ids, non-string auth fields reaching the database
// driver). The guard turns them into a translated 400 before the request reaches Payload.

export { bodyProblem, whereProblem } from './checks'

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

const queryProblem = (query: string, fieldTypes?: FieldTypes): Message | null => {
  if (!query) return null
  // Parsed as Payload parses it (keys percent-decoded), so `%77here` is caught too.
  const parsed = parse(query, { depth: 12, arrayLimit: 1000 }) as { where?: unknown }
  return parsed.where === undefined ? null : whereProblem(parsed.where, 0, fieldTypes)
}

const bodyOf = async (request: Request, required: boolean): Promise<Message | null> => {
  const contentType = (request.headers.get('content-type') ?? '').toLowerCase()
  if (contentType.includes('application/json')) {
    const text = await request.clone().text()
    if (!text.trim()) return required ? BODY_REQUIRED : null
    const parsed = parseJson(text)
    return parsed.ok ? bodyProblem(parsed.value) : INVALID_JSON
  }
  if (contentType.includes('multipart/form-data')) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null)
    if (!form) return { vi: 'Dữ liệu biểu mẫu không hợp lệ.', en: 'The form data is malformed.' }
    const payloadField = form.get('_payload')
    if (typeof payloadField !== 'string') return null
    const parsed = parseJson(payloadField)
    return parsed.ok ? bodyProblem(parsed.value) : INVALID_JSON
  }
  return required ? BODY_REQUIRED : null
}

/** Finds what is wrong with a request before Payload sees it (route: from the config, if known). */
export const requestProblem = async (request: Request, route?: Route): Promise<Message | null> => {
  const url = new URL(request.url)
  const problem = queryProblem(url.search.slice(1), route?.fieldTypes)
  if (problem) return problem
  if (route?.id !== undefined && !route.idPattern.test(route.id)) return BAD_ID
  // A POST that Payload treats as a GET carries its query in the body.
  if (request.headers.get('x-payload-http-method-override')) {
    const overridden = queryProblem(await request.clone().text(), route?.fieldTypes)
    if (overridden) return overridden
  }
  if (!['POST', 'PATCH', 'PUT'].includes(request.method)) return null
  return bodyOf(request, route?.needsBody ?? false)
}

const languageOfRequest = (request: Request): 'vi' | 'en' => {
  const cookie = request.headers.get('cookie') ?? ''
  const fromCookie = /(?:^|;\s*)payload-lng=(\w+)/.exec(cookie)?.[1]
  if (fromCookie) return fromCookie === 'en' ? 'en' : 'vi'
  return (request.headers.get('accept-language') ?? '').toLowerCase().startsWith('en') ? 'en' : 'vi'
}

export const guardRestHandler =
  <Args>(
    config: Promise<SanitizedConfig>,
    handler: (request: Request, args: Args) => Promise<Response>,
  ) =>
  async (request: Request, args: Args): Promise<Response> => {
    const route = routeOf(await config, request)
    const problem = await requestProblem(request, route)
    if (!problem) return handler(request, args)
    return Response.json(
      { errors: [{ message: problem[languageOfRequest(request)] }] },
      { status: 400 },
    )
  }
