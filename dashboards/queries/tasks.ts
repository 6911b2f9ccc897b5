import type { Where } from 'payload'

import {
  assignedBy,
  readStoredTask,
  taskStatusOn,
  type SettledTasks,
  type StoredTask,
  type TaskFact,
} from '../../hooks/rules/rollup'
import { addDaysToKey, vnDayStart } from '../../src/lib/clock'
import type { TaskCategory } from '../types'
import { idOf } from '../../src/lib/relations'
import { TASK_FACTS_SELECT, taskFactOf, type TaskRow } from '../../src/rollups/load'
import { ROLLUP_SLUGS } from '../../src/rollups/slugs'
import { readRollups, scopeAgencies, yearOf, type DashboardContext } from './context'

// The scope's tasks from their rollup, their status on a day, and the task-list filters that
// select the same tasks.

export const TASK_CATEGORIES: TaskCategory[] = [
  'completed-on-time',
  'completed-late',
  'open-within-deadline',
  'open-overdue',
]

/** A row of the agency-tasks rollup as the dashboard reads it. */
type StoredAgencyTasks = { key: string; tasks: StoredTask[] | null; settled?: SettledTasks | null }

export type AgencyTasks = { tasks: TaskFact[]; settled: { onTime: number; late: number } }

/**
 * The scope's lead agencies' tasks (one rollup row per agency): the tasks completed before the
 * row's settled day as counts, the others one by one. The widgets look at days from January of
 * the selected year on; an agency whose row settled later than that (a view of an older year) has
 * its tasks read from the source instead, in one more statement.
 */
export const loadTasks = (ctx: DashboardContext): Promise<Map<string, AgencyTasks>> =>
  ctx.once('tasks', async () => {
    const agencies = await scopeAgencies(ctx)
    const whole =
      ctx.scope.agency === null && ctx.filters.district === null && !ctx.filters.agencyKind
    const { docs } = await readRollups<StoredAgencyTasks>(ctx, {
      collection: ROLLUP_SLUGS.agencyTasks,
      where: whole ? undefined : { key: { in: agencies.map((agency) => String(agency.id)) } },
      select: { key: true, tasks: true, settled: true },
      sort: 'refreshedAt',
    })
    const firstDay = `${yearOf(ctx.filters.period)}-01-01`
    const visible = new Set(agencies.map((agency) => String(agency.id)))
    const byAgency = new Map<string, AgencyTasks>()
    const unsettled: string[] = []
    for (const row of docs) {
      if (!visible.has(row.key)) continue
      if (row.settled && row.settled.before > firstDay) unsettled.push(row.key)
      else
        byAgency.set(row.key, {
          tasks: (row.tasks ?? []).map(readStoredTask),
          settled: { onTime: row.settled?.onTime ?? 0, late: row.settled?.late ?? 0 },
        })
    }
    if (unsettled.length) {
      const { docs: source } = await ctx.req.payload.find({
        collection: 'tasks',
        where: { leadAgency: { in: unsettled } },
        select: TASK_FACTS_SELECT,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        req: ctx.req,
      })
      for (const key of unsettled) byAgency.set(key, { tasks: [], settled: { onTime: 0, late: 0 } })
      for (const task of source as TaskRow[])
        byAgency.get(String(idOf(task.leadAgency)))?.tasks.push(taskFactOf(task))
    }
    return byAgency
  })

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
