import { ValidationError, type CollectionAfterChangeHook } from 'payload'

import { copyBackOf, type ReportedTaskLine } from '../../hooks/rules/reportCopyBack'
import { dayKeyOf } from '../../src/fields/dates'
import { idOf } from '../../src/lib/relations'

type TaskLineRow = { task?: unknown; progress?: number | null; result?: string | null }

/**
 * R12.3a: when the standing body accepts a report, each task line's progress and result are
 * written to the task (copyBackOf decides which), in the report's request and transaction, by the
 * accepting user: the Tasks hooks apply as to any standing-body edit. A task whose own rules refuse
 * the write keeps its values; the acceptance stands and the refusal is logged.
 */
export const copyProgressToTasks: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context.seeding || doc.status !== 'accepted') return doc
  if (previousDoc?.status === 'accepted') return doc
  const lines: ReportedTaskLine[] = ((doc.taskLines ?? []) as TaskLineRow[]).map((line) => ({
    task: idOf(line.task),
    progress: line.progress,
    result: line.result,
  }))
  const ids = [...new Set(lines.map((line) => line.task).filter((id) => id !== null))]
  if (ids.length === 0) return doc
  const { docs: tasks } = await req.payload.find({
    collection: 'tasks',
    where: { id: { in: ids } },
    select: { leadAgency: true, completedOn: true, progress: true, result: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const copies = copyBackOf(
    idOf(doc.agency)!,
    lines,
    tasks.map((task) => ({
      id: task.id,
      leadAgency: idOf(task.leadAgency),
      completedOn: dayKeyOf(task.completedOn),
      progress: task.progress ?? null,
      result: task.result ?? null,
    })),
  )
  for (const copy of copies) {
    try {
      await req.payload.update({
        collection: 'tasks',
        id: copy.id,
        data: copy.data,
        depth: 0,
        overrideAccess: true,
        req,
      })
    } catch (error) {
      // A refusal by the task's hooks comes before any write: the transaction stays usable.
      if (!(error instanceof ValidationError)) throw error
      req.payload.logger.warn(
        `R12.3a: task ${copy.id} kept its values after report ${doc.id} was accepted: ${error.message}`,
      )
    }
  }
  return doc
}
