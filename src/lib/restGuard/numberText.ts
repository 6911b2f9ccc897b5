import type { Field } from 'payload'

import { HOW_TO_TYPE, parseViNumber } from '../../fields/viNumber'
import type { Message } from './checks'

// Payload reads a number sent as text with parseFloat before any hook: "60.000.000" becomes 60,
// "12,5" becomes 12 and "1,234.5" becomes 1. Such text is refused here, saying how to send it;
// text that both readings agree on ("1234", "-3", and "12.5", which parseFloat reads whole)
// passes. The admin's number inputs send numbers (src/fields/ViNumberInput.tsx).

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/

const labelOf = (field: Field & { name: string }, language: 'vi' | 'en'): string => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const text = (label as Record<string, unknown>)[language]
    if (typeof text === 'string') return text
  }
  return field.name
}

const misread = (field: Field & { name: string }, text: string): Message | null => {
  const trimmed = text.trim()
  const read = parseViNumber(trimmed)
  const payloadReads = trimmed === '' ? null : parseFloat(trimmed)
  if (read.ok && read.value === payloadReads) return null
  if (!read.ok && PLAIN_DECIMAL.test(trimmed)) return null
  const vi = labelOf(field, 'vi')
  const en = labelOf(field, 'en')
  if (read.ok) {
    return {
      vi: `Trường "${vi}": "${text}" phải gửi dưới dạng số (${read.value}), không phải chuỗi chữ.`,
      en: `The field "${en}": send "${text}" as a number (${read.value}), not as text.`,
    }
  }
  return {
    vi: `Trường "${vi}": "${text}" không phải là số. ${HOW_TO_TYPE.vi}`,
    en: `The field "${en}": "${text}" is not a number. ${HOW_TO_TYPE.en}`,
  }
}

const rowsOf = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((row): row is Record<string, unknown> => typeof row === 'object' && !!row)
    : []

/** The first number field of `data` (rows, groups, tabs, arrays, blocks walked) whose text Payload would misread. */
export const numberTextProblem = (
  fields: readonly Field[],
  data: Record<string, unknown>,
): Message | null => {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const inner = 'name' in tab && tab.name ? data[tab.name] : data
        if (typeof inner !== 'object' || !inner) continue
        const problem = numberTextProblem(tab.fields, inner as Record<string, unknown>)
        if (problem) return problem
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      const problem = 'fields' in field ? numberTextProblem(field.fields, data) : null
      if (problem) return problem
      continue
    }
    const value = data[field.name]
    if (field.type === 'number' && typeof value === 'string') {
      const problem = misread(field, value)
      if (problem) return problem
      continue
    }
    const nested =
      field.type === 'group' && typeof value === 'object' && value
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
      const problem = numberTextProblem(inner, row)
      if (problem) return problem
    }
  }
  return null
}
