// Feedback: who reads and writes which items, and bad input on every write path (nothing stored or
// changed).
import { type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Feedback } from '../../payload-types'
import { acceptAmendment } from '../../collections/Feedback/amendment'
import { addDaysToKey, vnToday } from '../../src/lib/clock'
import { createFeedbackWorld, type FeedbackWorld } from '../helpers/feedback'
import { expectForbidden, expectInvalid } from '../helpers/refusals'
import type { Signers } from '../helpers/signers'

let payload: Payload
let s: Signers
let as: FeedbackWorld['as']
let raise: FeedbackWorld['raise']
let answer: FeedbackWorld['answer']
let stored: FeedbackWorld['stored']
let countFeedback: FeedbackWorld['countFeedback']
let forwarded: FeedbackWorld['forwarded']
const TODAY = vnToday()

beforeAll(async () => {
  ;({ payload, s, as, raise, answer, stored, countFeedback, forwarded } =
    await createFeedbackWorld())
})

describe('feedback: access', () => {
  let own: Feedback
  let other: Feedback
  beforeAll(async () => {
    own = await raise(s.users.reporter)
    other = await raise(s.users.otherReporter)
  })

  it("lets a reporter see only his/her own agency's feedback", async () => {
    const found = await payload.find({
      collection: 'feedback',
      where: { id: { in: [own.id, other.id] } },
      ...as(s.users.reporter),
    })
    expect(found.docs.map((doc) => doc.id)).toEqual([own.id])
  })

  it("refuses a reporter reading another agency's item by id", async () => {
    await expect(
      payload.findByID({ collection: 'feedback', id: other.id, ...as(s.users.reporter) }),
    ).rejects.toThrow()
  })

  it('lets a leader read every agency’s feedback', async () => {
    const found = await payload.find({
      collection: 'feedback',
      where: { id: { in: [own.id, other.id] } },
      ...as(s.users.head),
    })
    expect(found.totalDocs).toBe(2)
  })

  it('refuses a reporter answering his/her own item', async () => {
    await expectForbidden(
      answer(own.id, { status: 'answered', response: 'Tự trả lời' }, s.users.reporter),
    )
  })

  it('refuses a viewer raising feedback', async () => {
    const viewer = await payload.create({
      collection: 'users',
      data: {
        fullName: 'Xem',
        email: 'xem.feedback@test.vn',
        password: 'Test@12345',
        roles: ['viewer'],
      },
      overrideAccess: true,
    })
    await expectForbidden(raise(viewer))
  })

  it('refuses the secretariat deleting an item: feedback stays on record', async () => {
    await expectForbidden(
      payload.delete({ collection: 'feedback', id: own.id, ...as(s.users.secretary) }),
    )
  })
})

describe('feedback: bad input on every write path, nothing stored', () => {
  const tooLong = (n: number) => 'x'.repeat(n + 1)

  it.each([
    ['an unknown kind', { kind: 'complaint' }, /^kind: /m],
    ['a subject over 200 characters', { title: tooLong(200) }, /^title: .*200/m],
    ['content over 5000 characters', { content: tooLong(5000) }, /^content: .*5000/m],
    ['no content', { content: '' }, /^content: /m],
    ['an agency that does not exist', { agency: 999999 }, /^agency: /m],
    ['an author who does not exist', { author: 999999 }, /^author: /m],
    ['an unknown status', { status: 'closed' }, /^status: /m],
    ['an answered status at once', { status: 'answered' }, /^status: Phản ánh, kiến nghị mới/m],
  ])('refuses an item with %s', async (_what, data, error) => {
    const before = await countFeedback()
    await expectInvalid(raise(s.users.secretary, { agency: s.agencies.office.id, ...data }), error)
    expect(await countFeedback()).toBe(before)
  })

  it.each([
    ['an unknown kind', { kind: 'complaint' }, /^kind: /m],
    ['an unknown status', { status: 'closed' }, /^status: /m],
    ['a response sent as a list', { response: ['a', 'b'] }, /^response: /m],
  ])('refuses updating an item with %s, keeping it', async (_what, data, error) => {
    const item = await raise()
    await expectInvalid(answer(item.id, data), error)
    expect(await stored(item.id)).toEqual(item)
  })

  it('refuses a response over 5000 characters, keeping the item', async () => {
    const item = await raise()
    await expectInvalid(
      answer(item.id, { status: 'answered', response: tooLong(5000) }),
      /^response: .*5000/m,
    )
    expect(await stored(item.id)).toEqual(item)
  })

  it('refuses an amendment with a date that is not a date (R14.3)', async () => {
    const item = await forwarded()
    await expectInvalid(
      acceptAmendment(
        payload,
        item.id,
        { effectiveFrom: '31/12/2099', basis: '47/QĐ-TCT', changes: { lockDay: 24 } },
        { user: s.users.secretary },
      ),
      /^effectiveFrom: Ngày hiệu lực không hợp lệ\./m,
    )
  })

  it('refuses an amendment of a setting the charter does not have (R14.3)', async () => {
    const item = await forwarded()
    await expectInvalid(
      acceptAmendment(
        payload,
        item.id,
        {
          effectiveFrom: addDaysToKey(TODAY, 400),
          basis: '48/QĐ-TCT',
          changes: { quorum: 3 } as never,
        },
        { user: s.users.secretary },
      ),
      /^changes\.quorum: Vi phạm Điều 14 khoản 3/m,
    )
  })
})
