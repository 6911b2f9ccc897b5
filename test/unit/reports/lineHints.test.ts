import { describe, expect, it } from 'vitest'

import {
  detectJump,
  figureKindOf,
  jumpMessage,
  targetLabel,
  targetsFor,
} from '../../../collections/Reports/lineHints'

describe('figureKindOf says what a report figure is (issue 13)', () => {
  it('calls a summed, non-cumulative indicator the month’s flow', () => {
    expect(figureKindOf({ aggregation: 'sum', cumulative: false, unit: 'hồ sơ' })).toBe('flow')
  })

  it('calls a cumulative indicator a running total', () => {
    expect(figureKindOf({ aggregation: 'sum', cumulative: true, unit: 'thẻ' })).toBe('total')
  })

  it('calls a latest-value indicator a running total', () => {
    expect(figureKindOf({ aggregation: 'latest', cumulative: false, unit: 'tài khoản' })).toBe(
      'total',
    )
  })

  it('calls a ratio or a percentage a rate', () => {
    expect(figureKindOf({ aggregation: 'ratio', cumulative: false, unit: 'hồ sơ' })).toBe('rate')
    expect(figureKindOf({ aggregation: 'average', cumulative: false, unit: '%' })).toBe('rate')
  })
})

describe('detectJump warns about implausible month-on-month changes (issue 13)', () => {
  it('flags a rise above the ratio', () => {
    expect(detectJump(19_780, 3956, 3)).toEqual({ direction: 'up', times: 5 })
  })

  it('flags a fall below one ratio-th', () => {
    expect(detectJump(1000, 4000, 3)).toEqual({ direction: 'down', times: 4 })
  })

  it('flags a fall to zero', () => {
    expect(detectJump(0, 3956, 3)).toEqual({ direction: 'down', times: Number.POSITIVE_INFINITY })
  })

  it('accepts a change of exactly the ratio', () => {
    expect(detectJump(3 * 3956, 3956, 3)).toBeNull()
    expect(detectJump(1000, 3000, 3)).toBeNull()
  })

  it('uses the indicator’s own ratio', () => {
    expect(detectJump(1500, 1000, 1.2)).toEqual({ direction: 'up', times: 1.5 })
  })

  it('falls back to ×3 when the ratio is missing or not above 1', () => {
    expect(detectJump(3500, 1000, null)).toEqual({ direction: 'up', times: 3.5 })
    expect(detectJump(2500, 1000, 1)).toBeNull()
    expect(detectJump(3500, 1000, 0)).toEqual({ direction: 'up', times: 3.5 })
  })

  it('says nothing without a figure or last month’s figure, or when last month was zero', () => {
    expect(detectJump(null, 1000, 3)).toBeNull()
    expect(detectJump(5000, null, 3)).toBeNull()
    expect(detectJump(5000, 0, 3)).toBeNull()
    expect(detectJump(-5, 10, 3)).toBeNull()
  })
})

describe('jumpMessage words the warning (issue 13)', () => {
  it('words a rise with last month’s figure written the Vietnamese way', () => {
    expect(jumpMessage({ direction: 'up', times: 5 }, 3956)).toEqual({
      vi: 'Tăng gấp 5 lần so với tháng trước (3.956) — kiểm tra lại số liệu',
      en: '5 times last month’s figure (3.956) — please check the figure',
    })
  })

  it('rounds the factor to one decimal below ten and to a whole number above', () => {
    expect(jumpMessage({ direction: 'up', times: 5.24 }, 100).vi).toBe(
      'Tăng gấp 5,2 lần so với tháng trước (100) — kiểm tra lại số liệu',
    )
    expect(jumpMessage({ direction: 'up', times: 12.6 }, 100).vi).toBe(
      'Tăng gấp 13 lần so với tháng trước (100) — kiểm tra lại số liệu',
    )
  })

  it('words a fall', () => {
    expect(jumpMessage({ direction: 'down', times: 4 }, 4000).vi).toBe(
      'Giảm 4 lần so với tháng trước (4.000) — kiểm tra lại số liệu',
    )
  })

  it('words a fall to zero', () => {
    expect(jumpMessage({ direction: 'down', times: Number.POSITIVE_INFINITY }, 1234.5).vi).toBe(
      'Giảm về 0 so với tháng trước (1.234,5) — kiểm tra lại số liệu',
    )
  })
})

describe('targetsFor picks the year’s target of each indicator (issue 13)', () => {
  const rows = [
    { indicator: 1, agency: null, value: 10_000 },
    { indicator: 1, agency: 7, value: 800 },
    { indicator: 2, agency: { id: 9 }, value: 50 },
    { indicator: { id: 3 }, agency: null, value: 95 },
  ]

  it('prefers the reporting agency’s own target to the province’s', () => {
    expect(targetsFor(rows, 7).get('1')).toEqual({ value: 800, scope: 'agency' })
  })

  it('falls back to the province’s target', () => {
    expect(targetsFor(rows, 8).get('1')).toEqual({ value: 10_000, scope: 'province' })
    expect(targetsFor(rows, { id: 7 }).get('3')).toEqual({ value: 95, scope: 'province' })
  })

  it('ignores another agency’s target', () => {
    expect(targetsFor(rows, 7).has('2')).toBe(false)
  })

  it('labels whose target it is', () => {
    expect(targetLabel({ value: 800, scope: 'agency' }, '2026').vi).toBe('Kế hoạch năm 2026')
    expect(targetLabel({ value: 1, scope: 'province' }, '2026').vi).toBe(
      'Kế hoạch toàn tỉnh năm 2026',
    )
  })
})
