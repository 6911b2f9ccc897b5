import { breach, OK, type Bilingual, type Verdict } from '../verdict'
import { FISCAL_YEARS, MAX_AMOUNT } from './catalogue'
import { r131, r132, vnd } from './wording'

/** R13.1: who may record allocations and spending. */
export type Recorder = { isFinance: boolean; agencyIsStandingBody: boolean }

/** R13.1: only finance officers of the provincial police (the standing body) keep the books. */
export const checkRecorder = (recorder: Recorder): Verdict => {
  if (recorder.isFinance && recorder.agencyIsStandingBody) return OK
  return breach('R13.1', r131, {
    vi: 'chỉ cán bộ kế toán của Công an tỉnh (Cơ quan thường trực) ghi dự toán và chi tiêu.',
    en: 'only finance officers of the provincial police (the standing body) record allocations and spending.',
  })
}

export const isFiscalYear = (year: unknown): year is number =>
  typeof year === 'number' &&
  Number.isInteger(year) &&
  year >= FISCAL_YEARS.min &&
  year <= FISCAL_YEARS.max

/** R13.2: a fiscal year is a whole calendar year within the programme's span. */
export const checkFiscalYear = (year: unknown, path = 'fiscalYear'): Verdict =>
  isFiscalYear(year)
    ? OK
    : breach(
        'R13.2',
        r132,
        {
          vi: `năm ngân sách phải là một năm từ ${FISCAL_YEARS.min} đến ${FISCAL_YEARS.max}.`,
          en: `the fiscal year must be a year from ${FISCAL_YEARS.min} to ${FISCAL_YEARS.max}.`,
        },
        path,
      )

type AmountKind = 'allocation' | 'expenditure'

/**
 * R13.2: amounts are whole đồng. An allocation is positive; an expenditure is positive, or
 * negative when it is a reversing entry (checked by `checkExpenditure`).
 */
export const checkAmount = (amount: unknown, kind: AmountKind, path: string): Verdict => {
  const fail = (message: Bilingual) => breach('R13.2', r132, message, path)
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    return fail({
      vi: 'phải nhập số tiền (đồng).',
      en: 'enter the amount (in đồng).',
    })
  }
  if (!Number.isInteger(amount)) {
    return fail({
      vi: `số tiền phải là số nguyên đồng, không có phần lẻ (đã nhập ${amount}).`,
      en: `the amount must be a whole number of đồng, without fractions (got ${amount}).`,
    })
  }
  if (Math.abs(amount) > MAX_AMOUNT) {
    return fail({
      vi: `số tiền vượt mức tối đa ${vnd(MAX_AMOUNT, 'vi')}.`,
      en: `the amount exceeds the maximum of ${vnd(MAX_AMOUNT, 'en')}.`,
    })
  }
  if (kind === 'allocation' && amount <= 0) {
    return fail({
      vi: 'dự toán được giao phải lớn hơn 0 đồng.',
      en: 'an allocation must be more than 0 đồng.',
    })
  }
  if (amount === 0) {
    return fail({ vi: 'khoản chi phải khác 0 đồng.', en: 'an expenditure cannot be 0 đồng.' })
  }
  return OK
}

/**
 * R13.2: a number typed as text must be digits only. Payload reads text with parseFloat, which
 * would take "1.000.000" (Vietnamese thousands separators) as 1 and "12abc" as 12.
 */
export const checkWholeNumberInput = (raw: unknown, path: string): Verdict =>
  typeof raw !== 'string' || /^\s*-?\d+\s*$/.test(raw)
    ? OK
    : breach(
        'R13.2',
        r132,
        {
          vi: `"${raw}" không phải số nguyên: chỉ nhập chữ số, không dấu chấm, dấu phẩy hay đơn vị.`,
          en: `"${raw}" is not a whole number: digits only, without dots, commas or units.`,
        },
        path,
      )

/** R13.2: a closed fiscal year (its books settled) is read-only. */
export const checkYearOpen = (
  year: number,
  closedYears: readonly number[],
  path: string,
): Verdict =>
  closedYears.includes(year)
    ? breach(
        'R13.2',
        r132,
        {
          vi: `năm ngân sách ${year} đã khóa sổ: không được ghi, sửa hay xóa số liệu của năm này.`,
          en: `fiscal year ${year} is closed: its figures can no longer be recorded, changed or deleted.`,
        },
        path,
      )
    : OK

/** The budget line fields fixed at creation: the year and the amount of the allocation decision. */
export type LineTerms = { fiscalYear: number; allocatedAmount: number }

/**
 * R13.2: the fiscal year and the allocated amount of a line never change. Each allocation
 * decision is its own line (a supplementary allocation is a new line with its own decision), so
 * what spending was checked against stays true.
 */
export const checkLineUpdate = (before: LineTerms, after: Partial<LineTerms>): Verdict => {
  if (after.fiscalYear !== undefined && after.fiscalYear !== before.fiscalYear) {
    return breach(
      'R13.2',
      r132,
      {
        vi: 'không được đổi năm ngân sách của dòng dự toán đã giao.',
        en: 'the fiscal year of an allocated budget line cannot change.',
      },
      'fiscalYear',
    )
  }
  if (after.allocatedAmount !== undefined && after.allocatedAmount !== before.allocatedAmount) {
    return breach(
      'R13.2',
      r132,
      {
        vi: 'không được sửa số dự toán đã giao; dự toán bổ sung được ghi thành một dòng mới theo quyết định bổ sung.',
        en: 'an allocated amount cannot be edited; a supplementary allocation is a new line under its own decision.',
      },
      'allocatedAmount',
    )
  }
  return OK
}

/** R13.2: a line that has spending (or a closed year) is part of the books: it stays. */
export const checkLineDelete = (
  line: { fiscalYear: number; entries: number },
  closed: readonly number[],
): Verdict => {
  const open = checkYearOpen(line.fiscalYear, closed, 'id')
  if (!open.ok) return open
  if (line.entries === 0) return OK
  return breach(
    'R13.2',
    r132,
    {
      vi: `dòng dự toán đã có ${line.entries} khoản chi: không được xóa.`,
      en: `the budget line has ${line.entries} expenditure(s): it cannot be deleted.`,
    },
    'id',
  )
}

/** R13.2: recorded spending is history: corrections are reversing entries, never edits. */
export const expenditureIsImmutable = (): Verdict =>
  breach(
    'R13.2',
    r132,
    {
      vi: 'khoản chi đã ghi sổ không được sửa hoặc xóa; để điều chỉnh, hãy lập bút toán ghi âm tham chiếu khoản chi đó.',
      en: 'a recorded expenditure cannot be edited or deleted; to correct it, record a reversing (negative) entry that references it.',
    },
    'id',
  )
