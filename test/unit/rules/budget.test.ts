import { describe, expect, it } from 'vitest'

import {
  BUDGET_CATEGORIES,
  CATEGORY_LABELS,
  checkAmount,
  checkClosedYears,
  checkExpenditure,
  settlementEndOf,
  settlementPeriodOf,
  checkFiscalYear,
  checkLineDelete,
  checkLineUpdate,
  checkRecorder,
  checkWholeNumberInput,
  checkYearOpen,
  execution,
  expenditureIsImmutable,
  MAX_AMOUNT,
  nextLedgerEntry,
  totalExecution,
  type ExpenditureDraft,
} from '../../../hooks/rules/budget'
import { describeBreach, OK } from '../../../hooks/rules/verdict'
import { expectBreach } from './expectBreach'

const R13_1 = {
  rule: 'R13.1',
  vi: 'Vi phạm Điều 13 khoản 1:',
  en: 'Breach of Article 13(1):',
}
const R13_2 = {
  rule: 'R13.2',
  vi: 'Vi phạm Điều 13 khoản 2:',
  en: 'Breach of Article 13(2):',
}

/** A valid expense: 30 million đồng on a 100 million line of 2025 that has spent 50 million. */
const draft = (overrides: Partial<ExpenditureDraft> = {}): ExpenditureDraft => ({
  amount: 30_000_000,
  day: '2025-06-15',
  line: { fiscalYear: 2025, allocatedAmount: 100_000_000 },
  closedYears: [2023],
  head: { sequence: 4, spentAfter: 50_000_000 },
  referencesEntry: false,
  reversed: null,
  ...overrides,
})

/** A reversing entry of 2 million against a 10 million expenditure of 10/03/2025. */
const reversal = (overrides: Partial<ExpenditureDraft> = {}): ExpenditureDraft =>
  draft({
    amount: -2_000_000,
    referencesEntry: true,
    reversed: { sameLine: true, amount: 10_000_000, day: '2025-03-10', reversedSoFar: 0 },
    ...overrides,
  })

describe('budget categories', () => {
  it('labels every category in both languages', () => {
    expect(Object.keys(CATEGORY_LABELS).sort()).toEqual([...BUDGET_CATEGORIES].sort())
  })
})

describe('checkRecorder (R13.1)', () => {
  it('accepts a finance officer of the provincial police (R13.1)', () => {
    expect(checkRecorder({ isFinance: true, agencyIsStandingBody: true })).toEqual(OK)
  })

  it('refuses a finance officer of another agency (R13.1)', () => {
    expectBreach(checkRecorder({ isFinance: true, agencyIsStandingBody: false }), R13_1)
  })

  it('refuses a police user without the finance role (R13.1)', () => {
    expectBreach(checkRecorder({ isFinance: false, agencyIsStandingBody: true }), R13_1)
  })
})

describe('checkFiscalYear (R13.2)', () => {
  it.each([2022, 2025, 2100])('accepts the fiscal year %i (R13.2)', (year) => {
    expect(checkFiscalYear(year)).toEqual(OK)
  })

  it.each([2021, 2101, 2025.5, '2025', null])('refuses %s as a fiscal year (R13.2)', (year) => {
    expectBreach(checkFiscalYear(year), { ...R13_2, path: 'fiscalYear' })
  })
})

