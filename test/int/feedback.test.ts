import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Feedback, User } from '../../payload-types'
import { acceptAmendment } from '../../collections/Feedback/amendment'
import { createFeedbackFromProposal } from '../../collections/Feedback/fromReport'
import { settingsOn } from '../../hooks/rules/charterSettings'
import { dayKeyOf } from '../../src/fields/dates'
import { addDaysToKey, vnDayStart, vnToday } from '../../src/lib/clock'
import { day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectForbidden, expectInvalid } from '../helpers/refusals'
import { adoptCharter, createSigners, type Signers } from '../helpers/signers'

let payload: Payload
let s: Signers
const TODAY = vnToday()

beforeAll(async () => {
  payload = await initPayload()
  await adoptCharter(payload)
  s = await createSigners(payload)
  await payload.update({
    collection: 'agencies',
    id: s.agencies.police.id,
    data: { isStandingBody: true },
    overrideAccess: true,
  })
})

const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

const raise = (user: User = s.users.reporter, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'feedback',
    data: {
      kind: 'obstacle',
      title: 'Chưa kết nối được phần mềm hộ tịch với CSDL quốc gia về dân cư',
      content: 'Phần mềm hộ tịch của tỉnh chưa đồng bộ được dữ liệu khai sinh; đề nghị hỗ trợ.',
      ...data,
    } as never,
    ...as(user),
  })

const answer = (id: number, data: Record<string, unknown>, user: User = s.users.secretary) =>
  payload.update({ collection: 'feedback', id, data: data as never, ...as(user) })

const stored = (id: number) => payload.findByID({ collection: 'feedback', id, depth: 0 })

const countFeedback = async () => (await payload.count({ collection: 'feedback' })).totalDocs

const forwarded = async (): Promise<Feedback> => {
  const item = await raise(s.users.reporter, {
    kind: 'amendment-proposal',
    title: 'Đề nghị lùi hạn báo cáo tháng đến trước ngày 20',
  })
  return answer(item.id, {
    status: 'forwarded-as-amendment',
    response: 'Đã tổng hợp, báo cáo Tổ trưởng xem xét sửa đổi Quy chế.',
  })
}

describe('raising feedback (R6.1, R14.3)', () => {
  it("records a reporter's obstacle for his/her agency, routed to the standing body (R6.1, R14.3)", async () => {
    const item = await raise()
    expect([
      item.agency,
      item.author,
      item.status,
      item.receivedOn,
      item.routedTo,
      item.origin,
      item.daysOpen,
    ]).toEqual([
      s.agencies.justice.id,
      s.users.reporter.id,
      'received',
      day(TODAY),
      s.agencies.police.id,
      'direct',
      0,
    ])
  })

  it("refuses a reporter raising another agency's feedback, storing nothing (R6.1)", async () => {
    const before = await countFeedback()
    await expectInvalid(
      raise(s.users.reporter, { agency: s.agencies.office.id }),
      /^agency: Chỉ gửi phản ánh, kiến nghị của cơ quan mình\./m,
    )
    expect(await countFeedback()).toBe(before)
  })

  it('signs an item with its author, never a typed one (R6.1)', async () => {
    const item = await raise(s.users.reporter, { author: s.users.head.id })
    expect(item.author).toBe(s.users.reporter.id)
  })

  it('lets a leader raise an amendment proposal for his/her agency (R14.3)', async () => {
    const item = await raise(s.users.head, { kind: 'amendment-proposal' })
    expect([item.agency, item.kind]).toEqual([s.agencies.committee.id, 'amendment-proposal'])
  })

  it('lets the secretariat record an item on behalf of an agency', async () => {
    const item = await raise(s.users.secretary, { agency: s.agencies.office.id })
    expect([item.agency, item.author]).toEqual([s.agencies.office.id, s.users.secretary.id])
  })

  it('counts the days open from the day received', async () => {
    const received = addDaysToKey(TODAY, -12)
    const item = await payload.create({
      collection: 'feedback',
      data: { kind: 'proposal', title: 'x', content: 'y', agency: s.agencies.office.id } as never,
      overrideAccess: true,
      context: { actingAt: vnDayStart(received) },
    })
    expect([dayKeyOf(item.receivedOn), item.daysOpen]).toEqual([received, 12])
  })
})

