// Issued documents are read-only; who may read, draft and issue documents (the Issue action and
// its endpoint).
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Document, User } from '../../payload-types'
import { bootRegister, registerActions, type RegisterWorld } from '../helpers/documents'
import { expectRejected } from '../helpers/errors'
import { day } from '../helpers/fixtures'
import { expectForbidden, expectInvalid } from '../helpers/refusals'

let payload: Payload
let s: RegisterWorld['s']

beforeAll(async () => {
  ;({ payload, s } = await bootRegister())
})

const { asSecretary, draft, issue, stored } = registerActions(() => ({ payload, s }))

describe('issued documents are read-only', () => {
  let issued: Document
  beforeAll(async () => {
    issued = await issue((await draft({ date: day('2024-03-04') })).id)
  })

  it('refuses a change to an issued document, keeping it', async () => {
    await expectInvalid(
      payload.update({
        collection: 'documents',
        id: issued.id,
        data: { title: 'Sửa trích yếu' },
        ...asSecretary(),
      }),
      /status: Văn bản đã ban hành \(đã cấp số\) không được sửa hoặc xóa\./,
    )
    expect(await stored(issued.id)).toEqual(issued)
  })

  it('refuses an administrator correcting an issued document', async () => {
    await expectRejected(
      payload.update({
        collection: 'documents',
        id: issued.id,
        data: { recipients: 'Sửa' },
        overrideAccess: false,
        user: s.users.admin,
      }),
      /không được sửa/,
    )
  })

  it('refuses issuing it a second time', async () => {
    await expectRejected(issue(issued.id), /không được sửa/)
    expect((await stored(issued.id)).number).toBe(issued.number)
  })

  it('refuses deleting an issued document', async () => {
    await expectRejected(
      payload.delete({ collection: 'documents', id: issued.id, ...asSecretary() }),
      /không được sửa hoặc xóa/,
    )
    expect((await stored(issued.id)).id).toBe(issued.id)
  })

  it('lets the secretariat delete a draft', async () => {
    const doc = await draft()
    await payload.delete({ collection: 'documents', id: doc.id, ...asSecretary() })
    expect(
      await payload.count({ collection: 'documents', where: { id: { equals: doc.id } } }),
    ).toEqual({
      totalDocs: 0,
    })
  })

  it('ignores a status typed as issued: only the Issue action issues', async () => {
    const doc = await draft({ status: 'issued', symbol: '99/TB-TCT', number: 99 })
    expect([doc.status, doc.symbol ?? null, doc.number ?? null]).toEqual(['draft', null, null])
  })
})

describe('documents: access', () => {
  it('lets a reporter read issued documents only', async () => {
    const issued = await issue((await draft({ date: day('2024-09-09') })).id)
    const hidden = await draft()
    const found = await payload.find({
      collection: 'documents',
      where: { id: { in: [issued.id, hidden.id] } },
      overrideAccess: false,
      user: s.users.reporter,
      depth: 0,
    })
    expect(found.docs.map((doc) => doc.id)).toEqual([issued.id])
  })

  it('refuses a reporter drafting a document', async () => {
    await expectForbidden(
      payload.create({
        collection: 'documents',
        data: { kind: 'notice', title: 'x' } as never,
        overrideAccess: false,
        user: s.users.reporter,
      }),
    )
  })

  it('refuses a leader issuing: the standing body keeps the register', async () => {
    const doc = await draft()
    await expectForbidden(issue(doc.id, s.users.head))
    expect((await stored(doc.id)).status).toBe('draft')
  })

  it('issues through POST /api/documents/:id/issue for the secretariat', async () => {
    const doc = await draft({ kind: 'decision', date: null })
    const endpoint = payload.collections.documents.config.endpoints
    const handler = (endpoint || []).find((e) => e.path === '/:id/issue')!.handler
    const req = (await createLocalReq({ user: s.users.secretary }, payload)) as PayloadRequest
    req.routeParams = { id: String(doc.id) }
    const response = await handler(req)
    expect([response.status, (await stored(doc.id)).status]).toEqual([200, 'issued'])
  })

  const callIssue = async (user: User | undefined, id: string) => {
    const endpoint = payload.collections.documents.config.endpoints
    const handler = (endpoint || []).find((e) => e.path === '/:id/issue')!.handler
    const req = (await createLocalReq(
      { user: user && { ...user, collection: 'users' } },
      payload,
    )) as PayloadRequest
    req.routeParams = { id }
    return handler(req)
  }

  it('answers 401 to an anonymous caller of POST /api/documents/:id/issue, leaving a draft', async () => {
    const doc = await draft()
    const response = await callIssue(undefined, String(doc.id))
    expect([response.status, (await stored(doc.id)).status]).toEqual([401, 'draft'])
  })

  it('answers 403 to a leader calling POST /api/documents/:id/issue, leaving a draft', async () => {
    const doc = await draft()
    const response = await callIssue(s.users.head, String(doc.id))
    expect([response.status, (await stored(doc.id)).status]).toEqual([403, 'draft'])
  })

  it('answers 404 to POST /api/documents/:id/issue for an id that cannot exist or is not there', async () => {
    const statuses = [
      (await callIssue(s.users.secretary, 'abc')).status,
      (await callIssue(s.users.secretary, '987654321')).status,
    ]
    expect(statuses).toEqual([404, 404])
  })
})
