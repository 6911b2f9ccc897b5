import { describe, expect, it } from 'vitest'

import { monthOptions } from '../../../dashboards/view/monthOptions'

describe('the filter bar’s months', () => {
  it('lists every month from the first on record to this one, newest first, as MM/yyyy', () => {
    expect(monthOptions('2025-11', '2026-02')).toEqual([
      { value: '2026-02', label: '02/2026' },
      { value: '2026-01', label: '01/2026' },
      { value: '2025-12', label: '12/2025' },
      { value: '2025-11', label: '11/2025' },
    ])
  })

  it('offers this month alone when nothing is on record, and keeps a chosen month outside the range', () => {
    expect(monthOptions(null, '2026-12').map((option) => option.value)).toEqual(['2026-12'])
    expect(
      monthOptions('2026-10', '2026-12', ['2024-03', 'not-a-month', undefined]).map(
        (option) => option.value,
      ),
    ).toEqual(['2026-12', '2026-11', '2026-10', '2024-03'])
  })

  it('keeps the newest twenty years when the first month on record is older', () => {
    const months = monthOptions('2001-01', '2026-12')
    expect(months).toHaveLength(240)
    expect(months[0].value).toBe('2026-12')
    expect(months.at(-1)!.value).toBe('2007-01')
  })
})
