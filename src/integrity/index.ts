import {
  ValidationError,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  type CollectionSlug,
  type Field,
  type GlobalBeforeValidateHook,
  type PayloadRequest,
} from 'payload'

import { languageOf } from '../i18n/label'
import type { CollectionHooks } from '../lib/hookChain'
import { capitalised, namesOf, rowNamesOf } from '../lib/fieldLabels'
import { idOf } from '../lib/relations'
import { searchColumnOf } from '../search'
import { controlCharacterProblems } from './controlCharacters'

// Collection hooks read raw input before Payload's field validation, and Payload accepts some
// wrong shapes (an object in a text field, a string for a hasMany select) and sends forged
// relationship ids to the database (a foreign-key 500). This check, added to every collection,
// turns such input into a 400 naming the field before any other hook runs. Text holding control
// characters is refused the same way (issue 11 L9).

type Problem = { path: string; vi: string; en: string }

const STRING_TYPES = new Set(['text', 'textarea', 'email', 'code', 'date', 'radio'])

const isId = (value: unknown) =>
  typeof value === 'number' ||
  typeof value === 'string' ||
  (typeof value === 'object' && value !== null && 'id' in value)

// Named by the field's label, never its path (the path stays for the form to place the error).
const expected = (
  path: string,
  names: { vi: string; en: string },
  vi: string,
  en: string,
): Problem => ({
  path,
  vi: `Giá trị của ${names.vi} không đúng kiểu: cần ${vi}.`,
  en: `${capitalised(names.en)} has the wrong type: expected ${en}.`,
})

const problemOf = (
  field: Field & { name: string },
  value: unknown,
  path: string,
): Problem | null => {
  if (value === null || value === undefined) return null
  const names = namesOf(field)
  const hasMany = 'hasMany' in field && field.hasMany
  if (hasMany || field.type === 'array' || field.type === 'blocks') {
    return Array.isArray(value) ? null : expected(path, names, 'một danh sách', 'a list')
  }
  if (STRING_TYPES.has(field.type) || field.type === 'select') {
    return typeof value === 'string' || value instanceof Date
      ? null
      : expected(path, names, 'một chuỗi ký tự', 'a string')
  }
  if (field.type === 'checkbox') {
    return typeof value === 'boolean' ? null : expected(path, names, 'đúng/sai', 'true or false')
  }
  if (field.type === 'number') {
    return typeof value === 'number' ? null : expected(path, names, 'một số', 'a number')
  }
  if (
    (field.type === 'relationship' || field.type === 'upload') &&
    !Array.isArray(field.relationTo)
  ) {
    return isId(value) ? null : expected(path, names, 'mã của một bản ghi', 'a record id')
  }
  if (field.type === 'group') {
    return typeof value === 'object' && !Array.isArray(value)
      ? null
      : expected(path, names, 'một nhóm giá trị', 'an object')
  }
  return null
}

/** Shape problems of the values in `data`, rows of arrays included (rows and tabs flattened). */
export const shapeProblems = (
  fields: Field[],
  data: Record<string, unknown>,
  prefix = '',
): Problem[] =>
  fields.flatMap((field) => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) => shapeProblems(tab.fields, data, prefix))
    }
    if (!('name' in field) || !field.name) {
      return 'fields' in field ? shapeProblems(field.fields, data, prefix) : []
    }
    if (!(field.name in data)) return []
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    const problem = problemOf(field as Field & { name: string }, value, path)
    if (problem) return [problem]
    if (field.type === 'array' && Array.isArray(value)) {
      return value.flatMap((row, index) =>
        typeof row === 'object' && row
          ? shapeProblems(field.fields, row as Record<string, unknown>, `${path}.${index}.`)
          : [expected(`${path}.${index}`, rowNamesOf(field, index), 'một dòng dữ liệu', 'a row')],
      )
    }
    return []
  })

/** Wrong shapes first; then control characters in text (issue 11 L9), each field once. */
const inputProblems = (fields: Field[], data: Record<string, unknown>): Problem[] => {
  const shapes = shapeProblems(fields, data)
  const shaped = new Set(shapes.map((problem) => problem.path))
  return [
    ...shapes,
    ...controlCharacterProblems(fields, data).filter((problem) => !shaped.has(problem.path)),
  ]
}

const rejectMalformedInputOf = (fieldsOf: () => Field[]): CollectionBeforeValidateHook => {
  const rejectMalformedInput: CollectionBeforeValidateHook = async ({ collection, data, req }) => {
    if (!data || typeof data !== 'object') return data
    const fields = fieldsOf()
    const shapes = inputProblems(fields, data)
    const problems = shapes.length
      ? shapes
      : await missingReferences(req, referencesIn(fields, data))
    if (problems.length === 0) return data
    const language = languageOf(req)
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: problems.map((problem) => ({ path: problem.path, message: problem[language] })),
      },
      req.t,
    )
  }
  return rejectMalformedInput
}

