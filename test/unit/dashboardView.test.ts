import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { DashboardData } from '../../dashboards/types'
import { toCsv } from '../../dashboards/view/csv'
import {
  effectiveFilterParams,
  filtersToParams,
  pickFilterParams,
  toQueryString,
} from '../../dashboards/view/filterParams'
import { dashboardScope, widgetsFor } from '../../dashboards/view/layout'
import { widgetTable } from '../../dashboards/view/tables'
import { Compliance } from '../../dashboards/view/widgets/Compliance'
import { Headline } from '../../dashboards/view/widgets/Headline'

const figure = (value: number) => ({ value, href: `/admin/collections/tasks?n=${value}` })

const data = (overrides: Partial<DashboardData> = {}): DashboardData => ({
  filters: { period: '2026-03', from: '2025-04', agencyKind: null, district: 7, indicator: 3 },
  headline: {
    period: '2026-03',
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
      deadline: '2026-03-17',
      due: true,
    },
    keyIndicators: [],
  },
  trend: { indicator: null, points: [] },
  comparison: { indicator: null, rows: [] },
  tasksByAgency: {
    rows: [
      {
        agency: 1,
        name: 'Sở Tư pháp',
        counts: {
          'completed-on-time': figure(3),
          'completed-late': figure(1),
          'open-within-deadline': figure(5),
          'open-overdue': figure(2),
        },
      },
    ],
    total: 1,
  },
  overdueTasks: { rows: [], total: 0 },
  heatmap: {
    periods: ['2026-02', '2026-03'],
    total: 1,
    rows: [
      {
        agency: 1,
        name: 'Sở Tư pháp',
        cells: [
          { period: '2026-02', state: 'late', href: '/a' },
          { period: '2026-03', state: 'missing', href: '/b' },
        ],
      },
    ],
  },
  compliance: {
    rule: {
      meeting: 'R11.1a',
      notice: 'R11.3a',
      conclusions: 'R11.3b',
      absences: 'R11.4',
      reports: 'R12.3a',
      aggregate: 'R12.3b',
      reviews: 'R11.1b',
    },
    months: [],
    reviews: [],
  },
  agencies: { year: 2026, total: 0, rows: [] },
  budget: null,
  attendance: { rows: [] },
  ...overrides,
})

describe('dashboard filters in the URL and in preferences', () => {
  it('keeps only the five filter keys, as non-empty strings', () => {
    expect(
      pickFilterParams({ period: '2026-03', district: ['7', '8'], indicator: '', evil: 'x' }),
    ).toEqual({ period: '2026-03', district: '7' })
  })

  it('ignores a remembered preference that is not an object', () => {
    expect(pickFilterParams('2026-03')).toEqual({})
    expect(pickFilterParams(null)).toEqual({})
  })

  it('prefers the filters in the URL over the remembered ones', () => {
    expect(
      effectiveFilterParams({ period: '2026-01' }, { period: '2025-12', district: '4' }),
    ).toEqual({
      period: '2026-01',
    })
  })

  it('falls back to the remembered filters when the URL has none, but not to their months', () => {
    expect(
      effectiveFilterParams({ other: '1' }, { period: '2025-12', from: '2025-01', district: '4' }),
    ).toEqual({ district: '4' })
  })

  it('writes the applied filters back as a query string in a fixed order, without empty ones', () => {
    expect(toQueryString(filtersToParams(data().filters))).toBe(
      '?period=2026-03&from=2025-04&district=7&indicator=3',
    )
    expect(toQueryString({})).toBe('')
  })
})

