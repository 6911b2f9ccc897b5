import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { computeAggregate } from '../../collections/AggregateReports/load'
import { loadDashboard, parseFilters } from '../../dashboards/queries'
import { rebuildRollups } from '../../src/rollups/rebuild'
import type { DashboardData } from '../../dashboards/types'
import type { Report, User } from '../../payload-types'
import { aggregateTaskFigures, type AggregateView } from '../../src/documents/aggregateView'
import { createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import {
  createReport,
  createReportingAgency,
  groupHead,
  setVnNow,
  updateReport,
} from '../helpers/reports'

// The dashboard and the province's aggregate report count the same month the same way: tasks
// (assigned, completed, on-time rate, overdue) on the last day of the month's data, and the
// reports expected and sent late (one definition, src/figures/monthFigures.ts).

let payload: Payload
let secretariat: User
let leader: User
let dashboard: DashboardData
let aggregate: Awaited<ReturnType<typeof computeAggregate>>
let taskFigures: AggregateView['taskFigures']

const requestOf = (user: User): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

const submit = async (user: User, agency: number, period: string) => {
  const report = await createReport(payload, user, { agency, period })
  const taskLines = (report.taskLines ?? []).map((line) => ({
    ...line,
    overdueReason: line.status === 'open-overdue' ? 'Chờ kinh phí.' : null,
  }))
  return updateReport(payload, user, report.id, { taskLines, status: 'submitted' })
}
const accept = (report: Report) =>
  updateReport(payload, secretariat, report.id, { status: 'accepted' })

beforeAll(async () => {
  payload = await initPayload()
  const head = await groupHead(payload)
  secretariat = await createUser(payload, { roles: ['secretariat'] })
  leader = await createUser(payload, { roles: ['leader'] })
  const a = await createReportingAgency(payload, head)
  const b = await createReportingAgency(payload, head)
  await createReportingAgency(payload, head, 'district')

  await a.assign({ dueDate: day('2026-09-30'), completedOn: day('2026-09-20') })
  await a.assign({ dueDate: day('2026-09-30'), completedOn: day('2026-10-05') })
  await a.assign({ dueDate: day('2026-10-01') })
  await a.assign({ dueDate: day('2026-12-31') })
  // Completed after the data period of 10/2026 ended: still open on its last day.
  await b.assign({ dueDate: day('2026-10-10'), completedOn: day('2026-10-20') })
  // Assigned after the data period ended: not counted for 10/2026.
  await b.assign({ assignedOn: day('2026-10-16'), dueDate: day('2026-11-30') })

  setVnNow('2026-10-15 09:00')
  await accept(await submit(a.reporter, a.agency.id, '2026-10'))
  setVnNow('2026-10-19 09:00')
  await submit(b.reporter, b.agency.id, '2026-10')
  setVnNow('2026-11-20 09:00')
  await rebuildRollups(payload)

  const req = await requestOf(leader)
  dashboard = await loadDashboard(
    req,
    parseFilters({ period: '2026-10', from: '2026-10' }, '2026-11-20'),
    undefined,
    '2026-11-20',
  )
  const system = await requestOf(secretariat)
  aggregate = await computeAggregate(system, '2026-10')
  taskFigures = await aggregateTaskFigures(system, '2026-10', '2026-11-20')
})

afterAll(() => {
  vi.useRealTimers()
})

describe('one definition of each figure on the dashboard and in the aggregate report', () => {
  it('takes the task figures on the last day of the month’s data (R3.2)', () => {
    expect(taskFigures.day).toBe('2026-10-14')
    expect(taskFigures.definition).toContain('Nhiệm vụ đã giao tính đến hết ngày 14/10/2026')
  })

  it('shows the same task figures for the month on the dashboard and in the report (R3.2)', () => {
    const { tasks } = dashboard.headline
    expect({
      total: tasks.total.value,
      completed: tasks.completed.value,
      onTimeRate: tasks.onTimeRate,
      overdue: tasks.openOverdue.value,
    }).toEqual({
      total: taskFigures.total,
      completed: taskFigures.completed,
      onTimeRate: taskFigures.onTimeRate,
      overdue: taskFigures.overdue,
    })
    expect(taskFigures.total).toBeGreaterThanOrEqual(5)
  })

  it('shows the same count of expected and late reports for the month (R12.3a)', () => {
    expect(dashboard.headline.reports.expected).toBe(aggregate.result.counts.expected)
    expect(dashboard.headline.reports.late.value).toBe(aggregate.result.counts.late)
    expect(aggregate.result.counts.late).toBeGreaterThanOrEqual(1)
  })

  it('writes under the headline widget what the figures count and as of when', () => {
    expect(dashboard.headline.definitions.tasks.vi).toBe(taskFigures.definition)
    expect(dashboard.headline.definitions.reports.vi).toContain('hết ngày 17/10/2026')
  })
})
