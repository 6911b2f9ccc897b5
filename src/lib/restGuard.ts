import { validOperatorSet } from 'payload/shared'
import { parse } from 'qs-esm'

// Bare Payload answers some malformed requests with a 500 (invalid JSON, operator injection in
// `where`, non-string auth fields reaching the database driver). The guard turns them into a
// translated 400 before the request reaches Payload.

type Message = { vi: string; en: string }

const FIELD_PATH = /^[A-Za-z_][\w-]*(\.[\w-]+)*$/
const AUTH_FIELDS = ['email', 'password', 'username', 'token', 'confirmPassword']

const isPrimitive = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** Why a parsed `where` is malformed, or null when it is well-formed. */
export const whereProblem = (where: unknown, depth = 0): Message | null => {
  if (depth > 10)
    return { vi: 'Điều kiện lọc lồng quá sâu.', en: 'The filter is nested too deeply.' }
  if (typeof where !== 'object' || where === null || Array.isArray(where)) {
    return {
      vi: 'Điều kiện lọc (where) phải là một đối tượng.',
      en: 'The where filter must be an object.',
    }
  }
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const items = Array.isArray(value)
        ? value
        : typeof value === 'object' && value
          ? Object.values(value)
          : null
      if (!items)
        return {
          vi: `"${key}" phải là một danh sách điều kiện.`,
          en: `"${key}" must be a list of conditions.`,
        }
      for (const item of items) {
        const problem = whereProblem(item, depth + 1)
        if (problem) return problem
      }
      continue
    }
    if (!FIELD_PATH.test(key)) {
      return { vi: `Tên trường lọc không hợp lệ: "${key}".`, en: `Invalid filter field: "${key}".` }
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return {
        vi: `Trường lọc "${key}" cần một toán tử.`,
        en: `Filter field "${key}" needs an operator.`,
      }
    }
    for (const [operator, operand] of Object.entries(value)) {
      if (!validOperatorSet.has(operator as never)) {
        return {
          vi: `Toán tử lọc không hợp lệ: "${operator}".`,
          en: `Invalid filter operator: "${operator}".`,
        }
      }
      const operands = Array.isArray(operand)
        ? operand
        : typeof operand === 'object' && operand !== null
          ? null
          : [operand]
      if (!operands || !operands.every(isPrimitive)) {
        return {
          vi: `Giá trị lọc của "${key}" không hợp lệ.`,
          en: `Invalid filter value for "${key}".`,
        }
      }
    }
  }
  return null
}

/** Why a JSON request body is unacceptable, or null. */
export const bodyProblem = (body: unknown): Message | null => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      vi: 'Nội dung yêu cầu phải là một đối tượng JSON.',
      en: 'The request body must be a JSON object.',
    }
  }
  for (const field of AUTH_FIELDS) {
    const value = (body as Record<string, unknown>)[field]
    if (value !== undefined && typeof value !== 'string') {
      return {
        vi: `Trường "${field}" phải là chuỗi ký tự.`,
        en: `The field "${field}" must be a string.`,
      }
    }
  }
  return null
}

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

const INVALID_JSON: Message = {
  vi: 'Nội dung JSON không hợp lệ.',
  en: 'The JSON body is malformed.',
}

/** Finds what is wrong with a request before Payload sees it. */
export const requestProblem = async (request: Request): Promise<Message | null> => {
  const url = new URL(request.url)
  if (url.search.length > 1) {
    // Parsed like Payload parses it (keys percent-decoded), so `%77here` is caught too.
    const query = parse(url.search.slice(1), { depth: 12, arrayLimit: 1000 }) as { where?: unknown }
    if (query.where !== undefined) {
      const problem = whereProblem(query.where)
      if (problem) return problem
    }
  }
  if (!['POST', 'PATCH', 'PUT'].includes(request.method)) return null
  const contentType = request.headers.get('content-type') ?? ''
  if (contentType.includes('application/json')) {
    const text = await request.clone().text()
    if (!text.trim()) return null
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
  return null
}

const languageOfRequest = (request: Request): 'vi' | 'en' => {
  const cookie = request.headers.get('cookie') ?? ''
  const fromCookie = /(?:^|;\s*)payload-lng=(\w+)/.exec(cookie)?.[1]
  if (fromCookie) return fromCookie === 'en' ? 'en' : 'vi'
  return (request.headers.get('accept-language') ?? '').toLowerCase().startsWith('en') ? 'en' : 'vi'
}

export const guardRestHandler =
  <Args>(handler: (request: Request, args: Args) => Promise<Response>) =>
  async (request: Request, args: Args): Promise<Response> => {
    const problem = await requestProblem(request)
    if (!problem) return handler(request, args)
    return Response.json(
      { errors: [{ message: problem[languageOfRequest(request)] }] },
      { status: 400 },
    )
  }
