import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { CellState, DashboardData } from '../../../dashboards/types'
import { DASHBOARD_ROWS, rowsNeedingAttention } from '../../../dashboards/queries/rowLimit'
import { Heatmap } from '../../../dashboards/view/widgets/Heatmap'
import { TasksByAgency } from '../../../dashboards/view/widgets/TasksByAgency'

const periods = ['2026-09', '2026-10', '2026-11']

/** What the heatmap query gives the page: `agencies` rows of `total` (the furthest behind first). */
const heatmapData = (agencies: number, behind: Record<number, CellState>, total = agencies) =>
  ({
    filters: {
      period: '2026-11',
      from: '2026-09',
      agencyKind: null,
      district: null,
      indicator: null,
    },
    heatmap: {
      periods,
      total,
      rows: Array.from({ length: agencies }, (_, index) => ({
        agency: index + 1,
        name: `Cơ quan ${String(index + 1).padStart(3, '0')}`,
        cells: periods.map((period) => ({
          period,
          state: behind[index + 1] ?? 'on-time',
          href: `/admin/collections/reports?agency=${index + 1}&period=${period}`,
        })),
      })),
    },
  }) as unknown as DashboardData

const shownRows = (html: string) => [...html.matchAll(/data-row="(\d+)"/g)].map((m) => m[1])

describe('R12.3a the timeliness heatmap of a province with hundreds of agencies', () => {
  it('keeps every row, in order, when they fit', () => {
    expect(rowsNeedingAttention([3, 1, 2], (n) => n, 3)).toEqual({
      rows: [3, 1, 2],
      total: 3,
      limited: false,
    })
  })

  it('keeps the rows needing attention most, worst first, ties in their order', () => {
    const picked = rowsNeedingAttention([0, 5, 1, 5, 0, 2], (n) => n, 3)
    expect(picked).toEqual({ rows: [5, 5, 2], total: 6, limited: true })
  })

  it('R12.3a draws the agencies the query kept and says how to see the other ones', () => {
    const html = renderToStaticMarkup(
      createElement(Heatmap, {
        data: heatmapData(DASHBOARD_ROWS, { 25: 'missing', 7: 'late', 12: 'locked' }, 300),
        language: 'vi',
      }),
    )
    const rows = shownRows(html)
    expect(rows).toHaveLength(DASHBOARD_ROWS)
    expect(html).toContain('Đang hiện 40 trong 300 cơ quan')
    expect(html).toContain('tệp CSV có đủ 300 cơ quan')
    // Each cell of a drawn row still opens its reports.
    expect(html).toContain('/admin/collections/reports?agency=25&amp;period=2026-10')
    // Its tooltip names the month as officials write it.
    expect(html).toContain('<title>Cơ quan 025 · 10/2026: ')
  })

  it('draws every agency of a small province, with no note', () => {
    const html = renderToStaticMarkup(
      createElement(Heatmap, { data: heatmapData(24, { 3: 'missing' }), language: 'vi' }),
    )
    expect(shownRows(html)).toHaveLength(24)
    expect(shownRows(html)[0]).toBe('1')
    expect(html).not.toContain('Đang hiện')
  })
})

describe('R3.2 task status by agency in a province with hundreds of lead agencies', () => {
  const counts = { value: 1, href: '/admin/collections/tasks?leadAgency=1' }
  const data = (total: number) =>
    ({
      filters: heatmapData(1, {}).filters,
      tasksByAgency: {
        total,
        rows: [
          {
            agency: 1,
            name: 'Sở Tư pháp',
            counts: {
              'completed-on-time': counts,
              'completed-late': counts,
              'open-within-deadline': counts,
              'open-overdue': counts,
            },
          },
        ],
      },
    }) as unknown as DashboardData

  it('says which agencies it shows first and where the others are', () => {
    const html = renderToStaticMarkup(
      createElement(TasksByAgency, { data: data(300), language: 'vi' }),
    )
    expect(html).toContain(
      'Đang hiện 1 trong 300 cơ quan, cơ quan có nhiều nhiệm vụ quá hạn nhất trước.',
    )
    const english = renderToStaticMarkup(
      createElement(TasksByAgency, { data: data(300), language: 'en' }),
    )
    expect(english).toContain('Showing 1 of 300 agencies, those with the most overdue tasks first.')
  })

  it('adds no note when every agency is drawn', () => {
    const html = renderToStaticMarkup(
      createElement(TasksByAgency, { data: data(1), language: 'vi' }),
    )
    expect(html).not.toContain('Đang hiện')
  })
})
