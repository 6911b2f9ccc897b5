import type { PayloadRequest } from 'payload'

import {
  formatDataPeriod,
  formatPeriod,
  previousPeriod,
  reportDeadline,
  settingsDayOf,
  type Period,
} from '../../hooks/rules/reportPeriods'
import { REPORT_STATUS_LABELS, type ReportStatus } from '../../hooks/rules/reportWorkflow'
import {
  daysOverdue,
  effectiveDueDate,
  taskStatus,
  TASK_STATUS_LABELS,
} from '../../hooks/rules/taskStatus'
import { formatDayKey } from '../../hooks/rules/terms'
import { charterNumbersOn } from '../../src/charter/settings'
import { dayKeyOf } from '../../src/fields/dates'
import { daysBetweenKeys, type DateKey } from '../../src/lib/clock'

// A reporter's home: his agency's work, not the province's figures. This month's report with its
// deadline and state, earlier reports still not sent, reports returned with the standing body's
// comment, and the agency's open tasks (overdue first). Read as the user (access applies).

const SENT: readonly ReportStatus[] = ['submitted', 'accepted', 'resubmitted']
// Earlier months looked at for a report still owed.
const MONTHS_BACK = 3
const MAX_TASKS = 20

export type HomeReport = { id: number | string; status: ReportStatus; statusLabel: string }

export type HomePeriod = {
  period: Period
  /** "Tháng 12/2026" */
  label: string
  /** "Số liệu từ ngày 15/11/2026 đến ngày 14/12/2026" */
  dataPeriod: string
  /** dd/MM/yyyy, the last day on time. */
  deadline: string
  /** Days from today to the deadline (negative: past). */
  daysLeft: number
  report: HomeReport | null
  sent: boolean
}

export type HomeTask = {
  id: number | string
  code: string | null
  title: string
  due: string | null
  statusLabel: string
  daysOverdue: number
}

export type ReporterHome = {
  current: HomePeriod
  owed: HomePeriod[]
  returned: { id: number | string; label: string; comment: string }[]
  tasks: HomeTask[]
  openTasks: number
  overdueTasks: number
}

const monthLabel = (period: Period) => `Tháng ${formatPeriod(period)}`

/** R12.3a: the period whose report is due next on `today` (its deadline is today or later). */
const currentPeriodOn = (today: DateKey, reportBeforeDay: number): Period => {
  const month = today.slice(0, 7)
  return today <= reportDeadline(month, reportBeforeDay) ? month : nextMonth(month)
}

const nextMonth = (period: Period): Period => {
  const [year, month] = period.split('-').map(Number) as [number, number]
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`
}

const periodFacts = async (
  req: PayloadRequest,
  period: Period,
  today: DateKey,
  report: HomeReport | null,
): Promise<HomePeriod> => {
  const numbers = await charterNumbersOn(req, settingsDayOf(period))
  const deadline = reportDeadline(period, numbers.reportBeforeDay)
  return {
    period,
    label: monthLabel(period),
    dataPeriod: formatDataPeriod(period, numbers.dataEndDay),
    deadline: formatDayKey(deadline),
    daysLeft: daysBetweenKeys(today, deadline),
    report,
    sent: report !== null && SENT.includes(report.status),
  }
}

export const loadReporterHome = async (
  req: PayloadRequest,
  agency: number | string,
  today: DateKey,
): Promise<ReporterHome> => {
  const numbers = await charterNumbersOn(req, today)
  const current = currentPeriodOn(today, numbers.reportBeforeDay)
  const periods = [current]
  for (let i = 0; i < MONTHS_BACK; i++) periods.push(previousPeriod(periods.at(-1)!))
  const asUser = { depth: 0, overrideAccess: false, user: req.user, req } as const

  const [reports, returned, tasks] = await Promise.all([
    req.payload.find({
      collection: 'reports',
      where: { agency: { equals: agency }, period: { in: periods } },
      select: { period: true, status: true },
      limit: periods.length,
      ...asUser,
    }),
    req.payload.find({
      collection: 'reports',
      where: { agency: { equals: agency }, status: { equals: 'returned' } },
      select: { period: true, reviewComment: true },
      sort: '-period',
      limit: 10,
      ...asUser,
    }),
    req.payload.find({
      collection: 'tasks',
      where: { leadAgency: { equals: agency }, completedOn: { exists: false } },
      select: {
        code: true,
        title: true,
        startDate: true,
        dueDate: true,
        completedOn: true,
        recurring: true,
        paused: true,
        extensions: true,
      },
      sort: 'effectiveDueDate',
      limit: 200,
      ...asUser,
    }),
  ])

  const reportOf = (period: Period): HomeReport | null => {
    const doc = reports.docs.find((report) => report.period === period)
    if (!doc) return null
    const status = doc.status as ReportStatus
    return { id: doc.id, status, statusLabel: REPORT_STATUS_LABELS[status].vi }
  }

  const [currentFacts, ...earlier] = await Promise.all(
    periods.map((period) => periodFacts(req, period, today, reportOf(period))),
  )
  const homeTasks = tasks.docs.map((task): HomeTask => {
    const dates = {
      startDate: dayKeyOf(task.startDate),
      dueDate: dayKeyOf(task.dueDate),
      completedOn: dayKeyOf(task.completedOn),
      recurring: task.recurring,
      paused: task.paused,
      extensions: (task.extensions ?? []).flatMap((extension) => {
        const newDueDate = dayKeyOf(extension.newDueDate)
        return newDueDate && extension.status ? [{ newDueDate, status: extension.status }] : []
      }),
    }
    const due = effectiveDueDate(dates)
    return {
      id: task.id,
      code: task.code ?? null,
      title: task.title,
      due: due ? formatDayKey(due) : null,
      statusLabel: TASK_STATUS_LABELS[taskStatus(dates, today)].vi,
      daysOverdue: daysOverdue(dates, today),
    }
  })
  // Overdue first (longest first), then by due date as the query sorted them.
  const ordered = [...homeTasks].sort((a, b) => b.daysOverdue - a.daysOverdue)

  return {
    current: currentFacts!,
    // Earlier months whose deadline has passed and whose report has not been sent.
    owed: earlier.filter((facts) => !facts.sent && facts.daysLeft < 0),
    returned: returned.docs.map((doc) => ({
      id: doc.id,
      label: monthLabel(doc.period),
      comment: doc.reviewComment ?? '',
    })),
    tasks: ordered.slice(0, MAX_TASKS),
    openTasks: tasks.totalDocs,
    overdueTasks: homeTasks.filter((task) => task.daysOverdue > 0).length,
  }
}
