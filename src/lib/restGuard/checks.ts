import { validOperatorSet } from 'payload/shared'

// Pure checks of a REST request's parts; each answers why it is malformed, or null.

export type Message = { vi: string; en: string }

/** What the guard knows of the collection a request addresses (from the sanitized config). */
export type FieldTypes = ReadonlyMap<string, string>

const FIELD_PATH = /^[A-Za-z_][\w-]*(\.[\w-]+)*$/
const AUTH_FIELDS = ['email', 'password', 'username', 'token', 'confirmPassword']
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const NUMERIC_OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const NUMERIC_TYPES = new Set(['number', 'relationship', 'upload', 'id'])

const isPrimitive = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

const isNumeric = (value: unknown) =>
  value === null ||
  value === '' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()))

const badValue = (key: string): Message => ({
  vi: `Giá trị lọc của "${key}" không hợp lệ.`,
  en: `Invalid filter value for "${key}".`,
})

const operandProblem = (
  key: string,
  operator: string,
  operand: unknown,
  fieldTypes?: FieldTypes,
): Message | null => {
  const operands = Array.isArray(operand)
    ? operand
    : typeof operand === 'object' && operand !== null
      ? null
      : [operand]
  if (!operands || !operands.every(isPrimitive)) return badValue(key)
  const type = key === 'id' ? 'id' : fieldTypes?.get(key)
  if (GEO_OPERATORS.has(operator) && fieldTypes && type !== 'point') return badValue(key)
  if (type && NUMERIC_TYPES.has(type) && NUMERIC_OPERATORS.has(operator) && fieldTypes) {
    // "1,2" lists are how `in` arrives from a query string.
    const values = operands.flatMap((value) =>
      typeof value === 'string' && value.includes(',') ? value.split(',') : [value],
    )
    if (!values.every(isNumeric)) return badValue(key)
  }
  return null
}

/**
 * Why a parsed `where` is malformed, or null. With the collection's field types (SQL adapters:
 * numeric ids), values of id, number and relationship fields must be numbers.
 */
export const whereProblem = (
  where: unknown,
  depth = 0,
  fieldTypes?: FieldTypes,
): Message | null => {
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
      if (!items) {
        return {
          vi: `"${key}" phải là một danh sách điều kiện.`,
          en: `"${key}" must be a list of conditions.`,
        }
      }
      for (const item of items) {
        const problem = whereProblem(item, depth + 1, fieldTypes)
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
      const problem = operandProblem(key, operator, operand, fieldTypes)
      if (problem) return problem
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

export const INVALID_JSON: Message = {
  vi: 'Nội dung JSON không hợp lệ.',
  en: 'The JSON body is malformed.',
}

export const BODY_REQUIRED: Message = {
  vi: 'Yêu cầu cần nội dung JSON (hoặc multipart/form-data khi tải tệp).',
  en: 'This request needs a JSON body (or multipart/form-data for uploads).',
}

export const BAD_ID: Message = { vi: 'Mã bản ghi không hợp lệ.', en: 'Invalid record id.' }