describe('answering (R14.3)', () => {
  it('lets the secretariat review and answer, recording who answered and when (R14.3)', async () => {
    const item = await raise()
    await answer(item.id, { status: 'under-review' })
    const answered = await answer(item.id, {
      status: 'answered',
      response: 'Đã đề nghị Sở Tư pháp phối hợp Bộ Tư pháp nâng cấp phần mềm.',
    })
    expect([answered.status, answered.respondedBy, answered.respondedOn]).toEqual([
      'answered',
      s.users.secretary.id,
      day(TODAY),
    ])
  })

  it('stops counting the days open on the day of the answer', async () => {
    const item = await payload.create({
      collection: 'feedback',
      data: { kind: 'proposal', title: 'x', content: 'y', agency: s.agencies.office.id } as never,
      overrideAccess: true,
      context: { actingAt: vnDayStart(addDaysToKey(TODAY, -30)) },
    })
    const answered = await payload.update({
      collection: 'feedback',
      id: item.id,
      data: { status: 'answered', response: 'Đã trả lời.' },
      overrideAccess: true,
      context: { actingAt: vnDayStart(addDaysToKey(TODAY, -25)) },
    })
    expect(answered.daysOpen).toBe(5)
  })

  it('refuses an answer without a response text, keeping the item', async () => {
    const item = await raise()
    await expectInvalid(answer(item.id, { status: 'answered' }), /^response: Ghi nội dung trả lời/m)
    expect((await stored(item.id)).status).toBe('received')
  })

  it('refuses changing an answered item (R14.3)', async () => {
    const item = await raise()
    await answer(item.id, { status: 'answered', response: 'Đã xử lý.' })
    await expectInvalid(
      answer(item.id, { response: 'Sửa câu trả lời' }),
      /^status: Phản ánh, kiến nghị đã xử lý xong/m,
    )
  })

  it('refuses moving an item under review back to received', async () => {
    const item = await raise()
    await answer(item.id, { status: 'under-review' })
    await expectInvalid(answer(item.id, { status: 'received' }), /^status: Không chuyển được/m)
  })

  it('keeps what the member wrote: the secretariat cannot rewrite it', async () => {
    const item = await raise()
    await expectInvalid(
      answer(item.id, { content: 'Nội dung khác' }),
      /^content: Nội dung phản ánh được giữ nguyên như khi gửi/m,
    )
    expect((await stored(item.id)).content).toBe(item.content)
  })

  it('lets the secretariat reclassify an obstacle as an amendment proposal (R14.3)', async () => {
    const item = await raise()
    expect((await answer(item.id, { kind: 'amendment-proposal' })).kind).toBe('amendment-proposal')
  })
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

describe('feedback from monthly reports (R6.1)', () => {
  it('turns a proposal in a report into a feedback item from the reporting agency (R6.1)', async () => {
    const req = (await createLocalReq({ user: s.users.reporter }, payload)) as PayloadRequest
    const item = await createFeedbackFromProposal(req, {
      agency: s.agencies.justice.id,
      content: 'Đề nghị Bộ Tư pháp cấp tài khoản kết nối cho cấp xã.',
      reportRef: 'reports:42',
      receivedOn: addDaysToKey(TODAY, -2),
    })
    expect([
      item.kind,
      item.origin,
      item.originRef,
      item.agency,
      item.author,
      item.title,
      dayKeyOf(item.receivedOn),
      req.context,
    ]).toEqual([
      'proposal',
      'monthly-report',
      'reports:42',
      s.agencies.justice.id,
      s.users.reporter.id,
      'Đề nghị Bộ Tư pháp cấp tài khoản kết nối cho cấp xã.',
      addDaysToKey(TODAY, -2),
      {},
    ])
  })

  it('shortens a long proposal into a subject of at most 200 characters', async () => {
    const req = (await createLocalReq({}, payload)) as PayloadRequest
    const item = await createFeedbackFromProposal(req, {
      agency: s.agencies.office.id,
      content: 'Kiến nghị '.repeat(40),
      reportRef: 'reports:43',
    })
    expect([item.title.length, item.title.endsWith('…')]).toEqual([200, true])
  })
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
