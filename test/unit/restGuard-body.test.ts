import { describe, expect, it } from 'vitest'

import { bodyProblem, requestProblem } from '../../src/lib/restGuard'

const BASE = 'http://localhost:3000/api'

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
