import type { Field } from 'payload'

import { shapeProblems } from '../../integrity'
import { capitalised, namesOf } from '../fieldLabels'
import type { Message } from './checks'
import { numberTextProblem } from './numberText'

// Checks of a JSON body against the entity's fields, before any hook runs (src/integrity checks
// the simple shapes; these are the ones it leaves to Payload): rows of arrays must be
// objects (a null row crashed meetings' hooks: "reading 'summary'"), and a date must be a date —
// Payload stores `createdAt: "notadate"` as given on SQLite and every later read of the
// collection fails ("Invalid time value"), so one request would break the list for everybody.

// Named by the field's label, never its path.
const badDate = (field: Field): Message => ({
  vi: `Giá trị của ${namesOf(field).vi} không phải là ngày hợp lệ (ngày/tháng/năm).`,
  en: `${capitalised(namesOf(field).en)} is not a valid date.`,
})

const isDate = (value: unknown) =>
  typeof value === 'string' && value.length <= 64 && Number.isFinite(new Date(value).getTime())

const rowsOf = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((row): row is Record<string, unknown> => typeof row === 'object' && !!row)
    : []

const notRecordRef = (field: Field): Message => ({
  vi: `Giá trị của ${namesOf(field).vi} không đúng kiểu: cần một bản ghi đã chọn.`,
  en: `${capitalised(namesOf(field).en)} has the wrong type: expected a chosen record.`,
})

const isId = (value: unknown) =>
  (typeof value === 'number' && Number.isInteger(value)) ||
  (typeof value === 'string' && value.length <= 64)

// A relationship to several collections holds `{ relationTo, value }` (a list of them when it has
// many); anything else reaches the adapter unchecked (`document: [null]` was a 500).
const isPolymorphicValue = (value: unknown, relationTo: readonly string[]) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const { relationTo: to, value: id } = value as { relationTo?: unknown; value?: unknown }
  const idOk =
    isId(id) || (typeof id === 'object' && id !== null && isId((id as { id?: unknown }).id))
  return typeof to === 'string' && relationTo.includes(to) && idOk
}

const fieldValueProblem = (field: Field & { name: string }, value: unknown): Message | null => {
  // An emptied date is null, except the save time Payload stamps itself (an empty one was a 500).
  const emptyAllowed = value === '' && field.name !== 'updatedAt'
  if (field.type === 'date' && !emptyAllowed && !isDate(value)) return badDate(field)
  if (
    (field.type === 'relationship' || field.type === 'upload') &&
    Array.isArray(field.relationTo)
  ) {
    const relationTo = field.relationTo as string[]
    const values = field.hasMany && Array.isArray(value) ? value : [value]
    if (!values.every((item) => isPolymorphicValue(item, relationTo))) return notRecordRef(field)
  }
  return null
}

/** The first field of `data` (rows, groups, tabs and blocks walked) holding a value of the wrong kind. */
export const valueProblem = (
  fields: readonly Field[],
  data: Record<string, unknown>,
): Message | null => {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const inner = 'name' in tab && tab.name ? data[tab.name] : data
        if (typeof inner !== 'object' || !inner) continue
        const problem = valueProblem(tab.fields, inner as Record<string, unknown>)
        if (problem) return problem
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      const problem = 'fields' in field ? valueProblem(field.fields, data) : null
      if (problem) return problem
      continue
    }
    const value = data[field.name]
    if (value === undefined || value === null) continue
    const own = fieldValueProblem(field, value)
    if (own) return own
    const nested =
      field.type === 'group' && typeof value === 'object'
        ? [{ fields: field.fields, row: value as Record<string, unknown> }]
        : field.type === 'array'
          ? rowsOf(value).map((row) => ({ fields: field.fields, row }))
          : field.type === 'blocks'
            ? rowsOf(value).map((row) => ({
                fields: field.blocks?.find((block) => block.slug === row.blockType)?.fields ?? [],
                row,
              }))
            : []
    for (const { fields: inner, row } of nested) {
      const problem = valueProblem(inner, row)
      if (problem) return problem
    }
  }
  return null
}

// Payload's field hooks convert some form values before any collection hook sees them (the
// admin sends an emptied array as 0, checkboxes and numbers as strings, an emptied relationship
// as ""); the guard judges the value as Payload will store it, like src/integrity does later.
const sanitizedValue = (field: Field & { name: string }, value: unknown): unknown => {
  const hasMany = 'hasMany' in field && field.hasMany === true
  switch (field.type) {
    case 'array':
    case 'blocks':
      return value === 0 || value === '0' ? [] : value
    case 'checkbox':
      return value === 'true' ? true : value === 'false' || value === '' ? false : value
    case 'number':
      if (typeof value !== 'string') return value
      return value.trim() === '' ? null : parseFloat(value.trim())
    case 'relationship':
    case 'upload':
      if (value === '' || value === 'none' || value === 'null') return hasMany ? [] : null
      return value
    default:
      return value
  }
}

const sanitized = (
  fields: readonly Field[],
  data: Record<string, unknown>,
): Record<string, unknown> => {
  const out: Record<string, unknown> = { ...data }
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const inner = out[tab.name]
          if (typeof inner === 'object' && inner && !Array.isArray(inner))
            out[tab.name] = sanitized(tab.fields, inner as Record<string, unknown>)
        } else Object.assign(out, sanitized(tab.fields, out))
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) Object.assign(out, sanitized(field.fields, out))
      continue
    }
    if (!(field.name in out)) continue
    const value = sanitizedValue(field as Field & { name: string }, out[field.name])
    if (field.type === 'group' && typeof value === 'object' && value && !Array.isArray(value)) {
      out[field.name] = sanitized(field.fields, value as Record<string, unknown>)
    } else if (field.type === 'array' && Array.isArray(value)) {
      out[field.name] = value.map((row) =>
        typeof row === 'object' && row ? sanitized(field.fields, row) : row,
      )
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      out[field.name] = value.map((row) => {
        if (typeof row !== 'object' || !row) return row
        const block = field.blocks?.find((candidate) => candidate.slug === row.blockType)
        return block ? sanitized(block.fields, row) : row
      })
    } else out[field.name] = value
  }
  return out
}

/** Why a JSON body (an object) does not fit the entity's fields, or null. */
export const dataShapeProblem = (
  fields: readonly Field[],
  raw: Record<string, unknown>,
): Message | null => {
  const misread = numberTextProblem(fields, raw)
  if (misread) return misread
  const data = sanitized(fields, raw)
  const [shape] = shapeProblems(fields as Field[], data)
  if (shape) return { vi: shape.vi, en: shape.en }
  return valueProblem(fields, data)
}
