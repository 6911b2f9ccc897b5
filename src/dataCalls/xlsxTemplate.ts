import { createHash } from 'node:crypto'

import ExcelJS from 'exceljs'

import type { FormField } from '../../hooks/rules/dataCalls/form'
import { toVnDateKey } from '../lib/clock'

// R7.5: the XLSX template of a data call ("đề nghị báo cáo nhanh số liệu") for one agency. One
// sheet: a header (the call, the agency, the due date), then one row per field (STT, content,
// unit, value, note): officials fill one column from top to bottom, as in the paper forms. Only
// the value cells are unlocked; numbers, dates and choices are checked by Excel as typed. A hidden
// first row identifies the call, the agency, the response and the form's version, so that
// `xlsxParse.ts` refuses another agency's file or a template made before the form changed.

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** What the hidden identification row starts with. */
export const TEMPLATE_MARKER = 'TF06-DATA-CALL-1'
export const SHEET_NAME = 'Số liệu'

/** Columns of the table (1-based); KEY and the choice lists are hidden. */
export const COLUMNS = { stt: 1, label: 2, unit: 3, value: 4, note: 5, key: 6, choices: 8 } as const
/** The identification row, the table's header row and its first field row. */
export const ID_ROW = 1
export const HEADER_ROW = 8
export const FIRST_FIELD_ROW = HEADER_ROW + 1

export type TemplateInput = {
  call: { id: number | string; title: string; dueDate?: string | null }
  agency: { id: number | string; name: string }
  response: { id: number | string }
  fields: readonly FormField[]
}

/** The identification a template carries in its hidden row. */
export type TemplateIdentity = {
  callId: string
  agencyId: string
  responseId: string
  formVersion: string
}

/**
 * The form's version: a hash of what a template depends on (keys, labels, kinds, required, whole
 * numbers, choices, units, order). A template whose version differs was made for another form.
 */
export const formVersionOf = (fields: readonly FormField[]): string =>
  createHash('sha256')
    .update(
      JSON.stringify(
        fields.map((field) => [
          field.key,
          field.label,
          field.kind,
          Boolean(field.required),
          Boolean(field.wholeNumber),
          field.unit ?? '',
          field.choices ?? [],
        ]),
      ),
    )
    .digest('hex')
    .slice(0, 16)

/** dd/MM/yyyy of a stored date (an ISO instant or a day key), in Vietnam time. */
export const formatViDate = (value: string): string => {
  const key = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : toVnDateKey(value)
  const [year, month, day] = key.split('-')
  return `${day}/${month}/${year}`
}

const NUMBER_ERROR = {
  whole: 'Chỉ nhập số nguyên (không có phần thập phân), ví dụ 1234.',
  decimal: 'Chỉ nhập số, ví dụ 1234,5.',
}

/** What the note column tells the official about a field. */
export const noteOf = (field: FormField): string => {
  const parts: string[] = []
  if (field.kind === 'file')
    return 'Tệp đính kèm: nộp trực tuyến trên hệ thống, không nhập tại đây.'
  if (field.required) parts.push('Bắt buộc.')
  if (field.kind === 'number')
    parts.push(field.wholeNumber ? 'Số nguyên.' : 'Số, có thể có phần thập phân.')
  if (field.kind === 'date') parts.push('Ngày dạng dd/mm/yyyy.')
  if (field.kind === 'choice') parts.push('Chọn một giá trị trong danh sách.')
  return parts.join(' ')
}

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
}

const FONT = { name: 'Times New Roman', size: 12 }

const columnLetter = (column: number): string => {
  let letters = ''
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  }
  return letters
}

const headerBlock = (sheet: ExcelJS.Worksheet, input: TemplateInput) => {
  const identity = [
    TEMPLATE_MARKER,
    String(input.call.id),
    String(input.agency.id),
    String(input.response.id),
    formVersionOf(input.fields),
  ]
  const idRow = sheet.getRow(ID_ROW)
  identity.forEach((value, index) => (idRow.getCell(index + 1).value = value))
  idRow.hidden = true
  const lines: [string, Partial<ExcelJS.Font>][] = [
    ['ĐỀ NGHỊ BÁO CÁO NHANH SỐ LIỆU', { bold: true, size: 14 }],
    [input.call.title, { bold: true }],
    [`Cơ quan, đơn vị: ${input.agency.name}`, {}],
    [`Hạn gửi: ${input.call.dueDate ? formatViDate(input.call.dueDate) : 'không có'}`, {}],
    [
      'Nhập số liệu vào cột "Số liệu". Số nhập theo kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy cho phần thập phân (1.234,5). Ngày nhập dd/mm/yyyy.',
      { italic: true },
    ],
  ]
  lines.forEach(([text, font], index) => {
    const row = sheet.getRow(ID_ROW + 1 + index)
    row.getCell(1).value = text
    row.getCell(1).font = { ...FONT, ...font }
    row.getCell(1).alignment = {
      wrapText: true,
      vertical: 'middle',
      horizontal: index < 2 ? 'center' : 'left',
    }
    sheet.mergeCells(row.number, 1, row.number, COLUMNS.note)
  })
  sheet.getRow(ID_ROW + lines.length).height = 48
}

