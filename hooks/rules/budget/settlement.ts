import { breach, OK, type Verdict } from '../verdict'
import { r132 } from './wording'
import { checkFiscalYear } from './lines'

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
