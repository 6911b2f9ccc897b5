import { describe, expect, it } from 'vitest'

import { bodyProblem, requestProblem, whereProblem } from '../../src/lib/restGuard'

const BASE = 'http://localhost:3000/api'

/** Builds a `where` nested `levels` times inside `and` lists. */
const nestedAnd = (levels: number): unknown =>
  Array.from({ length: levels }).reduce<unknown>((inner) => ({ and: [inner] }), {
    title: { equals: 'x' },
  })

const jsonRequest = (body: string, method = 'POST', contentType = 'application/json') =>
  new Request(`${BASE}/users/login`, {
    method,
    headers: { 'content-type': contentType },
    body,
  })

const multipartRequest = (fields: Record<string, string | Blob>, method = 'POST') => {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  return new Request(`${BASE}/media`, { method, body: form })
}

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

describe('bodyProblem', () => {
  it('accepts a JSON object', () => {
    expect(bodyProblem({ title: 'Báo cáo', year: 2024 })).toBeNull()
  })

  it('accepts string email and password', () => {
    expect(bodyProblem({ email: 'to-truong@example.vn', password: 'secret' })).toBeNull()
  })

  it('accepts an empty object', () => {
    expect(bodyProblem({})).toBeNull()
  })

  it('leaves non-auth fields of any type alone', () => {
    expect(bodyProblem({ scores: [1, 2], nested: { email: 1 }, done: true })).toBeNull()
  })

  it.each([
    ['an array', [{ email: 'a@b.vn' }]],
    ['null', null],
    ['a number', 42],
    ['a string', 'email=a@b.vn'],
    ['a boolean', true],
  ])('rejects %s as the body', (_label, body) => {
    expect(bodyProblem(body)).toEqual({
      vi: 'Nội dung yêu cầu phải là một đối tượng JSON.',
      en: 'The request body must be a JSON object.',
    })
  })

  it.each([
    ['email', { $ne: null }],
    ['email', 123],
    ['email', ['a@b.vn']],
    ['password', { $gt: '' }],
    ['password', true],
    ['username', 7],
    ['token', {}],
    ['confirmPassword', 1],
  ])('rejects a non-string %s', (field, value) => {
    expect(bodyProblem({ [field]: value })).toEqual({
      vi: `Trường "${field}" phải là chuỗi ký tự.`,
      en: `The field "${field}" must be a string.`,
    })
  })
})

