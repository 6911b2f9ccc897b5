import { getPayload, type SanitizedConfig } from 'payload'
import { parse } from 'qs-esm'

import { errorBody, languageOfRequest } from '../../i18n/label'

import { dataShapeProblem } from './body'
import {
  BAD_ID,
  BAD_PATH,
  BODY_REQUIRED,
  bodyProblem,
  holdsUnstorableText,
  unstorableText,
  INVALID_JSON,
  UNSTORABLE_CHARACTER,
  NO_VERSIONS,
  NOT_FOUND,
  PAYLOAD_REQUIRED,
  whereProblem,
  type FieldTypes,
  type Message,
} from './checks'
import { paramsProblem, type Query } from './params'
import { routeOf, safeDecode, type Route } from './route'

// Bare Payload answers some malformed requests with a 500 (invalid JSON, a missing body,
// operator injection in `where`, non-numeric ids, non-string auth fields reaching the database
// driver, operands of the wrong type, repeated scalar parameters, null rows in arrays, version
// reads of collections without versions) and answers unbounded reads (`limit=0`,
// `pagination=false`). The guard turns them into a translated 4xx before Payload sees them.

export { bodyProblem, whereProblem } from './checks'
export { MAX_LIMIT } from './params'

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

const queryProblem = (query: string, read: boolean, fieldTypes?: FieldTypes): Message | null => {
  // Parsed as Payload parses it (keys percent-decoded), so `%77here` is caught too.
  const parsed = parse(query, { depth: 12, arrayLimit: 1000 }) as Query
  if (holdsUnstorableText(parsed)) return UNSTORABLE_CHARACTER
  if (parsed.where !== undefined) {
    const problem = whereProblem(parsed.where, 0, fieldTypes)
    if (problem) return problem
  }
  return paramsProblem(parsed, read, fieldTypes)
}

const dataProblem = (data: unknown, route?: Route): Message | null => {
  if (holdsUnstorableText(data)) return UNSTORABLE_CHARACTER
  const problem = bodyProblem(data)
  if (problem || !route) return problem
  return dataShapeProblem(route.fields, data as Record<string, unknown>)
}

const bodyOf = async (request: Request, route?: Route): Promise<Message | null> => {
  const required = route?.needsBody ?? false
  const contentType = (request.headers.get('content-type') ?? '').toLowerCase()
  if (contentType.includes('application/json')) {
    const text = await request.clone().text()
    if (!text.trim()) return required ? BODY_REQUIRED : null
    const parsed = parseJson(text)
    return parsed.ok ? dataProblem(parsed.value, route) : INVALID_JSON
  }
  if (contentType.includes('multipart/form-data')) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null)
    if (!form) return { vi: 'Dữ liệu biểu mẫu không hợp lệ.', en: 'The form data is malformed.' }
    const payloadField = form.get('_payload')
    // Without `_payload` Payload leaves the record's data undefined and the collection hooks
    // crash on it (a 500); the admin always sends `_payload`, with or without a file.
    if (typeof payloadField !== 'string') return required ? PAYLOAD_REQUIRED : null
    const parsed = parseJson(payloadField)
    return parsed.ok ? dataProblem(parsed.value, route) : INVALID_JSON
  }
  return required ? BODY_REQUIRED : null
}

/** Finds what is wrong with a request before Payload sees it (route: from the config, if known). */
export const requestProblem = async (request: Request, route?: Route): Promise<Message | null> => {
  const url = new URL(request.url)
  // Payload decodes the path itself and throws on `%E0%A4%A`.
  const path = safeDecode(url.pathname)
  if (path === null) return BAD_PATH
  if (unstorableText(path)) return UNSTORABLE_CHARACTER
  if (route?.closed) return NOT_FOUND
  const override = request.headers.get('x-payload-http-method-override')
  const read = (override ?? request.method).toUpperCase() === 'GET'
  const problem = queryProblem(url.search.slice(1), read, route?.fieldTypes)
  if (problem) return problem
  if (route?.id !== undefined && !route.idPattern.test(route.id)) return BAD_ID
  if (route && !route.versioned && route.endpointPath.startsWith('/versions')) return NO_VERSIONS
  // A POST that Payload treats as a GET carries its query in the body.
  if (override) {
    const overridden = queryProblem(await request.clone().text(), read, route?.fieldTypes)
    if (overridden) return overridden
  }
  if (!['POST', 'PATCH', 'PUT'].includes(request.method) || override) return null
  return bodyOf(request, route)
}

// Payload's preference delete falls back, when no preference has the key, to a query that
// SQLite rejects ("no such column"): answer the not-found case here.
const missingPreference = async (
  config: SanitizedConfig,
  request: Request,
  route: Route | undefined,
): Promise<boolean> => {
  if (request.method !== 'DELETE' || route?.slug !== 'payload-preferences') return false
  const key = new URL(request.url).pathname.split('/').pop()
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !key) return false
  const { totalDocs } = await payload.count({
    collection: 'payload-preferences',
    where: {
      key: { equals: safeDecode(key) ?? key },
      'user.value': { equals: user.id },
      'user.relationTo': { equals: user.collection },
    },
  })
  return totalDocs === 0
}

export const guardRestHandler =
  <Args>(
    config: Promise<SanitizedConfig>,
    handler: (request: Request, args: Args) => Promise<Response>,
  ) =>
  async (request: Request, args: Args): Promise<Response> => {
    const sanitized = await config
    const route = routeOf(sanitized, request)
    let problem = await requestProblem(request, route)
    if (!problem && (await missingPreference(sanitized, request, route))) problem = NOT_FOUND
    if (!problem) return handler(request, args)
    return Response.json(errorBody(problem[languageOfRequest(request)]), {
      status: problem.status ?? 400,
    })
  }
