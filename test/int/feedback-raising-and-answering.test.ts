// Feedback items (R6.1, R14.3): raising an obstacle or a proposal for one's agency, the standing
// body's answer, and the proposals of monthly reports turned into feedback.
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createFeedbackFromProposal } from '../../collections/Feedback/fromReport'
import { dayKeyOf } from '../../src/fields/dates'
import { addDaysToKey, vnDayStart, vnToday } from '../../src/lib/clock'
import { createFeedbackWorld, type FeedbackWorld } from '../helpers/feedback'
import { day } from '../helpers/fixtures'
import { expectInvalid } from '../helpers/refusals'
import type { Signers } from '../helpers/signers'

let payload: Payload
let s: Signers
let raise: FeedbackWorld['raise']
let answer: FeedbackWorld['answer']
let stored: FeedbackWorld['stored']
let countFeedback: FeedbackWorld['countFeedback']
const TODAY = vnToday()

beforeAll(async () => {
  ;({ payload, s, raise, answer, stored, countFeedback } = await createFeedbackWorld())
})

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
