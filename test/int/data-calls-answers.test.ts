// R7.5: an agency's answers to a data call — its own response only, checked against the form
// with messages naming the field, late after the due day (Vietnam time), accepted or returned by
// the standing body only, and the answers read from an upload stored with their provenance.
import { createLocalReq, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { DataCallResponse, User } from '../../payload-types'
import { saveAnswers } from '../../collections/DataCallResponses/answers'
import {
  as,
  createCallWorld,
  draftCall,
  goodAnswers,
  openCall,
  responsesOf,
  type CallWorld,
} from '../helpers/dataCalls'
import { createMedia } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectForbidden, expectInvalid } from '../helpers/refusals'
import { setVnNow } from '../helpers/reports'

let payload: Payload
let world: CallWorld

beforeAll(async () => {
  payload = await initPayload()
  world = await createCallWorld(payload)
})

afterEach(() => {
  vi.useRealTimers()
})

/** A call sent on Thursday 24/04/2025, due by the end of Tuesday 29/04/2025. */
const sentCall = async () => {
  const call = await draftCall(payload, world.secretariat, {
    agencies: world.agencies.map((agency) => agency.id),
  })
  setVnNow('2025-04-24 10:00')
  await openCall(payload, world.secretariat, call.id)
  vi.useRealTimers()
  return responsesOf(payload, call.id)
}

const reqOf = async (user: User) =>
  createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

const save = async (
  user: User,
  response: DataCallResponse,
  answers: Record<string, unknown>[],
  submit = false,
) => saveAnswers(await reqOf(user), response.id, answers as never, { source: 'online', submit })

const update = (user: User, response: DataCallResponse, data: Record<string, unknown>) =>
  payload.update({
    collection: 'data-call-responses',
    id: response.id,
    data: data as never,
    ...as(user),
  })

