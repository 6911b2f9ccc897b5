import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import {
  isProvincialPlan,
  PLAN_KIND_LABELS,
  PLAN_TASK_PREFIX,
  type PlanKind,
} from '../../hooks/rules/plans'
import { idOf } from '../../src/lib/relations'
import { COLLECTION, type ItemRow } from './planShared'

/** A request for follow-up writes of the system: same transaction, no acting user. */
const systemReq = (req: PayloadRequest, context: Record<string, unknown> = {}) =>
  ({
    transactionID: req.transactionID,
    i18n: req.i18n,
    context: { ...req.context, ...context },
  }) as Partial<PayloadRequest>

/** On approval of a provincial plan, each item becomes a task assigned by the approver (R3.2). */
export const createPlanTasks: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (context.planSystemWrite === true) return doc
  if (doc.status !== 'approved' || previousDoc?.status === 'approved') return doc
  if (!isProvincialPlan(doc.kind)) return doc
  const kind = doc.kind as PlanKind
  const reference = `${PLAN_KIND_LABELS[kind].vi} năm ${doc.year}${doc.version > 1 ? ` (sửa đổi lần ${doc.version - 1})` : ''}`
  const rows: ItemRow[] = []
  let created = 0
  for (const [index, item] of ((doc.items ?? []) as ItemRow[]).entries()) {
    if (idOf(item.task) !== null) {
      rows.push(item)
      continue
    }
    // The tasks collection checks R3.2: the approver may assign tasks on the approval day.
    const task = await req.payload.create({
      collection: 'tasks',
      data: {
        code: `${PLAN_TASK_PREFIX[kind]}-${doc.year}-${String(index + 1).padStart(2, '0')}${doc.version > 1 ? `.${doc.version}` : ''}`,
        source: 'provincial-plan',
        title: String(item.content),
        sourceReference: reference.slice(0, 200),
        leadAgency: idOf(item.leadAgency) as number,
        assignedBy: idOf(doc.approvedBy) as number,
        assignedOn: doc.approvedOn,
        dueDate: item.dueDate as string,
      },
      depth: 0,
      overrideAccess: true,
      req: systemReq(req),
    })
    rows.push({ ...item, task: task.id })
    created++
  }
  if (created === 0) return doc
  const items = rows.map((row) => ({
    id: row.id,
    content: row.content as string,
    leadAgency: idOf(row.leadAgency) as number,
    dueDate: row.dueDate as string,
    task: idOf(row.task) as number,
  }))
  return req.payload.update({
    collection: COLLECTION,
    id: doc.id,
    data: { items },
    depth: 0,
    overrideAccess: true,
    req: systemReq(req, { planSystemWrite: true }),
  })
}
