import type { Figure, Id, TaskCategory, TasksByAgency } from '../types'
import { scopeAgencies, type DashboardContext } from './context'
import { tasksOfAgencyCaption } from './captions'
import { andWhere, idsWhere, listHref, listHrefsBy } from './hrefs'
import { limitRows } from './rowLimit'
import {
  assignedByWhere,
  completedByWhere,
  overdueOnWhere,
  TASK_CATEGORIES,
  tasksOnDay,
  type TaskOnDay,
} from './tasks'

/**
 * The task list's filter for a category on `day`, by lead agency. A completed task's stored status
 * is final, so completed tasks are selected by status and date (thousands of them would not fit
 * in a link as ids); open tasks within their deadline, whose stored status ages, by id.
 */
const categoryHrefs = (day: string) => {
  const completed = (category: TaskCategory) =>
    listHrefsBy(
      'tasks',
      'leadAgency',
      andWhere(assignedByWhere(day), completedByWhere(day), { status: { equals: category } }),
    )
  const byAgency = {
    'completed-on-time': completed('completed-on-time'),
    'completed-late': completed('completed-late'),
    'open-overdue': listHrefsBy('tasks', 'leadAgency', overdueOnWhere(day)),
  }
  return (category: TaskCategory, agency: Id, facts: TaskOnDay[], name: string): string =>
    category === 'open-within-deadline'
      ? listHref(
          'tasks',
          andWhere(
            { leadAgency: { equals: agency } },
            idsWhere(facts.filter(({ status }) => status === category).map(({ task }) => task.id)),
          ),
          tasksOfAgencyCaption(category, name),
        )
      : byAgency[category](agency, tasksOfAgencyCaption(category, name))
}

type Counts = Record<TaskCategory, number>

/** Past the row limit, the agencies with most overdue tasks first, then most completed late. */
const attention = ({ counts }: { counts: Counts }) =>
  counts['open-overdue'] * 1e8 + counts['completed-late'] * 1e4 + counts['open-within-deadline']

/**
 * R3.2: each lead agency's tasks in the government's four categories on the month's day. On the
 * page, the agencies needing most attention (rowLimit.ts), with links built for those only.
 */
export const tasksByAgency = async (ctx: DashboardContext): Promise<TasksByAgency> => {
  const [agencies, tasks] = await Promise.all([scopeAgencies(ctx), tasksOnDay(ctx, ctx.day)])
  const counted = agencies.flatMap((agency) => {
    const { facts, settled } = tasks.get(String(agency.id)) ?? {
      facts: [],
      settled: { onTime: 0, late: 0 },
    }
    if (facts.length + settled.onTime + settled.late === 0) return []
    const counts: Counts = {
      'completed-on-time': settled.onTime,
      'completed-late': settled.late,
      'open-within-deadline': 0,
      'open-overdue': 0,
    }
    // Other states (paused, recurring) are in none of the four.
    for (const { status } of facts) if (status in counts) counts[status as TaskCategory] += 1
    return [{ agency, facts, counts }]
  })
  const { rows, total } = limitRows(ctx, counted, attention)
  const hrefOf = categoryHrefs(ctx.day)
  return {
    rows: rows.map(({ agency, facts, counts }) => ({
      agency: agency.id,
      name: agency.name,
      counts: Object.fromEntries(
        TASK_CATEGORIES.map((category) => [
          category,
          { value: counts[category], href: hrefOf(category, agency.id, facts, agency.name) },
        ]),
      ) as Record<TaskCategory, Figure>,
    })),
    total,
  }
}
