// Numbers as Vietnamese users type and read them: a dot groups thousands, a comma starts the
// decimals ("60.000.000", "1.234,5"). Anything that can be read two ways ("12.5", "1,234.5",
// "1.23") is refused with a message saying how to type it, never guessed: a wrong guess would
// store 60 for sixty million. Pure: used by the admin inputs, the cells and the server checks.

export type Bilingual = { vi: string; en: string }

export type ViNumberRules = {
  /** Whole numbers only (đồng, counts, years): a decimal comma is refused. */
  integer?: boolean
  /** Negative numbers allowed (a reversing entry); otherwise "-3" is refused. */
  negative?: boolean
}

export type ViNumberResult = { ok: true; value: number | null } | { ok: false; message: Bilingual }

export const HOW_TO_TYPE: Bilingual = {
  vi: 'Nhập số theo kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy cho phần thập phân, ví dụ 1.234,5.',
  en: 'Type the number the Vietnamese way: a dot between thousands, a comma before the decimals, e.g. 1.234,5.',
}

const WHOLE_ONLY: Bilingual = {
  vi: 'Chỉ nhập số nguyên, không có phần thập phân sau dấu phẩy, ví dụ 1.234.',
  en: 'Whole numbers only, without decimals after a comma, e.g. 1.234.',
}

const NO_NEGATIVE: Bilingual = {
  vi: 'Không nhập số âm.',
  en: 'Negative numbers are not accepted.',
}

const TOO_LARGE: Bilingual = {
  vi: 'Số quá lớn hoặc quá nhiều chữ số thập phân: nhập tối đa 15 chữ số.',
  en: 'The number is too large or too precise: at most 15 digits.',
}

// Digits only ("1234"), or groups of three after a first group of one to three digits that does
// not start with 0 ("1.234", "60.000.000"); then optionally a comma and decimals.
const PLAIN = /^\d+$/
const GROUPED = /^[1-9]\d{0,2}(\.\d{3})+$/
const DECIMALS = /^\d+$/
// A trailing unit as shown in lists ("60.000.000 đ"), so a pasted figure reads back.
const UNIT = /\s*(đ|đồng|vnđ|vnd)$/i
const MAX_DIGITS = 15

/** Reads `text` typed the Vietnamese way; empty text is `null` (no value). */
export const parseViNumber = (text: string, rules: ViNumberRules = {}): ViNumberResult => {
  const trimmed = text.trim().replace(UNIT, '')
  if (trimmed === '') return { ok: true, value: null }
  const negative = /^[-−]/.test(trimmed)
  const unsigned = negative ? trimmed.slice(1) : trimmed
  const [whole, decimals, ...rest] = unsigned.split(',')
  if (rest.length > 0 || whole === undefined) return { ok: false, message: HOW_TO_TYPE }
  if (!PLAIN.test(whole) && !GROUPED.test(whole)) return { ok: false, message: HOW_TO_TYPE }
  if (decimals !== undefined && !DECIMALS.test(decimals)) {
    return { ok: false, message: HOW_TO_TYPE }
  }
  if (decimals !== undefined && rules.integer) return { ok: false, message: WHOLE_ONLY }
  const digits = whole.replace(/\./g, '')
  const magnitude = Number(decimals === undefined ? digits : `${digits}.${decimals}`)
  // Whole numbers up to 2^53 are exact; with decimals, 15 significant digits are.
  const exact =
    decimals === undefined
      ? Number.isSafeInteger(magnitude)
      : digits.replace(/^0+(?=\d)/, '').length + decimals.length <= MAX_DIGITS
  if (!exact) return { ok: false, message: TOO_LARGE }
  if (negative && magnitude !== 0 && rules.negative === false) {
    return { ok: false, message: NO_NEGATIVE }
  }
  return { ok: true, value: negative && magnitude !== 0 ? -magnitude : magnitude }
}

export type ViFormat = {
  /** Thousands dots (default); off for years and register numbers ("2026", not "2.026"). */
  grouping?: boolean
}

/** `value` as Vietnamese users read it: "60.000.000", "1.234,5", "12,5". */
export const formatViNumber = (value: number, format: ViFormat = {}): string =>
  new Intl.NumberFormat('vi-VN', {
    useGrouping: format.grouping !== false,
    // Whole numbers as they are; decimals to the precision a double holds (0.1 + 0.2 is "0,3").
    ...(Number.isInteger(value) ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 15 }),
  }).format(value)

/** An amount of money: "60.000.000 đ". */
export const formatVnd = (value: number): string => `${formatViNumber(value)} đ`

/** A field's value as lists and read-only inputs show it: money with "đ", years without dots. */
export const formatFieldValue = (
  value: number,
  field: { kind?: 'number' | 'money'; grouping?: boolean },
): string =>
  field.kind === 'money' ? formatVnd(value) : formatViNumber(value, { grouping: field.grouping })
