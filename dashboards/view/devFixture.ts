// TEMP development fixture (deleted before hand-off).
import type { PayloadRequest } from 'payload'

import type { DashboardData, DashboardFilters, DashboardScope } from '../types'

const months = (to: string, count: number): string[] => {
  const [y, m] = to.split('-').map(Number)
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (count - 1 - i), 1))
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
  })
}

export const parseFilters = (
  params: Record<string, string | string[] | undefined>,
  today: string,
): DashboardFilters => {
  const s = (k: string) => (typeof params[k] === 'string' ? (params[k] as string) : null)
  const period = s('period') ?? today.slice(0, 7)
  return {
    period,
    from: s('from') ?? months(period, 12)[0],
    agencyKind: s('agencyKind'),
    district: s('district'),
    indicator: s('indicator') ?? '1',
  }
}

const fig = (value: number, href = '/admin/collections/tasks') => ({ value, href })

export const loadDashboard = async (
  _req: PayloadRequest,
  filters: DashboardFilters,
  scope: DashboardScope,
): Promise<DashboardData> => {
  const periods = months(filters.period, 12)
  const agencies = scope.agency === null ? ['Sở Tư pháp', 'Sở Y tế', 'UBND huyện Duy Xuyên', 'Sở Giáo dục và Đào tạo'] : ['Sở Tư pháp']
  return {
    filters,
    headline: {
      period: filters.period,
      tasks: { completed: fig(12), total: fig(20), onTimeRate: 0.75, openOverdue: fig(3) },
      reports: { expected: 30, received: fig(27), onTime: fig(24), late: fig(3), missing: fig(3) },
      keyIndicators: [
        { indicator: 1, code: 'DVC_TT', name: { vi: 'Hồ sơ trực tuyến', en: 'Online files' }, unit: '%', value: 62.5, target: 80, href: '/admin/collections/reports' },
      ],
    },
    trend: {
      indicator: { id: 1, code: 'DVC_TT', name: { vi: 'Hồ sơ trực tuyến', en: 'Online files' }, unit: '%' },
      points: periods.map((period, i) => ({ period, value: 40 + i * 2, target: 80, href: '/admin/collections/reports' })),
    },
    comparison: {
      indicator: { id: 1, code: 'DVC_TT', name: { vi: 'Hồ sơ trực tuyến', en: 'Online files' }, unit: '%' },
      rows: agencies.map((name, i) => ({ id: i + 1, name, value: 70 - i * 5, target: 80, href: '/admin/collections/reports' })),
    },
    tasksByAgency: {
      rows: agencies.map((name, i) => ({
        agency: i + 1,
        name,
        counts: {
          'completed-on-time': fig(3 + i),
          'completed-late': fig(1),
          'open-within-deadline': fig(2),
          'open-overdue': fig(i),
        },
      })),
    },
    overdueTasks: {
      rows: [{ id: 1, code: 'NV-2026-001', title: 'Triển khai thanh toán không dùng tiền mặt', agency: 'Sở Y tế', dueDate: '2026-02-15', daysOverdue: 40, href: '/admin/collections/tasks/1' }],
      total: 1,
    },
    heatmap: {
      periods,
      rows: agencies.map((name, i) => ({
        agency: i + 1,
        name,
        cells: periods.map((period, j) => ({ period, state: (['on-time', 'late', 'missing', 'locked', 'not-due'] as const)[(i + j) % 5], href: '/admin/collections/reports' })),
      })),
    },
    compliance: {
      rule: { meeting: 'R11.1a', notice: 'R11.3a', conclusions: 'R11.3b', reports: 'R12.3a', aggregate: 'R12.3b' },
      months: periods.map((period, j) => {
        const c = { state: (j % 4 === 0 ? 'breach' : 'pass') as 'breach' | 'pass', href: '/admin/collections/meetings' }
        return { period, meeting: c, notice: c, conclusions: c, reports: c, aggregate: { state: 'not-due' as const, href: '' } }
      }),
    },
    agencies: {
      year: 2026,
      rows: agencies.map((name, i) => ({ agency: i + 1, name, reportsOnTime: 10, reportsLate: 1, reportsMissing: i, taskOnTimeRate: 0.8, extensions: 1, attendanceInPerson: 8, attendanceBySubstitute: 2, absences: 1, href: '/admin/collections/agencies' })),
    },
    budget: { year: 2026, rows: [{ line: 1, name: 'Kinh phí Đề án 06', allocated: 1_000_000_000, spent: 420_000_000, href: '/admin/collections/budget-lines/1' }] },
    attendance: { rows: agencies.map((name, i) => ({ agency: i + 1, name, meetings: 12, inPerson: 9, bySubstitute: 2, absent: 1, href: '/admin/collections/meetings' })) },
  }
}
