import { describe, expect, it } from 'vitest'

import { whereProblem } from '../../src/lib/restGuard'

/** Builds a `where` nested `levels` times inside `and` lists. */
const nestedAnd = (levels: number): unknown =>
  Array.from({ length: levels }).reduce<unknown>((inner) => ({ and: [inner] }), {
    title: { equals: 'x' },
  })

describe('whereProblem', () => {
  it('accepts an empty filter', () => {
    expect(whereProblem({})).toBeNull()
  })

  it('accepts a field with a valid operator', () => {
    expect(whereProblem({ title: { equals: 'Báo cáo tháng 7' } })).toBeNull()
  })

  it('accepts several valid operators on one field', () => {
    expect(
      whereProblem({ dueDate: { greater_than: '2024-07-01', less_than_equal: '2024-07-31' } }),
    ).toBeNull()
  })

  it('accepts a dotted field path into a relationship', () => {
    expect(whereProblem({ 'agency.code': { equals: 'CA' } })).toBeNull()
  })

  it('accepts a field name with hyphens and underscores', () => {
    expect(
      whereProblem({ _status: { equals: 'published' }, 'lead-agency': { exists: true } }),
    ).toBeNull()
  })

  it('accepts number, boolean and null operands', () => {
    expect(
      whereProblem({ year: { equals: 2024 }, done: { equals: false }, to: { equals: null } }),
    ).toBeNull()
  })

  it('accepts a list operand of primitives for in', () => {
    expect(whereProblem({ id: { in: [1, 2, '3'] } })).toBeNull()
  })

  it('accepts a valid nested and/or', () => {
    expect(
      whereProblem({
        or: [
          { and: [{ status: { equals: 'open' } }, { dueDate: { less_than: '2024-07-01' } }] },
          { 'agency.code': { in: ['CA', 'STTTT'] } },
        ],
      }),
    ).toBeNull()
  })

  it('accepts and/or given as an index-keyed object, as qs produces for long lists', () => {
    expect(
      whereProblem({ or: { '0': { id: { equals: 1 } }, '1': { id: { equals: 2 } } } }),
    ).toBeNull()
  })

  it('accepts an empty and list', () => {
    expect(whereProblem({ and: [] })).toBeNull()
  })

  it('accepts nesting up to ten levels', () => {
    expect(whereProblem(nestedAnd(10))).toBeNull()
  })

  it('rejects nesting deeper than ten levels', () => {
    expect(whereProblem(nestedAnd(11))).toEqual({
      vi: 'Điều kiện lọc lồng quá sâu.',
      en: 'The filter is nested too deeply.',
    })
  })

  it('rejects very deep nesting without overflowing the stack', () => {
    expect(whereProblem(nestedAnd(5000))).toEqual(
      expect.objectContaining({ en: 'The filter is nested too deeply.' }),
    )
  })

  it.each([
    ['a string', 'title'],
    ['a number', 1],
    ['null', null],
    ['an array', [{ id: { equals: 1 } }]],
  ])('rejects %s as the filter', (_label, where) => {
    expect(whereProblem(where)).toEqual({
      vi: 'Điều kiện lọc (where) phải là một đối tượng.',
      en: 'The where filter must be an object.',
    })
  })

  it('rejects operator injection inside an operand', () => {
    expect(whereProblem({ id: { equals: { $gt: 1 } } })).toEqual({
      vi: 'Giá trị lọc của "id" không hợp lệ.',
      en: 'Invalid filter value for "id".',
    })
  })

  it('rejects operator injection inside a list operand', () => {
    expect(whereProblem({ id: { in: [1, { $ne: null }] } })).toEqual(
      expect.objectContaining({ en: 'Invalid filter value for "id".' }),
    )
  })

  it('rejects operator injection hidden in a nested or', () => {
    expect(whereProblem({ or: [{ and: [{ email: { equals: { $regex: '.*' } } }] }] })).toEqual(
      expect.objectContaining({ en: 'Invalid filter value for "email".' }),
    )
  })

  it('rejects the unknown operator $gt', () => {
    expect(whereProblem({ id: { $gt: 1 } })).toEqual({
      vi: 'Toán tử lọc không hợp lệ: "$gt".',
      en: 'Invalid filter operator: "$gt".',
    })
  })

  it('rejects an unknown operator name', () => {
    expect(whereProblem({ title: { startsWith: 'A' } })).toEqual(
      expect.objectContaining({ en: 'Invalid filter operator: "startsWith".' }),
    )
  })

  it.each(['$where', '1title', 'title..name', 'title.', '.title', 'ti tle', 'title[0]', ''])(
    'rejects the bad field name "%s"',
    (field) => {
      expect(whereProblem({ [field]: { equals: 1 } })).toEqual({
        vi: `Tên trường lọc không hợp lệ: "${field}".`,
        en: `Invalid filter field: "${field}".`,
      })
    },
  )

  it.each([
    ['a string', 'open'],
    ['a number', 3],
    ['null', null],
    ['an array', ['open']],
  ])('rejects a field given %s instead of an operator', (_label, value) => {
    expect(whereProblem({ status: value })).toEqual({
      vi: 'Trường lọc "status" cần một toán tử.',
      en: 'Filter field "status" needs an operator.',
    })
  })

  it.each([
    ['a string', 'x'],
    ['a number', 1],
    ['null', null],
  ])('rejects an or given %s instead of a list', (_label, value) => {
    expect(whereProblem({ or: value })).toEqual({
      vi: '"or" phải là một danh sách điều kiện.',
      en: '"or" must be a list of conditions.',
    })
  })

  it('rejects a non-object item inside an and list', () => {
    expect(whereProblem({ and: ['title'] })).toEqual(
      expect.objectContaining({ en: 'The where filter must be an object.' }),
    )
  })
})
