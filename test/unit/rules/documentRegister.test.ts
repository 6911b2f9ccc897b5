import { describe, expect, it } from 'vitest'

import {
  DOCUMENT_KINDS,
  formatSymbol,
  nextNumber,
  registerKeyOf,
  registerSettingsOf,
  sequenceOf,
  TYPE_CODES,
} from '../../../hooks/rules/documentRegister'

describe('formatSymbol (Decree 30, Art. 15)', () => {
  it('writes number, type code and issuer: 12/TB-TCT', () => {
    expect(formatSymbol(12, 'notice', 'TCT')).toBe('12/TB-TCT')
  })

  it('puts a leading zero below 10', () => {
    expect(formatSymbol(5, 'report', 'TCT')).toBe('05/BC-TCT')
  })

  it('keeps numbers above 99 as they are', () => {
    expect(formatSymbol(123, 'plan', 'CAT-PC06')).toBe('123/KH-CAT-PC06')
  })

  it('writes an official letter without a type code', () => {
    expect(formatSymbol(45, 'official-letter', 'TCT')).toBe('45/TCT')
  })

  it('uses QĐ for decisions and GM for invitations', () => {
    expect([formatSymbol(1, 'decision', 'TCT'), formatSymbol(2, 'invitation', 'TCT')]).toEqual([
      '01/QĐ-TCT',
      '02/GM-TCT',
    ])
  })

  it('gives every kind but the official letter a type code', () => {
    expect(DOCUMENT_KINDS.filter((kind) => TYPE_CODES[kind] === null)).toEqual(['official-letter'])
  })
})

describe('sequenceOf', () => {
  it('numbers notices and conclusion notices in one TB sequence, so no symbol repeats', () => {
    expect(sequenceOf('conclusion-notice', 'per-kind')).toBe(sequenceOf('notice', 'per-kind'))
  })

  it('numbers reports in their own sequence per kind', () => {
    expect(sequenceOf('report', 'per-kind')).toBe('BC')
  })

  it('gives official letters their own sequence per kind', () => {
    expect(sequenceOf('official-letter', 'per-kind')).toBe('CV')
  })

  it('numbers every kind in one sequence when the register uses a single one', () => {
    expect(new Set(DOCUMENT_KINDS.map((kind) => sequenceOf(kind, 'single')))).toEqual(
      new Set(['ALL']),
    )
  })
})

describe('nextNumber', () => {
  it('starts at 1 when the year has no number yet (1 January)', () => {
    expect(nextNumber(null)).toBe(1)
  })

  it('follows the highest number issued', () => {
    expect(nextNumber(11)).toBe(12)
  })

  it('ignores a malformed highest number', () => {
    expect(nextNumber(Number.NaN)).toBe(1)
  })
})

describe('registerKeyOf', () => {
  it('keys a number by year and sequence', () => {
    expect(registerKeyOf(2025, 'TB', 12)).toBe('2025/TB/12')
  })

  it('gives the same number in another year another key', () => {
    expect(registerKeyOf(2026, 'TB', 12)).not.toBe(registerKeyOf(2025, 'TB', 12))
  })
})

describe('registerSettingsOf', () => {
  it('falls back to TCT and per-kind numbering when nothing is stored', () => {
    expect(registerSettingsOf(undefined)).toEqual({ issuerSymbol: 'TCT', numbering: 'per-kind' })
  })

  it('keeps the stored symbol and a single sequence', () => {
    expect(registerSettingsOf({ issuerSymbol: 'TCTĐA06', numbering: 'single' })).toEqual({
      issuerSymbol: 'TCTĐA06',
      numbering: 'single',
    })
  })

  it('ignores an unknown numbering mode', () => {
    expect(registerSettingsOf({ issuerSymbol: 'TCT', numbering: 'random' }).numbering).toBe(
      'per-kind',
    )
  })
})
