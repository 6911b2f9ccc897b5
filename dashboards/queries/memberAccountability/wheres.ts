import type { Where } from 'payload'

import { addDaysToKey, vnDayStart } from '../../../src/lib/clock'
import type { Id, Period, TaskCategory } from '../../types'
import { listHref } from '../hrefs'

export const endOf = (day: string) => vnDayStart(addDaysToKey(day, 1)).toISOString()
export const startOf = (day: string) => vnDayStart(day).toISOString()

/** R2.2: the task-list filters selecting the tasks each figure counts, for a lead agency. */
export const taskWheres = (agency: Id, year: number, day: string) => {
  const open: Where = {
    or: [{ completedOn: { exists: false } }, { completedOn: { greater_than_equal: endOf(day) } }],
  }
  const running: Where[] = [
    open,
    { or: [{ paused: { equals: false } }, { paused: { exists: false } }] },
    { or: [{ recurring: { equals: false } }, { recurring: { exists: false } }] },
    { or: [{ startDate: { exists: false } }, { startDate: { less_than: endOf(day) } }] },
  ]
  const base: Where[] = [
    { leadAgency: { equals: agency } },
    { assignedOn: { less_than: endOf(day) } },
    {
      or: [
        { completedOn: { exists: false } },
        { completedOn: { greater_than_equal: startOf(`${year}-01-01`) } },
      ],
    },
  ]
  const completed = (status: TaskCategory): Where => ({
    and: [...base, { completedOn: { less_than: endOf(day) } }, { status: { equals: status } }],
  })
  return {
    'completed-on-time': completed('completed-on-time'),
    'completed-late': completed('completed-late'),
    'open-within-deadline': {
      and: [
        ...base,
        ...running,
        {
          or: [
            { effectiveDueDate: { exists: false } },
            { effectiveDueDate: { greater_than_equal: startOf(day) } },
          ],
        },
      ],
    },
    'open-overdue': {
      and: [...base, ...running, { effectiveDueDate: { less_than: startOf(day) } }],
    },
  } satisfies Record<TaskCategory, Where>
}

/** R12.3a: the report-list filter of an agency's reports of the year in a state. */
export const reportWhere = (agency: Id, year: number, timeliness: 'on-time' | 'late'): Where => ({
  and: [
    { agency: { equals: agency } },
    { period: { greater_than_equal: `${year}-01` } },
    { period: { less_than_equal: `${year}-12` } },
    { timeliness: { equals: timeliness } },
  ],
})

export const reportListOf = (agency: Id, period: Period) =>
  listHref('reports', { and: [{ agency: { equals: agency } }, { period: { equals: period } }] })
