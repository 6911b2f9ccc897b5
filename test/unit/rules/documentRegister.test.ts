import { describe, expect, it } from 'vitest'

import {
  checkIssueDating,
  DOCUMENT_KINDS,
  formatSymbol,
  nextNumber,
  registerKeyOf,
  registerSettingsOf,
  sequenceOf,
  TYPE_CODES,
} from '../../../hooks/rules/documentRegister'
import { expectBreach } from './expectBreach'

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

  it('gives every kind but letters (công văn: the official and the urging letter) a type code', () => {
    expect(DOCUMENT_KINDS.filter((kind) => TYPE_CODES[kind] === null)).toEqual([
      'official-letter',
      'urging-letter',
    ])
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
    expect(registerSettingsOf(undefined)).toEqual({
      issuerSymbol: 'TCT',
      numbering: 'per-kind',
      backdateAllowanceDays: 0,
    })
  })

  it('keeps the stored symbol and a single sequence', () => {
    expect(registerSettingsOf({ issuerSymbol: 'TCTĐA06', numbering: 'single' })).toEqual({
      issuerSymbol: 'TCTĐA06',
      numbering: 'single',
      backdateAllowanceDays: 0,
    })
  })

  it('ignores an unknown numbering mode', () => {
    expect(registerSettingsOf({ issuerSymbol: 'TCT', numbering: 'random' }).numbering).toBe(
      'per-kind',
    )
  })
})

describe('checkIssueDating: no back-dating (R2.4)', () => {
  const base = { issuedOn: '2026-03-10', lastIssuedDay: '2026-03-05', backdateAllowanceDays: 0 }

  it('accepts a document dated the day it is issued (R2.4)', () => {
    expect(checkIssueDating({ ...base, day: '2026-03-10' })).toEqual({ ok: true })
  })

  it('refuses a document dated before its issuing day when no allowance is set (R2.4)', () => {
    expectBreach(checkIssueDating({ ...base, day: '2026-03-09' }), {
      rule: 'R2.4',
      vi: 'Vi phạm Điều 2 khoản 4: văn bản ban hành ngày 10/03/2026 phải mang ngày ban hành,',
      en: 'Breach of Article 2(4): a document issued on 10/03/2026 bears that date;',
      path: 'date',
    })
  })

  it('accepts a date within the allowance and refuses one beyond it (R2.4)', () => {
    const allowed = { ...base, backdateAllowanceDays: 2 }
    expect(checkIssueDating({ ...allowed, day: '2026-03-08' })).toEqual({ ok: true })
    expectBreach(checkIssueDating({ ...allowed, day: '2026-03-07' }), {
      rule: 'R2.4',
      vi: 'Vi phạm Điều 2 khoản 4: văn bản ban hành ngày 10/03/2026 chỉ được ghi lùi ngày tối đa 2 ngày (sớm nhất 08/03/2026),',
      en: 'Breach of Article 2(4): a document issued on 10/03/2026 may be dated at most 2 day(s) earlier (from 08/03/2026),',
      path: 'date',
    })
  })

  it('refuses a date earlier than the last issued document of the sequence, whatever the allowance (R2.4)', () => {
    expectBreach(checkIssueDating({ ...base, backdateAllowanceDays: 30, day: '2026-03-04' }), {
      rule: 'R2.4',
      vi: 'Vi phạm Điều 2 khoản 4: ngày văn bản 04/03/2026 sớm hơn ngày của văn bản đã ban hành gần nhất trong cùng sổ (05/03/2026);',
      en: "Breach of Article 2(4): the document's date 04/03/2026 is earlier than the last issued document of its register (05/03/2026);",
      path: 'date',
    })
  })

  it('reads the allowance from the settings, 0 when unset or out of range (R2.4)', () => {
    expect(registerSettingsOf(null).backdateAllowanceDays).toBe(0)
    expect(registerSettingsOf({ backdateAllowanceDays: 5 }).backdateAllowanceDays).toBe(5)
    expect(registerSettingsOf({ backdateAllowanceDays: -1 }).backdateAllowanceDays).toBe(0)
  })
})
