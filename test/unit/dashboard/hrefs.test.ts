import type { Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { listHref, listHrefsBy } from '../../../dashboards/queries/hrefs'

describe('drill-down links', () => {
  it('serialises a shared filter once and gives the same link as the full filter', () => {
    const shared: Where = {
      and: [
        { period: { greater_than_equal: '2025-01' } },
        { status: { in: 'accepted,submitted' } },
      ],
    }
    const byAgency = listHrefsBy('reports', 'agency', shared)
    for (const agency of [7, 'a b&c'])
      expect(byAgency(agency)).toBe(
        listHref('reports', { and: [{ agency: { equals: agency } }, shared] }),
      )
  })
})
