import type { Field, SanitizedConfig } from 'payload'

import { findField } from '../fieldLabels'

// The type of the field a dotted query path names (`agenda.presenterAgency`, `signer.email`),
// walked through rows, tabs, groups, arrays, blocks and single-collection relationships, so the
// guard can check an operand against the field it really reaches, not only top-level fields.

export type FieldInfo = {
  type: string
  hasMany: boolean
  /** The values a select or radio field accepts (a PostgreSQL enum: others fail in SQL). */
  options?: string[]
  /** A relationship to several collections (its value is `{ relationTo, value }`). */
  polymorphic?: boolean
}

const optionsOf = (field: Field): string[] | undefined =>
  field.type === 'select' || field.type === 'radio'
    ? field.options.map((option) => (typeof option === 'string' ? option : option.value))
    : undefined

/** What the guard knows of the collection a request addresses: `get(path)` → the field's type. */
export type FieldTypes = { get(path: string): string | undefined }

// Relationship hops followed at most (Payload itself queries across a few; deeper is unknown).
const MAX_HOPS = 3

/** The field at `path` in `fields` (null when unknown: a json sub-path, a polymorphic value …). */
export const fieldAt = (
  config: SanitizedConfig,
  fields: readonly Field[],
  path: string,
): FieldInfo | null => {
  let current = fields
  let hops = 0
  let afterRelationship = false
  const segments = path.split('.')
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    const last = i === segments.length - 1
    // `relation.id` is the related record's numeric id; a row's own id is text.
    if (segment === 'id' && afterRelationship) return last ? { type: 'id', hasMany: false } : null
    const field = findField(current, segment)
    if (!field) return null
    const hasMany = 'hasMany' in field && field.hasMany === true
    if (last) {
      const polymorphic = 'relationTo' in field && Array.isArray(field.relationTo)
      return { type: field.type, hasMany, options: optionsOf(field), polymorphic }
    }
    afterRelationship = false
    if (field.type === 'group' || field.type === 'array') current = field.fields
    else if (field.type === 'blocks') {
      current = (field.blocks ?? []).flatMap((block) => block.fields)
    } else if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string' &&
      hops < MAX_HOPS
    ) {
      const related = config.collections.find((c) => c.slug === field.relationTo)
      if (!related) return null
      current = related.fields
      hops++
      afterRelationship = true
    } else return null
  }
  return null
}

/** A memoised path → type lookup over one collection's fields. */
export const fieldTypesOver = (config: SanitizedConfig, fields: readonly Field[]) => {
  const memo = new Map<string, FieldInfo | null>()
  const info = (path: string): FieldInfo | null => {
    if (!memo.has(path)) memo.set(path, fieldAt(config, fields, path))
    return memo.get(path)!
  }
  return {
    get: (path: string) => info(path)?.type,
    info,
  }
}
