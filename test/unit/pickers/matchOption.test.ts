import { describe, expect, it } from 'vitest'

import { matchesOption } from '../../../src/fields/pickers/matchOption'

const head = { vi: 'Nguyễn Văn An — Tổ trưởng, Sở Y tế', en: 'Nguyễn Văn An — Head, Sở Y tế' }

describe('member and person pickers match what is typed', () => {
  it('finds "Nguyễn Văn An" from "nguyen van an", without case or accents', () => {
    expect(matchesOption(head, 'nguyen van an')).toBe(true)
    expect(matchesOption(head, 'NGUYỄN VĂN AN')).toBe(true)
  })

  it('matches each typed word anywhere in the label: name, position or agency', () => {
    expect(matchesOption(head, 'an so y te')).toBe(true)
    expect(matchesOption(head, 'to truong')).toBe(true)
  })

  it('reads đ as d', () => {
    expect(matchesOption('Đỗ Đức Định — Thành viên', 'do duc dinh')).toBe(true)
  })

  it('refuses a label missing one of the typed words', () => {
    expect(matchesOption(head, 'nguyen van binh')).toBe(false)
  })

  it('keeps every option while nothing is typed', () => {
    expect(matchesOption(head, '   ')).toBe(true)
  })
})
