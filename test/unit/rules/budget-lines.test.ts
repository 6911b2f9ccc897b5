import { describe, expect, it } from 'vitest'

import {
  BUDGET_CATEGORIES,
  CATEGORY_LABELS,
  checkAmount,
  checkFiscalYear,
  checkLineDelete,
  checkLineUpdate,
  checkRecorder,
  checkWholeNumberInput,
  checkYearOpen,
  execution,
  MAX_AMOUNT,
  totalExecution,
} from '../../../hooks/rules/budget'
import { describeBreach, OK } from '../../../hooks/rules/verdict'
import { expectBreach } from './expectBreach'
import { R13_2 } from '../../helpers/expenditureDrafts'

const R13_1 = {
  rule: 'R13.1',
  vi: 'Vi phạm Điều 13 khoản 1:',
  en: 'Breach of Article 13(1):',
}

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
