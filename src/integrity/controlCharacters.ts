import type { Field } from 'payload'

import { hasControlCharacters } from '../lib/safeInput'

// Issue 11 L9: every text value written to any collection is checked for control characters,
// single-line fields (text, email) strictly, multi-line ones (textarea, code, rich text)
// keeping line breaks and tabs. The message names the field by its label.

export type ControlProblem = { path: string; vi: string; en: string }

const SINGLE_LINE = new Set(['text', 'email'])
const MULTI_LINE = new Set(['textarea', 'code'])

type Labelled = { name: string; label?: unknown }

const labelOf = (field: Labelled): { vi: string; en: string } => {
  const label = field.label
  if (typeof label === 'string') return { vi: label, en: label }
  if (label && typeof label === 'object') {
    const { vi, en } = label as { vi?: unknown; en?: unknown }
    const fallback = String(vi ?? en ?? field.name)
    return { vi: String(vi ?? fallback), en: String(en ?? fallback) }
  }
  return { vi: field.name, en: field.name }
}

const problem = (field: Labelled, path: string): ControlProblem => {
  const label = labelOf(field)
  return {
    path,
    vi: `Trường '${label.vi}' chứa ký tự điều khiển không hợp lệ.`,
    en: `The field '${label.en}' contains invalid control characters.`,
  }
}

/** Whether any string inside a rich-text (or other structured) value breaks the multi-line rule. */
const nestedHasControl = (value: unknown, depth = 0): boolean => {
  if (typeof value === 'string') return hasControlCharacters(value, true)
  if (depth > 50 || !value || typeof value !== 'object') return false
  return Object.values(value).some((item) => nestedHasControl(item, depth + 1))
}

const textHasControl = (type: string, value: unknown): boolean => {
  const values = Array.isArray(value) ? value : [value] // hasMany text fields hold a list
  return values.some(
    (item) => typeof item === 'string' && hasControlCharacters(item, MULTI_LINE.has(type)),
  )
}

/** Control-character problems of the text values in `data` (rows, groups, tabs and blocks too). */
export const controlCharacterProblems = (
  fields: Field[],
  data: Record<string, unknown>,
  prefix = '',
): ControlProblem[] =>
  fields.flatMap((field): ControlProblem[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? nested(tab.fields, data[tab.name], `${prefix}${tab.name}.`)
          : controlCharacterProblems(tab.fields, data, prefix),
      )
    }
    if (!('name' in field) || !field.name) {
      return 'fields' in field ? controlCharacterProblems(field.fields, data, prefix) : []
    }
    const value = data[field.name]
    if (value === null || value === undefined) return []
    const path = `${prefix}${field.name}`
    if (SINGLE_LINE.has(field.type) || MULTI_LINE.has(field.type)) {
      return textHasControl(field.type, value) ? [problem(field, path)] : []
    }
    if (field.type === 'richText') return nestedHasControl(value) ? [problem(field, path)] : []
    if (field.type === 'group') return nested(field.fields, value, `${path}.`)
    if (field.type === 'array' && Array.isArray(value)) {
      return value.flatMap((row, index) => nested(field.fields, row, `${path}.${index}.`))
    }
    if (field.type === 'blocks' && Array.isArray(value)) {
      return value.flatMap((row, index) => {
        const slug = (row as { blockType?: unknown } | null)?.blockType
        const block = (field.blocks ?? []).find((each) => each.slug === slug)
        return block ? nested(block.fields, row, `${path}.${index}.`) : []
      })
    }
    return []
  })

const nested = (fields: Field[], value: unknown, prefix: string): ControlProblem[] =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? controlCharacterProblems(fields, value as Record<string, unknown>, prefix)
    : []
