import type { SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { requestProblem, whereProblem } from '../../src/lib/restGuard'
import { routeOf } from '../../src/lib/restGuard/route'

// The shape of the sanitized config the guard reads: routes, endpoints, fields, id type.
const config = {
  routes: { api: '/api' },
  db: { defaultIDType: 'number' },
  globals: [{ slug: 'charter-settings', fields: [], endpoints: [{ method: 'post', path: '/' }] }],
  collections: [
    {
      slug: 'agencies',
      fields: [
        { name: 'name', type: 'text' },
        { name: 'parent', type: 'relationship' },
        { type: 'row', fields: [{ name: 'code', type: 'text' }] },
      ],
      endpoints: [
        { method: 'get', path: '/count' },
        { method: 'get', path: '/' },
        { method: 'post', path: '/' },
        { method: 'get', path: '/:id' },
        { method: 'patch', path: '/:id' },
        { method: 'post', path: '/logout' },
        { method: 'post', path: '/login' },
      ],
    },
  ],
} as unknown as SanitizedConfig

const request = (path: string, init: RequestInit = {}) =>
  new Request(`http://localhost:3000/api${path}`, init)

const problemOf = (req: Request) => requestProblem(req, routeOf(config, req))

describe('REST guard with the route from the config', () => {
  it('refuses a non-numeric id on a numeric-id database', async () => {
    expect(await problemOf(request('/agencies/abc'))).toMatchObject({ en: 'Invalid record id.' })
  })

  it('accepts a numeric id and a named endpoint', async () => {
    expect(await problemOf(request('/agencies/12'))).toBeNull()
    expect(await problemOf(request('/agencies/count'))).toBeNull()
  })

  it('refuses a create without a body', async () => {
    expect(await problemOf(request('/agencies', { method: 'POST' }))).toMatchObject({
      en: 'This request needs a JSON body (or multipart/form-data for uploads).',
    })
  })

  it('refuses an update sent as text/plain', async () => {
    const req = request('/agencies/3', {
      method: 'PATCH',
      headers: { 'content-type': 'text/plain' },
      body: 'name=x',
    })
    expect(await problemOf(req)).toMatchObject({ en: expect.stringMatching(/JSON body/) })
  })

  it('accepts a logout without a body', async () => {
    expect(await problemOf(request('/agencies/logout', { method: 'POST' }))).toBeNull()
  })

  it('reads the content type case-insensitively', async () => {
    const req = request('/agencies', {
      method: 'POST',
      headers: { 'content-type': 'Application/JSON' },
      body: '{bad',
    })
    expect(await problemOf(req)).toMatchObject({ en: 'The JSON body is malformed.' })
  })

  it('checks a filter sent in the body of a method-override POST', async () => {
    const req = request('/agencies', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-payload-http-method-override': 'GET',
      },
      body: 'where[id][equals][$gt]=1',
    })
    expect(await problemOf(req)).toMatchObject({ en: 'Invalid filter value for "id".' })
  })

  it('refuses a non-numeric value in an id list', async () => {
    expect(await problemOf(request('/agencies?where[id][in]=1,abc'))).toMatchObject({
      en: 'Invalid filter value for "id".',
    })
  })

  it('refuses a non-numeric relationship value, also inside a row', () => {
    const fieldTypes = new Map([['parent', 'relationship']])
    expect(whereProblem({ parent: { equals: 'x' } }, 0, fieldTypes)).not.toBeNull()
    expect(whereProblem({ parent: { equals: '7' } }, 0, fieldTypes)).toBeNull()
  })

  it('refuses geo operators on a field that is not a point', async () => {
    expect(await problemOf(request('/agencies?where[id][near]=1,2'))).toMatchObject({
      en: 'Invalid filter value for "id".',
    })
  })

  it('leaves requests outside the API and unknown collections to Payload', () => {
    expect(routeOf(config, request('/unknown/1'))).toBeUndefined()
  })
})

