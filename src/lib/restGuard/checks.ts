import { validOperatorSet } from 'payload/shared'

import type { FieldInfo } from './fields'

// Pure checks of a REST request's parts; each answers why it is malformed, or null.

/** A refusal in both languages; 400 unless `status` says otherwise. */
export type Message = { vi: string; en: string; status?: number }

/**
 * What the guard knows of the collection a request addresses (from the sanitized config):
 * `get(path)` → the type of the field a dotted path reaches; `info` adds whether it has many.
 */
export type FieldTypes = {
  get(path: string): string | undefined
  info?(path: string): FieldInfo | null
}

// Auth fields Payload keeps hidden: sorting or filtering by them (even through a relationship,
// `signer.hash`) would let a client order users by their password hash or probe reset tokens.
export const HIDDEN_FIELDS = new Set([
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'lockUntil',
  'loginAttempts',
  '_verificationToken',
  'apiKey',
  'apiKeyIndex',
  'sessions',
])

export const touchesHiddenField = (path: string) =>
  path.split('.').some((segment) => HIDDEN_FIELDS.has(segment))

export const hiddenField = (name: string): Message => ({
  vi: `Không được lọc hoặc sắp xếp theo trường "${name}".`,
  en: `Filtering or sorting by "${name}" is not allowed.`,
})

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
// Operators that take a list; every other operator takes one value (an array crashes the adapter).
const LIST_OPERATORS = new Set(['in', 'not_in', 'all', 'within', 'intersects'])
// Pattern operators only make sense on text columns (on numbers SQLite fails "Only finite numbers").
const PATTERN_OPERATORS = new Set(['like', 'not_like', 'contains'])
// json and richText are jsonb columns on PostgreSQL: `ilike` on them fails (their sub-paths are fine).
const NOT_PATTERN_TYPES = new Set([
  'number',
  'relationship',
  'upload',
  'id',
  'date',
  'checkbox',
  'json',
  'richText',
])
const DATE_OPERATORS = new Set([...NUMERIC_OPERATORS].filter((operator) => operator !== 'all'))
const SELECT_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all'])
const BOOLEAN_STRINGS = new Set(['true', 'false', '1', '0'])

const isPrimitive = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

const isNumeric = (value: unknown) =>
  value === null ||
  value === '' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()))

// Ids and relationship values are integer columns (PostgreSQL `integer`): a larger number or a
// fraction fails in SQL instead of matching nothing.
const MAX_ID = 2_147_483_647
const ID_TYPES = new Set(['relationship', 'upload', 'id'])
const isIdValue = (value: unknown) =>
  value === null ||
  value === '' ||
  (Number.isInteger(Number(value)) &&
    Math.abs(Number(value)) <= MAX_ID &&
    /^-?\d+$/.test(String(value).trim()))

const badValue = (key: string): Message => ({
  vi: `Giá trị lọc của "${key}" không hợp lệ.`,
  en: `Invalid filter value for "${key}".`,
})

const isDate = (value: unknown) =>
  value === null ||
  value === '' ||
  ((typeof value === 'string' || typeof value === 'number') &&
    !Number.isNaN(new Date(value).getTime()))

const isBoolean = (value: unknown) =>
  typeof value === 'boolean' || (typeof value === 'string' && BOOLEAN_STRINGS.has(value))

/** "1,2" lists are how `in` arrives from a query string. */
const listValues = (operands: unknown[]) =>
  operands.flatMap((value) =>
    typeof value === 'string' && value.includes(',') ? value.split(',') : [value],
  )

