import { describe, expect, it } from 'vitest'

import { clip, niceTicks, percentOf } from '../../dashboards/view/charts/scale'

describe('the server-drawn charts’ value axis', () => {
  it('covers the largest value in round steps from zero', () => {
    expect(niceTicks(87)).toEqual([0, 25, 50, 75, 100])
    expect(niceTicks(60_000_000)).toEqual([0, 20_000_000, 40_000_000, 60_000_000])
    expect(niceTicks(0.9)).toEqual([0, 0.25, 0.5, 0.75, 1])
  })

  it('keeps counts in whole numbers', () => {
    expect(niceTicks(3, { integer: true })).toEqual([0, 1, 2, 3])
    expect(niceTicks(1, { integer: true })).toEqual([0, 1])
  })

  it('draws an empty or broken axis from 0 to 1', () => {
    expect(niceTicks(0)).toEqual([0, 1])
    expect(niceTicks(Number.NaN)).toEqual([0, 1])
  })

  it('places a value as a share of the width it may use, never below zero', () => {
    expect(percentOf(50, 100, 86)).toBe(43)
    expect(percentOf(-5, 100)).toBe(0)
    expect(percentOf(5, 0)).toBe(0)
  })

  it('cuts a long label with an ellipsis', () => {
    expect(clip('Bảo hiểm xã hội tỉnh Quảng Nam', 12)).toBe('Bảo hiểm xã…')
    expect(clip('Sở Tư pháp', 12)).toBe('Sở Tư pháp')
  })
})