describe('requestProblem', () => {
  it('accepts a plain valid GET', async () => {
    expect(
      await requestProblem(new Request(`${BASE}/tasks?limit=10&page=2&sort=-dueDate`)),
    ).toBeNull()
  })

  it('accepts a GET with a valid where in the query string', async () => {
    const url = `${BASE}/tasks?where[or][0][status][equals]=open&where[or][1][agency.code][in][0]=CA`
    expect(await requestProblem(new Request(url))).toBeNull()
  })

  it('accepts a GET with a percent-encoded valid where', async () => {
    const url = `${BASE}/tasks?where%5Bstatus%5D%5Bequals%5D=open`
    expect(await requestProblem(new Request(url))).toBeNull()
  })

  it('accepts a query that mentions "where" outside a where filter', async () => {
    expect(await requestProblem(new Request(`${BASE}/agencies?search=somewhere`))).toBeNull()
  })

  it('rejects operator injection in the query string', async () => {
    expect(await requestProblem(new Request(`${BASE}/users?where[id][equals][$gt]=1`))).toEqual({
      vi: 'Giá trị lọc của "id" không hợp lệ.',
      en: 'Invalid filter value for "id".',
    })
  })

  it('rejects a percent-encoded operator injection', async () => {
    const url = `${BASE}/users?where%5Bid%5D%5Bequals%5D%5B%24gt%5D=1`
    expect(await requestProblem(new Request(url))).toEqual(
      expect.objectContaining({ en: 'Invalid filter value for "id".' }),
    )
  })

  it('rejects operator injection when the word "where" itself is percent-encoded', async () => {
    // qs decodes keys, so Payload reads `%77here` as `where`.
    const url = `${BASE}/users?%77here[id][equals][$gt]=1`
    expect(await requestProblem(new Request(url))).toEqual(
      expect.objectContaining({ en: 'Invalid filter value for "id".' }),
    )
  })

  it('rejects an unknown operator in the query string', async () => {
    expect(await requestProblem(new Request(`${BASE}/users?where[id][$gt]=1`))).toEqual(
      expect.objectContaining({ en: 'Invalid filter operator: "$gt".' }),
    )
  })

  it('rejects a where given as a plain string', async () => {
    expect(await requestProblem(new Request(`${BASE}/users?where=1`))).toEqual(
      expect.objectContaining({ en: 'The where filter must be an object.' }),
    )
  })

  it('rejects a where nested deeper than the guard reads', async () => {
    const url = `${BASE}/tasks?where${'[and][0]'.repeat(12)}[title][equals]=x`
    expect(await requestProblem(new Request(url))).toEqual(
      expect.objectContaining({ en: expect.stringContaining('Invalid filter field') }),
    )
  })

  it('checks the where of a DELETE', async () => {
    const request = new Request(`${BASE}/tasks?where[id][in][0][$ne]=1`, { method: 'DELETE' })
    expect(await requestProblem(request)).toEqual(
      expect.objectContaining({ en: 'Invalid filter value for "id".' }),
    )
  })

  it('accepts a well-formed JSON login body', async () => {
    expect(await requestProblem(jsonRequest('{"email":"a@b.vn","password":"x"}'))).toBeNull()
  })

  it('rejects a malformed JSON body', async () => {
    expect(await requestProblem(jsonRequest('{"email": "a@b.vn",'))).toEqual({
      vi: 'Nội dung JSON không hợp lệ.',
      en: 'The JSON body is malformed.',
    })
  })

  it('rejects a malformed JSON body sent with a charset', async () => {
    expect(
      await requestProblem(jsonRequest('{oops', 'PATCH', 'application/json; charset=utf-8')),
    ).toEqual(expect.objectContaining({ en: 'The JSON body is malformed.' }))
  })

  it('rejects a malformed JSON body on PUT', async () => {
    expect(await requestProblem(jsonRequest('nope', 'PUT'))).toEqual(
      expect.objectContaining({ en: 'The JSON body is malformed.' }),
    )
  })

  it('rejects a JSON array body', async () => {
    expect(await requestProblem(jsonRequest('[{"email":"a@b.vn"}]'))).toEqual(
      expect.objectContaining({ en: 'The request body must be a JSON object.' }),
    )
  })

  it('rejects a JSON null body', async () => {
    expect(await requestProblem(jsonRequest('null'))).toEqual(
      expect.objectContaining({ en: 'The request body must be a JSON object.' }),
    )
  })

  it('rejects a JSON body with an operator object as the email', async () => {
    expect(await requestProblem(jsonRequest('{"email":{"$ne":null},"password":"x"}'))).toEqual({
      vi: 'Trường "email" phải là chuỗi ký tự.',
      en: 'The field "email" must be a string.',
    })
  })

  it('rejects a JSON body with a numeric password', async () => {
    expect(await requestProblem(jsonRequest('{"email":"a@b.vn","password":123456}'))).toEqual(
      expect.objectContaining({ en: 'The field "password" must be a string.' }),
    )
  })

  it('accepts an empty JSON body', async () => {
    expect(await requestProblem(jsonRequest('   '))).toBeNull()
  })

  it('leaves the body readable for the handler after checking it', async () => {
    const request = jsonRequest('{"email":"a@b.vn","password":"x"}')
    await requestProblem(request)
    expect(await request.json()).toEqual({ email: 'a@b.vn', password: 'x' })
  })

  it('does not parse a body sent as text/plain', async () => {
    expect(await requestProblem(jsonRequest('{oops', 'POST', 'text/plain'))).toBeNull()
  })

  it('accepts a multipart upload with a valid _payload', async () => {
    const request = multipartRequest({
      _payload: '{"alt":"Quyết định 96/QĐ-TCT"}',
      file: new Blob(['%PDF-1.7'], { type: 'application/pdf' }),
    })
    expect(await requestProblem(request)).toBeNull()
  })

  it('accepts a multipart upload without a _payload', async () => {
    const request = multipartRequest({ file: new Blob(['x'], { type: 'text/plain' }) })
    expect(await requestProblem(request)).toBeNull()
  })

  it('rejects a multipart upload whose _payload is malformed JSON', async () => {
    expect(await requestProblem(multipartRequest({ _payload: '{"alt":' }))).toEqual({
      vi: 'Nội dung JSON không hợp lệ.',
      en: 'The JSON body is malformed.',
    })
  })

  it('rejects a multipart upload whose _payload is an array', async () => {
    expect(await requestProblem(multipartRequest({ _payload: '[1,2]' }))).toEqual(
      expect.objectContaining({ en: 'The request body must be a JSON object.' }),
    )
  })

  it('rejects a multipart upload whose _payload has a non-string email', async () => {
    expect(await requestProblem(multipartRequest({ _payload: '{"email":{"$gt":""}}' }))).toEqual(
      expect.objectContaining({ en: 'The field "email" must be a string.' }),
    )
  })

  it('rejects a multipart body that does not parse as form data', async () => {
    const request = new Request(`${BASE}/media`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=XYZ' },
      body: 'this is not multipart',
    })
    expect(await requestProblem(request)).toEqual({
      vi: 'Dữ liệu biểu mẫu không hợp lệ.',
      en: 'The form data is malformed.',
    })
  })
})