// Checks that need the field's type: Payload passes these operands to the database unchecked.
const typedOperandProblem = (
  key: string,
  operator: string,
  operands: unknown[],
  fieldTypes: FieldTypes,
): Message | null => {
  const type = key === 'id' ? 'id' : fieldTypes.get(key)
  if (!type) return null
  if (operator === 'exists') return operands.every(isBoolean) ? null : badValue(key)
  if (PATTERN_OPERATORS.has(operator) && NOT_PATTERN_TYPES.has(type)) return badValue(key)
  // `all` compares a list with the values of a has-many field; on a single value it crashes.
  if (operator === 'all' && fieldTypes.info && !fieldTypes.info(key)?.hasMany && type !== 'id') {
    return badValue(key)
  }
  // Only list operators read "1,2" as a list; for `equals` it is one (wrong) value.
  const values = LIST_OPERATORS.has(operator) ? listValues(operands) : operands
  if (type === 'date' && DATE_OPERATORS.has(operator) && !values.every(isDate)) {
    return badValue(key)
  }
  // Ordering and pattern operators on a `{ relationTo, value }` column fail in SQL.
  if (fieldTypes.info?.(key)?.polymorphic && !SELECT_OPERATORS.has(operator)) return badValue(key)
  // A select is an enum on PostgreSQL: a value outside its options, or an operator other than
  // (not) equal / (not) in / all, fails in SQL.
  const options = fieldTypes.info?.(key)?.options
  if (options && operator !== 'exists') {
    if (!SELECT_OPERATORS.has(operator)) return badValue(key)
    if (!values.every((value) => value === null || options.includes(String(value)))) {
      return badValue(key)
    }
  }
  if (type === 'checkbox' && DATE_OPERATORS.has(operator) && !operands.every(isBoolean)) {
    return badValue(key)
  }
  return null
}

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
  if (Array.isArray(operand) && !LIST_OPERATORS.has(operator)) return badValue(key)
  // The adapters read `all` as a list only; one value of a has-many field fails in SQL.
  if (operator === 'all' && !Array.isArray(operand)) return badValue(key)
  if (fieldTypes) {
    const problem = typedOperandProblem(key, operator, operands, fieldTypes)
    if (problem) return problem
  }
  const type = key === 'id' ? 'id' : fieldTypes?.get(key)
  if (GEO_OPERATORS.has(operator) && fieldTypes && type !== 'point') return badValue(key)
  if (type && NUMERIC_TYPES.has(type) && NUMERIC_OPERATORS.has(operator) && fieldTypes) {
    // An empty entry of an id list (`in=` or `in=1,`) fails in SQL; `equals=` means "empty".
    const list = LIST_OPERATORS.has(operator)
    const values = list ? listValues(operands) : operands
    const valid = ID_TYPES.has(type) ? isIdValue : isNumeric
    if (!values.every((value) => valid(value) && !(list && value === ''))) {
      return badValue(key)
    }
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
    if (touchesHiddenField(key)) return hiddenField(key)
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

export const BAD_PATH: Message = {
  vi: 'Đường dẫn không hợp lệ (mã hóa phần trăm sai).',
  en: 'The path is malformed (bad percent-encoding).',
}

export const NO_VERSIONS: Message = {
  vi: 'Mục này không lưu lịch sử phiên bản.',
  en: 'This collection keeps no versions.',
  status: 404,
}

export const NOT_FOUND: Message = { vi: 'Không tìm thấy.', en: 'Not found.', status: 404 }

export const PAYLOAD_REQUIRED: Message = {
  vi: 'Biểu mẫu tải lên cần phần "_payload" (JSON các trường của bản ghi).',
  en: 'The multipart form needs a "_payload" part (the record\'s fields as JSON).',
}

export const UNSTORABLE_CHARACTER: Message = {
  vi: 'Dữ liệu chứa ký tự không lưu được (ký tự NUL hoặc nửa cặp ký tự Unicode), hãy gõ lại phần văn bản đó.',
  en: 'The request contains a character that cannot be stored (NUL or half of a Unicode surrogate pair); retype that text.',
}

/**
 * Whether a text holds a character no database stores: NUL (PostgreSQL refuses it in text and
 * jsonb) or a lone UTF-16 surrogate (not valid Unicode; jsonb refuses it with a 500).
 */
export const unstorableText = (text: string) => text.includes('\u0000') || !text.isWellFormed()

/** Whether a parsed JSON value holds an unstorable character in any string or key. */
export const holdsUnstorableText = (value: unknown): boolean => {
  const stack = [value]
  while (stack.length) {
    const item = stack.pop()
    if (typeof item === 'string') {
      if (unstorableText(item)) return true
    } else if (typeof item === 'object' && item !== null) {
      for (const [key, inner] of Object.entries(item)) {
        if (unstorableText(key)) return true
        stack.push(inner)
      }
    }
  }
  return false
}
