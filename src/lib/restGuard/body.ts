import type { Field } from 'payload'

import { shapeProblems } from '../../integrity'
import type { Message } from './checks'

// Checks of a JSON body against the entity's fields, before any hook runs (src/integrity checks
// the simple shapes; these are the ones it leaves to Payload): rows of arrays must be
// objects (a null row crashed meetings' hooks: "reading 'summary'"), and a date must be a date —
// Payload stores `createdAt: "notadate"` as given on SQLite and every later read of the
// collection fails ("Invalid time value"), so one request would break the list for everybody.

const badDate = (name: string): Message => ({
  vi: `Giá trị của trường "${name}" không phải là ngày hợp lệ.`,
  en: `The field "${name}" is not a valid date.`,
})

const isDate = (value: unknown) =>
  typeof value === 'string' && value.length <= 64 && Number.isFinite(new Date(value).getTime())

const rowsOf = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((row): row is Record<string, unknown> => typeof row === 'object' && !!row)
    : []

const notRecordRef = (name: string): Message => ({
  vi: `Giá trị của trường "${name}" không đúng kiểu: cần { relationTo, value }.`,
  en: `The field "${name}" has the wrong type: expected { relationTo, value }.`,
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
  if (field.type === 'date' && value !== '' && !isDate(value)) return badDate(field.name)
  if (
    (field.type === 'relationship' || field.type === 'upload') &&
    Array.isArray(field.relationTo)
  ) {
    const relationTo = field.relationTo as string[]
    const values = field.hasMany && Array.isArray(value) ? value : [value]
    if (!values.every((item) => isPolymorphicValue(item, relationTo)))
      return notRecordRef(field.name)
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

/** Why a JSON body (an object) does not fit the entity's fields, or null. */
export const dataShapeProblem = (
  fields: readonly Field[],
  data: Record<string, unknown>,
): Message | null => {
  const [shape] = shapeProblems(fields as Field[], data)
  if (shape) return { vi: shape.vi, en: shape.en }
  return valueProblem(fields, data)
}
