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
