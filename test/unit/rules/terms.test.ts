import { describe, expect, it } from 'vitest'

import {
  formatDayKey,
  formatTerm,
  termContains,
  termCovers,
  termsOverlap,
} from '../../../hooks/rules/terms'

describe('termCovers', () => {
  const firstHalf = { from: '2024-01-01', to: '2024-06-30' }

  it('covers the first day of a term (inclusive start)', () => {
    expect(termCovers(firstHalf, '2024-01-01')).toBe(true)
  })

  it('covers the last day of a term (inclusive end)', () => {
    expect(termCovers(firstHalf, '2024-06-30')).toBe(true)
  })

  it('covers a day inside the term', () => {
    expect(termCovers(firstHalf, '2024-03-15')).toBe(true)
  })

  it('does not cover the day before the term starts', () => {
    expect(termCovers(firstHalf, '2023-12-31')).toBe(false)
  })

  it('does not cover the day after the term ends', () => {
    expect(termCovers(firstHalf, '2024-07-01')).toBe(false)
  })

  it('covers any later day when the end is null (open-ended)', () => {
    expect(termCovers({ from: '2024-01-01', to: null }, '2099-12-31')).toBe(true)
  })

  it('covers any later day when the end is omitted (open-ended)', () => {
    expect(termCovers({ from: '2024-01-01' }, '2030-05-05')).toBe(true)
  })

  it('does not cover a day before an open-ended term starts', () => {
    expect(termCovers({ from: '2024-01-01', to: null }, '2023-12-31')).toBe(false)
  })

  it('covers a one-day term on that day', () => {
    expect(termCovers({ from: '2024-02-29', to: '2024-02-29' }, '2024-02-29')).toBe(true)
  })
})

describe('termsOverlap', () => {
  it('finds no overlap between adjacent terms (one ends 2024-06-30, the next starts 2024-07-01)', () => {
    expect(
      termsOverlap({ from: '2024-01-01', to: '2024-06-30' }, { from: '2024-07-01', to: null }),
    ).toBe(false)
  })

  it('finds no overlap between adjacent terms given in the other order', () => {
    expect(
      termsOverlap({ from: '2024-07-01', to: null }, { from: '2024-01-01', to: '2024-06-30' }),
    ).toBe(false)
  })

  it('finds an overlap when terms share a single boundary day', () => {
    expect(
      termsOverlap({ from: '2024-01-01', to: '2024-07-01' }, { from: '2024-07-01', to: null }),
    ).toBe(true)
  })

  it('finds an overlap when one term lies inside the other', () => {
    expect(
      termsOverlap(
        { from: '2024-01-01', to: '2024-12-31' },
        { from: '2024-03-01', to: '2024-04-30' },
      ),
    ).toBe(true)
  })

  it('finds an overlap between two open-ended terms', () => {
    expect(termsOverlap({ from: '2020-01-01', to: null }, { from: '2030-01-01' })).toBe(true)
  })

  it('finds an overlap when a later closed term starts inside an open-ended one', () => {
    expect(
      termsOverlap({ from: '2020-01-01', to: null }, { from: '2025-01-01', to: '2025-12-31' }),
    ).toBe(true)
  })

  it('finds no overlap when a closed term ends before an open-ended one starts', () => {
    expect(
      termsOverlap({ from: '2025-01-01', to: null }, { from: '2020-01-01', to: '2024-12-31' }),
    ).toBe(false)
  })

  it('finds no overlap between terms years apart', () => {
    expect(
      termsOverlap(
        { from: '2020-01-01', to: '2020-12-31' },
        { from: '2023-01-01', to: '2023-12-31' },
      ),
    ).toBe(false)
  })
})

describe('termContains', () => {
  const year = { from: '2024-01-01', to: '2024-12-31' }

  it('contains a term with the same dates', () => {
    expect(termContains(year, { from: '2024-01-01', to: '2024-12-31' })).toBe(true)
  })

  it('contains a term strictly inside it', () => {
    expect(termContains(year, { from: '2024-03-01', to: '2024-03-31' })).toBe(true)
  })

  it('does not contain a term starting the day before', () => {
    expect(termContains(year, { from: '2023-12-31', to: '2024-03-31' })).toBe(false)
  })

  it('does not contain a term ending the day after', () => {
    expect(termContains(year, { from: '2024-03-01', to: '2025-01-01' })).toBe(false)
  })

  it('does not contain an open-ended term when its own end is fixed', () => {
    expect(termContains(year, { from: '2024-03-01', to: null })).toBe(false)
  })

  it('contains an open-ended term when it is open-ended too', () => {
    expect(termContains({ from: '2024-01-01', to: null }, { from: '2024-03-01', to: null })).toBe(
      true,
    )
  })

  it('contains a closed term when it is open-ended', () => {
    expect(
      termContains({ from: '2024-01-01', to: null }, { from: '2030-01-01', to: '2030-12-31' }),
    ).toBe(true)
  })

  it('does not contain a term that starts before it, even when it is open-ended', () => {
    expect(termContains({ from: '2024-01-01' }, { from: '2023-06-01', to: '2024-06-01' })).toBe(
      false,
    )
  })
})

describe('formatDayKey', () => {
  it('formats a day key as Vietnamese dd/mm/yyyy', () => {
    expect(formatDayKey('2024-07-01')).toBe('01/07/2024')
  })
})

describe('formatTerm', () => {
  it('formats a closed term with both ends', () => {
    expect(formatTerm({ from: '2024-01-01', to: '2024-06-30' })).toBe('01/01/2024 – 30/06/2024')
  })

  it('formats an open-ended term with an ellipsis', () => {
    expect(formatTerm({ from: '2024-07-01', to: null })).toBe('01/07/2024 – …')
  })

  it('formats a term with no end given as open-ended', () => {
    expect(formatTerm({ from: '2024-07-01' })).toBe('01/07/2024 – …')
  })
})
