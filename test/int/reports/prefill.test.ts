// The pre-fill of a new monthly report.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { createAgency, day } from '../../helpers/fixtures'
import {
  createIndicator,
  createReport,
  createReportingAgency,
  setVnNow,
  updateReport,
} from '../../helpers/reports'
import {
  flow,
  head,
  initReportWorld,
  lineOf,
  payload,
  rate,
  stock,
  withValues,
} from '../../helpers/reportWorld'

beforeAll(initReportWorld)

afterEach(() => {
  vi.useRealTimers()
})

describe('pre-fill of a new monthly report', () => {
  it('lists the indicators the agency reports, in catalogue order, with last month’s values', async () => {
    setVnNow('2025-02-16 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const february = await createReport(payload, reporter, { period: '2025-02' })
    await updateReport(payload, reporter, february.id, {
      indicatorLines: withValues(
        february,
        new Map([
          [flow.id, 120],
          [stock.id, 14],
        ]),
      ),
    })
    setVnNow('2025-03-16 09:00')
    const march = await createReport(payload, reporter, { period: '2025-03' })
    expect(
      march.indicatorLines?.map(({ indicator, previousValue, value }) => ({
        indicator,
        previousValue,
        value,
      })),
    ).toEqual([
      { indicator: flow.id, previousValue: 120, value: null },
      { indicator: rate.id, previousValue: 0, value: null },
      { indicator: stock.id, previousValue: 14, value: null },
    ])
  })

  it('adds the indicators the agency owns, and those of an agency merged into it', async () => {
    setVnNow('2025-03-16 09:00')
    const { agency, reporter } = await createReportingAgency(payload, head)
    const merged = await createAgency(payload, {
      validTo: day('2025-02-14'),
      replacedBy: agency.id,
    })
    const owned = await createIndicator(payload, { owner: agency.id, order: 9 })
    const inherited = await createIndicator(payload, { owner: merged.id, order: 10 })
    const report = await createReport(payload, reporter, { period: '2025-03' })
    expect(report.indicatorLines?.map((line) => line.indicator)).toEqual([
      flow.id,
      rate.id,
      stock.id,
      owned.id,
      inherited.id,
    ])
  })

  it('leaves out indicators other kinds of agency report, derived ones and retired ones', async () => {
    setVnNow('2025-03-16 09:00')
    await createIndicator(payload, { reportedBy: ['district'] })
    await createIndicator(payload, { reportedBy: ['department'], active: false })
    await createIndicator(payload, {
      reportedBy: ['department'],
      source: 'tasks',
      taskMeasure: 'assigned',
    })
    const { reporter } = await createReportingAgency(payload, head)
    const report = await createReport(payload, reporter, { period: '2025-03' })
    expect(report.indicatorLines?.map((line) => line.indicator)).toEqual([
      flow.id,
      rate.id,
      stock.id,
    ])
  })

  it('lists the open tasks the agency leads with their status at the end of the month and their progress', async () => {
    setVnNow('2025-03-16 09:00')
    const { agency, reporter, assign } = await createReportingAgency(payload, head)
    // Judged on the data period of 2025-03 (15/02–14/03), at its last day.
    const overdue = await assign({ dueDate: day('2025-03-10'), progress: 40 })
    const running = await assign({ dueDate: day('2025-05-31'), progress: 10 })
    const doneInMarch = await assign({ dueDate: day('2025-03-31'), completedOn: day('2025-03-12') })
    await assign({ dueDate: day('2025-02-14'), completedOn: day('2025-02-10') })
    await assign({ assignedOn: day('2025-03-15') })
    const other = await createReportingAgency(payload, head)
    await other.assign({ coordinatingAgencies: [agency.id] })
    const report = await createReport(payload, reporter, { period: '2025-03' })
    expect(
      report.taskLines?.map(({ task, status, progress }) => ({ task, status, progress })),
    ).toEqual([
      { task: overdue.id, status: 'open-overdue', progress: 40 },
      { task: doneInMarch.id, status: 'completed-on-time', progress: 100 },
      { task: running.id, status: 'open-within-deadline', progress: 10 },
    ])
  })

  it('keeps what is sent with the creation on the line of its indicator', async () => {
    setVnNow('2025-03-16 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await createReport(payload, reporter, {
      period: '2025-03',
      indicatorLines: [{ indicator: rate.id, value: 56.5, note: 'Theo số liệu của Trung tâm' }],
    })
    expect(report.indicatorLines?.[lineOf(report, rate)]).toMatchObject({
      value: 56.5,
      note: 'Theo số liệu của Trung tâm',
    })
  })
})
