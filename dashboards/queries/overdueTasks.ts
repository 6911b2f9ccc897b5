import { daysOverdueOn } from '../../hooks/rules/rollup'
import type { Id, OverdueTasks } from '../types'
import { loadAgencies, type DashboardContext } from './context'
import { docHref } from './hrefs'
import { readAsViewer } from './readAsViewer'
import { tasksOnDay } from './tasks'

export const OVERDUE_LIST_LENGTH = 50

/** Oldest task first among those equally overdue. */
const byId = (a: Id, b: Id) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1

/** R3.2: open tasks past their due date in force, longest overdue first (codes and titles of the first 50). */
export const overdueTasks = async (ctx: DashboardContext): Promise<OverdueTasks> => {
  const [tasks, agencies] = await Promise.all([tasksOnDay(ctx, ctx.day), loadAgencies(ctx)])
  const names = new Map(agencies.map((agency) => [String(agency.id), agency.name]))
  const overdue = [...tasks.entries()]
    .flatMap(([agency, { facts }]) =>
      facts
        .filter(({ status }) => status === 'open-overdue')
        .map(({ task }) => ({ task, agency, days: daysOverdueOn(task, ctx.day) })),
    )
    .sort((a, b) => b.days - a.days || byId(a.task.id, b.task.id))
  const shown = overdue.slice(0, OVERDUE_LIST_LENGTH)
  const titles = new Map<string, { code?: string | null; title: string }>()
  if (shown.length) {
    const ids = shown.map(({ task }) => task.id)
    const docs = await ctx.once(`task-titles:${ids.join(',')}`, () =>
      readAsViewer<{ id: Id; code?: string | null; title: string }>(ctx.req, 'tasks', {
        where: { id: { in: ids } },
        select: { code: true, title: true },
      }),
    )
    for (const doc of docs) titles.set(String(doc.id), doc)
  }
  return {
    total: overdue.length,
    rows: shown.map(({ task, agency, days }) => ({
      id: task.id,
      code: titles.get(String(task.id))?.code ?? '',
      title: titles.get(String(task.id))?.title ?? '',
      agency: names.get(agency) ?? '',
      dueDate: task.effectiveDueDate ?? task.dueDate ?? '',
      daysOverdue: days,
      href: docHref('tasks', task.id),
    })),
  }
}
