import type { Field } from 'payload'

import { shapeProblems } from '../../integrity'
import type { Message } from './checks'

// Checks of a JSON body against the entity's fields, before any hook runs: rows of arrays must be
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

/** The first date field of `data` (rows, groups, tabs and blocks walked) holding a non-date. */
export const dateProblem = (
  fields: readonly Field[],
  data: Record<string, unknown>,
): Message | null => {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const inner = 'name' in tab && tab.name ? data[tab.name] : data
        if (typeof inner !== 'object' || !inner) continue
        const problem = dateProblem(tab.fields, inner as Record<string, unknown>)
        if (problem) return problem
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      const problem = 'fields' in field ? dateProblem(field.fields, data) : null
      if (problem) return problem
      continue
    }
    const value = data[field.name]
    if (value === undefined || value === null) continue
    if (field.type === 'date' && value !== '' && !isDate(value)) return badDate(field.name)
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
      const problem = dateProblem(inner, row)
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
  return dateProblem(fields, data)
}
