// The pure part of importing a new province's lists from Excel: reading cells as officials type
// them, the template read back, problems named by row and column, and the matching of rows.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'

import { readCell, readDay, readNumber } from '../../src/import/cells'
import type { ImportColumn } from '../../src/import/lists'
import { describeProblem, NOT_XLSX, parseSheet } from '../../src/import/parse'
import { changedData, entryFor, inDependencyOrder, type PlanEntry } from '../../src/import/plan'
import { importSpecs } from '../../src/import/templates/specs'
import { buildTemplate, GUIDE_SHEET } from '../../src/import/templates/workbook'

const SPECS = importSpecs({
  agencyKinds: [
    { value: 'department', label: { vi: 'Sở, ban, ngành', en: 'Department' } },
    { value: 'district', label: { vi: 'Cấp huyện', en: 'District' } },
  ],
  indicatorGroups: [{ value: 'G1', label: { vi: 'Nhóm 1', en: 'G1' } }],
  indicatorAggregations: [{ value: 'sum', label: { vi: 'Cộng dồn', en: 'Sum' } }],
})

const column = (type: ImportColumn['type'], extra: Partial<ImportColumn> = {}): ImportColumn => ({
  key: 'k',
  header: 'Cột',
  help: '',
  type,
  example: '',
  ...extra,
})

/** The template of a list with its example row replaced by `rows` (cells by header). */
const filled = async (list: keyof typeof SPECS, rows: Record<string, unknown>[]) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await buildTemplate(SPECS[list], 'x')) as never)
  const sheet = workbook.worksheets[0]!
  const headers = SPECS[list].columns.map((c) => c.header)
  sheet.spliceRows(2, 1)
  rows.forEach((row, i) => {
    headers.forEach((header, j) => {
      sheet.getCell(i + 2, j + 1).value = (row[header] ?? null) as ExcelJS.CellValue
    })
  })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('cells typed the Vietnamese way', () => {
  it('reads 1.234,5 and numbers entered as numbers, refuses 12.5', () => {
    expect(readNumber('1.234,5', false)).toEqual({ ok: true, value: 1234.5 })
    expect(readNumber(2026, true)).toEqual({ ok: true, value: 2026 })
    expect(readNumber('12.5', false).ok).toBe(false)
    expect(readNumber(1.5, true)).toEqual({ ok: false, message: 'chỉ nhập số nguyên.' })
  })

  it('reads dd/MM/yyyy, Excel dates and serial numbers as days; refuses 31/02/2025', () => {
    expect(readDay('05/03/2025')).toBe('2025-03-05')
    expect(readDay(new Date(Date.UTC(2025, 2, 5)))).toBe('2025-03-05')
    expect(readDay(45721)).toBe('2025-03-05')
    expect(readDay('31/02/2025')).toBeNull()
    expect(readDay('2025-03-05')).toBeNull()
  })

  it('reads a select by its Vietnamese label without accents, or its code', () => {
    const kind = column('select', { options: SPECS.agencies.columns[2]!.options })
    expect(readCell(kind, 'so, ban, nganh')).toEqual({ ok: true, value: 'department' })
    expect(readCell(kind, 'district')).toEqual({ ok: true, value: 'district' })
    expect(readCell(kind, 'Bộ')).toEqual({
      ok: false,
      message: '“Bộ” không có trong danh mục; chọn một trong: “Sở, ban, ngành”, “Cấp huyện”.',
    })
  })

  it('reads several roles separated by semicolons and refuses a bad email', () => {
    const roles = SPECS.users.columns.find((c) => c.key === 'roles')!
    expect(readCell(roles, 'Xem báo cáo; Cán bộ báo cáo của cơ quan')).toEqual({
      ok: true,
      value: ['viewer', 'reporter'],
    })
    expect(readCell(column('email'), 'a@b')).toEqual({
      ok: false,
      message: '“a@b” không phải là địa chỉ email hợp lệ.',
    })
  })
})

