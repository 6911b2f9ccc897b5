import ExcelJS from 'exceljs'

import type { Answer, FormField } from '../../hooks/rules/dataCalls/form'
import { formatViNumber, parseViNumber } from '../fields/viNumber'
import { detectFileType } from '../lib/fileType'
import {
  COLUMNS,
  FIRST_FIELD_ROW,
  formatViDate,
  formVersionOf,
  ID_ROW,
  TEMPLATE_MARKER,
} from './xlsxTemplate'

// R7.5: an agency's filled template read back into answers. Every problem names the row, the
// field's label and what is wrong, in both languages, so the official fixes the file at once.
// Pure given the file's bytes and the expected call, agency, response and form.

export type Bilingual = { vi: string; en: string }

export type UploadProblem = {
  /** The sheet row the problem is on; absent for a problem of the whole file. */
  row?: number
  /** The field's label (as in the template). */
  field?: string
  /** The whole line as the official reads it: `Dòng 9, "Số hồ sơ": phải là số nguyên.` */
  message: Bilingual
}

export type ExpectedWorkbook = {
  callId: number | string
  agencyId: number | string
  responseId: number | string
  fields: readonly FormField[]
  /** The largest accepted file, in bytes (the media collection's limit). */
  maxBytes: number
}

export type ParsedWorkbook = { answers: Answer[]; problems: UploadProblem[] }

const fileProblem = (vi: string, en: string): ParsedWorkbook => ({
  answers: [],
  problems: [{ message: { vi, en } }],
})

const lineProblem = (row: number, label: string, what: Bilingual): UploadProblem => ({
  row,
  field: label,
  message: {
    vi: `Dòng ${row}, "${label}": ${what.vi}`,
    en: `Row ${row}, "${label}": ${what.en}`,
  },
})

type CellRead = { ok: true; value: ExcelJS.CellValue } | { ok: false; what: Bilingual }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !(value instanceof Date)

/** The value a cell holds, with a formula replaced by its computed result. */
const readCell = (value: ExcelJS.CellValue): CellRead => {
  if (!isObject(value)) return { ok: true, value }
  if ('error' in value) {
    return {
      ok: false,
      what: {
        vi: `ô có lỗi ${String(value.error)}.`,
        en: `the cell has an error ${String(value.error)}.`,
      },
    }
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result
    if (isObject(result) && 'error' in result) {
      return {
        ok: false,
        what: {
          vi: `công thức bị lỗi ${String(result.error)}; hãy sửa công thức hoặc nhập giá trị.`,
          en: `the formula gives the error ${String(result.error)}; fix it or type the value.`,
        },
      }
    }
    if (result === undefined) {
      return {
        ok: false,
        what: {
          vi: 'công thức chưa được tính; hãy mở tệp bằng Excel, lưu lại hoặc nhập giá trị.',
          en: 'the formula has no computed value; save the file in Excel or type the value.',
        },
      }
    }
    return readCell(result as ExcelJS.CellValue)
  }
  if ('richText' in value && Array.isArray(value.richText)) {
    return { ok: true, value: value.richText.map((run: { text: string }) => run.text).join('') }
  }
  if ('text' in value) return { ok: true, value: String(value.text) }
  return { ok: true, value: null }
}

const isEmpty = (value: ExcelJS.CellValue) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

const NOT_A_NUMBER: Bilingual = { vi: 'phải là số.', en: 'must be a number.' }
const NOT_WHOLE: Bilingual = { vi: 'phải là số nguyên.', en: 'must be a whole number.' }
const NOT_A_DATE: Bilingual = {
  vi: 'phải là ngày dạng dd/mm/yyyy, ví dụ 15/12/2026.',
  en: 'must be a date as dd/mm/yyyy, e.g. 15/12/2026.',
}
const MISSING: Bilingual = { vi: 'chưa nhập (bắt buộc).', en: 'is required.' }

type Read<T> = { ok: true; value: T } | { ok: false; what: Bilingual }

