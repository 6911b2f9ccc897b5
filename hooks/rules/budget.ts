import { formatDayKey } from './terms'
import { breach, clause, OK, type Bilingual, type Verdict } from './verdict'

// R13.1 / R13.2: the groups' funds come from the state budget; the provincial police keep the
// books, and spending follows the State Budget Law (Luật Ngân sách nhà nước): every expense
// belongs to an approved budget line of its fiscal year (the calendar year) and never exceeds
// what is left on it. Amounts are whole đồng.

/** Fiscal years a budget line may be for: from the start of Đề án 06. */
export const FISCAL_YEARS = { min: 2022, max: 2100 } as const

/** The largest amount accepted (10^15 đồng): sums stay exact in a JavaScript number. */
export const MAX_AMOUNT = 1_000_000_000_000_000

export const BUDGET_CATEGORIES = [
  'equipment',
  'software-data',
  'training',
  'communication',
  'inspection',
  'meetings',
  'other',
] as const
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number]

// Headings as the province's cost estimates (dự toán) word them.
export const CATEGORY_LABELS: Record<BudgetCategory, Bilingual> = {
  equipment: { vi: 'Mua sắm trang thiết bị', en: 'Equipment' },
  'software-data': { vi: 'Phần mềm, cơ sở dữ liệu', en: 'Software and data' },
  training: { vi: 'Đào tạo, tập huấn', en: 'Training' },
  communication: { vi: 'Thông tin, tuyên truyền', en: 'Communication and outreach' },
  inspection: { vi: 'Kiểm tra, đôn đốc', en: 'Inspection' },
  meetings: { vi: 'Hội nghị, hội thảo, họp', en: 'Meetings and conferences' },
  other: { vi: 'Chi khác', en: 'Other' },
}

export const LINE_STATUSES = ['open', 'closed'] as const
export type LineStatus = (typeof LINE_STATUSES)[number]

export const LINE_STATUS_LABELS: Record<LineStatus, Bilingual> = {
  open: { vi: 'Đang thực hiện', en: 'Open' },
  closed: { vi: 'Đã khóa sổ', en: 'Closed' },
}

const r131 = clause(13, 1)
const r132 = clause(13, 2)

const vnd = (amount: number, language: 'vi' | 'en') =>
  `${new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-US').format(amount)} đồng`

const money = (amount: number): Bilingual => ({ vi: vnd(amount, 'vi'), en: vnd(amount, 'en') })

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

/** The head of a line's ledger: the last entry's sequence number and the running total after it. */
export type LedgerHead = { sequence: number; spentAfter: number }

/** The entry that follows `head`: the next sequence number and the new running total. */
export const nextLedgerEntry = (head: LedgerHead | null, amount: number): LedgerHead => ({
  sequence: (head?.sequence ?? 0) + 1,
  spentAfter: (head?.spentAfter ?? 0) + amount,
})

/** What `checkExpenditure` needs to know about the expenditure a reversing entry corrects. */
export type ReversedEntry = {
  sameLine: boolean
  amount: number
  day: string
  /** What earlier reversing entries already took back from it (a negative number or 0). */
  reversedSoFar: number
}

/**
 * R13.2 (State Budget Law, Art. 64–65): the settlement period (chỉnh lý quyết toán) after a fiscal
 * year, during which an expense may still be charged to that year's lines: by default until 31/01
 * of the next year; the budget settings may set another month and day.
 */
export type SettlementPeriod = { month: number; day: number }
export const DEFAULT_SETTLEMENT: SettlementPeriod = { month: 1, day: 31 }