// Building a template with its list validations takes a few seconds on a busy machine.
describe('a filled template read back', { timeout: 30_000 }, () => {
  it('has a guide sheet and reads its own example row', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await buildTemplate(SPECS.members, 'x')) as never)
    expect(workbook.getWorksheet(GUIDE_SHEET)).toBeDefined()
    const template = await buildTemplate(SPECS.members, 'x')
    const parsed = await parseSheet(SPECS.members, new Uint8Array(template))
    expect(parsed.problems).toEqual([])
    expect(parsed.rows[0]!.values).toMatchObject({ groupKind: 'wg', from: '2025-01-01' })
  })

  it('names every problem by row and column, a duplicate by the earlier row', async () => {
    const file = await filled('agencies', [
      { 'Mã cơ quan': 'A', 'Tên cơ quan': 'Sở A', 'Loại cơ quan': 'Sở, ban, ngành' },
      { 'Mã cơ quan': 'B', 'Tên cơ quan': 'Sở B', 'Loại cơ quan': 'Bộ' },
      {
        'Mã cơ quan': 'a',
        'Tên cơ quan': 'Sở A2',
        'Loại cơ quan': 'Cấp huyện',
        'Hiệu lực từ ngày': '32/01/2025',
      },
    ])
    const { problems } = await parseSheet(SPECS.agencies, file)
    expect(problems.map(describeProblem)).toEqual([
      'Dòng 3, cột "Loại cơ quan": “Bộ” không có trong danh mục; chọn một trong: “Sở, ban, ngành”, “Cấp huyện”.',
      'Dòng 4, cột "Hiệu lực từ ngày": ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2025.',
      'Dòng 4, cột "Mã cơ quan": trùng với dòng 2.',
    ])
  })

  it('answers a file that is not an XLSX with one problem', async () => {
    const { problems } = await parseSheet(SPECS.users, new TextEncoder().encode('a,b\n1,2'))
    expect(problems.map(describeProblem)).toEqual([NOT_XLSX])
  })
})

describe('matching rows with stored records', () => {
  it('compares days as days and lists in any order', () => {
    const stored = { from: '2024-12-31T17:00:00.000Z', roles: ['viewer', 'reporter'], name: 'A' }
    expect(
      changedData(
        stored,
        { from: '2024-12-31T17:00:00.000Z', roles: ['reporter', 'viewer'], name: 'A' },
        ['from'],
      ),
    ).toEqual({})
    expect(changedData(stored, { name: 'B' })).toEqual({ name: 'B' })
  })

  it('creates a new row, updates the changed fields of a stored one, leaves an equal one', () => {
    const base = { row: 2, collection: 'agencies' as const, key: 'a', title: 'A' }
    expect(entryFor(base, { name: 'A' }, undefined).operation).toBe('create')
    expect(entryFor(base, { name: 'B', code: 'A' }, { id: 1, name: 'A', code: 'A' })).toMatchObject(
      { operation: 'update', id: 1, data: { name: 'B' } },
    )
    expect(entryFor(base, { name: 'A' }, { id: 1, name: 'A' }).operation).toBe('unchanged')
  })

  it('puts a parent made by the file before its children, and names a cycle by its rows', () => {
    const entry = (row: number, key: string, parent?: string): PlanEntry => ({
      row,
      key,
      collection: 'agencies',
      operation: 'create',
      title: key,
      data: {},
      pending: parent ? { field: 'parent', rowKey: parent } : undefined,
    })
    const { ordered } = inDependencyOrder([entry(2, 'x', 'y'), entry(3, 'y')], 'Cấp trên')
    expect(ordered.map((e) => e.row)).toEqual([3, 2])
    const cycle = inDependencyOrder([entry(2, 'x', 'y'), entry(3, 'y', 'x')], 'Cấp trên')
    expect(cycle.problems.map((p) => p.row)).toEqual([2, 3])
  })
})
