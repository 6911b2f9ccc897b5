// Charter amendments adopted from forwarded proposals (R14.3): the new edition of the charter
// settings, and the accept-amendment endpoint.
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { acceptAmendment } from '../../collections/Feedback/amendment'
import { settingsOn } from '../../hooks/rules/charterSettings'
import { dayKeyOf } from '../../src/fields/dates'
import { addDaysToKey, vnToday } from '../../src/lib/clock'
import { createFeedbackWorld, type FeedbackWorld } from '../helpers/feedback'
import { day } from '../helpers/fixtures'
import { expectForbidden, expectInvalid } from '../helpers/refusals'
import type { Signers } from '../helpers/signers'

let payload: Payload
let s: Signers
let raise: FeedbackWorld['raise']
let stored: FeedbackWorld['stored']
let forwarded: FeedbackWorld['forwarded']
const TODAY = vnToday()

beforeAll(async () => {
  ;({ payload, s, raise, stored, forwarded } = await createFeedbackWorld())
})

describe('charter amendments (R14.3)', () => {
  const from = addDaysToKey(TODAY, 30)

  it('adds a charter edition that applies from its effective date, recording it on the item (R14.3)', async () => {
    const item = await forwarded()
    const adopted = await acceptAmendment(
      payload,
      item.id,
      { effectiveFrom: from, basis: '40/QĐ-TCT', changes: { reportBeforeDay: 20 } },
      { user: s.users.secretary },
    )
    const settings = await payload.findGlobal({ slug: 'charter-settings', depth: 0 })
    const editions = (settings.editions ?? []).map((edition) => ({
      ...edition,
      effectiveFrom: dayKeyOf(edition.effectiveFrom)!,
    }))
    expect([
      settingsOn(editions, addDaysToKey(from, -1))?.reportBeforeDay,
      settingsOn(editions, from)?.reportBeforeDay,
      settingsOn(editions, from)?.basis,
      adopted.amendment?.effectiveFrom,
    ]).toEqual([18, 20, '40/QĐ-TCT', day(from)])
  })

  it('refuses adopting the same proposal twice (R14.3)', async () => {
    const item = await forwarded()
    await acceptAmendment(
      payload,
      item.id,
      { effectiveFrom: addDaysToKey(from, 10), basis: '41/QĐ-TCT', changes: { lockDay: 26 } },
      { user: s.users.secretary },
    )
    await expectInvalid(
      acceptAmendment(
        payload,
        item.id,
        { effectiveFrom: addDaysToKey(from, 20), basis: '42/QĐ-TCT', changes: { lockDay: 27 } },
        { user: s.users.secretary },
      ),
      /^status: Chỉ ban hành sửa đổi cho đề xuất/m,
    )
  })

  it('refuses adopting a proposal the standing body has not forwarded (R14.3)', async () => {
    const item = await raise(s.users.reporter, { kind: 'amendment-proposal' })
    await expectInvalid(
      acceptAmendment(
        payload,
        item.id,
        { effectiveFrom: addDaysToKey(from, 40), basis: '43/QĐ-TCT', changes: { lockDay: 24 } },
        { user: s.users.secretary },
      ),
      /\(Điều 14 khoản 3\)/,
    )
  })

  it('refuses a retroactive amendment, changing neither the settings nor the item (R14.3)', async () => {
    const item = await forwarded()
    const before = await payload.findGlobal({ slug: 'charter-settings', depth: 0 })
    await expectInvalid(
      acceptAmendment(
        payload,
        item.id,
        { effectiveFrom: addDaysToKey(TODAY, -1), basis: '44/QĐ-TCT', changes: { lockDay: 24 } },
        { user: s.users.secretary },
      ),
      /^effectiveFrom: Vi phạm Điều 14 khoản 3/m,
    )
    const after = await payload.findGlobal({ slug: 'charter-settings', depth: 0 })
    expect([after.editions, (await stored(item.id)).amendment?.effectiveFrom ?? null]).toEqual([
      before.editions,
      null,
    ])
  })

  it('refuses an amendment whose numbers break the charter settings, changing nothing (R14.3)', async () => {
    const item = await forwarded()
    const before = await payload.findGlobal({ slug: 'charter-settings', depth: 0 })
    await expectInvalid(
      acceptAmendment(
        payload,
        item.id,
        {
          effectiveFrom: addDaysToKey(from, 60),
          basis: '45/QĐ-TCT',
          changes: { reportBeforeDay: 40 },
        },
        { user: s.users.secretary },
      ),
      /reportBeforeDay/,
    )
    const after = await payload.findGlobal({ slug: 'charter-settings', depth: 0 })
    expect([after.editions, (await stored(item.id)).amendment?.effectiveFrom ?? null]).toEqual([
      before.editions,
      null,
    ])
  })

  it('refuses a leader recording an amendment: the secretariat records the Head’s decision', async () => {
    const item = await forwarded()
    await expectForbidden(
      acceptAmendment(
        payload,
        item.id,
        { effectiveFrom: addDaysToKey(from, 80), basis: '46/QĐ-TCT', changes: { lockDay: 24 } },
        { user: s.users.head },
      ),
    )
  })
})

describe('POST /api/feedback/:id/accept-amendment', () => {
  const callAccept = async (user: User | undefined, id: string, data: Record<string, unknown>) => {
    const endpoint = payload.collections.feedback.config.endpoints
    const handler = (endpoint || []).find((e) => e.path === '/:id/accept-amendment')!.handler
    const req = (await createLocalReq(
      { user: user && { ...user, collection: 'users' } },
      payload,
    )) as PayloadRequest
    req.routeParams = { id }
    req.data = data
    return handler(req)
  }
  const amendment = (days: number) => ({
    effectiveFrom: addDaysToKey(TODAY, days),
    basis: '47/QĐ-TCT',
    changes: { lockDay: 24 },
  })

  it('records the amendment for the secretariat (R14.3)', async () => {
    const item = await forwarded()
    const response = await callAccept(s.users.secretary, String(item.id), amendment(120))
    expect([response.status, (await stored(item.id)).amendment?.basis]).toEqual([200, '47/QĐ-TCT'])
  })

  it('answers 401 to an anonymous caller, changing nothing', async () => {
    const item = await forwarded()
    const response = await callAccept(undefined, String(item.id), amendment(121))
    expect([response.status, (await stored(item.id)).amendment?.effectiveFrom ?? null]).toEqual([
      401,
      null,
    ])
  })

  it('answers 403 to a leader, changing nothing', async () => {
    const item = await forwarded()
    const response = await callAccept(s.users.head, String(item.id), amendment(122))
    expect([response.status, (await stored(item.id)).amendment?.effectiveFrom ?? null]).toEqual([
      403,
      null,
    ])
  })

  it('answers 404 for an id that cannot exist or is not there', async () => {
    const statuses = [
      (await callAccept(s.users.secretary, 'abc', amendment(123))).status,
      (await callAccept(s.users.secretary, '987654321', amendment(123))).status,
    ]
    expect(statuses).toEqual([404, 404])
  })
})
