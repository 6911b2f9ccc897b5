import { parseViNumber } from '../fields/viNumber'
import { isDateKey, type DateKey } from '../lib/clock'
import type { ColumnOption, ImportColumn } from './lists'

// Reading one cell of an imported sheet, as an official fills it: numbers typed the Vietnamese way
// ("1.234,5") or entered as numbers, dates as Excel dates or typed dd/MM/yyyy, select columns by
// their Vietnamese label (accents and case aside) or their code, "Có"/"Không". Pure: every
// problem is a Vietnamese sentence the preview puts after "Dòng 5, cột "…": ".

export type CellResult = { ok: true; value: unknown } | { ok: false; message: string }

const ok = (value: unknown): CellResult => ({ ok: true, value })
const bad = (message: string): CellResult => ({ ok: false, message })

/** Folds accents, đ and case, for comparing a typed label with the allowed ones. */
export const foldText = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

type RichText = { richText: { text: string }[] }
type Formula = { result?: unknown }
type Hyperlink = { text?: unknown; hyperlink?: string }

/** The plain value of an exceljs cell: rich text joined, a formula's result, a link's text. */
export const plainCellValue = (raw: unknown): unknown => {
  if (raw === null || raw === undefined) return null
  if (raw instanceof Date || typeof raw !== 'object') return raw
  if ('richText' in raw) return (raw as RichText).richText.map((part) => part.text).join('')
  if ('result' in raw) return plainCellValue((raw as Formula).result)
  if ('text' in raw) return plainCellValue((raw as Hyperlink).text)
  if ('error' in raw) return null
  return null
}

/** Whether a cell holds nothing (empty, or only spaces). */
export const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/
// Excel's day 0 is 30/12/1899 (its serial numbers count from there, 1900 leap-year bug included).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)

const pad = (n: number) => String(n).padStart(2, '0')

/** A typed dd/MM/yyyy, an Excel date (a Date at the wall day in UTC) or serial number, as a day key. */
export const readDay = (value: unknown): DateKey | null => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
  }
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 2958466) {
    return readDay(new Date(EXCEL_EPOCH_MS + value * 86_400_000))
  }
  if (typeof value !== 'string') return null
  const match = DAY.exec(value.trim())
  if (!match) return null
  const key = `${match[3]}-${pad(Number(match[2]))}-${pad(Number(match[1]))}`
  return isDateKey(key) ? key : null
}

/** A number entered as such, or typed the Vietnamese way ("1.234,5"). */
export const readNumber = (value: unknown, integer: boolean): CellResult => {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return bad('không phải là số.')
    if (integer && !Number.isInteger(value)) return bad('chỉ nhập số nguyên.')
    return ok(value)
  }
  const parsed = parseViNumber(String(value), { integer, negative: false })
  return parsed.ok ? ok(parsed.value) : bad(lowerFirst(parsed.message.vi))
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/** The option a typed label or code names (accents and case aside), or null. */
export const findOption = (
  options: readonly ColumnOption[],
  typed: string,
): ColumnOption | null => {
  const folded = foldText(typed)
  return (
    options.find((option) => foldText(option.label.vi) === folded) ??
    options.find((option) => foldText(option.value) === folded) ??
    null
  )
}

const allowed = (options: readonly ColumnOption[]) =>
  options.map((option) => `“${option.label.vi}”`).join(', ')

const YES = new Set(['co', 'x', 'yes', 'true', '1'])
const NO = new Set(['khong', 'no', 'false', '0'])

/** Reads a non-blank cell by the column's type. */
export const readCell = (column: ImportColumn, raw: unknown): CellResult => {
  const value = plainCellValue(raw)
  const text = value instanceof Date ? '' : String(value ?? '').trim()
  switch (column.type) {
    case 'number':
    case 'integer':
      return readNumber(value, column.type === 'integer')
    case 'date': {
      const day = readDay(value)
      return day
        ? ok(day)
        : bad('ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2025.')
    }
    case 'email':
      return EMAIL.test(text)
        ? ok(text.toLowerCase())
        : bad(`“${text}” không phải là địa chỉ email hợp lệ.`)
    case 'yesNo': {
      const folded = foldText(text)
      if (YES.has(folded)) return ok(true)
      if (NO.has(folded)) return ok(false)
      return bad('chỉ ghi “Có” hoặc “Không”.')
    }
    case 'select': {
      const option = findOption(column.options ?? [], text)
      return option
        ? ok(option.value)
        : bad(
            `“${text}” không có trong danh mục; chọn một trong: ${allowed(column.options ?? [])}.`,
          )
    }
    case 'multi': {
      const parts = text
        .split(/[;,\n]/)
        .map((part) => part.trim())
        .filter(Boolean)
      const values: string[] = []
      for (const part of parts) {
        const option = findOption(column.options ?? [], part)
        if (!option)
          return bad(
            `“${part}” không có trong danh mục; chọn trong: ${allowed(column.options ?? [])}.`,
          )
        if (!values.includes(option.value)) values.push(option.value)
      }
      return ok(values)
    }
    default:
      if (column.maxLength && text.length > column.maxLength) {
        return bad(`dài quá ${column.maxLength} ký tự.`)
      }
      return ok(text)
  }
}
