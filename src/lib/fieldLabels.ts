import type { Field } from 'payload'

// The words an official reads for a field path: `indicatorLines.0.value` → "Chỉ tiêu dòng 1 >
// Tháng này". Rows are counted from 1; unnamed wrappers (rows, collapsibles, unnamed tabs) are
// looked through. A path that cannot be resolved gives null: the caller never shows the path.

type Language = 'vi' | 'en'
type Labelled = { label?: unknown; labels?: { singular?: unknown } }

const textOf = (label: unknown, language: Language): string | null => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const value = (label as Record<string, unknown>)[language]
    return typeof value === 'string' ? value : null
  }
  return null
}

/** The field named `name` among `fields`, looking through rows, collapsibles and tabs. */
export const findField = (fields: readonly Field[], name: string): Field | undefined => {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name === name) return { ...tab, type: 'group' } as Field
        if (!('name' in tab && tab.name)) {
          const found = findField(tab.fields, name)
          if (found) return found
        }
      }
    } else if (!('name' in field && field.name) && 'fields' in field) {
      const found = findField(field.fields, name)
      if (found) return found
    }
  }
  return undefined
}

const ROW = { vi: 'dòng', en: 'row' }

/** "Chỉ tiêu dòng 1 > Tháng này", or null when a part of the path is not a known field. */
export const labelOfPath = (
  fields: readonly Field[],
  path: string,
  language: Language,
): string | null => {
  const parts: string[] = []
  let current: readonly Field[] = fields
  let arrayLabel: string | null = null
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      if (arrayLabel === null) return null
      parts.push(`${arrayLabel} ${ROW[language]} ${Number(segment) + 1}`)
      arrayLabel = null
      continue
    }
    if (arrayLabel !== null) {
      parts.push(arrayLabel)
      arrayLabel = null
    }
    const field = findField(current, segment)
    if (!field) return null
    const { label, labels } = field as Labelled
    const text = textOf(labels?.singular, language) ?? textOf(label, language)
    if (text === null) return null
    if (field.type === 'array') {
      arrayLabel = text
      current = field.fields
    } else if (field.type === 'group') {
      parts.push(text)
      current = field.fields
    } else if (field.type === 'blocks') {
      arrayLabel = text
      current = (field.blocks ?? []).flatMap((block) => block.fields)
    } else {
      parts.push(text)
    }
  }
  if (arrayLabel !== null) parts.push(arrayLabel)
  return parts.length ? parts.join(' > ') : null
}

/** How a message names a field: 'trường "Ngày họp"' / 'the field "Meeting day"' (or "this field"). */
export const namesOf = (field: Field): { vi: string; en: string } => {
  const { label, labels } = field as Labelled
  const vi = textOf(labels?.singular, 'vi') ?? textOf(label, 'vi')
  const en = textOf(labels?.singular, 'en') ?? textOf(label, 'en')
  return {
    vi: vi ? `trường "${vi}"` : 'trường này',
    en: en ? `the field "${en}"` : 'this field',
  }
}

/** "Chỉ tiêu dòng 2" / "Indicator row 2" for a message about a row. */
export const rowNamesOf = (field: Field, index: number): { vi: string; en: string } => {
  const { label, labels } = field as Labelled
  const vi = textOf(labels?.singular, 'vi') ?? textOf(label, 'vi') ?? 'Danh sách'
  const en = textOf(labels?.singular, 'en') ?? textOf(label, 'en') ?? 'List'
  return { vi: `"${vi}" dòng ${index + 1}`, en: `"${en}" row ${index + 1}` }
}

export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