describe('REST guard: bounded reads and checks against nested field types (issue 11)', () => {
  const nested = {
    ...config,
    collections: [
      ...config.collections,
      {
        slug: 'meetings',
        versions: false,
        fields: [
          { name: 'start', type: 'date' },
          { name: 'agency', type: 'relationship', relationTo: 'agencies' },
          {
            name: 'agenda',
            type: 'array',
            fields: [
              { name: 'title', type: 'text' },
              { name: 'due', type: 'date' },
            ],
          },
          { name: 'document', type: 'relationship', relationTo: ['agencies', 'meetings'] },
        ],
        endpoints: [
          { method: 'get', path: '/' },
          { method: 'post', path: '/' },
          { method: 'patch', path: '/:id' },
          { method: 'get', path: '/versions' },
          { method: 'get', path: '/versions/:id' },
        ],
      },
    ],
  } as unknown as SanitizedConfig
  const problem = (path: string, init: RequestInit = {}) => {
    const req = request(path, init)
    return requestProblem(req, routeOf(nested, req))
  }
  const json = (method: string, body: unknown): RequestInit => ({
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

  it('refuses limit above 200, limit=0 and pagination=false on reads', async () => {
    expect(await problem('/meetings?limit=201')).toMatchObject({ vi: expect.stringMatching(/200/) })
    expect(await problem('/meetings?limit=0')).not.toBeNull()
    expect(await problem('/meetings?pagination=false')).not.toBeNull()
    expect(await problem('/meetings?limit=200')).toBeNull()
  })

  it('leaves limit=0 to bulk updates, which the admin sends', async () => {
    expect(await problem('/meetings?limit=0&where[id][in][0]=1', json('PATCH', {}))).toBeNull()
  })

  it('reads a date nested in an array row and a relationship one hop away', async () => {
    expect(await problem('/meetings?where[agenda.due][less_than]=2026-13-45')).not.toBeNull()
    expect(await problem('/meetings?where[agenda.due][less_than]=2026-12-31')).toBeNull()
    expect(await problem('/meetings?where[agency.parent][equals]=abc')).not.toBeNull()
    expect(await problem('/meetings?where[agenda.title][like]=x')).toBeNull()
  })

  it('refuses like on a relationship and an array for equals', async () => {
    expect(await problem("/meetings?where[agency][like]=%25'")).not.toBeNull()
    expect(await problem('/meetings?where[agenda.title][equals][0]=a')).not.toBeNull()
  })

  it('refuses hidden auth fields in sort and where at any depth', async () => {
    expect(await problem('/meetings?sort=-agency.createdBy.hash')).toMatchObject({
      en: 'Filtering or sorting by "agency.createdBy.hash" is not allowed.',
    })
    expect(await problem('/meetings?where[x.y.salt][equals]=1')).not.toBeNull()
  })

  it('answers 404 for the versions of a collection without versions', async () => {
    expect(await problem('/meetings/versions')).toMatchObject({ status: 404 })
    expect(await problem('/meetings/versions/3')).toMatchObject({ status: 404 })
  })

  it('refuses null rows, non-dates in rows and malformed polymorphic values in a body', async () => {
    expect(await problem('/meetings', json('POST', { agenda: [null] }))).not.toBeNull()
    expect(await problem('/meetings', json('POST', { agenda: [{ due: 'x' }] }))).toMatchObject({
      // A field without a label is named "this field", never by its path.
      en: 'This field is not a valid date.',
    })
    expect(await problem('/meetings', json('POST', { document: [null] }))).not.toBeNull()
    const ok = { document: { relationTo: 'agencies', value: 1 }, agenda: [{ due: '2026-01-01' }] }
    expect(await problem('/meetings', json('POST', ok))).toBeNull()
  })

  it('refuses a multipart update without _payload', async () => {
    const form = new FormData()
    form.append('title', 'x')
    expect(await problem('/meetings/3', { method: 'PATCH', body: form })).toMatchObject({
      en: expect.stringMatching(/_payload/),
    })
  })

  it('refuses malformed percent-encoding in the path', async () => {
    expect(await problem('/meetings/%E0%A4%A')).toMatchObject({
      en: 'The path is malformed (bad percent-encoding).',
    })
  })
})
