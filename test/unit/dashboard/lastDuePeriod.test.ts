import { describe, expect, it } from 'vitest'

import { lastDuePeriod, parseFilters } from '../../../dashboards/queries/filters'

describe('the dashboard opens on the latest month whose reports were due (R12.3a)', () => {
  it('is the month before last until the report day of this month', () => {
    expect(lastDuePeriod('2026-12-02')).toBe('2026-10')
    expect(lastDuePeriod('2026-12-17')).toBe('2026-10')
    expect(lastDuePeriod('2027-01-05')).toBe('2026-11')
  })

  it('is last month from the report day on', () => {
    expect(lastDuePeriod('2026-12-18')).toBe('2026-11')
    expect(lastDuePeriod('2027-01-31')).toBe('2026-12')
  })

  it('follows the report day of the charter settings', () => {
    expect(lastDuePeriod('2026-12-10', 10)).toBe('2026-11')
    expect(lastDuePeriod('2026-12-09', 10)).toBe('2026-10')
  })

  it('is the default of the filters, and an asked month still wins', () => {
    expect(parseFilters(null, '2026-12-02').period).toBe('2026-10')
    expect(parseFilters({ period: '2026-11' }, '2026-12-02').period).toBe('2026-11')
  })
})
