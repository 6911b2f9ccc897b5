// R7.5: an agency answers a data call by filling the call's Excel template: the upload shows a
// preview and stores nothing; the confirmation stores the answers through the response's checks,
// with the workbook kept for provenance.
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { DataCallResponse, User } from '../../payload-types'
import { COLUMNS, FIRST_FIELD_ROW, renderDataCallTemplate } from '../../src/dataCalls/xlsxTemplate'
import { createAgency, createUser } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { errorMessage, rest, restJson, restLogin } from '../helpers/rest'

let payload: Payload
let responseId: number
let otherResponseId: number
let callId: number
let agencyId: number
const tokens: Record<'reporter' | 'otherReporter' | 'leader' | 'secretariat', string> = {
  reporter: '',
  otherReporter: '',
  leader: '',
  secretariat: '',
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const FORM = [
  {
    label: 'Số hồ sơ đã tiếp nhận',
    kind: 'number',
    required: true,
    key: 'ho-so',
    unit: 'hồ sơ',
    wholeNumber: true,
  },
  { label: 'Tỷ lệ trực tuyến', kind: 'number', required: false, key: 'ty-le', unit: '%' },
  { label: 'Mức độ', kind: 'choice', required: true, key: 'muc-do', choices: 'Tốt\nKhá\nChưa đạt' },
  { label: 'Ngày hoàn thành', kind: 'date', required: false, key: 'ngay' },
]

const login = async (user: User) => restLogin(user.email, 'Test@12345')

beforeAll(async () => {
  payload = await initPayload()
  const standing = await createAgency(payload)
  const agency = await createAgency(payload)
  const other = await createAgency(payload)
  agencyId = agency.id
  const secretariat = await createUser(payload, { roles: ['secretariat'], agency: standing.id })
  const reporter = await createUser(payload, { roles: ['reporter'], agency: agency.id })
  const otherReporter = await createUser(payload, { roles: ['reporter'], agency: other.id })
  const leader = await createUser(payload, { roles: ['leader'], agency: standing.id })
  const as = { overrideAccess: false, user: secretariat, depth: 0 } as const
  const call = await payload.create({
    collection: 'data-calls',
    data: {
      title: 'Số liệu thu nhận hồ sơ căn cước quý IV',
      basisConclusion: 'Kết luận phiên họp Tổ công tác tháng 11',
      agencies: [agency.id, other.id],
      fields: FORM,
      workingDays: 5,
    } as never,
    ...as,
  })
  callId = call.id
  await payload.update({ collection: 'data-calls', id: call.id, data: { status: 'open' }, ...as })
  const { docs } = await payload.find({
    collection: 'data-call-responses',
    where: { call: { equals: call.id } },
    depth: 0,
  })
  responseId = docs.find((doc) => doc.agency === agency.id)!.id
  otherResponseId = docs.find((doc) => doc.agency === other.id)!.id
  tokens.reporter = await login(reporter)
  tokens.otherReporter = await login(otherReporter)
  tokens.leader = await login(leader)
  tokens.secretariat = await login(secretariat)
})

const download = async (id: number, token = tokens.reporter): Promise<Buffer> => {
  const response = await rest(`/data-call-responses/${id}/template.xlsx`, { token })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe(XLSX)
  return Buffer.from(await response.arrayBuffer())
}

type Values = (ExcelJS.CellValue | undefined)[]

/** The template with the values typed in, one per field (undefined: left as it is). */
const fill = async (template: Buffer, values: Values): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(template as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]!
  values.forEach((value, index) => {
    if (value !== undefined)
      sheet.getRow(FIRST_FIELD_ROW + index).getCell(COLUMNS.value).value = value
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const formWith = (file: Buffer, token?: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type: XLSX }), 'so-lieu.xlsx')
  if (token !== undefined) form.append('_payload', JSON.stringify({ token }))
  return form
}

const upload = (id: number, file: Buffer, token = tokens.reporter) =>
  restJson(`/data-call-responses/${id}/upload`, { method: 'POST', token, body: formWith(file) })