const readNumber = (value: ExcelJS.CellValue, field: FormField): Read<number> => {
  const whole = Boolean(field.wholeNumber)
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
      return { ok: false, what: NOT_A_NUMBER }
    }
    return whole && !Number.isInteger(value) ? { ok: false, what: NOT_WHOLE } : { ok: true, value }
  }
  if (typeof value !== 'string') return { ok: false, what: NOT_A_NUMBER }
  const parsed = parseViNumber(value, { integer: whole })
  if (!parsed.ok) {
    const what = whole && /^\s*-?[\d.]+,\d+\s*$/.test(value) ? NOT_WHOLE : NOT_A_NUMBER
    return {
      ok: false,
      what: { vi: `${what.vi} ${parsed.message.vi}`, en: `${what.en} ${parsed.message.en}` },
    }
  }
  return parsed.value === null
    ? { ok: false, what: NOT_A_NUMBER }
    : { ok: true, value: parsed.value }
}

/** The stored value of a day: noon in Vietnam, the same calendar day in UTC and in Vietnam. */
export const dayToStored = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, day, 5))
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null
  }
  if (year < 1900 || year > 2100) return null
  return date.toISOString()
}

const readDate = (value: ExcelJS.CellValue): Read<string> => {
  if (value instanceof Date) {
    // Excel stores a wall date; exceljs gives it as that date at 00:00 UTC.
    const stored = dayToStored(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())
    return stored ? { ok: true, value: stored } : { ok: false, what: NOT_A_DATE }
  }
  const match =
    typeof value === 'string' ? /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(value) : null
  if (!match) return { ok: false, what: NOT_A_DATE }
  const stored = dayToStored(Number(match[3]), Number(match[2]), Number(match[1]))
  return stored ? { ok: true, value: stored } : { ok: false, what: NOT_A_DATE }
}

const readChoice = (value: ExcelJS.CellValue, field: FormField): Read<string> => {
  const text = String(value).normalize('NFC').trim()
  const choice = (field.choices ?? []).find(
    (candidate) => candidate.normalize('NFC').trim() === text,
  )
  if (choice !== undefined) return { ok: true, value: choice }
  const list = (field.choices ?? []).join('; ')
  return {
    ok: false,
    what: { vi: `phải là một trong: ${list}.`, en: `must be one of: ${list}.` },
  }
}

const MAX_TEXT = 5000

const readText = (value: ExcelJS.CellValue): Read<string> => {
  if (value instanceof Date)
    return { ok: true, value: formatViDate(value.toISOString().slice(0, 10)) }
  const text = typeof value === 'number' ? formatViNumber(value) : String(value).trim()
  if (text.length > MAX_TEXT) {
    return {
      ok: false,
      what: { vi: `dài quá ${MAX_TEXT} ký tự.`, en: `is longer than ${MAX_TEXT} characters.` },
    }
  }
  return { ok: true, value: text }
}

/** One field's cell as its answer, or what is wrong with it. */
const answerOf = (field: FormField, raw: ExcelJS.CellValue): Read<Answer | null> => {
  const cell = readCell(raw)
  if (!cell.ok) return cell
  if (isEmpty(cell.value))
    return field.required ? { ok: false, what: MISSING } : { ok: true, value: null }
  if (typeof cell.value === 'boolean') return { ok: false, what: NOT_A_NUMBER }
  const key = field.key
  if (field.kind === 'number') {
    const read = readNumber(cell.value, field)
    return read.ok ? { ok: true, value: { key, number: read.value } } : read
  }
  if (field.kind === 'date') {
    const read = readDate(cell.value)
    return read.ok ? { ok: true, value: { key, date: read.value } } : read
  }
  const read = field.kind === 'choice' ? readChoice(cell.value, field) : readText(cell.value)
  return read.ok ? { ok: true, value: { key, text: read.value } } : read
}

const textOf = (value: ExcelJS.CellValue): string => {
  const cell = readCell(value)
  return cell.ok && cell.value !== null && cell.value !== undefined ? String(cell.value).trim() : ''
}

const loadWorkbook = async (buffer: Buffer): Promise<ExcelJS.Workbook | null> => {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
    return workbook
  } catch {
    return null
  }
}

