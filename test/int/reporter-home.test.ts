// Issue 13 item 5: a reporter's home is his agency's work: this month's report with its deadline
// and state, reports still owed, reports returned with the standing body's comment, and the
// agency's open tasks, overdue first. Read as the user: another agency's reporter sees none of it.
import { createLocalReq } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { User } from '../../payload-types'
import { loadReporterHome } from '../../dashboards/queries/reporterHome'
import { day } from '../helpers/fixtures'
import { createReportingAgency, setVnNow, updateReport } from '../helpers/reports'
import { completeReport, head, initReportWorld, payload, secretariat } from '../helpers/reportWorld'

const requestOf = (user: User) =>
  createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

beforeAll(initReportWorld)

afterEach(() => {
  vi.useRealTimers()
})

describe('a reporter’s home (R12.3a)', () => {
  it('shows the month’s report, what is owed, what was returned and the agency’s tasks', async () => {
    setVnNow('2025-03-16 09:00')
    const { agency, reporter, assign } = await createReportingAgency(payload, head)
    const report = await completeReport(reporter)
    await updateReport(payload, reporter, report.id, { status: 'submitted' })
    await updateReport(payload, secretariat, report.id, {
      status: 'returned',
      reviewComment: 'Bổ sung số liệu dòng 2.',
    })
    // Assigned after the report was made (an overdue task in a report needs its reason).
    const overdue = await assign({ title: 'Cấp căn cước cho học sinh', dueDate: day('2025-03-01') })
    await assign({ title: 'Số hóa hồ sơ hộ tịch', dueDate: day('2025-06-30') })
    await assign({ title: 'Đã xong', dueDate: day('2025-02-28'), completedOn: day('2025-02-20') })

    const home = await loadReporterHome(await requestOf(reporter), agency.id, '2025-03-16')

    expect(home.current).toMatchObject({
      period: '2025-03',
      label: 'Tháng 03/2025',
      deadline: '17/03/2025',
      daysLeft: 1,
      sent: false,
      report: { id: report.id, status: 'returned', statusLabel: 'Trả lại để hoàn thiện' },
    })
    expect(home.current.dataPeriod).toBe('Số liệu từ ngày 15/02/2025 đến ngày 14/03/2025')
    // The three months before, never reported by this new agency, are owed.
    expect(home.owed.map((facts) => facts.period)).toEqual(['2025-02', '2025-01', '2024-12'])
    expect(home.returned).toEqual([
      { id: report.id, label: 'Tháng 03/2025', comment: 'Bổ sung số liệu dòng 2.' },
    ])
    expect(home.openTasks).toBe(2)
    expect(home.overdueTasks).toBe(1)
    expect(home.tasks[0]).toMatchObject({
      id: overdue.id,
      title: 'Cấp căn cước cho học sinh',
      due: '01/03/2025',
      daysOverdue: 15,
      statusLabel: 'Đang thực hiện quá hạn',
    })
  })

  it('after the deadline, the next month is current and the unsent one is owed', async () => {
    setVnNow('2025-03-20 09:00')
    const { agency, reporter } = await createReportingAgency(payload, head)
    const home = await loadReporterHome(await requestOf(reporter), agency.id, '2025-03-20')
    expect(home.current).toMatchObject({ period: '2025-04', deadline: '17/04/2025', report: null })
    expect(home.owed[0]).toMatchObject({ period: '2025-03', daysLeft: -3, sent: false })
  })

  it('shows another agency’s reporter none of the agency’s reports or tasks', async () => {
    setVnNow('2025-03-16 09:00')
    const { agency, reporter, assign } = await createReportingAgency(payload, head)
    await assign()
    const report = await completeReport(reporter)
    const other = await createReportingAgency(payload, head)
    const home = await loadReporterHome(await requestOf(other.reporter), agency.id, '2025-03-16')
    expect(home.current.report).toBeNull()
    expect(home.tasks).toEqual([])
    expect(home.openTasks).toBe(0)
    expect(report.id).toBeDefined()
  })
})
