// Generators of bad REST input for the property test (test/int/rest-bad-input-property.test.ts):
// from a collection's field config they build wrong-typed values per field, null rows in arrays,
// operators per field type with wrong operands, huge and deeply nested values, odd encodings and
// bad paging/sorting parameters. All randomness comes from one seeded PRNG, so a seed replays.
import type { Field, SanitizedConfig } from 'payload'
import { stringify } from 'qs-esm'

import { pick, prng, type Random } from '../../src/lib/prng'

export type Rng = Random
export { pick, prng }

type Named = { path: string; field: Field & { name: string } }

/** Every named field with its dotted path (rows, tabs, groups, arrays and blocks walked). */
export const fieldPaths = (fields: readonly Field[], prefix = '', depth = 0): Named[] =>
  fields.flatMap((field): Named[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? fieldPaths(tab.fields, `${prefix}${tab.name}.`, depth + 1)
          : fieldPaths(tab.fields, prefix, depth),
      )
    }
    if (!('name' in field) || !field.name) {
      return 'fields' in field ? fieldPaths(field.fields, prefix, depth) : []
    }
    const named = { path: `${prefix}${field.name}`, field: field as Field & { name: string } }
    if (depth > 3) return [named]
    if (field.type === 'group' || field.type === 'array') {
      return [named, ...fieldPaths(field.fields, `${named.path}.`, depth + 1)]
    }
    if (field.type === 'blocks') {
      const inner = (field.blocks ?? []).flatMap((block) => block.fields)
      return [named, ...fieldPaths(inner, `${named.path}.`, depth + 1)]
    }
    return [named]
  })

const nested = (levels: number): unknown =>
  Array.from({ length: levels }).reduce<unknown>((inner) => ({ a: [inner] }), 'x')

/** Values of every wrong kind, including the ones that crashed adapters and hooks before. */
export const badScalar = (rng: Rng): unknown =>
  pick(rng, [
    null,
    '',
    0,
    -1,
    1.5,
    1e308,
    Number.MAX_SAFE_INTEGER,
    true,
    false,
    [],
    {},
    [null],
    [{}],
    ['x', 'y'],
    'x'.repeat(50_000),
    'đ'.repeat(5_000),
    '\u0000',
    'a\u0000b',
    '%E0%A4%A',
    "%'",
    "'; DROP TABLE users; --",
    '<script>alert(1)</script>',
    '😀\uD800',
    '2026-13-45',
    'notadate',
    '1e3',
    '999999999999999999999',
    { $gt: '' },
    { id: 'abc' },
    { relationTo: 'users', value: 'x' },
    999_999_999,
    nested(40),
    () => undefined,
  ])

/** A wrong value for one field, shaped by its type (rows of arrays with nulls or bad cells). */
export const badValueFor = (rng: Rng, field: Field, depth = 0): unknown => {
  if (depth < 2 && rng() < 0.5) {
    if (field.type === 'array' || field.type === 'blocks') {
      const inner = field.type === 'array' ? field.fields : (field.blocks?.[0]?.fields ?? [])
      return pick(rng, [
        [null],
        [null, {}],
        [1, 'x'],
        [[]],
        Array.from({ length: 300 }, () => null),
        [badObject(rng, inner, depth + 1)],
        [{ ...badObject(rng, inner, depth + 1), blockType: pick(rng, ['x', null, 1]) }],
      ])
    }
    if (field.type === 'group') return badObject(rng, field.fields, depth + 1)
    if (field.type === 'relationship' || field.type === 'upload') {
      return pick(rng, [[999_999_999], ['abc'], [{ value: 1 }], { relationTo: 'x', value: 1 }])
    }
  }
  return badScalar(rng)
}

/** An object with 1–4 of the fields given wrong values (sometimes unknown or system keys). */
export const badObject = (
  rng: Rng,
  fields: readonly Field[],
  depth = 0,
): Record<string, unknown> => {
  const paths = fieldPaths(fields).filter((named) => !named.path.includes('.'))
  const body: Record<string, unknown> = {}
  const count = 1 + Math.floor(rng() * 4)
  for (let i = 0; i < count && paths.length; i++) {
    const { field } = pick(rng, paths)
    body[field.name] = badValueFor(rng, field, depth)
  }
  if (rng() < 0.1)
    body[pick(rng, ['id', 'createdAt', '_status', '__proto__', 'x'])] = badScalar(rng)
  return body
}

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
  'startsWith',
  '$gt',
]

const HIDDEN = ['hash', 'salt', 'resetPasswordToken', 'lockUntil', 'loginAttempts', 'apiKey']

/** A query operand in the shapes a query string can carry. */
const badOperand = (rng: Rng): unknown =>
  pick(rng, [
    'x',
    '',
    "%'",
    '%',
    'notadate',
    '2026-13-45',
    '2026-02-30T25:61:00Z',
    '1,abc',
    '1.5',
    '-1',
    'true',
    'maybe',
    ['a', 'b'],
    ['1', ['2']],
    { 0: 'a' },
    { $ne: '' },
    'x'.repeat(20_000),
    '\u0000',
    '😀',
    '1e309',
    '10,20',
    '999999999999999999',
  ])

const VALUE_PARAMS = ['0', '-1', '1.5', 'abc', '', '201', '200', '1e3', '99999999999', ' 5']

/** A query string with one or two bad parts for a collection with these fields. */
export const badQuery = (rng: Rng, fields: readonly Field[], relatedPaths: string[]): string => {
  const paths = [...fieldPaths(fields).map((named) => named.path), ...relatedPaths, 'id']
  const query: Record<string, unknown> = {}
  const kind = rng()
  if (kind < 0.55) {
    const path = rng() < 0.08 ? `${pick(rng, paths)}.${pick(rng, HIDDEN)}` : pick(rng, paths)
    const condition = { [path]: { [pick(rng, OPERATORS)]: badOperand(rng) } }
    query.where = rng() < 0.2 ? { [pick(rng, ['and', 'or'])]: [condition] } : condition
  } else if (kind < 0.8) {
    const name = pick(rng, ['limit', 'page', 'depth', 'pagination', 'draft', 'locale', 'trash'])
    query[name] = rng() < 0.2 ? [pick(rng, VALUE_PARAMS), '1'] : pick(rng, VALUE_PARAMS)
    if (name === 'pagination') query[name] = pick(rng, ['false', '0', 'no', ['false']])
  } else {
    const path = rng() < 0.3 ? `${pick(rng, paths)}.${pick(rng, HIDDEN)}` : pick(rng, paths)
    query.sort = pick(rng, [path, `-${path}`, [path, '-id'], `${path},,-x`, '-', 'a b', { a: 1 }])
  }
  if (rng() < 0.2) query.depth = pick(rng, ['2', '10', '-3', 'x'])
  return stringify(query)
}

/** Relationship paths one hop into the related collection (`agency.name`, `signer.email`). */
export const relatedPaths = (config: SanitizedConfig, fields: readonly Field[]): string[] =>
  fieldPaths(fields).flatMap(({ path, field }) => {
    if (field.type !== 'relationship' || typeof field.relationTo !== 'string') return []
    const related = config.collections.find((c) => c.slug === field.relationTo)
    if (!related) return []
    return fieldPaths(related.fields)
      .filter((named) => !named.path.includes('.'))
      .slice(0, 6)
      .map((named) => `${path}.${named.path}`)
  })

export const ODD_IDS = ['abc', '%E0%A4%A', '%', '-1', '1.5', '1e3', '0x10', '9'.repeat(30), '%00']
