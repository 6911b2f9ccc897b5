import type { PayloadRequest } from 'payload'

import { TASK_FACTS_SELECT, taskFactOf, type TaskRow } from '../rollups/load'
import { taskFiguresOf, taskStatusesOn, type TaskFigures } from './monthFigures'

/**
 * R3.2: the province's task figures on `day` (monthFigures.ts), read by the system from the tasks
 * themselves in one statement: every task with a lead agency, as the dashboard counts them.
 */
export const loadTaskFigures = async (req: PayloadRequest, day: string): Promise<TaskFigures> => {
  const { docs } = await req.payload.find({
    collection: 'tasks',
    where: { leadAgency: { exists: true } },
    select: TASK_FACTS_SELECT,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
  })
  return taskFiguresOf(taskStatusesOn((docs as TaskRow[]).map(taskFactOf), day))
}
