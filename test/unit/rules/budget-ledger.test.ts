import { describe, expect, it } from 'vitest'

import {
  checkClosedYears,
  checkExpenditure,
  settlementEndOf,
  settlementPeriodOf,
  expenditureIsImmutable,
  nextLedgerEntry,
} from '../../../hooks/rules/budget'
import { describeBreach, OK } from '../../../hooks/rules/verdict'
import { expectBreach } from './expectBreach'
import { R13_2, draft, reversal } from '../../helpers/expenditureDrafts'

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