describe('checkAmount (R13.2)', () => {
  it('accepts a positive whole-đồng allocation (R13.2)', () => {
    expect(checkAmount(250_000_000, 'allocation', 'allocatedAmount')).toEqual(OK)
  })

  it('accepts a negative whole-đồng expenditure, left to the reversal checks (R13.2)', () => {
    expect(checkAmount(-500_000, 'expenditure', 'amount')).toEqual(OK)
  })

  it('refuses a fractional amount, quoting it (R13.2)', () => {
    const verdict = checkAmount(1500.5, 'expenditure', 'amount')
    expectBreach(verdict, { ...R13_2, path: 'amount' })
    expect(describeBreach(verdict)).toMatch(/số nguyên đồng.*1500\.5/)
  })

  it('refuses a negative allocation (R13.2)', () => {
    expectBreach(checkAmount(-1, 'allocation', 'allocatedAmount'), {
      ...R13_2,
      path: 'allocatedAmount',
    })
  })

  it('refuses a zero allocation (R13.2)', () => {
    expectBreach(checkAmount(0, 'allocation', 'allocatedAmount'), {
      ...R13_2,
      path: 'allocatedAmount',
    })
  })

  it('refuses a zero expenditure (R13.2)', () => {
    expectBreach(checkAmount(0, 'expenditure', 'amount'), { ...R13_2, path: 'amount' })
  })

  it('refuses an amount above the maximum (R13.2)', () => {
    expectBreach(checkAmount(MAX_AMOUNT + 1, 'allocation', 'allocatedAmount'), {
      ...R13_2,
      path: 'allocatedAmount',
    })
  })

  it.each([null, undefined, '100', Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %s as an amount (R13.2)',
    (amount) => {
      expectBreach(checkAmount(amount, 'expenditure', 'amount'), { ...R13_2, path: 'amount' })
    },
  )
})

describe('checkWholeNumberInput (R13.2)', () => {
  it.each([150_000, '150000', ' -2000 ', undefined, null])('lets %s through (R13.2)', (raw) => {
    expect(checkWholeNumberInput(raw, 'amount')).toEqual(OK)
  })

  it.each(['1.000.000', '12abc', '1,5', '100 đồng', ''])(
    'refuses the text "%s" as a whole number (R13.2)',
    (raw) => {
      expectBreach(checkWholeNumberInput(raw, 'amount'), { ...R13_2, path: 'amount' })
    },
  )
})

describe('checkYearOpen (R13.2)', () => {
  it('accepts a year that is not closed (R13.2)', () => {
    expect(checkYearOpen(2025, [2023, 2024], 'line')).toEqual(OK)
  })

  it('refuses a closed year, naming it (R13.2)', () => {
    const verdict = checkYearOpen(2024, [2023, 2024], 'line')
    expectBreach(verdict, { ...R13_2, path: 'line' })
    expect(describeBreach(verdict)).toMatch(/năm ngân sách 2024 đã khóa sổ/)
  })
})

describe('checkLineUpdate (R13.2)', () => {
  const before = { fiscalYear: 2025, allocatedAmount: 100_000_000 }

  it('accepts an update that keeps the year and the amount (R13.2)', () => {
    expect(checkLineUpdate(before, { ...before })).toEqual(OK)
  })

  it('accepts an update that does not mention them (R13.2)', () => {
    expect(checkLineUpdate(before, {})).toEqual(OK)
  })

  it('refuses a change of the allocated amount (R13.2)', () => {
    expectBreach(checkLineUpdate(before, { allocatedAmount: 120_000_000 }), {
      ...R13_2,
      path: 'allocatedAmount',
    })
  })

  it('refuses a change of the fiscal year (R13.2)', () => {
    expectBreach(checkLineUpdate(before, { fiscalYear: 2026 }), { ...R13_2, path: 'fiscalYear' })
  })
})

describe('checkLineDelete (R13.2)', () => {
  it('accepts deleting a line without spending in an open year (R13.2)', () => {
    expect(checkLineDelete({ fiscalYear: 2025, entries: 0 }, [2023])).toEqual(OK)
  })

  it('refuses deleting a line that has spending (R13.2)', () => {
    expectBreach(checkLineDelete({ fiscalYear: 2025, entries: 3 }, []), { ...R13_2, path: 'id' })
  })

  it('refuses deleting a line of a closed year (R13.2)', () => {
    expectBreach(checkLineDelete({ fiscalYear: 2023, entries: 0 }, [2023]), {
      ...R13_2,
      path: 'id',
    })
  })
})

describe('expenditureIsImmutable (R13.2)', () => {
  it('explains that a correction is a reversing entry (R13.2)', () => {
    const verdict = expenditureIsImmutable()
    expectBreach(verdict, { ...R13_2, path: 'id' })
    expect(describeBreach(verdict)).toMatch(/bút toán ghi âm/)
  })
})

describe('nextLedgerEntry (R13.2)', () => {
  it('numbers the first entry of a line 1 with its own amount as the running total (R13.2)', () => {
    expect(nextLedgerEntry(null, 700)).toEqual({ sequence: 1, spentAfter: 700 })
  })

  it('follows the head of the ledger (R13.2)', () => {
    expect(nextLedgerEntry({ sequence: 4, spentAfter: 900 }, -200)).toEqual({
      sequence: 5,
      spentAfter: 700,
    })
  })
})

describe('checkExpenditure (R13.2)', () => {
  it('accepts an expense within the remaining allocation (R13.2)', () => {
    expect(checkExpenditure(draft())).toEqual(OK)
  })

  it('accepts an expense that spends exactly what is left (R13.2)', () => {
    expect(checkExpenditure(draft({ amount: 50_000_000 }))).toEqual(OK)
  })

  it('accepts the first expense of a line (R13.2)', () => {
    expect(checkExpenditure(draft({ amount: 100_000_000, head: null }))).toEqual(OK)
  })

  it('refuses an expense over the remaining allocation, saying what is left (R13.2)', () => {
    const verdict = checkExpenditure(draft({ amount: 50_000_001 }))
    expectBreach(verdict, { ...R13_2, path: 'amount' })
    expect(describeBreach(verdict)).toMatch(/Vượt dự toán còn lại: .*50\.000\.000 đồng/)
    expect(describeBreach(verdict, 'en')).toMatch(/Exceeds the remaining allocation/)
  })

  it('refuses an expense without a budget line (R13.2)', () => {
    expectBreach(checkExpenditure(draft({ line: null })), { ...R13_2, path: 'line' })
  })

  it('refuses an expense on a line of a closed year (R13.2)', () => {
    expectBreach(
      checkExpenditure(
        draft({ line: { fiscalYear: 2023, allocatedAmount: 1_000 }, day: '2023-05-05' }),
      ),
      { ...R13_2, path: 'line' },
    )
  })

  it('refuses a fractional expense (R13.2)', () => {
    expectBreach(checkExpenditure(draft({ amount: 10.25 })), { ...R13_2, path: 'amount' })
  })

  it('refuses an expense dated after the settlement period of its year (R13.2)', () => {
    expectBreach(checkExpenditure(draft({ day: '2026-02-01' })), { ...R13_2, path: 'date' })
  })

  it('charges an expense dated in the settlement period to the previous year, until 31/01 by default (R13.2)', () => {
    expect(checkExpenditure(draft({ day: '2026-01-31' }))).toEqual(OK)
  })

  it('follows the settings’ settlement period and names its end (R13.2)', () => {
    const settlement = settlementPeriodOf({ settlementMonth: 3, settlementDay: 31 })
    expect(checkExpenditure(draft({ day: '2026-03-31', settlement }))).toEqual(OK)
    const verdict = checkExpenditure(draft({ day: '2026-04-01', settlement }))
    expect(describeBreach(verdict, 'vi')).toBe(
      'Vi phạm Điều 13 khoản 2: ngày chi phải thuộc năm ngân sách 2025 của dòng dự toán (01/01–31/12/2025) hoặc thời gian chỉnh lý quyết toán (đến 31/03/2026).',
    )
  })

  it('ends the settlement period on the last day of a short month (R13.2)', () => {
    expect(settlementEndOf(2027, { month: 2, day: 30 })).toBe('2028-02-29')
    expect(settlementPeriodOf(null)).toEqual({ month: 1, day: 31 })
  })

  it('refuses an expense dated on the last day of the previous year (R13.2)', () => {
    expectBreach(checkExpenditure(draft({ day: '2024-12-31' })), { ...R13_2, path: 'date' })
  })

  it('accepts an expense on the last day of its fiscal year (R13.2)', () => {
    expect(checkExpenditure(draft({ day: '2025-12-31' }))).toEqual(OK)
  })

  it('refuses an expense without a date (R13.2)', () => {
    expectBreach(checkExpenditure(draft({ day: null })), { ...R13_2, path: 'date' })
  })

  it('refuses a positive expense that references another expenditure (R13.2)', () => {
    expectBreach(checkExpenditure(draft({ referencesEntry: true })), {
      ...R13_2,
      path: 'reverses',
    })
  })

  it('accepts a reversing entry within its original expenditure (R13.2)', () => {
    expect(checkExpenditure(reversal())).toEqual(OK)
  })

  it('accepts a reversing entry on a line already fully spent (R13.2)', () => {
    expect(checkExpenditure(reversal({ head: { sequence: 9, spentAfter: 100_000_000 } }))).toEqual(
      OK,
    )
  })

  it('accepts a reversing entry that takes back all that is left of the original (R13.2)', () => {
    expect(
      checkExpenditure(
        reversal({
          amount: -4_000_000,
          reversed: {
            sameLine: true,
            amount: 10_000_000,
            day: '2025-03-10',
            reversedSoFar: -6_000_000,
          },
        }),
      ),
    ).toEqual(OK)
  })

  it('refuses a negative amount that references no expenditure (R13.2)', () => {
    expectBreach(checkExpenditure(reversal({ referencesEntry: false, reversed: null })), {
      ...R13_2,
      path: 'reverses',
    })
  })

  it('refuses a reversing entry whose original does not exist (R13.2)', () => {
    expectBreach(checkExpenditure(reversal({ reversed: null })), { ...R13_2, path: 'reverses' })
  })

  it('refuses a reversing entry of an expenditure on another line (R13.2)', () => {
    expectBreach(
      checkExpenditure(
        reversal({
          reversed: { sameLine: false, amount: 10_000_000, day: '2025-03-10', reversedSoFar: 0 },
        }),
      ),
      { ...R13_2, path: 'reverses' },
    )
  })

  it('refuses reversing a reversing entry (R13.2)', () => {
    expectBreach(
      checkExpenditure(
        reversal({
          reversed: { sameLine: true, amount: -1_000_000, day: '2025-03-10', reversedSoFar: 0 },
        }),
      ),
      { ...R13_2, path: 'reverses' },
    )
  })

  it('refuses a reversing entry larger than its original (R13.2)', () => {
    expectBreach(checkExpenditure(reversal({ amount: -10_000_001 })), {
      ...R13_2,
      path: 'amount',
    })
  })

  it('refuses a reversing entry beyond what earlier reversals left of the original (R13.2)', () => {
    const verdict = checkExpenditure(
      reversal({
        amount: -4_000_001,
        reversed: {
          sameLine: true,
          amount: 10_000_000,
          day: '2025-03-10',
          reversedSoFar: -6_000_000,
        },
      }),
    )
    expectBreach(verdict, { ...R13_2, path: 'amount' })
    expect(describeBreach(verdict)).toMatch(/tối đa 4\.000\.000 đồng/)
  })

  it('refuses a reversing entry dated before its original (R13.2)', () => {
    expectBreach(checkExpenditure(reversal({ day: '2025-03-09' })), { ...R13_2, path: 'date' })
  })
})

describe('checkClosedYears (R13.2)', () => {
  it('accepts closing a year that has ended (R13.2)', () => {
    expect(checkClosedYears([2023], [{ year: 2023 }, { year: 2024 }], 2025)).toEqual(OK)
  })

  it('refuses closing the current year (R13.2)', () => {
    expectBreach(checkClosedYears([], [{ year: 2025 }], 2025), {
      ...R13_2,
      path: 'closedYears.0.year',
    })
  })

  it('refuses reopening a closed year (R13.2)', () => {
    expectBreach(checkClosedYears([2023, 2024], [{ year: 2024 }], 2025), {
      ...R13_2,
      path: 'closedYears',
    })
  })

  it('refuses listing a year twice (R13.2)', () => {
    expectBreach(checkClosedYears([], [{ year: 2023 }, { year: 2023 }], 2025), {
      ...R13_2,
      path: 'closedYears.1.year',
    })
  })

  it('refuses a year outside the fiscal years (R13.2)', () => {
    expectBreach(checkClosedYears([], [{ year: 2019 }], 2025), {
      ...R13_2,
      path: 'closedYears.0.year',
    })
  })
})

describe('execution', () => {
  it('computes remaining and the share executed of a line (R13.2)', () => {
    expect(execution(200, 50)).toEqual({ allocated: 200, spent: 50, remaining: 150, rate: 0.25 })
  })

  it('adds up lines (R13.2)', () => {
    expect(
      totalExecution([
        { allocated: 100, spent: 100 },
        { allocated: 300, spent: 0 },
      ]),
    ).toEqual({ allocated: 400, spent: 100, remaining: 300, rate: 0.25 })
  })

  it('gives a rate of 0 for no allocation', () => {
    expect(totalExecution([])).toEqual({ allocated: 0, spent: 0, remaining: 0, rate: 0 })
  })
})
