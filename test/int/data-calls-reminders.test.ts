// R7.5: the reminders of a data call (the working day before the due date, once per agency; the
// missing list to the standing body at the end of the due day, once), the consolidated workbook
// read back equal to the database, and the dashboard's open calls.
import ExcelJS from 'exceljs'
import { createLocalReq, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { saveAnswers } from '../../collections/DataCallResponses/answers'
import { loadOpenDataCalls } from '../../dashboards/queries/openDataCalls'
import { CONSOLIDATED_SHEET, HEADING_ROWS } from '../../src/dataCalls/consolidatedXlsx'
import { dataCallReminders } from '../../src/dataCalls/reminders'
import { toInstant } from '../../src/lib/clock'
import type { User } from '../../payload-types'
import {
  as,
  createCallWorld,
  draftCall,
  goodAnswers,
  openCall,
  responsesOf,
  type CallWorld,
} from '../helpers/dataCalls'
import { initPayload } from '../helpers/payload'
import { setVnNow } from '../helpers/reports'
import { adoptCharter } from '../helpers/signers'
import { restJson, rest, restLogin } from '../helpers/rest'

let payload: Payload
let world: CallWorld
const INBOX = 'tgv-baocaonhanh@congan.test.vn'

beforeAll(async () => {
  payload = await initPayload()
  world = await createCallWorld(payload)
  await adoptCharter(payload)
  await payload.updateGlobal({
    slug: 'charter-settings',
    data: { standingBodyEmail: INBOX },
    overrideAccess: true,
  })
})

afterEach(() => {
  vi.useRealTimers()
})

const reqOf = (user?: User) =>
  createLocalReq(user ? { user: { ...user, collection: 'users' } as never } : {}, payload)

/** Sent Thursday 24/04/2025: due by the end of Tuesday 29/04, reminders from Monday 28/04. */
const sentCall = async (title = 'Số liệu cấp căn cước') => {
  const call = await draftCall(payload, world.secretariat, {
    title,
    agencies: world.agencies.map((agency) => agency.id),
  })
  setVnNow('2025-04-24 10:00')
  await openCall(payload, world.secretariat, call.id)
  vi.useRealTimers()
  return { call, responses: await responsesOf(payload, call.id) }
}

const notices = async (related: string, kind: string) =>
  (
    await payload.find({
      collection: 'notifications',
      where: { and: [{ relatedId: { equals: related } }, { kind: { equals: kind } }] },
      depth: 0,
      pagination: false,
    })
  ).docs

describe('data call reminders (R7.5)', () => {
  it('R7.5 reminds each agency not yet sent, once, from the working day before the due date', async () => {
    const { call, responses } = await sentCall()
    await saveAnswers(await reqOf(world.reporters[0]), responses[0]!.id, goodAnswers() as never, {
      source: 'online',
      submit: true,
    })
    const req = await reqOf()
    // Friday 25/04: too early.
    expect(await dataCallReminders(req, toInstant('2025-04-25 08:00'))).toEqual({
      reminders: 0,
      lateLists: 0,
    })
    const first = await dataCallReminders(req, toInstant('2025-04-28 07:00'))
    const again = await dataCallReminders(req, toInstant('2025-04-28 08:00'))
    // Two agencies missing, each with its contact email and its reporter.
    expect([first.reminders, again.reminders]).toEqual([4, 0])
    expect(await notices(String(responses[0]!.id), 'report-reminder')).toHaveLength(0)
    const reminded = await notices(String(responses[1]!.id), 'report-reminder')
    expect(reminded.map((n) => n.subject)).toEqual([
      'Nhắc hạn báo cáo nhanh số liệu: Số liệu cấp căn cước (hạn 29/04/2025)',
      'Nhắc hạn báo cáo nhanh số liệu: Số liệu cấp căn cước (hạn 29/04/2025)',
    ])
    const stamped = await payload.findByID({
      collection: 'data-call-responses',
      id: responses[1]!.id,
    })
    expect(stamped.remindedAt).toBe(toInstant('2025-04-28 07:00').toISOString())
    // Closed: no more reminders for it in the next test.
    await payload.update({
      collection: 'data-calls',
      id: call.id,
      data: { status: 'closed' },
      ...as(world.secretariat),
    })
  })

  it('R7.5 sends the standing body the missing list once, at the end of the due day', async () => {
    const { call, responses } = await sentCall('Số liệu thiết bị đọc căn cước')
    await saveAnswers(await reqOf(world.reporters[2]), responses[2]!.id, goodAnswers() as never, {
      source: 'online',
      submit: true,
    })
    const req = await reqOf()
    expect((await dataCallReminders(req, toInstant('2025-04-29 16:59'))).lateLists).toBe(0)
    expect((await dataCallReminders(req, toInstant('2025-04-29 17:00'))).lateLists).toBe(1)
    expect((await dataCallReminders(req, toInstant('2025-04-29 18:00'))).lateLists).toBe(0)
    const [list, ...more] = await notices(String(call.id), 'late-report-list')
    expect([list!.recipient, more.length]).toEqual([INBOX, 0])
    expect(list!.text).toContain('Các cơ quan, đơn vị, địa phương chưa gửi số liệu (2):')
    expect(list!.text).toContain(`1. ${world.agencies[0]!.name}`)
    expect(list!.text).not.toContain(world.agencies[2]!.name)
  })
})

const readBack = async (buffer: ArrayBuffer) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as never)
  const sheet = workbook.getWorksheet(CONSOLIDATED_SHEET)!
  const rows: unknown[][] = []
  sheet.eachRow((row, number) => {
    if (number > HEADING_ROWS + 1) rows.push((row.values as unknown[]).slice(1))
  })
  return rows
}

