// Shared by the monthly report tests (test/int/reports/*): each test file builds its own world on
// its own database (`initReportWorld` in its beforeAll): a group Head, a secretariat user, a
// leader and three indicators reported by departments (a monthly flow, a rate, a running total).
import type { Payload } from 'payload'

import type { Indicator, Report, User } from '../../payload-types'
import { createUser } from './fixtures'
import { initPayload } from './payload'
import { createIndicator, createReport, groupHead, updateReport } from './reports'

// Live bindings, set by initReportWorld for the test file that imports them.
export let payload: Payload
export let head: User
export let secretariat: User
export let leader: User
export let flow: Indicator
export let rate: Indicator
export let stock: Indicator

export const initReportWorld = async () => {
  payload = await initPayload()
  head = await groupHead(payload)
  secretariat = await createUser(payload, { roles: ['secretariat'] })
  leader = await createUser(payload, { roles: ['leader'] })
  flow = await createIndicator(payload, {
    nameVi: 'Số hồ sơ trực tuyến',
    reportedBy: ['department'],
  })
  rate = await createIndicator(payload, {
    nameVi: 'Tỷ lệ hồ sơ số hóa',
    unit: '%',
    aggregation: 'latest',
    reportedBy: ['department'],
    order: 2,
  })
  stock = await createIndicator(payload, {
    nameVi: 'Số điểm một cửa có đầu đọc chip',
    unit: 'điểm',
    aggregation: 'latest',
    cumulative: true,
    reportedBy: ['department'],
    order: 3,
  })
}

export const lineOf = (report: Report, indicator: Indicator) =>
  (report.indicatorLines ?? []).findIndex((line) => line.indicator === indicator.id)

/** Values for every indicator line, by indicator. */
export const withValues = (
  report: Report,
  values: Map<number, number>,
  notes = new Map<number, string>(),
) =>
  (report.indicatorLines ?? []).map((line) => ({
    ...line,
    value: values.get(line.indicator as number) ?? 0,
    note: notes.get(line.indicator as number) ?? null,
  }))

export const countReports = async () => (await payload.count({ collection: 'reports' })).totalDocs

/** A report of the agency, complete and ready to submit. */
export const completeReport = async (reporter: User) => {
  const report = await createReport(payload, reporter, { period: '2025-03' })
  return updateReport(payload, reporter, report.id, {
    indicatorLines: withValues(
      report,
      new Map([
        [flow.id, 10],
        [rate.id, 50],
        [stock.id, 3],
      ]),
    ),
  })
}
