import type { Where } from 'payload'

import { assignedBy, taskStatusOn, type TaskFact } from '../../hooks/rules/rollup'
import { addDaysToKey, vnDayStart } from '../../src/lib/clock'
import type { TaskCategory } from '../types'
import { loadTasks, type DashboardContext } from './context'

// Task facts on a day, and the task-list filters that select the same tasks.

export const TASK_CATEGORIES: TaskCategory[] = [
  'completed-on-time',
  'completed-late',
  'open-within-deadline',
  'open-overdue',
]

/** Tasks assigned by `day`, each with its status on `day` (R3.2). */
export const tasksOn = (tasks: readonly TaskFact[], day: string) =>
  tasks
    .filter((task) => assignedBy(task, day))
    .map((task) => ({ task, status: taskStatusOn(task, day) }))

export type TaskOnDay = ReturnType<typeof tasksOn>[number]

/** An agency's tasks on a day: those kept one by one with their status, and the settled counts. */
export type AgencyTasksOnDay = {
  facts: TaskOnDay[]
  /** Tasks completed before the rollup's settled day (before `day`): counts only. */
  settled: { onTime: number; late: number }
}

/** Each lead agency's tasks with their status on `day`, computed once per dashboard and day. */
export const tasksOnDay = (
  ctx: DashboardContext,
  day: string,
): Promise<Map<string, AgencyTasksOnDay>> =>
  ctx.once(`tasks-on:${day}`, async () => {
    const tasks = await loadTasks(ctx)
    return new Map(
      [...tasks].map(([agency, { tasks: list, settled }]) => [
        agency,
        { facts: tasksOn(list, day), settled },
      ]),
    )
  })

const endOf = (day: string) => vnDayStart(addDaysToKey(day, 1)).toISOString()

/** Tasks assigned by the end of `day`. */
export const assignedByWhere = (day: string): Where => ({ assignedOn: { less_than: endOf(day) } })

/** Tasks completed by the end of `day`. */
export const completedByWhere = (day: string): Where => ({ completedOn: { less_than: endOf(day) } })

/** R3.2: open and past the due date in force on `day` (neither paused nor recurring). */
export const overdueOnWhere = (day: string): Where => ({
  and: [
    assignedByWhere(day),
    {
      or: [{ completedOn: { exists: false } }, { completedOn: { greater_than_equal: endOf(day) } }],
    },
    { or: [{ paused: { equals: false } }, { paused: { exists: false } }] },
    { or: [{ recurring: { equals: false } }, { recurring: { exists: false } }] },
    { effectiveDueDate: { less_than: vnDayStart(day).toISOString() } },
  ],
})