describe('dashboard layout per role', () => {
  it('shows the whole province to leaders, the secretariat and other read-all roles', () => {
    expect(dashboardScope({ id: 1, roles: ['leader'], agency: 9 })).toEqual({ agency: null })
    expect(dashboardScope({ id: 1, roles: ['secretariat'] })).toEqual({ agency: null })
  })

  it("scopes a reporter's dashboard to the reporter's agency", () => {
    expect(dashboardScope({ id: 1, roles: ['reporter'], agency: { id: 9 } })).toEqual({ agency: 9 })
  })

  it('gives a reporter without an agency no figures at all', () => {
    expect(dashboardScope({ id: 1, roles: ['reporter'], agency: null })).toBeNull()
  })

  it("gives a reporter the agency's headline, tasks, timeliness and indicators only", () => {
    expect(widgetsFor({ agency: 9 }, data())).toEqual([
      'headline',
      'trend',
      'tasksByAgency',
      'overdue',
      'heatmap',
    ])
  })

  it('adds budget and attendance only once there are budget lines and meetings', () => {
    const province = widgetsFor({ agency: null }, data())
    expect(province).not.toContain('budget')
    expect(province).not.toContain('attendance')
    const withBoth = widgetsFor(
      { agency: null },
      data({
        budget: { year: 2026, rows: [{ line: 1, name: 'L', allocated: 10, spent: 4, href: '/l' }] },
        attendance: {
          rows: [
            {
              agency: 1,
              name: 'A',
              meetings: 2,
              inPerson: 1,
              bySubstitute: 1,
              absent: 0,
              href: '/m',
            },
          ],
        },
      }),
    )
    expect(withBoth.slice(-2)).toEqual(['budget', 'attendance'])
  })
})

describe('widget downloads as CSV', () => {
  it('starts with a byte-order mark and ends lines with CRLF so Excel reads Vietnamese', () => {
    const csv = toCsv({ header: ['Cơ quan', 'Số'], rows: [['Sở Tư pháp', 3]] })
    expect(csv).toBe('\uFEFFCơ quan,Số\r\nSở Tư pháp,3\r\n')
  })

  it('quotes separators and quotes, leaves empty cells empty, and defuses formulas', () => {
    const csv = toCsv({ header: ['a'], rows: [['Hà Nội, "Thủ đô"'], [null], ['=SUM(A1)']] })
    expect(csv.split('\r\n')).toEqual(['\uFEFFa', '"Hà Nội, ""Thủ đô"""', '', "'=SUM(A1)", ''])
  })

  it('lists the four task categories of each agency in the admin language (R3.2)', () => {
    expect(widgetTable('tasksByAgency', data(), 'vi')).toEqual({
      header: [
        'Cơ quan',
        'Hoàn thành đúng hạn',
        'Hoàn thành quá hạn',
        'Đang thực hiện trong hạn',
        'Đang thực hiện quá hạn',
      ],
      rows: [['Sở Tư pháp', 3, 1, 5, 2]],
    })
    expect(widgetTable('tasksByAgency', data(), 'en').header[4]).toBe('Open overdue')
  })

  it('spells out each heatmap cell (R12.3a) and the headline on-time rate in percent', () => {
    expect(widgetTable('heatmap', data(), 'vi').rows).toEqual([['Sở Tư pháp', 'Muộn', 'Chưa gửi']])
    expect(widgetTable('headline', data(), 'en').rows[1]).toEqual(['On-time rate (%)', 75, null])
  })
})

describe('the headline figures', () => {
  it('names the month as officials write it (03/2026), not 2026-03', () => {
    const html = renderToStaticMarkup(createElement(Headline, { data: data(), language: 'vi' }))
    expect(html).toContain('Số liệu chính tháng 03/2026')
    expect(html).not.toContain('tháng 2026-03')
  })
})

describe('the compliance grid (R14.2)', () => {
  it('names the month of each cell as officials write it (03/2026), never year-month', () => {
    const pass = { state: 'pass' as const, href: '/m' }
    const month = {
      period: '2026-03',
      meeting: pass,
      notice: pass,
      conclusions: pass,
      absences: pass,
      reports: pass,
      aggregate: pass,
    }
    const base = data()
    const html = renderToStaticMarkup(
      createElement(Compliance, {
        data: data({ compliance: { ...base.compliance, months: [month] } }),
        language: 'vi',
      }),
    )
    expect(html).toContain('<title>03/2026 · Điều 11 khoản 1: Đạt</title>')
    expect(html).not.toContain('2026-03 ·')
    // The clause as officials cite it, never the rule code.
    expect(html).toContain('title="Quy chế, Điều 14 khoản 2"')
    expect(html).not.toMatch(/\(R\d/)
  })
})
