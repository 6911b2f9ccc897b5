import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'

import type { FormField } from '../../hooks/rules/dataCalls/form'
import { displayAnswer, parseDataCallWorkbook } from '../../src/dataCalls/xlsxParse'
import {
  COLUMNS,
  FIRST_FIELD_ROW,
  formVersionOf,
  renderDataCallTemplate,
  TEMPLATE_MARKER,
} from '../../src/dataCalls/xlsxTemplate'

const FIELDS: FormField[] = [
  {
    key: 'ho-so',
    label: 'Số hồ sơ đã tiếp nhận',
    kind: 'number',
    required: true,
    unit: 'hồ sơ',
    wholeNumber: true,
  },
  { key: 'ty-le', label: 'Tỷ lệ trực tuyến', kind: 'number', required: false, unit: '%' },
  {
    key: 'danh-gia',
    label: 'Mức độ',
    kind: 'choice',
    required: true,
    choices: ['Tốt', 'Khá, đạt', 'Chưa đạt'],
  },
  { key: 'ngay', label: 'Ngày hoàn thành', kind: 'date', required: false },
  { key: 'ghi-chu', label: 'Khó khăn, vướng mắc', kind: 'text', required: false },
  { key: 'bien-ban', label: 'Biên bản', kind: 'file', required: false },
]

const INPUT = {
  call: { id: 7, title: 'Số liệu cấp căn cước quý IV', dueDate: '2026-12-15T16:59:59.999Z' },
  agency: { id: 3, name: 'Công an tỉnh' },
  response: { id: 21 },
  fields: FIELDS,
}
const EXPECTED = {
  callId: 7,
  agencyId: 3,
  responseId: 21,
  fields: FIELDS,
  maxBytes: 20 * 1024 * 1024,
}

const row = (index: number) => FIRST_FIELD_ROW + index

/** The template, changed as an official (or a mistake) would, and saved again. */
const edited = async (
  edit: (sheet: ExcelJS.Worksheet) => void,
  input: typeof INPUT = INPUT,
): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await renderDataCallTemplate(input)) as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]!
  edit(sheet)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const set = (sheet: ExcelJS.Worksheet, index: number, value: ExcelJS.CellValue) => {
  sheet.getRow(row(index)).getCell(COLUMNS.value).value = value
}

const filled = (sheet: ExcelJS.Worksheet) => {
  set(sheet, 0, 1234)
  set(sheet, 1, '1.234,5')
  set(sheet, 2, 'Khá, đạt')
  set(sheet, 3, new Date(Date.UTC(2026, 11, 14)))
  set(sheet, 4, 'Thiếu máy')
}

const messages = async (buffer: Buffer) =>
  (await parseDataCallWorkbook(buffer, EXPECTED)).problems.map((problem) => problem.message.vi)

describe('R7.5 the data call template', () => {
  it('R7.5 has the header, one row per field, locked labels and unlocked value cells', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await renderDataCallTemplate(INPUT)) as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    const texts = [2, 3, 4, 5].map((number) => String(sheet.getRow(number).getCell(1).value))
    expect(texts.slice(0, 4)).toEqual([
      'ĐỀ NGHỊ BÁO CÁO NHANH SỐ LIỆU',
      'Số liệu cấp căn cước quý IV',
      'Cơ quan, đơn vị: Công an tỉnh',
      'Hạn gửi: 15/12/2026',
    ])
    expect(sheet.getRow(1).hidden).toBe(true)
    expect((sheet as unknown as { sheetProtection?: object }).sheetProtection).toMatchObject({
      sheet: true,
    })
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      TEMPLATE_MARKER,
      '7',
      '3',
      '21',
      formVersionOf(FIELDS),
    ])
    expect(sheet.getRow(row(0)).getCell(COLUMNS.label).value).toBe('Số hồ sơ đã tiếp nhận (*)')
    expect(sheet.getRow(row(0)).getCell(COLUMNS.unit).value).toBe('hồ sơ')
    expect(sheet.getRow(row(0)).getCell(COLUMNS.value).protection?.locked).toBe(false)
    expect(sheet.getRow(row(0)).getCell(COLUMNS.label).protection?.locked).not.toBe(false)
    expect(sheet.getRow(row(5)).getCell(COLUMNS.value).value).toBe('Nộp trực tuyến')
    expect(String(sheet.getRow(row(5)).getCell(COLUMNS.note).value)).toContain('nộp trực tuyến')
    expect(sheet.getRow(row(5)).getCell(COLUMNS.value).protection?.locked).not.toBe(false)
  })

  it('R7.5 checks numbers, choices and dates as they are typed in Excel, in Vietnamese', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await renderDataCallTemplate(INPUT)) as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    const validation = (index: number) =>
      sheet.getRow(row(index)).getCell(COLUMNS.value).dataValidation
    expect(validation(0)).toMatchObject({
      type: 'whole',
      error: expect.stringContaining('số nguyên'),
    })
    expect(validation(1)).toMatchObject({ type: 'decimal' })
    expect(validation(2)).toMatchObject({ type: 'list', formulae: [`$H$${row(2)}:$J$${row(2)}`] })
    expect(validation(3)).toMatchObject({ type: 'date' })
    expect(sheet.getRow(row(0)).getCell(COLUMNS.value).numFmt).toBe('#,##0')
    expect(sheet.getRow(row(2)).getCell(COLUMNS.choices + 1).value).toBe('Khá, đạt')
  })

  it('R7.5 changes its version when the form changes', () => {
    const changed = FIELDS.map((field, index) =>
      index === 0 ? { ...field, label: 'Khác' } : field,
    )
    expect(formVersionOf(changed)).not.toBe(formVersionOf(FIELDS))
    expect(formVersionOf([...FIELDS])).toBe(formVersionOf(FIELDS))
  })
})

