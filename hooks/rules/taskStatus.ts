// The government's task statuses (four categories plus not started / recurring / paused),
// computed from dates, never typed by hand. Day keys are Vietnam calendar days (YYYY-MM-DD).
export const TASK_STATUSES = [
  'completed-on-time',
  'completed-late',
  'open-within-deadline',
  'open-overdue',
  'not-started',
  'recurring',
  'paused',
] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]

export const TASK_STATUS_LABELS: Record<TaskStatus, { vi: string; en: string }> = {
  'completed-on-time': { vi: 'Hoàn thành đúng hạn', en: 'Completed on time' },
  'completed-late': { vi: 'Hoàn thành quá hạn', en: 'Completed late' },
  'open-within-deadline': { vi: 'Đang thực hiện trong hạn', en: 'Open within deadline' },
  'open-overdue': { vi: 'Đang thực hiện quá hạn', en: 'Open overdue' },
  'not-started': { vi: 'Chưa triển khai', en: 'Not started' },
  recurring: { vi: 'Thường xuyên', en: 'Recurring' },
  paused: { vi: 'Tạm dừng', en: 'Paused' },
}

export type Extension = { newDueDate: string; status: 'requested' | 'approved' | 'rejected' }

export type TaskDates = {
  startDate?: string | null
  dueDate?: string | null
  completedOn?: string | null
  recurring?: boolean | null
  paused?: boolean | null
  extensions?: readonly Extension[] | null
}

/** The due date in force: the latest approved extension, else the original due date. */
export const effectiveDueDate = (task: TaskDates): string | null => {
  const approved = (task.extensions ?? [])
    .filter((extension) => extension.status === 'approved')
    .map((extension) => extension.newDueDate)
    .sort()
  return approved.length ? approved[approved.length - 1] : (task.dueDate ?? null)
}

/** Status on `today`; completion is judged against the due date in force (extensions approved). */
export const taskStatus = (task: TaskDates, today: string): TaskStatus => {
  const due = effectiveDueDate(task)
  if (task.completedOn) {
    return !due || task.completedOn <= due ? 'completed-on-time' : 'completed-late'
  }
  if (task.paused) return 'paused'
  if (task.recurring) return 'recurring'
  if (task.startDate && today < task.startDate) return 'not-started'
  if (due && today > due) return 'open-overdue'
  return 'open-within-deadline'
}

/** Whole days past the due date in force on `today` (0 when not overdue). */
export const daysOverdue = (task: TaskDates, today: string): number => {
  const due = effectiveDueDate(task)
  if (!due || task.completedOn || today <= due) return 0
  return Math.round((Date.parse(today) - Date.parse(due)) / 86_400_000)
}
