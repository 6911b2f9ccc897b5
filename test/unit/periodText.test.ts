import { describe, expect, it } from 'vitest'

import { periodText, readPeriodText } from '../../src/fields/periodText'

const MONTHS = { quarters: false }
const ANY = { quarters: true }

describe('periods typed and read as officials write them (R12.3a)', () => {
  it('reads a month written month/year, and the stored year-month', () => {
    for (const [typed, stored] of [
      ['03/2025', '2025-03'],
      ['3/2025', '2025-03'],
      [' 11 / 2026 ', '2026-11'],
      ['12-2025', '2025-12'],
      ['2025-03', '2025-03'],
    ]) {
      expect(readPeriodText(typed!, MONTHS), typed).toEqual({ ok: true, value: stored })
    }
    expect(readPeriodText('  ', MONTHS)).toEqual({ ok: true, value: null })
  })

  it('refuses what is not a month, saying how to write one', () => {
    for (const typed of ['13/2025', '0/2025', '03/25', '2025/03', 'tháng 3', '2025-3', '1999-12']) {
      const read = readPeriodText(typed, MONTHS)
      expect(read.ok, typed).toBe(false)
      if (!read.ok)
        expect(read.message.vi).toBe('Kỳ báo cáo ghi theo dạng tháng/năm, ví dụ 03/2025.')
    }
    expect(readPeriodText('Quý 4/2026', MONTHS).ok).toBe(false)
  })

  it('R7.6: reads a quarter where the field takes one', () => {
    for (const typed of ['Quý 4/2026', 'quý 4 / 2026', 'Q4/2026', 'q4-2026', '2026-Q4']) {
      expect(readPeriodText(typed, ANY), typed).toEqual({ ok: true, value: '2026-Q4' })
    }
    expect(readPeriodText('Quý 5/2026', ANY).ok).toBe(false)
    expect(readPeriodText('11/2026', ANY)).toEqual({ ok: true, value: '2026-11' })
  })

  it('shows a stored period month/year, a quarter in the reader’s language', () => {
    expect(periodText('2025-03')).toBe('03/2025')
    expect(periodText('2026-Q4')).toBe('Quý 4/2026')
    expect(periodText('2026-Q4', 'en')).toBe('Q4/2026')
    expect(periodText(null)).toBe('')
  })
})