describe('R7.5 reading an uploaded template', () => {
  it('R7.5 reads numbers, Vietnamese number text, choices, dates and text', async () => {
    const parsed = await parseDataCallWorkbook(await edited(filled), EXPECTED)
    expect(parsed.problems).toEqual([])
    expect(parsed.answers).toEqual([
      { key: 'ho-so', number: 1234 },
      { key: 'ty-le', number: 1234.5 },
      { key: 'danh-gia', text: 'Khá, đạt' },
      { key: 'ngay', date: '2026-12-14T05:00:00.000Z' },
      { key: 'ghi-chu', text: 'Thiếu máy' },
    ])
    expect(
      FIELDS.slice(0, 4).map((field, index) => displayAnswer(field, parsed.answers[index])),
    ).toEqual(['1.234', '1.234,5', 'Khá, đạt', '14/12/2026'])
  })

  it('R7.5 reads a date typed as dd/mm/yyyy text and a formula by its result', async () => {
    const parsed = await parseDataCallWorkbook(
      await edited((sheet) => {
        filled(sheet)
        set(sheet, 0, { formula: '1000+234', result: 1234 })
        set(sheet, 3, '05/01/2027')
      }),
      EXPECTED,
    )
    expect(parsed.problems).toEqual([])
    expect(parsed.answers[0]).toEqual({ key: 'ho-so', number: 1234 })
    expect(parsed.answers[3]).toEqual({ key: 'ngay', date: '2027-01-05T05:00:00.000Z' })
  })

  it('R7.5 leaves out empty optional fields', async () => {
    const parsed = await parseDataCallWorkbook(
      await edited((sheet) => {
        set(sheet, 0, 5)
        set(sheet, 2, 'Tốt')
      }),
      EXPECTED,
    )
    expect(parsed).toEqual({
      problems: [],
      answers: [
        { key: 'ho-so', number: 5 },
        { key: 'danh-gia', text: 'Tốt' },
      ],
    })
  })

  it('R7.5 names the row, the label and what is wrong for each bad cell', async () => {
    const found = await messages(
      await edited((sheet) => {
        filled(sheet)
        set(sheet, 0, '12,5')
        set(sheet, 1, 'nhiều')
        set(sheet, 2, 'Xuất sắc')
        set(sheet, 3, '31/02/2026')
      }),
    )
    expect(found).toEqual([
      expect.stringMatching(
        new RegExp(`^Dòng ${row(0)}, "Số hồ sơ đã tiếp nhận": phải là số nguyên\\.`),
      ),
      expect.stringMatching(new RegExp(`^Dòng ${row(1)}, "Tỷ lệ trực tuyến": phải là số\\.`)),
      `Dòng ${row(2)}, "Mức độ": phải là một trong: Tốt; Khá, đạt; Chưa đạt.`,
      `Dòng ${row(3)}, "Ngày hoàn thành": phải là ngày dạng dd/mm/yyyy, ví dụ 15/12/2026.`,
    ])
  })

  it('R7.5 refuses a decimal in a whole-number cell and missing required values', async () => {
    const found = await messages(await edited((sheet) => set(sheet, 0, 3.5)))
    expect(found).toEqual([
      `Dòng ${row(0)}, "Số hồ sơ đã tiếp nhận": phải là số nguyên.`,
      `Dòng ${row(2)}, "Mức độ": chưa nhập (bắt buộc).`,
    ])
  })

  it('R7.5 refuses formulas with errors or without a computed value', async () => {
    const found = await messages(
      await edited((sheet) => {
        filled(sheet)
        set(sheet, 0, { formula: '1/0', result: { error: '#DIV/0!' } })
        set(sheet, 1, { formula: 'A1*2' } as ExcelJS.CellFormulaValue)
      }),
    )
    expect(found).toEqual([
      `Dòng ${row(0)}, "Số hồ sơ đã tiếp nhận": công thức bị lỗi #DIV/0!; hãy sửa công thức hoặc nhập giá trị.`,
      `Dòng ${row(1)}, "Tỷ lệ trực tuyến": công thức chưa được tính; hãy mở tệp bằng Excel, lưu lại hoặc nhập giá trị.`,
    ])
  })

  it("R7.5 refuses another call's or another agency's template", async () => {
    const otherCall = await renderDataCallTemplate({ ...INPUT, call: { ...INPUT.call, id: 8 } })
    const otherAgency = await renderDataCallTemplate({
      ...INPUT,
      agency: { id: 4, name: 'Sở Y tế' },
    })
    expect(await messages(otherCall)).toEqual([
      'Tệp là mẫu của một đề nghị báo cáo khác, không phải đề nghị này.',
    ])
    expect(await messages(otherAgency)).toEqual([
      'Tệp là mẫu của cơ quan, đơn vị khác: hãy tải mẫu của cơ quan mình.',
    ])
  })

  it('R7.5 refuses a template made before the form changed', async () => {
    const stale = await renderDataCallTemplate({ ...INPUT, fields: FIELDS.slice(0, 3) })
    expect(await messages(stale)).toEqual([
      'Mẫu Excel đã cũ: nội dung đề nghị đã thay đổi sau khi tải mẫu. Hãy tải mẫu mới và nhập lại số liệu.',
    ])
  })

  it('R7.5 refuses a file that is not an XLSX, a damaged one, a workbook not made here, and an oversize one', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n')
    const good = await edited(filled)
    const damaged = Buffer.concat([good.subarray(0, 200), Buffer.from('[Content_Types].xml xl/')])
    const plain = new ExcelJS.Workbook()
    plain.addWorksheet('Sheet1').getCell('A1').value = 'Số liệu'
    const foreign = Buffer.from(await plain.xlsx.writeBuffer())
    expect(await messages(pdf)).toEqual([
      'Tệp tải lên không phải tệp Excel (.xlsx). Hãy tải mẫu Excel, điền số liệu và tải lên lại.',
    ])
    expect(await messages(damaged)).toEqual([
      'Tệp Excel bị hỏng hoặc không đọc được. Hãy lưu lại tệp bằng Excel rồi tải lên lại.',
    ])
    expect(await messages(foreign)).toEqual([
      'Tệp không phải mẫu Excel của hệ thống: hãy dùng nút "Tải mẫu Excel" để lấy mẫu.',
    ])
    const oneMb = 1024 * 1024
    const padded = Buffer.concat([good, Buffer.alloc(oneMb + 1 - good.length)])
    const limited = { ...EXPECTED, maxBytes: oneMb }
    expect((await parseDataCallWorkbook(good, limited)).problems).toEqual([])
    const tooLarge = await parseDataCallWorkbook(padded, limited)
    expect(tooLarge.problems.map((problem) => problem.message.vi)).toEqual([
      'Tệp quá lớn: tối đa 1 MB.',
    ])
  })

  it('R7.5 finds a field by its hidden key even when rows were moved', async () => {
    const parsed = await parseDataCallWorkbook(
      await edited((sheet) => {
        filled(sheet)
        // The official swapped the first two rows (keys and values together).
        const [first, second] = [sheet.getRow(row(0)), sheet.getRow(row(1))]
        first.getCell(COLUMNS.key).value = 'ty-le'
        first.getCell(COLUMNS.value).value = 7.5
        second.getCell(COLUMNS.key).value = 'ho-so'
        second.getCell(COLUMNS.value).value = 12
      }),
      EXPECTED,
    )
    expect(parsed.answers.slice(0, 2)).toEqual([
      { key: 'ho-so', number: 12 },
      { key: 'ty-le', number: 7.5 },
    ])
  })
})
