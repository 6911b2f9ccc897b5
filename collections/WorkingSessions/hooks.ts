import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { conclusionVerdicts, type ConclusionRow } from '../../hooks/rules/workingSessions'
import { formatDayKey } from '../../hooks/rules/terms'
import { dayKeyOf } from '../../src/fields/dates'
import { requireAuthority } from '../../hooks/rules/authority'
import { authorityOn, performedOn } from '../../src/charter/authority'
import { assertVerdict, assertVerdicts } from '../../src/lib/assertVerdict'
import { vnDayStart } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'

const COLLECTION = 'working-sessions'

type Row = {
  id?: string | null
  content?: string | null
  leadAgency?: unknown
  dueDate?: unknown
  task?: unknown
}

const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

/**
 * R12.2: every conclusion names its lead agency (the session's agency unless another is chosen)
 * and a due date no earlier than the session; all faulty rows are reported in one answer.
 */
export const checkConclusions: CollectionBeforeChangeHook = async ({
  context,
  data,
  originalDoc,
  req,
}) => {
  const sessionDay = dayKeyOf(data.date ?? originalDoc?.date)
  if (!sessionDay || !Array.isArray(data.conclusions)) return data
  const agency = idOf(data.agency ?? originalDoc?.agency)
  for (const row of rowsOf(data.conclusions)) {
    if (row && typeof row === 'object' && row.leadAgency == null) row.leadAgency = agency
  }
  const rows: ConclusionRow[] = rowsOf(data.conclusions).map((row) => ({
    content: typeof row?.content === 'string' ? row.content : null,
    leadAgency: idOf(row?.leadAgency),
    dueDate: dayKeyOf(row?.dueDate),
  }))
  assertVerdicts(conclusionVerdicts(rows, sessionDay), req, COLLECTION)
  // R3.2: the conclusions become tasks, so whoever concludes must be able to assign tasks on the
  // session day and on the day it is recorded (the Head, or a delegate).
  const followed = new Set(
    rowsOf(originalDoc?.conclusions).flatMap((row) => (idOf(row.task) === null ? [] : [row.id])),
  )
  const pending = rowsOf(data.conclusions).some(
    (row) => idOf(row?.task) === null && !followed.has(row?.id),
  )
  const chair = idOf(data.chair ?? originalDoc?.chair)
  if (pending && chair !== null) {
    for (const day of new Set([sessionDay, performedOn(context, sessionDay)])) {
      const basis = await authorityOn(req.payload, chair, 'assign-task', day, req)
      if (!basis.allowed) {
        assertVerdict(
          requireAuthority('assign-task', day, { positions: [], delegations: [] }, 'chair'),
          req,
          COLLECTION,
        )
      }
    }
  }
  return data
}

/**
 * R12.2: each conclusion not yet followed by a task becomes one (source "standing session"),
 * assigned by the session's chair on the session day, and the row keeps the task's link. Runs in
 * the session's own request and transaction; the follow-up write of the links skips this hook.
 */
export const assignConclusionTasks: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (context.sessionTasksLinked) return doc
  const rows = rowsOf(doc.conclusions)
  const pending = rows.filter((row) => row.id && row.content && idOf(row.task) === null)
  const day = dayKeyOf(doc.date)
  const chair = idOf(doc.chair)
  if (pending.length === 0 || !day || chair === null) return doc
  const agencyName = await agencyNameOf(req, idOf(doc.agency))
  const linked = new Map<string, number | string>()
  for (const row of pending) {
    const task = await req.payload.create({
      collection: 'tasks',
      data: {
        source: 'standing-session',
        workingSession: doc.id,
        title: row.content!.slice(0, 500),
        sourceReference: `Kết luận buổi làm việc ngày ${formatDayKey(day)} với ${agencyName}`.slice(
          0,
          200,
        ),
        leadAgency: idOf(row.leadAgency) as number,
        assignedBy: chair as number,
        assignedOn: vnDayStart(day).toISOString(),
        dueDate: vnDayStart(dayKeyOf(row.dueDate) ?? day).toISOString(),
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    linked.set(row.id!, task.id)
  }
  const conclusions = rows.map((row) => ({
    ...row,
    leadAgency: idOf(row.leadAgency),
    task: linked.get(row.id ?? '') ?? idOf(row.task),
  }))
  // The Local API folds `context` into the shared request's context: put it back afterwards.
  const saved = { ...req.context }
  try {
    return await req.payload.update({
      collection: COLLECTION,
      id: doc.id,
      data: { conclusions } as never,
      depth: 0,
      overrideAccess: true,
      context: { sessionTasksLinked: true },
      req,
    })
  } finally {
    req.context = saved
  }
}

const agencyNameOf = async (req: PayloadRequest, id: unknown) => {
  const agencyId = idOf(id)
  if (agencyId === null) return ''
  const agency = await req.payload.findByID({
    collection: 'agencies',
    id: agencyId,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  return agency?.name ?? ''
}
