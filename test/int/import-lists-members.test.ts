// R1.1: a new province's Working Group seats, indicators and yearly targets imported from the
// app's Excel templates; a charter refusal on any row (R3.2: one Head at a time) rolls the whole
// file back and is reported with its row.
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createAgency, createGroup, createUser } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { rest, restJson, restLogin } from '../helpers/rest'

let payload: Payload
let token: string

beforeAll(async () => {
  payload = await initPayload()
  const police = await createAgency(payload, { code: 'CAT', name: 'Công an tỉnh', kind: 'police' })
  await createAgency(payload, {
    code: 'UBND',
    name: 'Ủy ban nhân dân tỉnh',
    kind: 'people_committee',
  })
  await createGroup(payload, { kind: 'wg' })
  const admin = await createUser(payload, { roles: ['admin'], agency: police.id })
  for (const [email, fullName] of [
    ['chu.tich@tinh.gov.vn', 'Nguyễn Văn Chủ'],
    ['giam.doc@tinh.gov.vn', 'Trần Văn Giám'],
    ['pho.chu.tich@tinh.gov.vn', 'Lê Thị Phó'],
  ]) {
    await createUser(payload, { email, fullName, agency: police.id })
  }
  token = await restLogin(admin.email, 'Test@12345')
})

type Row = Record<string, string | number | Date>

/** The list's template downloaded from the app, its example row replaced by `rows`. */
const filled = async (list: string, rows: Row[]): Promise<Blob> => {
  const response = await rest(`/import-batches/template/${list}`, { token })
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await response.arrayBuffer()) as never)
  const sheet = workbook.worksheets[0]!
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
  sheet.spliceRows(2, 1)
  rows.forEach((row, i) =>
    headers.forEach((header, j) => {
      sheet.getCell(i + 2, j + 1).value = row[header] ?? null
    }),
  )
  return new Blob([await workbook.xlsx.writeBuffer()])
}

const send = (action: 'preview' | 'confirm', list: string, file: Blob) => {
  const body = new FormData()
  body.append('file', file, `${list}.xlsx`)
  body.append('_payload', JSON.stringify({ list }))
  return restJson(`/import-batches/${action}`, { method: 'POST', token, body })
}

const count = async (collection: 'members' | 'indicators' | 'targets' | 'audit-log') =>
  (await payload.count({ collection })).totalDocs

const seat = (email: string, position: string, from: string | Date): Row => ({
  'Email người dùng': email,
  Tổ: 'Tổ công tác',
  'Chức danh': position,
  'Mã cơ quan đại diện': email.startsWith('giam') ? 'UBND' : 'CAT',
  'Từ ngày': from,
})

describe('importing the Working Group’s members (R1.1)', () => {
  it('R3.2 reports a second Head on its row and rolls the whole file back, previewing first', async () => {
    const members = await count('members')
    const file = await filled('members', [
      seat('chu.tich@tinh.gov.vn', 'Tổ trưởng', '01/03/2025'),
      seat('giam.doc@tinh.gov.vn', 'Thành viên', '01/03/2025'),
      seat('pho.chu.tich@tinh.gov.vn', 'Tổ trưởng', '15/03/2025'),
    ])
    const preview = await send('preview', 'members', file)
    expect(preview.body.problems).toEqual([
      'Dòng 4, cột "Từ ngày": Vi phạm Điều 3: nhóm đã có Tổ trưởng trong nhiệm kỳ 01/03/2025 – …; nhiệm kỳ không được chồng lấn.',
    ])
    expect(await count('members')).toBe(members)
    const refused = await send('confirm', 'members', file)
    expect(refused.status).toBe(400)
    expect(refused.body.errors).toEqual([{ message: preview.body.problems[0] }])
    expect(await count('members')).toBe(members)
  })

  it('R1.1 imports the seats by email, group, position and from-date; a re-run adds none', async () => {
    const rows = [
      seat('chu.tich@tinh.gov.vn', 'Tổ trưởng', new Date(Date.UTC(2025, 2, 1))),
      {
        ...seat('giam.doc@tinh.gov.vn', 'thanh vien', '01/03/2025'),
        'Chức vụ tại cơ quan': 'Giám đốc Sở',
      },
    ]
    const audit = await count('audit-log')
    const { body } = await send('confirm', 'members', await filled('members', rows))
    expect(body.result).toMatchObject({ created: 2, updated: 0, auditEntries: 2 })
    // Two seats and the batch itself: three audit entries, all in the import's transaction.
    expect(await count('audit-log')).toBe(audit + 3)
    const { docs } = await payload.find({
      collection: 'members',
      where: { postTitle: { equals: 'Giám đốc Sở' } },
      depth: 1,
    })
    expect(docs[0]).toMatchObject({
      position: 'member',
      from: '2025-02-28T17:00:00.000Z',
      agency: { code: 'UBND' },
    })
    const members = await count('members')
    const again = await send('confirm', 'members', await filled('members', rows))
    expect(again.body.result).toMatchObject({ created: 0, updated: 0, unchanged: 2 })
    expect(await count('members')).toBe(members)
  })

  it('names an unknown person, an unknown position and a bad date by row and column', async () => {
    const { body } = await send(
      'preview',
      'members',
      await filled('members', [
        seat('ai.do@tinh.gov.vn', 'Thành viên', '01/03/2025'),
        seat('giam.doc@tinh.gov.vn', 'Chánh văn phòng', '2025-03-01'),
      ]),
    )
    expect(body.problems).toEqual([
      'Dòng 2, cột "Email người dùng": không có người dùng nào có email “ai.do@tinh.gov.vn”; hãy nhập danh sách người dùng trước.',
      expect.stringMatching(/^Dòng 3, cột "Chức danh": “Chánh văn phòng” không có trong danh mục/),
      'Dòng 3, cột "Từ ngày": ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2025.',
    ])
  })
})

