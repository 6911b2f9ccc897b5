import { assignedBy, taskStatusOn, type TaskFact } from '../../hooks/rules/rollup'
import { formatPeriod, periodEnd, type Period } from '../../hooks/rules/reportPeriods'
import { formatDayKey } from '../../hooks/rules/terms'
import type { TaskStatus } from '../../hooks/rules/taskStatus'

// One definition of each figure that the dashboard and the province's aggregate report both
// show (R3.2 tasks, R12.3a reports), and the sentence that says what it counts and as of when.
// The dashboard computes them from its rollups, the aggregate report from the tasks themselves;
// both through the functions below, so the same data gives the same numbers.

type Label = { vi: string; en: string }

/**
 * The day a month's task figures are taken on: the last day of its data period (R12.3a, the 14th
 * of the report month by default), or `today` while that day has not come.
 */
export const figuresDayOf = (period: Period, today: string, dataEndDay?: number): string => {
  const end = periodEnd(period, dataEndDay)
  return today < end ? today : end
}

/** Tasks completed before a day, kept as counts only (the dashboard's settled tasks). */
export type SettledCounts = { onTime: number; late: number }

export type TaskFigures = {
  /** Tasks assigned by the day, whatever their status. */
  total: number
  /** Of them, completed by the day (on time or late). */
  completed: number
  completedOnTime: number
  /** Completed on time / completed, in % with one decimal; null when none is completed. */
  onTimeRate: number | null
  /** Not completed by the day and past the due date in force (R3.2). */
  overdue: number
}

export const onTimeRateOf = (onTime: number, completed: number): number | null =>
  completed ? Math.round((1000 * onTime) / completed) / 10 : null

/** R3.2: the task figures of a list of statuses on the figures day (plus settled counts). */
export const taskFiguresOf = (
  statuses: Iterable<TaskStatus>,
  settled: SettledCounts = { onTime: 0, late: 0 },
): TaskFigures => {
  let total = settled.onTime + settled.late
  let onTime = settled.onTime
  let late = settled.late
  let overdue = 0
  for (const status of statuses) {
    total += 1
    if (status === 'completed-on-time') onTime += 1
    else if (status === 'completed-late') late += 1
    else if (status === 'open-overdue') overdue += 1
  }
  return {
    total,
    completed: onTime + late,
    completedOnTime: onTime,
    onTimeRate: onTimeRateOf(onTime, onTime + late),
    overdue,
  }
}

/** The statuses on `day` of the tasks assigned by then. */
export const taskStatusesOn = (tasks: readonly TaskFact[], day: string): TaskStatus[] =>
  tasks.filter((task) => assignedBy(task, day)).map((task) => taskStatusOn(task, day))

/** What the task figures count, written under the dashboard's widget and in the report. */
export const taskFiguresDefinition = (day: string): Label => {
  const date = formatDayKey(day)
  return {
    vi:
      `Nhiệm vụ đã giao tính đến hết ngày ${date}, mọi trạng thái; đã hoàn thành: hoàn thành ` +
      `đến hết ngày đó (đúng hạn hoặc quá hạn); tỷ lệ đúng hạn: số hoàn thành đúng hạn trên số ` +
      `đã hoàn thành; quá hạn: chưa hoàn thành và đã qua hạn đang áp dụng (kể cả gia hạn được duyệt) ` +
      `vào ngày ${date}.`,
    en:
      `Tasks assigned by the end of ${date}, in any status; completed: completed by that day (on ` +
      `time or late); on-time rate: completed on time over completed; overdue: not completed and ` +
      `past the due date in force (approved extensions included) on ${date}.`,
  }
}

/** What the report figures count (R12.3a). */
export const reportFiguresDefinition = (period: Period, deadline: string): Label => {
  const month = formatPeriod(period)
  const due = formatDayKey(deadline)
  return {
    vi:
      `Cơ quan phải báo cáo: cơ quan, đơn vị hoạt động trong kỳ số liệu tháng ${month}; đã gửi: ` +
      `báo cáo tháng ${month} đã gửi (kể cả chưa được tiếp nhận); đúng hạn, chậm: theo lần gửi ` +
      `đầu tiên so với hạn hết ngày ${due}; chưa gửi: cơ quan chưa gửi báo cáo.`,
    en:
      `Agencies expected: those active during the data period of ${month}; received: reports of ` +
      `${month} sent (accepted or not); on time, late: the first sending against the deadline, ` +
      `the end of ${due}; not sent: agencies that have not sent their report.`,
  }
}
