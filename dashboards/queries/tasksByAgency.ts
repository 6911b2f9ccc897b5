import type { Figure, TaskCategory, TasksByAgency } from '../types'
import { scopeAgencies, type DashboardContext } from './context'
import { idsWhere, listHref } from './hrefs'
import { TASK_CATEGORIES, tasksOnDay } from './tasks'

/** R3.2: each lead agency's tasks in the government's four categories on the month's day. */
export const tasksByAgency = async (ctx: DashboardContext): Promise<TasksByAgency> => {
  const [agencies, tasks] = await Promise.all([scopeAgencies(ctx), tasksOnDay(ctx, ctx.day)])
  const rows = agencies.flatMap((agency) => {
    const facts = tasks.get(String(agency.id)) ?? []
    if (facts.length === 0) return []
    const counts = Object.fromEntries(
      TASK_CATEGORIES.map((category) => {
        const ids = facts.filter(({ status }) => status === category).map(({ task }) => task.id)
        return [category, { value: ids.length, href: listHref('tasks', idsWhere(ids)) }]
      }),
    ) as Record<TaskCategory, Figure>
    return [{ agency: agency.id, name: agency.name, counts }]
  })
  return { rows }
}
