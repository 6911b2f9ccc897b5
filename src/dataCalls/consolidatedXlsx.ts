import ExcelJS from 'exceljs'
import { format } from 'date-fns'

import type { Aggregation, Answer, FormField } from '../../hooks/rules/dataCalls/form'
import { formatDayKey } from '../../hooks/rules/terms'
import { toInstant, toVnDateKey, vnTz } from '../lib/clock'

// R7.5: the consolidated workbook of a data call — one row per agency asked (its status, when it
// sent its answers and whether on time), one column per field of the form, a totals row per each
// number field's aggregation, and for each row where its figures came from (the response, typed
// online or an uploaded Excel file and that file's name). Pure: built from the rows given.

export const CONSOLIDATED_SHEET = 'Tổng hợp'
/** Rows above the table: the title, the due date, a blank line. */
export const HEADING_ROWS = 3
export const FIXED_COLUMNS = ['STT', 'Cơ quan, đơn vị', 'Trạng thái', 'Gửi lúc', 'Đúng hạn']
export const PROVENANCE_COLUMNS = ['Mã trả lời', 'Nguồn số liệu', 'Tệp Excel']
export const TOTALS_LABEL = 'Tổng hợp'

export type ConsolidatedRow = {
  responseId: number | string
  agency: string
  /** The status as the user reads it ("Đã gửi"). */
  status: string
  submittedAt: string | null
  late: boolean | null
  /** The answers counted (a sent or accepted response's), by field key. */
  answers: readonly Answer[]
  /** "Trực tuyến" / "Tệp Excel", or null when nothing was answered. */
  source: string | null
  workbookName: string | null
  /** Names of the files answered to file fields, by media id. */
  fileNames?: Readonly<Record<string, string>>
}

export type ConsolidatedInput = {
  title: string
  dueDay: string | null
  fields: readonly FormField[]
  rows: readonly ConsolidatedRow[]
}

/** A number field's total across agencies, or null when it is not totalled or has no values. */
export const aggregate = (aggregation: Aggregation | null | undefined, values: number[]) => {
  if (values.length === 0) return null
  switch (aggregation ?? 'sum') {
    case 'sum':
      return values.reduce((sum, value) => sum + value, 0)
    case 'average':
      return values.reduce((sum, value) => sum + value, 0) / values.length
    case 'min':
      return Math.min(...values)
    case 'max':
      return Math.max(...values)
    default:
      return null
  }
}

export const formatVnDateTime = (value: string): string =>
  format(toInstant(value), 'dd/MM/yyyy HH:mm', { in: vnTz })

const cellOf = (
  field: FormField,
  answer: Answer | undefined,
  fileNames: Readonly<Record<string, string>> = {},
): string | number | null => {
  if (!answer) return null
  if (field.kind === 'number') return typeof answer.number === 'number' ? answer.number : null
  if (field.kind === 'date') return answer.date ? formatDayKey(toVnDateKey(answer.date)) : null
  if (field.kind === 'file') {
    return answer.file == null ? null : (fileNames[String(answer.file)] ?? String(answer.file))
  }
  return answer.text ?? null
}

const headerOf = (field: FormField) =>
  field.kind === 'number' && field.unit ? `${field.label} (${field.unit})` : field.label

/** The consolidated workbook as an .xlsx file. */
export const buildConsolidatedXlsx = async (input: ConsolidatedInput): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(CONSOLIDATED_SHEET)
  const width = FIXED_COLUMNS.length + input.fields.length + PROVENANCE_COLUMNS.length
  const heading = [
    `TỔNG HỢP SỐ LIỆU BÁO CÁO NHANH: ${input.title.toUpperCase()}`,
    input.dueDay ? `(Hạn trả lời: hết ngày ${formatDayKey(input.dueDay)})` : '',
    '',
  ]
  heading.forEach((text, index) => {
    const row = sheet.getRow(index + 1)
    row.getCell(1).value = text
    row.font = { bold: index === 0, italic: index === 1, name: 'Times New Roman', size: 12 }
    sheet.mergeCells(index + 1, 1, index + 1, width)
    row.alignment = { horizontal: 'center', wrapText: true }
  })
  const head = sheet.addRow([
    ...FIXED_COLUMNS,
    ...input.fields.map(headerOf),
    ...PROVENANCE_COLUMNS,
  ])
  head.font = { bold: true }
  head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }

  input.rows.forEach((row, index) => {
    const byKey = new Map(row.answers.map((answer) => [answer.key, answer]))
    sheet.addRow([
      index + 1,
      row.agency,
      row.status,
      row.submittedAt ? formatVnDateTime(row.submittedAt) : null,
      row.submittedAt ? (row.late ? 'Chậm hạn' : 'Đúng hạn') : null,
      ...input.fields.map((field) => cellOf(field, byKey.get(field.key), row.fileNames)),
      String(row.responseId),
      row.source,
      row.workbookName,
    ])
  })

  const totals = input.fields.map((field) => {
    if (field.kind !== 'number') return null
    const values = input.rows.flatMap((row) => {
      const value = row.answers.find((answer) => answer.key === field.key)?.number
      return typeof value === 'number' ? [value] : []
    })
    return aggregate(field.aggregation, values)
  })
  const total = sheet.addRow([null, TOTALS_LABEL, null, null, null, ...totals])
  total.font = { bold: true }

  input.fields.forEach((field, index) => {
    if (field.kind !== 'number') return
    sheet.getColumn(FIXED_COLUMNS.length + index + 1).numFmt = field.wholeNumber
      ? '#,##0'
      : '#,##0.##'
  })
  sheet.getColumn(2).width = 36
  sheet.getColumn(4).width = 18
  sheet.views = [{ state: 'frozen', ySplit: HEADING_ROWS + 1, xSplit: 2 }]
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