describe('answering a data call (R7.5)', () => {
  it('R7.5 shows a reporter his own agency’s response only and refuses writing another’s', async () => {
    const [own, other] = await sentCall()
    const reporter = world.reporters[0]!
    const seen = await payload.find({
      collection: 'data-call-responses',
      where: { id: { in: [own!.id, other!.id] } },
      ...as(reporter),
    })
    expect(seen.docs.map((doc) => doc.id)).toEqual([own!.id])
    // Outside his scope the response is not found for reading, and writing it is forbidden.
    await expect(
      payload.findByID({ collection: 'data-call-responses', id: other!.id, ...as(reporter) }),
    ).rejects.toMatchObject({ status: 404 })
    await expectForbidden(save(reporter, other!, goodAnswers()))
    await expectForbidden(
      payload.create({
        collection: 'data-call-responses',
        data: { call: 1, agency: world.agencies[0]!.id } as never,
        ...as(reporter),
      }),
    )
    const untouched = await payload.findByID({ collection: 'data-call-responses', id: other!.id })
    expect(untouched.answers).toEqual([])
  })

  it('R7.5 refuses answers that do not fit the form, naming each field by its label', async () => {
    const [own] = await sentCall()
    const messages = await expectInvalid(
      save(world.reporters[0]!, own!, [
        { key: 'so-ho-so', number: 12.5 },
        { key: 'tinh-trang', text: 'Không rõ' },
        { key: 'khong-co', text: 'x' },
      ]),
      /answers\.0\.number: "Số hồ sơ đã tiếp nhận": chỉ nhập số nguyên\./,
    )
    expect(messages.join('\n')).toContain(
      'answers.1.text: "Đã kết nối dữ liệu dân cư": chọn một trong các giá trị: Đã kết nối; Chưa kết nối.',
    )
    expect(messages.join('\n')).toContain(
      'answers.2.key: Nội dung trả lời "khong-co" không có trong biểu mẫu của yêu cầu.',
    )
  })

  it('R7.5 refuses a number typed the wrong way and a missing required field on sending', async () => {
    const [own] = await sentCall()
    const wrongTypes = await expectInvalid(
      update(world.reporters[0]!, own!, {
        answers: [
          { key: 'so-ho-so', number: 'một nghìn' },
          { key: 'ty-le', number: 'năm mươi' },
        ],
      }),
      /answers\.0\.number: "Số hồ sơ đã tiếp nhận": nhập một số, ví dụ 1\.234,5\./,
    )
    expect(wrongTypes.join('\n')).toContain('answers.1.number: "Tỷ lệ số hóa": nhập một số')
    await expectInvalid(
      save(world.reporters[0]!, own!, [{ key: 'so-ho-so', number: 1234 }], true),
      /answers: "Tỷ lệ số hóa": chưa trả lời \(nội dung bắt buộc\)\./,
    )
    const after = await payload.findByID({ collection: 'data-call-responses', id: own!.id })
    expect([after.status, after.answers]).toEqual(['pending', []])
  })

  it('R7.5 is on time until 23:59 of the due day, Vietnam time, and late from 00:00 the next day', async () => {
    const [first, second] = await sentCall()
    setVnNow('2025-04-29 23:59')
    const onTime = await save(world.reporters[0]!, first!, goodAnswers(), true)
    setVnNow('2025-04-30 00:00')
    const late = await save(world.reporters[1]!, second!, goodAnswers(), true)
    expect([onTime.status, onTime.late, onTime.source, onTime.submittedBy]).toEqual([
      'submitted',
      false,
      'online',
      world.reporters[0]!.id,
    ])
    expect([late.status, late.late]).toEqual(['submitted', true])
  })

  it('R7.5 freezes sent answers and lets only the standing body accept them', async () => {
    const [own] = await sentCall()
    const reporter = world.reporters[0]!
    await save(reporter, own!, goodAnswers(), true)
    await expectInvalid(
      save(reporter, own!, goodAnswers(7)),
      /answers: Số liệu đã gửi: chỉ sửa khi Cơ quan thường trực trả lại\./,
    )
    await expectInvalid(
      update(reporter, own!, { status: 'accepted' }),
      /status: Chỉ Cơ quan thường trực tiếp nhận hoặc trả lại số liệu\./,
    )
    await expectForbidden(update(world.viewer, own!, { status: 'accepted' }))
    const accepted = await update(world.secretariat, own!, { status: 'accepted' })
    expect([accepted.status, accepted.reviewedBy]).toEqual(['accepted', world.secretariat.id])
  })

  it('R7.5 returns answers with a reason, tells the agency, and takes them back once fixed', async () => {
    const [own] = await sentCall()
    const reporter = world.reporters[0]!
    await save(reporter, own!, goodAnswers(), true)
    await expectInvalid(
      update(world.secretariat, own!, { status: 'returned' }),
      /returnReason: Nêu lý do trả lại để cơ quan hoàn thiện\./,
    )
    const returned = await update(world.secretariat, own!, {
      status: 'returned',
      returnReason: 'Tỷ lệ số hóa chưa khớp số hồ sơ',
    })
    expect(returned.status).toBe('returned')
    const notices = await payload.find({
      collection: 'notifications',
      where: {
        and: [{ relatedId: { equals: String(own!.id) } }, { subject: { like: 'Trả lại' } }],
      },
      depth: 0,
    })
    expect(notices.docs.map((doc) => doc.recipient).sort()).toEqual(
      [world.agencies[0]!.contactEmail, reporter.email].sort(),
    )
    expect(notices.docs[0]!.text).toContain('Lý do: Tỷ lệ số hóa chưa khớp số hồ sơ')
    const again = await save(reporter, own!, goodAnswers(120, 60), true)
    expect([again.status, again.answers?.[0]?.number]).toEqual(['submitted', 120])
  })

  it('R7.5 stores answers read from an uploaded workbook with their provenance', async () => {
    const [own] = await sentCall()
    const workbook = await createMedia(payload, { title: 'Bieu mau so lieu' })
    const saved = await saveAnswers(
      await reqOf(world.reporters[0]!),
      own!.id,
      goodAnswers(5) as never,
      {
        source: 'xlsx',
        workbook: workbook.id,
      },
    )
    expect([saved.source, saved.workbook, saved.status, saved.answers?.[0]?.number]).toEqual([
      'xlsx',
      workbook.id,
      'pending',
      5,
    ])
    // Typed again online: the provenance follows.
    const typed = await save(world.reporters[0]!, own!, goodAnswers(6))
    expect([typed.source, typed.workbook]).toEqual(['online', null])
  })
})
