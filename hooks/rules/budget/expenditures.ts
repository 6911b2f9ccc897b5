import { formatDayKey } from '../terms'
import { breach, OK, type Bilingual, type Verdict } from '../verdict'
import { r132, money, formatKey } from './wording'
import { checkAmount, checkYearOpen } from './lines'
import { type SettlementPeriod, DEFAULT_SETTLEMENT, settlementEndOf } from './settlement'

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
