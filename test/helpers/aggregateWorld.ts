// The April 2025 reporting world of the aggregate report tests (test/int/aggregate-reports-*.test.ts):
// the signers, five indicators, five reporting agencies and their reports — accepted on time, accepted
// from a district, submitted and awaiting review, accepted late, and none.
import type { Payload } from 'payload'
import { vi } from 'vitest'

import type { Indicator, Report, User } from '../../payload-types'
import { day } from './fixtures'
import { createIndicator, createReport, createReportingAgency, setVnNow } from './reports'
import { adoptCharter, createSigners, type Signers } from './signers'

type Id = number
type ReportKey = 'a' | 'district' | 'pending' | 'late'
type AgencyKey = ReportKey | 'silent'

const asUser = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

const submitAndAccept = async (
  payload: Payload,
  s: Signers,
  reporter: User,
  report: Report,
  accept: boolean,
): Promise<Report> => {
  await payload.update({
    collection: 'reports',
    id: report.id,
    data: { status: 'submitted' },
    ...asUser(reporter),
  })
  if (!accept) return payload.findByID({ collection: 'reports', id: report.id, depth: 0 })
  return payload.update({
    collection: 'reports',
    id: report.id,
    data: { status: 'accepted' },
    ...asUser(s.users.secretary),
  })
}

const values = (pairs: [Indicator, number][]) =>
  pairs.map(([indicator, value]) => ({ indicator: indicator.id, value }))

export const createAggregateWorld = async (payload: Payload) => {
  await adoptCharter(payload)
  const s = await createSigners(payload)
  // The header names the province and the group from the data.
  await payload.update({
    collection: 'agencies',
    id: s.agencies.committee.id,
    data: { name: 'Ủy ban nhân dân tỉnh Quảng Nam' },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'working-groups',
    id: s.wg.id,
    data: { name: 'Tổ công tác triển khai Đề án 06 tỉnh Quảng Nam' },
    overrideAccess: true,
  })
  const reportedBy: Indicator['reportedBy'] = ['department', 'district']
  const sum = await createIndicator(payload, { nameVi: 'Số hồ sơ tiếp nhận', reportedBy, order: 1 })
  const online = await createIndicator(payload, {
    nameVi: 'Số hồ sơ trực tuyến',
    reportedBy,
    order: 2,
  })
  const level = await createIndicator(payload, {
    nameVi: 'Tỷ lệ hồ sơ số hóa',
    unit: '%',
    aggregation: 'latest',
    reportedBy,
    order: 3,
  })
  const share = await createIndicator(payload, {
    nameVi: 'Tỷ lệ hồ sơ trực tuyến',
    unit: '%',
    source: 'derived',
    aggregation: 'ratio',
    numerator: online.id,
    denominator: sum.id,
    order: 4,
  })
  const onTimeTasks = await createIndicator(payload, {
    nameVi: 'Số nhiệm vụ hoàn thành đúng hạn',
    unit: 'nhiệm vụ',
    source: 'tasks',
    taskMeasure: 'completed-on-time',
    order: 5,
  })

  const a = await createReportingAgency(payload, s.users.head)
  const district = await createReportingAgency(payload, s.users.head, 'district')
  const pending = await createReportingAgency(payload, s.users.head)
  const late = await createReportingAgency(payload, s.users.head)
  const silent = await createReportingAgency(payload, s.users.head)
  const agencies: Record<AgencyKey, Id> = {
    a: a.agency.id,
    district: district.agency.id,
    pending: pending.agency.id,
    late: late.agency.id,
    silent: silent.agency.id,
  }
  await a.assign({ title: 'Nâng cấp một cửa', completedOn: day('2025-03-20') })
  await a.assign({ title: 'Số hóa hồ sơ hộ tịch' })
  const overdue = await district.assign({ title: 'Lắp đầu đọc chip', dueDate: day('2025-02-28') })

  /** The April report of `agency`: sum, online and level figures, submitted, accepted if so. */
  const reportOf = async (
    agency: { reporter: User },
    [sumValue, onlineValue, levelValue]: [number, number, number],
    data: Partial<Report> = {},
    accept = true,
  ) =>
    submitAndAccept(
      payload,
      s,
      agency.reporter,
      await createReport(payload, agency.reporter, {
        period: '2025-04',
        indicatorLines: values([
          [sum, sumValue],
          [online, onlineValue],
          [level, levelValue],
        ]) as never,
        ...data,
      }),
      accept,
    )

  const reports = {} as Record<ReportKey, Report>
  setVnNow('2025-04-10 09:00')
  reports.a = await reportOf(a, [100, 50, 80], {
    obstacles: 'Thiếu cán bộ chuyên trách.',
    proposals: [{ content: 'Bổ sung kinh phí thiết bị đọc chip.' }],
  })
  reports.district = await reportOf(district, [40, 30, 90], {
    taskLines: [{ task: overdue.id, overdueReason: 'Chờ kinh phí.' }] as never,
  })
  reports.pending = await reportOf(pending, [999, 1, 1], {}, false)
  setVnNow('2025-04-19 09:00')
  reports.late = await reportOf(late, [10, 5, 70])
  vi.useRealTimers()
  return {
    s,
    sum,
    online,
    level,
    share,
    onTimeTasks,
    agencies,
    reports,
    silentReporter: silent.reporter,
  }
}
