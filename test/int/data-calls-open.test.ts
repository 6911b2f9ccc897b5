// R7.5: the Support Group's data calls — drafted with a form and a basis, sent to the agencies
// (one response each, one notice each through the outbox), the form frozen once sent.
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { dayKeyOf } from '../../src/fields/dates'
import {
  as,
  createCallWorld,
  draftCall,
  openCall,
  responsesOf,
  type CallWorld,
} from '../helpers/dataCalls'
import { createAgency, unique } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectForbidden, expectInvalid } from '../helpers/refusals'
import { createIndicator, setVnNow } from '../helpers/reports'
import { restJson, restLogin } from '../helpers/rest'
import { startSmtp, type TestSmtp } from '../helpers/smtp'

let payload: Payload
let smtp: TestSmtp
let world: CallWorld

beforeAll(async () => {
  smtp = await startSmtp()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  payload = await initPayload()
  world = await createCallWorld(payload)
})

afterEach(() => {
  vi.useRealTimers()
})

afterAll(() => smtp.stop())

const deliver = async () => {
  vi.useRealTimers()
  await payload.jobs.run({ limit: 100, silent: true })
}

const ids = (list: { id: number }[]) => list.map((item) => item.id)

describe('sending a data call (R7.5)', () => {
  it('R7.5 opens a call: one response per agency, the due date on working days, one notice each by email', async () => {
    const call = await draftCall(payload, world.secretariat, { agencies: ids(world.agencies) })
    // Thursday 24/04/2025 10:00: 3 working days → Tuesday 29/04 (30/04 and 01/05 are holidays).
    setVnNow('2025-04-24 10:00')
    const opened = await openCall(payload, world.secretariat, call.id)
    expect([opened.status, dayKeyOf(opened.dueDate)]).toEqual(['open', '2025-04-29'])
    const responses = await responsesOf(payload, call.id)
    expect(responses.map((r) => [r.agency, r.status, dayKeyOf(r.dueDate)])).toEqual(
      world.agencies.map((agency) => [agency.id, 'pending', '2025-04-29']),
    )
    await deliver()
    const sent = smtp.messages.filter((mail) =>
      mail.subject.includes('Kết quả thu nhận hồ sơ căn cước quý I'),
    )
    const first = sent.find((mail) => mail.to.includes(world.agencies[0]!.contactEmail!))!
    expect(first.to).toEqual([world.agencies[0]!.contactEmail])
    expect(first.subject).toBe(
      'Đề nghị báo cáo nhanh số liệu: Kết quả thu nhận hồ sơ căn cước quý I (hạn 29/04/2025)',
    )
    expect(first.parts.map((part) => part.text).join('\n')).toContain(
      `/admin/collections/data-call-responses/${responses[0]!.id}`,
    )
    // The agency's reporter gets it too.
    expect(sent.some((mail) => mail.to.includes(world.reporters[0]!.email))).toBe(true)
  })

  it('R7.5 refuses to send without a basis and without agencies, sending nothing', async () => {
    const call = await draftCall(payload, world.secretariat, { basisConclusion: '' })
    const before = (await payload.count({ collection: 'notifications' })).totalDocs
    await expectInvalid(
      openCall(payload, world.secretariat, call.id),
      /basisDocument: Nêu căn cứ yêu cầu: văn bản đã ban hành hoặc kết luận của Tổ công tác\.[\s\S]*agencies: Chọn ít nhất một cơ quan, đơn vị, địa phương được đề nghị báo cáo\./,
    )
    const after = await payload.findByID({ collection: 'data-calls', id: call.id, depth: 0 })
    expect([after.status, (await responsesOf(payload, call.id)).length]).toEqual(['draft', 0])
    expect((await payload.count({ collection: 'notifications' })).totalDocs).toBe(before)
  })

  it('R7.5 refuses a deadline outside 1–30 working days and a form without fields', async () => {
    await expectInvalid(draftCall(payload, world.secretariat, { workingDays: 31 }), /workingDays: /)
    const call = await draftCall(payload, world.secretariat, {
      agencies: ids(world.agencies),
      fields: [],
    })
    await expectInvalid(
      openCall(payload, world.secretariat, call.id),
      /fields: Biểu mẫu phải có ít nhất một chỉ tiêu, nội dung cần báo cáo\./,
    )
  })

  it('R7.5 refuses a form with repeated keys and a choice field without choices', async () => {
    await expectInvalid(
      draftCall(payload, world.secretariat, {
        fields: [
          { key: 'so-lieu', label: 'Số liệu A', kind: 'number', required: true },
          { key: 'so-lieu', label: 'Số liệu B', kind: 'number', required: true },
          { label: 'Tình trạng', kind: 'choice', required: true, choices: 'Có' },
        ],
      }),
      /fields\.1\.key: Dòng 2 của biểu mẫu: mã "so-lieu" trùng với dòng 1\.[\s\S]*fields\.2\.choices: Dòng 3 của biểu mẫu \(Tình trạng\): nhập ít nhất hai lựa chọn/,
    )
  })

  it('R7.5 makes keys from labels and fills a row from the indicator catalogue', async () => {
    const indicator = await createIndicator(payload, {
      nameVi: 'Số tài khoản định danh điện tử đã kích hoạt',
      unit: 'tài khoản',
      wholeNumber: true,
    })
    const call = await draftCall(payload, world.secretariat, {
      fields: [
        { label: 'Số điểm tiếp nhận', kind: 'number', required: true },
        { indicator: indicator.id, kind: 'number', required: true },
      ],
    })
    expect(
      call.fields!.map((row) => [
        row.key,
        row.label,
        row.unit ?? null,
        row.aggregation,
        row.wholeNumber,
      ]),
    ).toEqual([
      ['so-diem-tiep-nhan', 'Số điểm tiếp nhận', null, 'sum', null],
      [
        'so-tai-khoan-dinh-danh-dien-tu-da-kich-hoat',
        'Số tài khoản định danh điện tử đã kích hoạt',
        'tài khoản',
        'sum',
        true,
      ],
    ])
  })

  it('R7.5 adds the agencies of a kind and those under a district to the stored list', async () => {
    const district = await createAgency(payload, {
      kind: 'district',
      name: unique('UBND huyện Nga Sơn'),
    })
    const commune = await createAgency(payload, { kind: 'commune', parent: district.id })
    const call = await draftCall(payload, world.secretariat, {
      agencies: [world.agencies[0]!.id],
      agencyKinds: ['district'],
      parentAgencies: [district.id],
    })
    const stored = (call.agencies ?? []).map(String)
    const districts = await payload.find({
      collection: 'agencies',
      where: { kind: { equals: 'district' } },
      pagination: false,
      depth: 0,
    })
    expect(stored).toEqual(
      expect.arrayContaining(
        [world.agencies[0]!.id, commune.id, ...districts.docs.map((d) => d.id)].map(String),
      ),
    )
    expect(new Set(stored).size).toBe(stored.length)
    expect([call.agencyKinds, call.parentAgencies]).toEqual([[], []])
  })

  it('R7.5 freezes the form and the agencies once the call is sent', async () => {
    const call = await draftCall(payload, world.secretariat, { agencies: ids(world.agencies) })
    await openCall(payload, world.secretariat, call.id)
    const opened = await payload.findByID({ collection: 'data-calls', id: call.id, depth: 0 })
    await expectInvalid(
      payload.update({
        collection: 'data-calls',
        id: call.id,
        data: { fields: opened.fields!.map((row) => ({ ...row, label: `${row.label} (sửa)` })) },
        ...as(world.secretariat),
      }),
      /fields: Yêu cầu đã gửi đến các cơ quan: không sửa biểu mẫu số liệu nữa\./,
    )
    await expectInvalid(
      payload.update({
        collection: 'data-calls',
        id: call.id,
        data: { agencies: [world.agencies[0]!.id] },
        ...as(world.secretariat),
      }),
      /agencies: Yêu cầu đã gửi: không thay đổi danh sách cơ quan được đề nghị\./,
    )
    await expectInvalid(
      payload.update({
        collection: 'data-calls',
        id: call.id,
        data: { status: 'draft' },
        ...as(world.secretariat),
      }),
      /status: Yêu cầu đã gửi không trở lại dự thảo\./,
    )
  })

  it('R7.5 lets only the standing body write or send a call', async () => {
    await expectForbidden(draftCall(payload, world.reporters[0]!))
    await expectForbidden(draftCall(payload, world.viewer))
    const call = await draftCall(payload, world.secretariat, { agencies: ids(world.agencies) })
    const token = await restLogin(world.reporters[0]!.email, 'Test@12345')
    const { status, body } = await restJson(`/data-calls/${call.id}/open`, {
      method: 'POST',
      token,
    })
    expect([status, body.errors[0].message]).toEqual([
      403,
      'Chỉ Cơ quan thường trực (Tổ giúp việc) gửi hoặc kết thúc yêu cầu báo cáo nhanh.',
    ])
    const secretariat = await restLogin(world.secretariat.email, 'Test@12345')
    const sent = await restJson(`/data-calls/${call.id}/open`, {
      method: 'POST',
      token: secretariat,
    })
    expect([sent.status, sent.body.message, sent.body.doc.status]).toEqual([
      200,
      'Đã gửi yêu cầu đến các cơ quan, đơn vị, địa phương.',
      'open',
    ])
  })

  it('R7.5 shows a reporter the calls sent to his agency only, never a draft', async () => {
    const draft = await draftCall(payload, world.secretariat, { agencies: [world.agencies[0]!.id] })
    const other = await draftCall(payload, world.secretariat, { agencies: [world.agencies[1]!.id] })
    await openCall(payload, world.secretariat, other.id)
    const seen = await payload.find({
      collection: 'data-calls',
      ...as(world.reporters[0]!),
      pagination: false,
    })
    const seenIds = seen.docs.map((doc) => doc.id)
    expect([seenIds.includes(draft.id), seenIds.includes(other.id)]).toEqual([false, false])
    await openCall(payload, world.secretariat, draft.id)
    const after = await payload.find({
      collection: 'data-calls',
      ...as(world.reporters[0]!),
      pagination: false,
    })
    expect(after.docs.map((doc) => doc.id)).toContain(draft.id)
  })
})
