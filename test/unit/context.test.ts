import { describe, expect, it } from 'vitest'

import { addDaysToKey, toInstant, vnDayStart, vnToday } from '../../src/lib/clock'
import { actDayOf, actingNow } from '../../src/lib/context'

describe('acting at a past instant (req.context.actingAt)', () => {
  it('dates an act on the Vietnam day of a past instant', () => {
    expect(actDayOf({ actingAt: toInstant('2025-03-01T23:30:00Z') })).toBe('2025-03-02')
  })

  it('dates an act today without an instant', () => {
    expect(actDayOf({})).toBe(vnToday())
  })

  it('never dates an act in the future', () => {
    expect(actDayOf({ actingAt: vnDayStart(addDaysToKey(vnToday(), 3)) })).toBe(vnToday())
  })

  it('performs an act at the given instant, else now', () => {
    const at = toInstant('2025-06-05 09:00')
    expect(actingNow({ actingAt: at })).toBe(at)
    expect(Math.abs(actingNow({}).getTime() - Date.now())).toBeLessThan(1000)
  })
})