type Reference = {
  path: string
  relationTo: CollectionSlug
  id: number | string
  names: { vi: string; en: string }
}

// Every single-collection relationship value in `data`, with its path (rows of arrays included).
const referencesIn = (fields: Field[], data: Record<string, unknown>, prefix = ''): Reference[] =>
  fields.flatMap((field): Reference[] => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => referencesIn(tab.fields, data, prefix))
    if (!('name' in field) || !field.name) {
      return 'fields' in field ? referencesIn(field.fields, data, prefix) : []
    }
    const value = data?.[field.name]
    const path = `${prefix}${field.name}`
    if (value === null || value === undefined) return []
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      !Array.isArray(field.relationTo)
    ) {
      const values = Array.isArray(value) ? value : [value]
      return values.flatMap((item) => {
        const id = idOf(item)
        return id === null
          ? []
          : [{ path, relationTo: field.relationTo as CollectionSlug, id, names: namesOf(field) }]
      })
    }
    if (field.type === 'array' && Array.isArray(value)) {
      return value.flatMap((row, index) =>
        typeof row === 'object' && row
          ? referencesIn(field.fields, row as Record<string, unknown>, `${path}.${index}.`)
          : [],
      )
    }
    if (field.type === 'group' && typeof value === 'object') {
      return referencesIn(field.fields, value as Record<string, unknown>, `${path}.`)
    }
    return []
  })

/**
 * References to records that do not exist (or ids of the wrong form). Existence is a system
 * check (access to link a record is the field's own concern), one query per target collection.
 */
const missingReferences = async (
  req: PayloadRequest,
  references: Reference[],
): Promise<Problem[]> => {
  const numericIds = req.payload.db.defaultIDType === 'number'
  const wellFormed = (id: number | string) =>
    numericIds ? /^\d{1,15}$/.test(String(id)) : /^[\w-]{1,64}$/.test(String(id))
  const problems: Problem[] = references
    .filter((reference) => !wellFormed(reference.id))
    .map((reference) => notFound(reference))
  const byCollection = new Map<CollectionSlug, Reference[]>()
  for (const reference of references.filter((r) => wellFormed(r.id))) {
    byCollection.set(reference.relationTo, [
      ...(byCollection.get(reference.relationTo) ?? []),
      reference,
    ])
  }
  for (const [relationTo, group] of byCollection) {
    const ids = [...new Set(group.map((reference) => String(reference.id)))]
    const found = await req.payload.find({
      collection: relationTo,
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      select: {},
      overrideAccess: true,
      req,
    })
    const existing = new Set(found.docs.map((doc) => String(doc.id)))
    problems.push(...group.filter((r) => !existing.has(String(r.id))).map((r) => notFound(r)))
  }
  return problems
}

const notFound = ({ path, names }: Reference): Problem => ({
  path,
  vi: `${capitalised(names.vi)} chọn một bản ghi không tồn tại (có thể đã bị xóa): hãy chọn lại.`,
  en: `${capitalised(names.en)} refers to a record that does not exist (it may have been deleted): choose again.`,
})

/** The same shape check for a global's input. */
export const rejectMalformedGlobalInput = (fieldsOf: () => Field[]): GlobalBeforeValidateHook => {
  const rejectMalformedInput: GlobalBeforeValidateHook = ({ data, global, req }) => {
    const problems = data && typeof data === 'object' ? inputProblems(fieldsOf(), data) : []
    if (problems.length === 0) return data
    const language = languageOf(req)
    throw new ValidationError(
      {
        global: global.slug,
        errors: problems.map((problem) => ({ path: problem.path, message: problem[language] })),
      },
      req.t,
    )
  }
  return rejectMalformedInput
}

/**
 * The first step of a collection's hook chain (src/lib/hookChain): input-shape checks and
 * relationship existence checks, before any other hook. `declared` returns the collection as
 * declared in its file (read when the first write arrives): its fields, and the search column
 * src/search adds to a searchable one, are the ones checked.
 */
export const inputIntegrity = (declared: () => CollectionConfig): CollectionHooks => {
  let fields: Field[] | undefined
  const fieldsOf = () => {
    if (!fields) {
      const collection = declared()
      fields = [...collection.fields, ...searchColumnOf(collection)]
    }
    return fields
  }
  const step = rejectMalformedInputOf(fieldsOf)
  integritySteps.add(step)
  return { beforeValidate: [step] }
}

const integritySteps = new WeakSet<object>()

/** Whether a collection's hook chain starts with its `inputIntegrity` step. */
export const listsInputIntegrity = (collection: CollectionConfig): boolean => {
  const first = collection.hooks?.beforeValidate?.[0]
  return first !== undefined && integritySteps.has(first)
}
