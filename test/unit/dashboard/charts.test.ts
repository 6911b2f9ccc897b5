// The dashboard's charts are drawn on the server: the HTML already holds every bar and point as a
// link to its records, with the figures as officials write them.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { BarChart, type BarSeries } from '../../../dashboards/view/charts/BarChart'
import { TrendChart } from '../../../dashboards/view/charts/TrendChart'

const tasks: BarSeries[] = [
  { key: 'done', label: 'Hoàn thành', color: '#16a34a', stack: 'tasks' },
  { key: 'late', label: 'Quá hạn', color: '#dc2626', stack: 'tasks' },
]

const barChart = (rows: Parameters<typeof BarChart>[0]['rows'], series = tasks) =>
  renderToStaticMarkup(createElement(BarChart, { rows, series, language: 'vi' }))

describe('the bar chart drawn on the server', () => {
  it('draws each non-zero segment as a link to its records, named and valued', () => {
    const html = barChart([
      {
        name: 'Sở Tư pháp',
        values: { done: 3, late: 1 },
        hrefs: { done: '/admin/collections/tasks?d=1', late: '/admin/collections/tasks?l=1' },
      },
      { name: 'Sở Y tế', values: { done: 0, late: 2 }, hrefs: { done: '/a', late: '/b' } },
    ])
    const bars = [
      ...html.matchAll(/<a href="([^"]+)" class="dashboard-bar"[^>]*aria-label="([^"]+)"/g),
    ]
    expect(bars.map(([, href, label]) => [href, label])).toEqual([
      ['/admin/collections/tasks?d=1', 'Sở Tư pháp – Hoàn thành: 3'],
      ['/admin/collections/tasks?l=1', 'Sở Tư pháp – Quá hạn: 1'],
      ['/b', 'Sở Y tế – Quá hạn: 2'],
    ])
    // Stacked: the second segment starts where the first ends; the longest bar spans 84 %.
    expect(html).toContain('x="63%"')
    expect(html).toContain('width="21%"')
  })

  it('writes figures the Vietnamese way, compact from a million', () => {
    const html = barChart(
      [
        {
          name: 'Kinh phí triển khai Đề án 06',
          values: { allocated: 60_000_000, spent: 1_234.5 },
          hrefs: { allocated: '/x', spent: '/x' },
        },
      ],
      [
        { key: 'allocated', label: 'Dự toán', color: '#94a3b8' },
        { key: 'spent', label: 'Đã chi', color: '#0f766e' },
      ],
    )
    expect(html).toContain('aria-label="Kinh phí triển khai Đề án 06 – Dự toán: 60.000.000"')
    expect(html).toContain('aria-label="Kinh phí triển khai Đề án 06 – Đã chi: 1.234,5"')
    expect(html).toMatch(/>60\s?Tr</)
    expect(html).toContain('>1.234,5<')
  })

  it('draws an empty chart (no bars, no error) when there is no row', () => {
    const html = barChart([])
    expect(html).toContain('<svg')
    expect(html).not.toContain('dashboard-bar')
  })

  it('shortens a long name on the chart and keeps it whole in its tooltip', () => {
    const name = `Ủy ban nhân dân ${'xã '.repeat(30)}`.trim()
    const html = barChart([
      { name, values: { done: 1, late: 0 }, hrefs: { done: '/a', late: '/b' } },
    ])
    expect(html).toContain(`<title>${name}</title>`)
    expect(html).toContain('…')
  })
})

describe('the trend chart drawn on the server', () => {
  const point = (period: string, value: number | null, target: number | null) => ({
    period,
    value,
    target,
    href: `/admin/collections/reports?period=${period}`,
  })

  it('links each month with a figure to its reports and bridges a month without one', () => {
    const html = renderToStaticMarkup(
      createElement(TrendChart, {
        points: [point('2026-01', 10, 20), point('2026-02', null, 20), point('2026-03', 30, 20)],
        labels: { value: 'Giá trị', target: 'Kế hoạch' },
        language: 'vi',
      }),
    )
    const points = [
      ...html.matchAll(/class="dashboard-point"[^>]*aria-label="([^"]+)"><title>([^<]+)/g),
    ]
    expect(points.map(([, label]) => label)).toEqual(['01/2026: 10', '03/2026: 30'])
    expect(points[0]![2]).toBe('01/2026 – Giá trị: 10; Kế hoạch: 20')
    // One value line from January to March, two target lines through February.
    const lines = html.match(/<line class="dashboard-line"[^>]*>/g) ?? []
    expect(lines.filter((line) => !line.includes('stroke-dasharray'))).toHaveLength(1)
    expect(lines.filter((line) => line.includes('stroke-dasharray="6 4"'))).toHaveLength(2)
    expect(html).toContain('>02/2026<')
  })
})
