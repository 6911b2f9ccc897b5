// A small province built by hand, with known answers, for the dashboard tests
// (test/int/dashboard-queries-province.test.ts, test/int/dashboard-csv-and-filters.test.ts):
// departments A and B, district D (with a commune), the head's own department (which never
// reports); March 2025: A and D on time and accepted, B late and not yet reviewed; February: A only.
import type { Payload } from 'payload'

import type { Agency, Indicator, Report, User } from '../../payload-types'
import { createAgency, createUser, day } from './fixtures'
import {
  createIndicator,
  createReport,
  createReportingAgency,
  groupHead,
  setVnNow,
  updateReport,
} from './reports'

const submit = async (
  payload: Payload,
  user: User,
  agency: Agency,
  period: string,
  values: [Indicator, number][],
) => {
  const report = await createReport(payload, user, { agency: agency.id, period })
  const lines = (report.indicatorLines ?? []).map((line) => ({
    ...line,
    value: values.find(([indicator]) => indicator.id === line.indicator)?.[1] ?? 0,
  }))
  const taskLines = (report.taskLines ?? []).map((line) => ({
    ...line,
    overdueReason: line.status === 'open-overdue' ? 'Chờ kinh phí.' : null,
  }))
  return updateReport(payload, user, report.id, {
    indicatorLines: lines,
    taskLines,
    status: 'submitted',
  })
}
const accept = (payload: Payload, secretariat: User, report: Report) =>
  updateReport(payload, secretariat, report.id, { status: 'accepted' })

export const createDashboardProvince = async (payload: Payload) => {
  const head = await groupHead(payload)
  const secretariat = await createUser(payload, { roles: ['secretariat'] })
  const leader = await createUser(payload, { roles: ['leader'] })
  const flow = await createIndicator(payload, {
    nameVi: 'Hồ sơ trực tuyến',
    reportedBy: ['department', 'district'],
    order: 1,
  })
  const rate = await createIndicator(payload, {
    nameVi: 'Tỷ lệ số hóa',
    unit: '%',
    aggregation: 'latest',
    reportedBy: ['department', 'district'],
    order: 2,
  })
  await payload.create({
    collection: 'targets',
    data: { indicator: flow.id, year: 2025, value: 1000 },
    overrideAccess: true,
  })
  const a = await createReportingAgency(payload, head)
  const b = await createReportingAgency(payload, head)
  const d = await createReportingAgency(payload, head, 'district')
  const [agencyA, agencyB, district, reporterA] = [a.agency, b.agency, d.agency, a.reporter]
  await createAgency(payload, { kind: 'commune', parent: district.id })

  const taskIds: Record<string, number> = {}
  taskIds.onTime = (
    await a.assign({ code: 'T1', dueDate: day('2025-03-10'), completedOn: day('2025-03-05') })
  ).id
  taskIds.overdue = (await a.assign({ code: 'T2', dueDate: day('2025-03-15') })).id
  taskIds.within = (await a.assign({ code: 'T3', dueDate: day('2025-06-30') })).id
  taskIds.late = (
    await b.assign({ code: 'T4', dueDate: day('2025-02-28'), completedOn: day('2025-03-10') })
  ).id

  setVnNow('2025-03-10 09:00')
  await accept(
    payload,
    secretariat,
    await submit(payload, a.reporter, agencyA, '2025-03', [
      [flow, 7],
      [rate, 40],
    ]),
  )
  setVnNow('2025-04-10 09:00')
  await accept(
    payload,
    secretariat,
    await submit(payload, a.reporter, agencyA, '2025-04', [
      [flow, 10],
      [rate, 50],
    ]),
  )
  await accept(
    payload,
    secretariat,
    await submit(payload, d.reporter, district, '2025-04', [
      [flow, 30],
      [rate, 70],
    ]),
  )
  setVnNow('2025-04-19 09:00')
  await submit(payload, b.reporter, agencyB, '2025-04', [
    [flow, 5],
    [rate, 90],
  ])
  setVnNow('2025-04-20 09:00')
  return { secretariat, leader, reporterA, agencyA, agencyB, district, flow, rate, taskIds }
}
