// R1.1: a province's units and people are data, never code: a new province starts from its
// Excel lists (agencies, users), imported by the standing body from the app's own templates:
// every problem by row and column, nothing stored by a preview, one transaction and one audited
// batch on confirm, re-runnable.
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createAgency, createUser } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { rest, restJson, restLogin } from '../helpers/rest'

const PASSWORD = 'Test@12345'
let payload: Payload
let secretariatToken: string
let reporterToken: string

beforeAll(async () => {
  payload = await initPayload()
  const agency = await createAgency(payload, { code: 'CAT', name: 'Công an tỉnh', kind: 'police' })
  const secretariat = await createUser(payload, { roles: ['secretariat'], agency: agency.id })
  const reporter = await createUser(payload, { roles: ['reporter'], agency: agency.id })
  secretariatToken = await restLogin(secretariat.email, PASSWORD)
  reporterToken = await restLogin(reporter.email, PASSWORD)
})

type Row = Record<string, string | number | Date>

/** The list's template downloaded from the app, its example row replaced by `rows`. */
const filled = async (list: string, rows: Row[]): Promise<Blob> => {
  const response = await rest(`/import-batches/template/${list}`, { token: secretariatToken })
  expect(response.status).toBe(200)
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

const send = (
  action: 'preview' | 'confirm',
  list: string,
  file: Blob,
  token = secretariatToken,
) => {
  const body = new FormData()
  body.append('file', file, `${list}.xlsx`)
  body.append('_payload', JSON.stringify({ list }))
  return restJson(`/import-batches/${action}`, { method: 'POST', token, body })
}

const count = async (collection: 'agencies' | 'users' | 'import-batches' | 'audit-log') =>
  (await payload.count({ collection })).totalDocs

const AGENCIES: Row[] = [
  {
    'Mã cơ quan': 'STTTT',
    'Tên cơ quan': 'Sở Thông tin và Truyền thông',
    'Loại cơ quan': 'Sở, ban, ngành',
    'Mã cơ quan cấp trên': 'UBND',
    'Hiệu lực từ ngày': '01/01/2025',
  },
  {
    'Mã cơ quan': 'UBND',
    'Tên cơ quan': 'Ủy ban nhân dân tỉnh',
    'Loại cơ quan': 'Ủy ban nhân dân tỉnh',
    'Email nhận văn bản': 'ubnd@tinh.gov.vn',
  },
]

describe('importing the agencies of a new province (R1.1)', () => {
  it('R1.1 gives the template with Vietnamese headers, an example row and a guide sheet', async () => {
    const response = await rest('/import-batches/template/agencies', { token: secretariatToken })
    expect(response.headers.get('content-disposition')).toContain('mau-co-quan-don-vi.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await response.arrayBuffer()) as never)
    const [data, guide] = workbook.worksheets
    expect(data!.getRow(1).getCell(1).text).toBe('Mã cơ quan')
    expect(data!.getRow(2).getCell(1).text).toBe('STTTT')
    expect(data!.getCell('C2').dataValidation.type).toBe('list')
    expect(guide!.name).toBe('Hướng dẫn')
  })

  it('R1.1 previews what will be created and stores nothing', async () => {
    const [agencies, batches] = [await count('agencies'), await count('import-batches')]
    const { status, body } = await send('preview', 'agencies', await filled('agencies', AGENCIES))
    expect(status).toBe(200)
    expect(body).toMatchObject({ problems: [], counts: { created: 2, updated: 0, unchanged: 0 } })
    expect(body.rows.map((row: { row: number }) => row.row)).toEqual([3, 2])
    expect([await count('agencies'), await count('import-batches')]).toEqual([agencies, batches])
  })

  it('R1.1 imports in one audited batch, a parent listed after its child included', async () => {
    const { status, body } = await send('confirm', 'agencies', await filled('agencies', AGENCIES))
    expect(status).toBe(200)
    expect(body.message).toBe('Đã nhập: 2 bản ghi mới, 0 bản ghi cập nhật, 0 bản ghi không đổi.')
    const { docs } = await payload.find({
      collection: 'agencies',
      where: { code: { in: ['STTTT', 'UBND'] } },
      sort: 'code',
      depth: 0,
    })
    const [department, committee] = docs
    expect(department!.parent).toBe(committee!.id)
    expect(department!.validFrom).toBe('2024-12-31T17:00:00.000Z')
    const batch = await payload.findByID({
      collection: 'import-batches',
      id: body.result.batch,
      depth: 1,
    })
    const entries = (batch.auditEntries ?? []) as {
      collectionSlug: string
      documentId: string
      operation: string
    }[]
    expect(
      entries.map((entry) => [entry.collectionSlug, entry.operation, entry.documentId]).sort(),
    ).toEqual(
      [
        ['agencies', 'create', String(department!.id)],
        ['agencies', 'create', String(committee!.id)],
      ].sort(),
    )
  })

  it('R1.1 re-run of the same file updates nothing and duplicates nothing; a changed name updates', async () => {
    const agencies = await count('agencies')
    const again = await send('confirm', 'agencies', await filled('agencies', AGENCIES))
    expect(again.body.result).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
      auditEntries: 0,
    })
    const renamed = [{ ...AGENCIES[0]!, 'Tên cơ quan': 'Sở Khoa học và Công nghệ' }, AGENCIES[1]!]
    const changed = await send('confirm', 'agencies', await filled('agencies', renamed))
    expect(changed.body.result).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 1,
      auditEntries: 1,
    })
    expect(await count('agencies')).toBe(agencies)
  })

  it('lists every problem by row and column in Vietnamese, and the confirm refuses the file', async () => {
    const file = await filled('agencies', [
      {
        'Mã cơ quan': 'HX1',
        'Tên cơ quan': 'Huyện X',
        'Loại cơ quan': 'Quận',
        'Mã cơ quan cấp trên': 'KHONGCO',
      },
      {
        'Mã cơ quan': 'HX1',
        'Tên cơ quan': 'Huyện X',
        'Loại cơ quan': 'Cấp huyện (huyện, thị xã, thành phố)',
        'Email nhận văn bản': 'huyenx@',
        'Hiệu lực từ ngày': '30/02/2025',
      },
    ])
    const agencies = await count('agencies')
    const { body } = await send('preview', 'agencies', file)
    expect(body.problems).toEqual([
      expect.stringMatching(
        /^Dòng 2, cột "Loại cơ quan": “Quận” không có trong danh mục; chọn một trong: “Công an/,
      ),
      'Dòng 2, cột "Mã cơ quan cấp trên": không có cơ quan nào mã “KHONGCO”.',
      'Dòng 3, cột "Email nhận văn bản": “huyenx@” không phải là địa chỉ email hợp lệ.',
      'Dòng 3, cột "Hiệu lực từ ngày": ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2025.',
      'Dòng 3, cột "Mã cơ quan": trùng với dòng 2.',
    ])
    const unknownParent = await send(
      'preview',
      'agencies',
      await filled('agencies', [{ ...AGENCIES[1]!, 'Mã cơ quan cấp trên': 'KHONGCO' }]),
    )
    expect(unknownParent.body.problems).toEqual([
      'Dòng 2, cột "Mã cơ quan cấp trên": không có cơ quan nào mã “KHONGCO”.',
    ])
    const refused = await send('confirm', 'agencies', file)
    expect(refused.status).toBe(400)
    expect(refused.body.errors).toHaveLength(5)
    expect(await count('agencies')).toBe(agencies)
  })

  it('answers a file that is not an Excel workbook with a Vietnamese problem', async () => {
    const { status, body } = await send('preview', 'agencies', new Blob(['Mã cơ quan;Tên\nA;B']))
    expect(status).toBe(200)
    expect(body.problems).toEqual([
      'Tệp tải lên không phải là tệp Excel (.xlsx) đọc được. Hãy tải mẫu, điền vào và lưu dưới dạng .xlsx.',
    ])
  })
})