/** The settings' period, or the default when unset or not a real day of a month. */
export const settlementPeriodOf = (
  stored:
    | {
        settlementMonth?: number | null
        settlementDay?: number | null
      }
    | null
    | undefined,
): SettlementPeriod => {
  const month = stored?.settlementMonth
  const day = stored?.settlementDay
  const valid =
    Number.isInteger(month) && Number.isInteger(day) && month! >= 1 && month! <= 12 && day! >= 1
  return valid ? { month: month!, day: Math.min(day!, 31) } : DEFAULT_SETTLEMENT
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/** R13.2: the last day (YYYY-MM-DD) an expense may be charged to `fiscalYear`'s lines. */
export const settlementEndOf = (fiscalYear: number, period: SettlementPeriod): string => {
  const next = fiscalYear + 1
  const lastOfMonth = new Date(Date.UTC(next, period.month, 0)).getUTCDate()
  return `${next}-${pad2(period.month)}-${pad2(Math.min(period.day, lastOfMonth))}`
}

const formatKey = (key: string) => `${key.slice(8, 10)}/${key.slice(5, 7)}/${key.slice(0, 4)}`

export type ExpenditureDraft = {
  amount: unknown
  /** The Vietnam calendar day of the expense, or null. */
  day: string | null
  /** R13.2: the settlement period after the line's year (default until 31/01 of the next year). */
  settlement?: SettlementPeriod
  /** The budget line, or null when the reference names no line. */
  line: { fiscalYear: number; allocatedAmount: number } | null
  closedYears: readonly number[]
  /** The line's ledger head before this entry (null: no entry yet). */
  head: LedgerHead | null
  /** Whether the entry names an expenditure it reverses. */
  referencesEntry: boolean
  /** That expenditure, or null when the reference names none. */
  reversed: ReversedEntry | null
}

const reversalChecks = (draft: ExpenditureDraft, amount: number): Verdict => {
  const fail = (message: Bilingual) => breach('R13.2', r132, message, 'reverses')
  if (amount > 0) {
    return draft.referencesEntry
      ? fail({
          vi: 'chỉ bút toán ghi âm (số tiền âm) mới tham chiếu khoản chi được điều chỉnh.',
          en: 'only a reversing (negative) entry references the expenditure it corrects.',
        })
      : OK
  }
  if (!draft.referencesEntry) {
    return fail({
      vi: 'số tiền âm là bút toán điều chỉnh: phải chọn khoản chi được điều chỉnh.',
      en: 'a negative amount is a reversing entry: choose the expenditure it corrects.',
    })
  }
  const reversed = draft.reversed
  if (!reversed || !reversed.sameLine) {
    return fail({
      vi: 'khoản chi được điều chỉnh không tồn tại trên dòng dự toán này.',
      en: 'the expenditure to correct does not exist on this budget line.',
    })
  }
  if (reversed.amount <= 0) {
    return fail({
      vi: 'không điều chỉnh một bút toán điều chỉnh; hãy tham chiếu khoản chi gốc.',
      en: 'a reversing entry cannot itself be reversed; reference the original expenditure.',
    })
  }
  if (draft.day && draft.day < reversed.day) {
    return breach(
      'R13.2',
      r132,
      {
        vi: `bút toán điều chỉnh không được lập trước ngày của khoản chi gốc (${formatDayKey(reversed.day)}).`,
        en: `a reversing entry cannot be dated before the expenditure it corrects (${formatDayKey(reversed.day)}).`,
      },
      'date',
    )
  }
  const left = reversed.amount + reversed.reversedSoFar
  if (-amount > left) {
    const most = money(left)
    return breach(
      'R13.2',
      r132,
      {
        vi: `bút toán điều chỉnh vượt số còn có thể điều chỉnh của khoản chi gốc: tối đa ${most.vi}.`,
        en: `the reversing entry exceeds what is left of the expenditure it corrects: at most ${most.en}.`,
      },
      'amount',
    )
  }
  return OK
}

/**
 * R13.2: an expense belongs to an approved line of an open fiscal year, is dated within that
 * year (Vietnam calendar), is a whole number of đồng, and does not exceed what is left on the
 * line after every earlier entry of its ledger. A negative amount is a reversing entry: it
 * references an original expenditure of the same line and takes back at most what is left of it.
 */
export const checkExpenditure = (draft: ExpenditureDraft): Verdict => {
  const line = draft.line
  if (!line) {
    return breach(
      'R13.2',
      r132,
      {
        vi: 'mỗi khoản chi phải thuộc một dòng dự toán đã được giao; dòng dự toán này không tồn tại.',
        en: 'every expense belongs to an approved budget line; this budget line does not exist.',
      },
      'line',
    )
  }
  const open = checkYearOpen(line.fiscalYear, draft.closedYears, 'line')
  if (!open.ok) return open
  const amountVerdict = checkAmount(draft.amount, 'expenditure', 'amount')
  if (!amountVerdict.ok) return amountVerdict
  const amount = draft.amount as number
  // R13.2: within the line's fiscal year, or in the settlement period after it.
  const settlementEnd = settlementEndOf(line.fiscalYear, draft.settlement ?? DEFAULT_SETTLEMENT)
  if (!draft.day || draft.day < `${line.fiscalYear}-01-01` || draft.day > settlementEnd) {
    const end = formatKey(settlementEnd)
    return breach(
      'R13.2',
      r132,
      {
        vi: `ngày chi phải thuộc năm ngân sách ${line.fiscalYear} của dòng dự toán (01/01–31/12/${line.fiscalYear}) hoặc thời gian chỉnh lý quyết toán (đến ${end}).`,
        en: `the expense must be dated within the line's fiscal year ${line.fiscalYear} (1 Jan–31 Dec ${line.fiscalYear}) or its settlement period (until ${end}).`,
      },
      'date',
    )
  }
  const reversal = reversalChecks(draft, amount)
  if (!reversal.ok) return reversal
  const spent = draft.head?.spentAfter ?? 0
  const remaining = line.allocatedAmount - spent
  if (amount > remaining) {
    const left = money(remaining)
    const asked = money(amount)
    return breach(
      'R13.2',
      r132,
      {
        vi: `Vượt dự toán còn lại: dòng dự toán chỉ còn ${left.vi}, khoản chi ${asked.vi}.`,
        en: `Exceeds the remaining allocation: the line has ${left.en} left, the expense is ${asked.en}.`,
      },
      'amount',
    )
  }
  return OK
}

/** A closed fiscal year as the budget settings list it. */
export type ClosedYear = { year?: unknown }

/**
 * R13.2: a fiscal year is closed (its books settled) only once it has ended, once, and for
 * good: a closed year never reopens. `currentYear` is the Vietnam calendar year of the change.
 */
export const checkClosedYears = (
  previous: readonly number[],
  next: readonly ClosedYear[],
  currentYear: number,
): Verdict => {
  const seen = new Set<number>()
  for (const [index, row] of next.entries()) {
    const path = `closedYears.${index}.year`
    const year = checkFiscalYear(row.year, path)
    if (!year.ok) return year
    const value = row.year as number
    if (seen.has(value)) {
      return breach(
        'R13.2',
        r132,
        { vi: `năm ${value} đã có trong danh sách.`, en: `${value} is already listed.` },
        path,
      )
    }
    seen.add(value)
    if (value >= currentYear && !previous.includes(value)) {
      return breach(
        'R13.2',
        r132,
        {
          vi: `chỉ khóa sổ năm ngân sách đã kết thúc (trước năm ${currentYear}).`,
          en: `only a fiscal year that has ended (before ${currentYear}) can be closed.`,
        },
        path,
      )
    }
  }
  const reopened = previous.find((year) => !seen.has(year))
  if (reopened !== undefined) {
    return breach(
      'R13.2',
      r132,
      {
        vi: `năm ngân sách ${reopened} đã khóa sổ, không được mở lại.`,
        en: `fiscal year ${reopened} is closed and cannot be reopened.`,
      },
      'closedYears',
    )
  }
  return OK
}

/** Spent, remaining and the share executed of a line or a total. */
export type Execution = { allocated: number; spent: number; remaining: number; rate: number }

export const execution = (allocated: number, spent: number): Execution => ({
  allocated,
  spent,
  remaining: allocated - spent,
  rate: allocated > 0 ? spent / allocated : 0,
})

/** The totals of several lines. */
export const totalExecution = (lines: readonly { allocated: number; spent: number }[]): Execution =>
  execution(
    lines.reduce((sum, line) => sum + line.allocated, 0),
    lines.reduce((sum, line) => sum + line.spent, 0),
  )