describe('the consolidated workbook and the dashboard (R7.5)', () => {
  it('R7.5 downloads one row per agency with totals equal to the database', async () => {
    const { call, responses } = await sentCall('Số liệu tổng hợp')
    setVnNow('2025-04-28 09:30')
    await saveAnswers(
      await reqOf(world.reporters[0]),
      responses[0]!.id,
      goodAnswers(1200, 80) as never,
      {
        source: 'online',
        submit: true,
      },
    )
    setVnNow('2025-04-30 08:15')
    await saveAnswers(
      await reqOf(world.reporters[1]),
      responses[1]!.id,
      goodAnswers(34, 90) as never,
      {
        source: 'online',
        submit: true,
      },
    )
    vi.useRealTimers()
    const token = await restLogin(world.viewer.email, 'Test@12345')
    const response = await rest(`/data-calls/${call.id}/consolidated.xlsx`, { token })
    expect(response.status).toBe(200)
    const rows = await readBack(await response.arrayBuffer())
    const stored = await responsesOf(payload, call.id)
    const byName = new Map(world.agencies.map((agency) => [agency.name, agency.id]))
    const sum = stored.reduce((total, doc) => total + (doc.answers?.[0]?.number ?? 0), 0)
    const rates = stored.flatMap((doc) =>
      doc.answers?.[1]?.number == null ? [] : [doc.answers[1].number],
    )
    expect(rows.at(-1)!.slice(1, 7)).toEqual([
      'Tổng hợp',
      undefined,
      undefined,
      undefined,
      sum,
      rates.reduce((a, b) => a + b, 0) / rates.length,
    ])
    expect([sum, rows.length]).toEqual([1234, world.agencies.length + 1])
    const line = (id: number) =>
      rows.find((row) => row[1] === world.agencies.find((a) => a.id === id)!.name)!
    const [onTime, late, missing] = world.agencies.map((agency) => line(agency.id))
    expect(onTime!.slice(2, 8)).toEqual([
      'Đã gửi',
      '28/04/2025 09:30',
      'Đúng hạn',
      1200,
      80,
      'Đã kết nối',
    ])
    expect(late!.slice(2, 6)).toEqual(['Đã gửi', '30/04/2025 08:15', 'Chậm hạn', 34])
    expect(missing!.slice(2, 6)).toEqual(['Chưa gửi', undefined, undefined, undefined])
    expect(onTime!.slice(9, 11)).toEqual([String(responses[0]!.id), 'Trực tuyến'])
    expect(byName.size).toBe(3)
  })

  it('R7.5 refuses the consolidated workbook to a reporter and answers 404 for an unknown call', async () => {
    const { call } = await sentCall('Số liệu bị từ chối')
    const reporter = await restLogin(world.reporters[0]!.email, 'Test@12345')
    const refused = await restJson(`/data-calls/${call.id}/consolidated.xlsx`, { token: reporter })
    expect([refused.status, refused.body.errors[0].message]).toEqual([
      403,
      'Chỉ Cơ quan thường trực và lãnh đạo Tổ công tác tải bảng tổng hợp.',
    ])
    const secretariat = await restLogin(world.secretariat.email, 'Test@12345')
    expect(
      (await restJson('/data-calls/999999/consolidated.xlsx', { token: secretariat })).status,
    ).toBe(404)
  })

  it('R7.5 lists the open calls on the dashboard with x/y agencies answered', async () => {
    const { call, responses } = await sentCall('Số liệu cho bảng điều hành')
    await saveAnswers(await reqOf(world.reporters[1]), responses[1]!.id, goodAnswers() as never, {
      source: 'online',
      submit: true,
    })
    const open = await loadOpenDataCalls(await reqOf(world.viewer))
    const row = open.find((item) => item.id === call.id)!
    expect([row.sent, row.asked, row.dueDay]).toEqual([1, 3, '2025-04-29'])
    expect(row.responsesHref).toContain('/admin/collections/data-call-responses?where')
    await payload.update({
      collection: 'data-calls',
      id: call.id,
      data: { status: 'closed' },
      ...as(world.secretariat),
    })
    const after = await loadOpenDataCalls(await reqOf(world.viewer))
    expect(after.map((item) => item.id)).not.toContain(call.id)
  })
})
