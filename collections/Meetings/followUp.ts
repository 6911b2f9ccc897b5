import type { PayloadRequest } from 'payload'

import { followUpState, needsFollowUp, type Id } from '../../hooks/rules/meetings'
import { formatDayKey } from '../../hooks/rules/terms'
import type { Bilingual } from '../../hooks/rules/verdict'
import { dayKeyOf } from '../../src/fields/dates'
import { vnDayStart } from '../../src/lib/clock'
import { followedTasks } from './delivery'

/**
 * R7.3 / R6.2c: the open tasks (within deadline or overdue) that conclusions of the group's
 * earlier meetings created, for the follow-up item of a regular meeting on `startDay`. Stored on
 * the meeting while it is a draft and fixed when its notice goes out, so the meeting keeps the
 * agenda it was called with (and list views read no extra queries).
 */
export const followUpTaskIds = async (
  req: PayloadRequest,
  groupId: Id,
  startDay: string,
): Promise<Id[]> => {
  const earlier = await req.payload.find({
    collection: 'meetings',
    where: {
      and: [
        { group: { equals: groupId } },
        { status: { equals: 'conclusions-issued' } },
        { start: { less_than: vnDayStart(startDay).toISOString() } },
      ],
    },
    select: { status: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (earlier.docs.length === 0) return []
  const tasks = await req.payload.find({
    collection: 'tasks',
    where: {
      and: [
        { meeting: { in: earlier.docs.map((doc) => doc.id) } },
        { completedOn: { exists: false } },
      ],
    },
    select: { assignedOn: true, completedOn: true, paused: true },
    sort: 'dueDate',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return tasks.docs
    .filter((task) =>
      needsFollowUp(
        {
          assignedOn: dayKeyOf(task.assignedOn),
          completedOn: dayKeyOf(task.completedOn),
          paused: Boolean(task.paused),
        },
        startDay,
      ),
    )
    .map((task) => task.id)
}

export type FollowUpRow = {
  id: Id
  title: string
  lead: string | null
  due: string | null
  state: Bilingual
}

/**
 * R7.3: the state of each task followed up at a meeting, today: done, in progress within its
 * deadline, or overdue by N days (the due date in force, extensions approved).
 */
export const followUpRows = async (
  req: PayloadRequest,
  taskIds: readonly Id[],
  today: string,
): Promise<FollowUpRow[]> =>
  (await followedTasks(req, taskIds)).map(({ id, title, lead, due, completedOn, paused }) => ({
    id,
    title,
    lead,
    due,
    state: followUpState({ dueDate: due, completedOn, paused }, today),
  }))

/** R7.3: the follow-up as lines: "1. <task> (chủ trì: …; hạn dd/MM/yyyy): <state>". */
export const followUpLinesOf = (rows: readonly FollowUpRow[], language: 'vi' | 'en'): string =>
  rows
    .map((row, index) => {
      const details = [
        row.lead ? `${language === 'vi' ? 'chủ trì' : 'lead'}: ${row.lead}` : null,
        row.due ? `${language === 'vi' ? 'hạn' : 'due'} ${formatDayKey(row.due)}` : null,
      ].filter(Boolean)
      return `${index + 1}. ${row.title}${details.length ? ` (${details.join('; ')})` : ''}: ${row.state[language]}`
    })
    .join('\n')
