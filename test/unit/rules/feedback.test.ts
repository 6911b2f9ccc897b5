import { describe, expect, it } from 'vitest'

import {
  CHARTER_DEFAULTS,
  settingsOn,
  type CharterNumbers,
} from '../../../hooks/rules/charterSettings'
import { amendedEdition, daysOpen, feedbackTransitionAllowed } from '../../../hooks/rules/feedback'
import { expectBreach } from './expectBreach'

const TODAY = '2025-03-10'
const adopted: CharterNumbers = { effectiveFrom: '2022-07-01', ...CHARTER_DEFAULTS }
const R143 = {
  rule: 'R14.3',
  vi: 'Vi phạm Điều 14 khoản 3:',
  en: 'Breach of Article 14(3):',
}

describe('feedbackTransitionAllowed (R14.3)', () => {
  it.each([
    ['received', 'under-review'],
    ['received', 'answered'],
    ['received', 'forwarded-as-amendment'],
    ['under-review', 'answered'],
    ['under-review', 'forwarded-as-amendment'],
    ['under-review', 'under-review'],
  ] as const)('allows %s → %s (R14.3)', (from, to) => {
    expect(feedbackTransitionAllowed(from, to)).toBe(true)
  })

  it.each([
    ['under-review', 'received'],
    ['answered', 'under-review'],
    ['answered', 'answered'],
    ['forwarded-as-amendment', 'answered'],
    ['forwarded-as-amendment', 'received'],
  ] as const)('refuses %s → %s (R14.3)', (from, to) => {
    expect(feedbackTransitionAllowed(from, to)).toBe(false)
  })
})

describe('daysOpen (R6.1)', () => {
  it('counts the days until today while open', () => {
    expect(daysOpen('2025-03-01', null, TODAY)).toBe(9)
  })

  it('stops counting on the day of the answer', () => {
    expect(daysOpen('2025-03-01', '2025-03-04', TODAY)).toBe(3)
  })

  it('counts 0 on the day received', () => {
    expect(daysOpen(TODAY, null, TODAY)).toBe(0)
  })
})

describe('amendedEdition (R14.3)', () => {
  const amendment = {
    effectiveFrom: '2025-04-01',
    basis: '25/QĐ-TCT',
    changes: { reportBeforeDay: 20 },
  }

  it('adds the edition in force on its date with the changes applied (R14.3)', () => {
    const result = amendedEdition([adopted], amendment, TODAY)
    expect(result).toEqual({
      ok: true,
      edition: { ...CHARTER_DEFAULTS, reportBeforeDay: 20, effectiveFrom: '2025-04-01' },
    })
  })

  it('applies the new edition from its effective date and the old one until the day before (R14.3)', () => {
    const result = amendedEdition([adopted], amendment, TODAY)
    const editions = [adopted, (result as { edition: CharterNumbers }).edition]
    expect(settingsOn(editions, '2025-03-31')?.reportBeforeDay).toBe(18)
    expect(settingsOn(editions, '2025-04-01')?.reportBeforeDay).toBe(20)
  })

  it('refuses a retroactive amendment (R14.3)', () => {
    expectBreach(amendedEdition([adopted], { ...amendment, effectiveFrom: '2025-03-09' }, TODAY), {
      ...R143,
      path: 'effectiveFrom',
    })
  })

  it('refuses an amendment taking effect before the latest edition (R14.3)', () => {
    const later = { ...adopted, effectiveFrom: '2025-06-01' }
    expectBreach(amendedEdition([adopted, later], amendment, TODAY), {
      ...R143,
      path: 'effectiveFrom',
    })
  })

  it('refuses an amendment that changes nothing (R14.3)', () => {
    expectBreach(amendedEdition([adopted], { ...amendment, changes: {} }, TODAY), {
      ...R143,
      path: 'changes',
    })
  })

  it('refuses a setting the charter does not have (R14.3)', () => {
    const changes = { quorum: 3 } as unknown as typeof amendment.changes
    expectBreach(amendedEdition([adopted], { ...amendment, changes }, TODAY), {
      ...R143,
      path: 'changes.quorum',
    })
  })

  it("refuses an amendment without the Head's decision as its basis (R14.3)", () => {
    expectBreach(amendedEdition([adopted], { ...amendment, basis: '  ' }, TODAY), {
      ...R143,
      path: 'basis',
    })
  })
})