const confirm = (id: number, file: Buffer, previewToken: string, token = tokens.reporter) =>
  restJson(`/data-call-responses/${id}/upload/confirm`, {
    method: 'POST',
    token,
    body: formWith(file, previewToken),
  })

const stored = async (id = responseId): Promise<DataCallResponse> =>
  payload.findByID({ collection: 'data-call-responses', id, depth: 0 })

const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

const GOOD: Values = [1234, '1.234,5', 'Khá', '14/12/2026']

describe('R7.5 answering a data call with its Excel template', () => {
  it('R7.5 previews the uploaded template without storing, then stores it on confirmation', async () => {
    const file = await fill(await download(responseId), GOOD)
    const mediaBefore = await mediaCount()
    const preview = await upload(responseId, file)
    expect(preview.status).toBe(200)
    expect(preview.body.preview.problems).toEqual([])
    expect(preview.body.preview.rows.map((row: { value: string }) => row.value)).toEqual([
      '1.234',
      '1.234,5',
      'Khá',
      '14/12/2026',
    ])
    expect((await stored()).answers ?? []).toEqual([])
    expect(await mediaCount()).toBe(mediaBefore)

    const saved = await confirm(responseId, file, preview.body.token)
    expect(saved.status).toBe(200)
    expect(saved.body.message).toBe('Đã lưu số liệu từ tệp Excel.')
    const response = await stored()
    expect(
      (response.answers ?? []).map(({ key, number, text, date }) => ({ key, number, text, date })),
    ).toEqual([
      { key: 'ho-so', number: 1234, text: null, date: null },
      { key: 'ty-le', number: 1234.5, text: null, date: null },
      { key: 'muc-do', number: null, text: 'Khá', date: null },
      { key: 'ngay', number: null, text: null, date: expect.stringMatching(/^2026-12-14T/) },
    ])
    expect(response.source).toBe('xlsx')
    const workbook = await payload.findByID({
      collection: 'media',
      id: response.workbook as number,
      depth: 0,
    })
    expect({ mime: workbook.mimeType, agency: workbook.agency }).toEqual({
      mime: XLSX,
      agency: agencyId,
    })
  })

  it('R7.5 refuses a confirmation of a file other than the one previewed', async () => {
    const template = await download(otherResponseId, tokens.otherReporter)
    const previewed = await fill(template, [5, undefined, 'Tốt'])
    const changed = await fill(template, [6, undefined, 'Tốt'])
    const preview = await upload(otherResponseId, previewed, tokens.otherReporter)
    expect(preview.body.preview.problems).toEqual([])
    const { status, body } = await confirm(
      otherResponseId,
      changed,
      preview.body.token,
      tokens.otherReporter,
    )
    expect({ status, message: errorMessage(body) }).toEqual({
      status: 400,
      message: 'Tệp xác nhận khác tệp đã xem trước: hãy tải lên lại và xem trước trước khi lưu.',
    })
    expect((await stored(otherResponseId)).answers ?? []).toEqual([])
  })

  it('R7.5 lists a text in a number cell and a missing required value by row and label', async () => {
    const file = await fill(await download(responseId), ['nhiều', undefined, ''])
    const { status, body } = await upload(responseId, file)
    expect(status).toBe(200)
    expect(body.token).toBeNull()
    expect(body.preview.problems.map((problem: { message: string }) => problem.message)).toEqual([
      `Dòng ${FIRST_FIELD_ROW}, "Số hồ sơ đã tiếp nhận": phải là số. Nhập số theo kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy cho phần thập phân, ví dụ 1.234,5.`,
      `Dòng ${FIRST_FIELD_ROW + 2}, "Mức độ": chưa nhập (bắt buộc).`,
    ])
  })

  it("R7.5 refuses another agency's template, a stale template and a damaged file", async () => {
    const others = await fill(await download(otherResponseId, tokens.otherReporter), GOOD)
    const stale = await renderDataCallTemplate({
      call: { id: callId, title: 'Số liệu', dueDate: null },
      agency: { id: agencyId, name: 'Sở' },
      response: { id: responseId },
      fields: [{ key: 'ho-so', label: 'Số hồ sơ', kind: 'number', required: true }],
    })
    const damaged = Buffer.from('PK\u0003\u0004[Content_Types].xml xl/ hỏng', 'utf8')
    const messages = async (file: Buffer) =>
      (await upload(responseId, file)).body.preview.problems.map(
        (problem: { message: string }) => problem.message,
      )
    expect(await messages(others)).toEqual([
      'Tệp là mẫu của cơ quan, đơn vị khác: hãy tải mẫu của cơ quan mình.',
    ])
    expect(await messages(stale)).toEqual([
      'Mẫu Excel đã cũ: nội dung đề nghị đã thay đổi sau khi tải mẫu. Hãy tải mẫu mới và nhập lại số liệu.',
    ])
    expect(await messages(damaged)).toEqual([
      'Tệp Excel bị hỏng hoặc không đọc được. Hãy lưu lại tệp bằng Excel rồi tải lên lại.',
    ])
  })

  it('R7.5 refuses a confirmation with a token of no preview', async () => {
    const file = await fill(await download(otherResponseId, tokens.otherReporter), [2.5])
    const { status, body } = await confirm(
      otherResponseId,
      file,
      'x'.repeat(64),
      tokens.otherReporter,
    )
    expect({ status, message: errorMessage(body) }).toEqual({
      status: 400,
      message: 'Tệp xác nhận khác tệp đã xem trước: hãy tải lên lại và xem trước trước khi lưu.',
    })
  })

  it('R7.5 stores nothing, not even the workbook, when the save refuses the answers', async () => {
    const sent = await restJson(`/data-call-responses/${responseId}/submit`, {
      method: 'POST',
      token: tokens.reporter,
    })
    expect(sent.status).toBe(200)
    const file = await fill(await download(responseId), [99, undefined, 'Tốt'])
    const preview = await upload(responseId, file)
    const mediaBefore = await mediaCount()
    const { status, body } = await confirm(responseId, file, preview.body.token)
    expect({ status, message: errorMessage(body) }).toEqual({
      status: 400,
      message: 'Số liệu đã gửi: chỉ sửa khi Cơ quan thường trực trả lại.',
    })
    expect(await mediaCount()).toBe(mediaBefore)
    expect((await stored()).answers?.[0]?.number).toBe(1234)
  })

  it('R7.5 gives the template and takes uploads only from the agency asked and the standing body', async () => {
    const template = await download(responseId, tokens.secretariat)
    expect(template.length).toBeGreaterThan(1000)
    const file = await fill(template, GOOD)
    const answers = async (path: string, token?: string, body?: FormData) => {
      const { status, body: json } = await restJson(`/data-call-responses/${responseId}${path}`, {
        method: body ? 'POST' : 'GET',
        token,
        body,
      })
      return { status, message: errorMessage(json) }
    }
    expect(await answers('/template.xlsx', tokens.otherReporter)).toEqual({
      status: 404,
      message: 'Không tìm thấy trả lời.',
    })
    expect(await answers('/upload', tokens.otherReporter, formWith(file))).toEqual({
      status: 404,
      message: 'Không tìm thấy trả lời.',
    })
    expect(await answers('/template.xlsx', tokens.leader)).toEqual({
      status: 403,
      message:
        'Chỉ cơ quan, đơn vị được đề nghị và Cơ quan thường trực được tải mẫu và tải lên số liệu.',
    })
    expect(await answers('/upload/confirm', undefined, formWith(file, 'x'))).toEqual({
      status: 401,
      message: 'Vui lòng đăng nhập.',
    })
    expect(await answers('/template.xlsx')).toEqual({ status: 401, message: 'Vui lòng đăng nhập.' })
  })

  it('R7.5 asks for a file when none is sent', async () => {
    const { status, body } = await restJson(`/data-call-responses/${responseId}/upload`, {
      method: 'POST',
      token: tokens.reporter,
      body: new FormData(),
    })
    expect({ status, message: errorMessage(body) }).toEqual({
      status: 400,
      message: 'Hãy chọn tệp Excel đã điền để tải lên.',
    })
  })
})
