import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { DashboardData } from '../../../dashboards/types'
import { Headline } from '../../../dashboards/view/widgets/Headline'

const figure = (value: number) => ({ value, href: `/admin/collections/tasks?n=${value}` })

const data = {
  filters: {
    period: '2026-11',
    from: '2025-12',
    agencyKind: null,
    district: null,
    indicator: null,
  },
  headline: {
    period: '2026-11',
    definitions: {
      tasks: { vi: 'Nhiệm vụ', en: 'Tasks' },
      reports: { vi: 'Báo cáo', en: 'Reports' },
    },
    tasks: { completed: figure(4), total: figure(10), onTimeRate: 75, openOverdue: figure(2) },
    reports: {
      expected: 5,
      received: figure(4),
      onTime: figure(3),
      late: figure(1),
      missing: figure(1),
      deadline: '2026-11-17',
      due: true,
    },
    keyIndicators: [],
  },
} as unknown as DashboardData

describe('the headline figures', () => {
  it('names the month as officials write it (11/2026), not 2026-11', () => {
    const html = renderToStaticMarkup(createElement(Headline, { data, language: 'vi' }))
    expect(html).toContain('Số liệu chính tháng 11/2026')
    expect(html).not.toContain('tháng 2026-11')
  })
})