const tableHeader = (sheet: ExcelJS.Worksheet) => {
  const row = sheet.getRow(HEADER_ROW)
  const titles = ['STT', 'Nội dung', 'Đơn vị tính', 'Số liệu', 'Ghi chú']
  titles.forEach((title, index) => {
    const cell = row.getCell(index + 1)
    cell.value = title
    cell.font = { ...FONT, bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.border = BORDER
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } }
  })
}

const valueCell = (sheet: ExcelJS.Worksheet, row: ExcelJS.Row, field: FormField) => {
  const cell = row.getCell(COLUMNS.value)
  cell.border = BORDER
  cell.font = FONT
  if (field.kind === 'file') {
    cell.value = 'Nộp trực tuyến'
    cell.font = { ...FONT, italic: true, color: { argb: 'FF666666' } }
    return
  }
  cell.protection = { locked: false }
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFDE7' } }
  if (field.kind === 'number') {
    const whole = Boolean(field.wholeNumber)
    cell.numFmt = whole ? '#,##0' : '#,##0.###'
    cell.alignment = { horizontal: 'right' }
    cell.dataValidation = {
      type: whole ? 'whole' : 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [-999999999999999, 999999999999999],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Số liệu không hợp lệ',
      error: whole ? NUMBER_ERROR.whole : NUMBER_ERROR.decimal,
    }
  } else if (field.kind === 'date') {
    cell.numFmt = 'dd/mm/yyyy'
    cell.dataValidation = {
      type: 'date',
      operator: 'between',
      allowBlank: true,
      formulae: [new Date(Date.UTC(1990, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Ngày không hợp lệ',
      error: 'Nhập ngày dạng dd/mm/yyyy, ví dụ 15/12/2026.',
    }
  } else if (field.kind === 'choice') {
    const choices = field.choices ?? []
    // The list sits in hidden cells of the field's own row: a quoted list breaks on commas.
    choices.forEach((choice, index) => (row.getCell(COLUMNS.choices + index).value = choice))
    const first = columnLetter(COLUMNS.choices)
    const last = columnLetter(COLUMNS.choices + Math.max(choices.length, 1) - 1)
    cell.dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`$${first}$${row.number}:$${last}$${row.number}`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Giá trị không có trong danh sách',
      error: 'Chọn một giá trị trong danh sách.',
    }
  } else {
    cell.numFmt = '@'
    cell.alignment = { wrapText: true, vertical: 'top' }
  }
}

/** R7.5: the call's template for one agency's response, as an .xlsx file. */
export const renderDataCallTemplate = async (input: TemplateInput): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Tổ công tác Đề án 06'
  const sheet = workbook.addWorksheet(SHEET_NAME, {
    pageSetup: {
      orientation: 'portrait',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  })
  sheet.columns = [
    { width: 6 },
    { width: 55 },
    { width: 14 },
    { width: 22 },
    { width: 36 },
    { width: 12, hidden: true },
  ]
  headerBlock(sheet, input)
  tableHeader(sheet)
  let maxChoices = 0
  input.fields.forEach((field, index) => {
    const row = sheet.getRow(FIRST_FIELD_ROW + index)
    row.getCell(COLUMNS.stt).value = index + 1
    row.getCell(COLUMNS.label).value = field.required ? `${field.label} (*)` : field.label
    row.getCell(COLUMNS.unit).value = field.kind === 'number' ? (field.unit ?? '') : ''
    row.getCell(COLUMNS.note).value = noteOf(field)
    row.getCell(COLUMNS.key).value = field.key
    for (const column of [COLUMNS.stt, COLUMNS.label, COLUMNS.unit, COLUMNS.note]) {
      const cell = row.getCell(column)
      cell.border = BORDER
      cell.font = FONT
      cell.alignment = {
        wrapText: true,
        vertical: 'top',
        horizontal: column === COLUMNS.stt ? 'center' : 'left',
      }
    }
    valueCell(sheet, row, field)
    if (field.kind === 'choice') maxChoices = Math.max(maxChoices, field.choices?.length ?? 0)
  })
  for (let index = 0; index < maxChoices; index += 1) {
    sheet.getColumn(COLUMNS.choices + index).hidden = true
  }
  sheet.views = [{ state: 'frozen', ySplit: HEADER_ROW, activeCell: `D${FIRST_FIELD_ROW}` }]
  // Locked cells (the header, labels, identification) cannot be changed; value cells can.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** The file name offered for download: ascii, e.g. "mau-so-lieu-12-3.xlsx". */
export const templateFileName = (callId: number | string, responseId: number | string): string =>
  `mau-so-lieu-${String(callId).replace(/[^\w-]/g, '')}-${String(responseId).replace(/[^\w-]/g, '')}.xlsx`