describe('importing users with their agency and roles (R1.1)', () => {
  const USERS: Row[] = [
    {
      Email: 'Tran.Thi.B@tinh.gov.vn',
      'Họ và tên': 'Trần Thị B',
      'Mã cơ quan công tác': 'CAT',
      'Vai trò': 'Cán bộ báo cáo của cơ quan; Xem báo cáo',
      'Số điện thoại': '0912345678',
    },
  ]

  it('R1.1 creates accounts with no password anyone knows, resolves the agency by code, re-runs unchanged', async () => {
    const users = await count('users')
    const { body } = await send('confirm', 'users', await filled('users', USERS))
    expect(body.result).toMatchObject({ created: 1, updated: 0 })
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: 'tran.thi.b@tinh.gov.vn' } },
      depth: 1,
    })
    expect(docs[0]).toMatchObject({
      fullName: 'Trần Thị B',
      roles: ['reporter', 'viewer'],
      agency: { code: 'CAT' },
    })
    const batch = await payload.findByID({
      collection: 'import-batches',
      id: body.result.batch,
      depth: 0,
    })
    expect(batch.note).toContain('Quên mật khẩu?')
    const login = await restJson('/users/login', {
      method: 'POST',
      body: { email: 'tran.thi.b@tinh.gov.vn', password: PASSWORD },
    })
    expect(login.status).toBe(401)
    const again = await send('confirm', 'users', await filled('users', USERS))
    expect(again.body.result).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
    expect(await count('users')).toBe(users + 1)
  })

  it('names an unknown agency code, a bad email and an unknown role by row and column', async () => {
    const { body } = await send(
      'preview',
      'users',
      await filled('users', [
        {
          Email: 'le.van.c@tinh.gov.vn',
          'Họ và tên': 'Lê Văn C',
          'Mã cơ quan công tác': 'XYZ',
          'Vai trò': 'Xem báo cáo',
        },
        {
          Email: 'khong-phai-email',
          'Họ và tên': 'Phạm D',
          'Mã cơ quan công tác': 'CAT',
          'Vai trò': 'Giám đốc',
        },
      ]),
    )
    expect(body.problems).toEqual([
      'Dòng 2, cột "Mã cơ quan công tác": không có cơ quan nào mã “XYZ”.',
      'Dòng 3, cột "Email": “khong-phai-email” không phải là địa chỉ email hợp lệ.',
      expect.stringMatching(/^Dòng 3, cột "Vai trò": “Giám đốc” không có trong danh mục/),
    ])
  })

  it('refuses a secretariat granting the administrator role, by its row, storing nothing', async () => {
    const users = await count('users')
    const file = await filled('users', [
      {
        Email: 'ngo.e@tinh.gov.vn',
        'Họ và tên': 'Ngô E',
        'Mã cơ quan công tác': 'CAT',
        'Vai trò': 'Xem báo cáo',
      },
      {
        Email: 'vu.g@tinh.gov.vn',
        'Họ và tên': 'Vũ G',
        'Mã cơ quan công tác': 'CAT',
        'Vai trò': 'Quản trị hệ thống',
      },
    ])
    const { status, body } = await send('confirm', 'users', file)
    expect(status).toBe(400)
    expect(body.errors).toEqual([
      {
        message:
          'Dòng 3, cột "Vai trò": Chỉ quản trị hệ thống mới được cấp hoặc thu hồi vai trò quản trị.',
      },
    ])
    expect(await count('users')).toBe(users)
  })
})

describe('who may import', () => {
  it('refuses a reporter with 403 and an anonymous request with 401, in Vietnamese', async () => {
    const file = await filled('agencies', AGENCIES)
    const reporter = await send('preview', 'agencies', file, reporterToken)
    expect(reporter.status).toBe(403)
    expect(reporter.body.errors[0].message).toBe(
      'Chỉ quản trị hệ thống và Cơ quan thường trực được nhập danh sách từ Excel.',
    )
    expect((await send('confirm', 'agencies', file, reporterToken)).status).toBe(403)
    expect((await rest('/import-batches/template/agencies', { token: reporterToken })).status).toBe(
      403,
    )
    const anonymous = await send('confirm', 'agencies', file, '')
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toBe('Vui lòng đăng nhập.')
    expect((await restJson('/import-batches', { token: reporterToken })).status).toBe(403)
  })
})
