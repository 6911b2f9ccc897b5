import type { PayloadRequest } from 'payload'

import { needsFollowUp, type Id } from '../../hooks/rules/meetings'
import { dayKeyOf } from '../../src/fields/dates'
import { vnDayStart } from '../../src/lib/clock'

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
