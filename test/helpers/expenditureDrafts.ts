// Expenditure drafts for the budget rule tests (test/unit/rules/budget-*.test.ts).
import { type ExpenditureDraft } from '../../hooks/rules/budget'

export const R13_2 = {
  rule: 'R13.2',
  vi: 'Vi phạm Điều 13 khoản 2:',
  en: 'Breach of Article 13(2):',
}

export /** A valid expense: 30 million đồng on a 100 million line of 2025 that has spent 50 million. */
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

export /** A reversing entry of 2 million against a 10 million expenditure of 10/03/2025. */
const reversal = (overrides: Partial<ExpenditureDraft> = {}): ExpenditureDraft =>
  draft({
    amount: -2_000_000,
    referencesEntry: true,
    reversed: { sameLine: true, amount: 10_000_000, day: '2025-03-10', reversedSoFar: 0 },
    ...overrides,
  })