describe('importing indicators and their yearly targets (R1.1)', () => {
  const INDICATORS: Row[] = [
    {
      'Mã chỉ tiêu': 'ho_so_dvc',
      'Tên chỉ tiêu': 'Số hồ sơ dịch vụ công trực tuyến',
      'Đơn vị tính': 'hồ sơ',
      'Nhóm tiện ích': 'Nhóm 1: Phục vụ giải quyết TTHC và dịch vụ công trực tuyến',
      'Số lũy kế': 'Có',
      'Mã cơ quan chủ trì': 'CAT',
      'Thứ tự hiển thị': '1.000',
    },
    {
      'Mã chỉ tiêu': 'TY_LE_DVC',
      'Tên chỉ tiêu': 'Tỷ lệ hồ sơ trực tuyến',
      'Đơn vị tính': '%',
      'Nhóm tiện ích': 'G1',
      'Cách tổng hợp': 'Bình quân',
    },
  ]

  it('R1.1 imports indicators by code and targets by indicator, year and agency, numbers typed 1.234,5', async () => {
    const indicators = await send('confirm', 'indicators', await filled('indicators', INDICATORS))
    expect(indicators.body.result).toMatchObject({ created: 2 })
    const stored = await payload.find({
      collection: 'indicators',
      where: { code: { equals: 'HO_SO_DVC' } },
      depth: 0,
    })
    expect(stored.docs[0]).toMatchObject({ cumulative: true, order: 1000, aggregation: 'sum' })
    const targets: Row[] = [
      { 'Mã chỉ tiêu': 'HO_SO_DVC', Năm: 2026, 'Giá trị kế hoạch': '1.234,5' },
      {
        'Mã chỉ tiêu': 'HO_SO_DVC',
        Năm: '2026',
        'Mã cơ quan, địa phương': 'UBND',
        'Giá trị kế hoạch': 300,
      },
    ]
    const first = await send('confirm', 'targets', await filled('targets', targets))
    expect(first.body.result).toMatchObject({ created: 2 })
    const { docs } = await payload.find({
      collection: 'targets',
      where: { indicator: { equals: stored.docs[0]!.id } },
      sort: 'value',
      depth: 0,
    })
    expect(docs.map((target) => target.value)).toEqual([300, 1234.5])
    const total = [await count('indicators'), await count('targets')]
    expect(
      (await send('confirm', 'indicators', await filled('indicators', INDICATORS))).body.result,
    ).toMatchObject({ created: 0, updated: 0 })
    const changed = [{ ...targets[0]!, 'Giá trị kế hoạch': 1500 }, targets[1]!]
    expect(
      (await send('confirm', 'targets', await filled('targets', changed))).body.result,
    ).toMatchObject({ created: 0, updated: 1, unchanged: 1 })
    expect([await count('indicators'), await count('targets')]).toEqual(total)
  })

  it('reports a percentage target over 100 on its row, and an unknown indicator code', async () => {
    const targets = await count('targets')
    const file = await filled('targets', [
      { 'Mã chỉ tiêu': 'HO_SO_DVC', Năm: 2027, 'Giá trị kế hoạch': 10 },
      { 'Mã chỉ tiêu': 'TY_LE_DVC', Năm: 2027, 'Giá trị kế hoạch': '120,5' },
    ])
    const { body } = await send('confirm', 'targets', file)
    expect(body.errors).toEqual([
      { message: 'Dòng 3, cột "Giá trị kế hoạch": Chỉ tiêu tỷ lệ phải từ 0 đến 100%.' },
    ])
    expect(await count('targets')).toBe(targets)
    const unknown = await send(
      'preview',
      'targets',
      await filled('targets', [{ 'Mã chỉ tiêu': 'KHONG_CO', Năm: 2027, 'Giá trị kế hoạch': 1 }]),
    )
    expect(unknown.body.problems).toEqual([
      'Dòng 2, cột "Mã chỉ tiêu": không có chỉ tiêu nào mã “KHONG_CO”; hãy nhập danh sách chỉ tiêu trước.',
    ])
  })
})