/** R7.5: the answers a filled template gives, and every problem found in it. */
export const parseDataCallWorkbook = async (
  buffer: Buffer,
  expected: ExpectedWorkbook,
): Promise<ParsedWorkbook> => {
  if (buffer.length > expected.maxBytes) {
    const mb = Math.floor(expected.maxBytes / 1024 / 1024)
    return fileProblem(`Tệp quá lớn: tối đa ${mb} MB.`, `File too large: at most ${mb} MB.`)
  }
  if (detectFileType(buffer)?.ext !== 'xlsx') {
    return fileProblem(
      'Tệp tải lên không phải tệp Excel (.xlsx). Hãy tải mẫu Excel, điền số liệu và tải lên lại.',
      'The file is not an Excel workbook (.xlsx). Download the template, fill it and upload it.',
    )
  }
  const workbook = await loadWorkbook(buffer)
  if (!workbook) {
    return fileProblem(
      'Tệp Excel bị hỏng hoặc không đọc được. Hãy lưu lại tệp bằng Excel rồi tải lên lại.',
      'The Excel file is damaged or unreadable. Save it again in Excel and upload it.',
    )
  }
  const sheet = workbook.worksheets.find(
    (candidate) => textOf(candidate.getRow(ID_ROW).getCell(1).value) === TEMPLATE_MARKER,
  )
  if (!sheet) {
    return fileProblem(
      'Tệp không phải mẫu Excel của hệ thống: hãy dùng nút "Tải mẫu Excel" để lấy mẫu.',
      'The file is not a template of this system: use "Download the Excel template".',
    )
  }
  const id = sheet.getRow(ID_ROW)
  const [callId, agencyId, responseId, version] = [2, 3, 4, 5].map((column) =>
    textOf(id.getCell(column).value),
  )
  if (callId !== String(expected.callId)) {
    return fileProblem(
      'Tệp là mẫu của một đề nghị báo cáo khác, không phải đề nghị này.',
      'The file is the template of another data call.',
    )
  }
  if (agencyId !== String(expected.agencyId) || responseId !== String(expected.responseId)) {
    return fileProblem(
      'Tệp là mẫu của cơ quan, đơn vị khác: hãy tải mẫu của cơ quan mình.',
      "The file is another agency's template: download your agency's own.",
    )
  }
  if (version !== formVersionOf(expected.fields)) {
    return fileProblem(
      'Mẫu Excel đã cũ: nội dung đề nghị đã thay đổi sau khi tải mẫu. Hãy tải mẫu mới và nhập lại số liệu.',
      'The template is out of date: the call changed after it was downloaded. Download a new one.',
    )
  }
  // Rows are found by the hidden key, not by position.
  const rowOfKey = new Map<string, number>()
  sheet.eachRow((row) => {
    if (row.number < FIRST_FIELD_ROW) return
    const key = textOf(row.getCell(COLUMNS.key).value)
    if (key && !rowOfKey.has(key)) rowOfKey.set(key, row.number)
  })
  const answers: Answer[] = []
  const problems: UploadProblem[] = []
  expected.fields.forEach((field, index) => {
    // File fields are answered online, never in the workbook.
    if (field.kind === 'file') return
    const rowNumber = rowOfKey.get(field.key) ?? FIRST_FIELD_ROW + index
    const read = answerOf(field, sheet.getRow(rowNumber).getCell(COLUMNS.value).value)
    if (!read.ok) problems.push(lineProblem(rowNumber, field.label, read.what))
    else if (read.value) answers.push(read.value)
  })
  return { answers, problems }
}

/** An answer as the official reads it: 1.234,5 · 15/12/2026 · the text as typed. */
export const displayAnswer = (field: FormField, answer: Answer | undefined): string => {
  if (!answer) return ''
  if (field.kind === 'number') {
    return typeof answer.number === 'number' ? formatViNumber(answer.number) : ''
  }
  if (field.kind === 'date') return answer.date ? formatViDate(answer.date) : ''
  return answer.text ?? ''
}
