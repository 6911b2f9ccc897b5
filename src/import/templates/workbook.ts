import ExcelJS from 'exceljs'

import type { ImportColumn, ImportSpec } from '../lists'

// The downloadable template of a list: the data sheet (Vietnamese headers, one example row, list
// validation on the select columns, dates shown dd/MM/yyyy), the "Hướng dẫn" sheet explaining
// each column and its allowed values, and a hidden "Danh mục" sheet the validations point at.

export const GUIDE_SHEET = 'Hướng dẫn'
const LISTS_SHEET = 'Danh mục'
// Rows of the data sheet that carry the list validation (a province's lists are shorter).
const VALIDATED_ROWS = 500

const TYPE_HELP: Record<ImportColumn['type'], string> = {
  text: 'Chữ.',
  email: 'Địa chỉ email, ví dụ nguyenvana@congan.gov.vn.',
  number: 'Số; gõ theo kiểu Việt Nam (1.234,5) hoặc nhập số.',
  integer: 'Số nguyên; gõ theo kiểu Việt Nam (1.234) hoặc nhập số.',
  date: 'Ngày, dạng ngày/tháng/năm (05/03/2025) hoặc ô ngày của Excel.',
  select: 'Chọn một giá trị trong danh sách.',
  multi: 'Một hoặc nhiều giá trị trong danh sách, cách nhau bằng dấu chấm phẩy (;).',
  yesNo: 'Ghi “Có” hoặc “Không”.',
}

const columnLetter = (index: number): string => {
  let n = index
  let letters = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

const exampleValue = (column: ImportColumn): ExcelJS.CellValue => {
  const example = column.example
  if (example === '') return null
  if (column.type === 'date' && typeof example === 'string') {
    const [d, m, y] = example.split('/').map(Number)
    return new Date(Date.UTC(y!, m! - 1, d!))
  }
  return example
}

const addGuide = (workbook: ExcelJS.Workbook, spec: ImportSpec, title: string) => {
  const guide = workbook.addWorksheet(GUIDE_SHEET)
  guide.columns = [{ width: 28 }, { width: 10 }, { width: 60 }, { width: 70 }]
  guide.addRow([`Hướng dẫn điền mẫu: ${title}`]).font = { bold: true, size: 13 }
  guide.addRow([
    'Mỗi dòng của trang đầu là một bản ghi; dòng 2 là dòng ví dụ, hãy ghi đè hoặc xóa trước khi nhập. ' +
      'Bản ghi đã có (cùng khóa) được cập nhật theo các ô đã điền; ô để trống giữ nguyên giá trị cũ. ' +
      'Nhập lại cùng một tệp không tạo bản ghi trùng.',
  ])
  guide.addRow([
    `Khóa nhận biết bản ghi: ${spec.keyColumns.map((key) => `“${headerOf(spec, key)}”`).join(' + ')}.`,
  ])
  guide.addRow([])
  const head = guide.addRow(['Cột', 'Bắt buộc', 'Giải thích', 'Giá trị được chọn'])
  head.font = { bold: true }
  for (const column of spec.columns) {
    const values = column.options?.map((option) => option.label.vi).join('; ') ?? ''
    const row = guide.addRow([
      column.header,
      column.required ? 'Có' : 'Không',
      `${column.help} ${TYPE_HELP[column.type]}`,
      values,
    ])
    row.alignment = { wrapText: true, vertical: 'top' }
  }
}

const headerOf = (spec: ImportSpec, key: string) =>
  spec.columns.find((column) => column.key === key)?.header ?? key

/** The XLSX template of a list. */
export const buildTemplate = async (spec: ImportSpec, title: string): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Tổ công tác Đề án 06'
  const sheet = workbook.addWorksheet(spec.sheet, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = spec.columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: Math.max(16, column.header.length + 4),
    style: column.type === 'date' ? { numFmt: 'dd/mm/yyyy' } : {},
  }))
  const header = sheet.getRow(1)
  header.font = { bold: true }
  spec.columns.forEach((column, i) => {
    if (column.required) header.getCell(i + 1).font = { bold: true, color: { argb: 'FFC00000' } }
    header.getCell(i + 1).note = `${column.help}${column.required ? ' (bắt buộc)' : ''}`
  })
  sheet.addRow(spec.columns.map(exampleValue)).font = { italic: true, color: { argb: 'FF555555' } }
  addGuide(workbook, spec, title)
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' })
  let listColumn = 0
  spec.columns.forEach((column, i) => {
    if (column.type !== 'select' || !column.options?.length) return
    listColumn += 1
    const letter = columnLetter(listColumn)
    lists.getCell(`${letter}1`).value = column.header
    column.options.forEach((option, n) => {
      lists.getCell(`${letter}${n + 2}`).value = option.label.vi
    })
    const range = `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${column.options.length + 1}`
    for (let row = 2; row <= VALIDATED_ROWS; row++) {
      sheet.getCell(row, i + 1).dataValidation = {
        type: 'list',
        allowBlank: !column.required,
        formulae: [range],
        showErrorMessage: true,
        errorTitle: column.header,
        error: 'Chọn một giá trị trong danh sách (xem trang “Hướng dẫn”).',
      }
    }
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
