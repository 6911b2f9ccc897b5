import { describe, expect, it } from 'vitest'

import { lastDuePeriod, parseFilters } from '../../../dashboards/queries/filters'

describe('the dashboard opens on the latest month whose reports were due (R12.3a)', () => {
  it('is last month until the report day of this month (R12.3a)', () => {
    expect(lastDuePeriod('2026-12-02')).toBe('2026-11')
    expect(lastDuePeriod('2026-12-17')).toBe('2026-11')
    expect(lastDuePeriod('2027-01-05')).toBe('2026-12')
  })

  it('is this month from its report day, the 18th, on (R12.3a)', () => {
    expect(lastDuePeriod('2026-12-18')).toBe('2026-12')
    expect(lastDuePeriod('2027-01-31')).toBe('2027-01')
  })

  it('follows the report day of the charter settings (R12.3a)', () => {
    expect(lastDuePeriod('2026-12-10', 10)).toBe('2026-12')
    expect(lastDuePeriod('2026-12-09', 10)).toBe('2026-11')
  })

  it('is the default of the filters, and an asked month still wins (R12.3a)', () => {
    expect(parseFilters(null, '2026-12-02').period).toBe('2026-11')
    expect(parseFilters({ period: '2026-10' }, '2026-12-02').period).toBe('2026-10')
  })

  it('accepts the month whose data run today, and nothing later (R12.3a)', () => {
    expect(parseFilters({ period: '2026-12' }, '2026-12-02').period).toBe('2026-12')
    expect(parseFilters({ period: '2027-01' }, '2026-12-14').period).toBe('2026-11')
    expect(parseFilters({ period: '2027-01' }, '2026-12-15').period).toBe('2027-01')
  })
})
