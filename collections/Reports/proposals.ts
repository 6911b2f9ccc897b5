import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { createFeedbackFromProposal } from '../Feedback/fromReport'
import { vnToday } from '../../src/lib/clock'
import type { Id } from '../../src/lib/ids'
import { idOf } from '../../src/lib/relations'

type ProposalRow = { id?: string | null; content?: string | null }
type TaskLineRow = { id?: string | null; task?: unknown; obstacles?: string | null }

/** The stable reference of one proposal of one report, kept on its feedback item. */
export const proposalRef = (reportId: number | string, rowId: string): string =>
  `reports:${reportId}:${rowId}`

/** The stable reference of the report's general obstacles, or of one task line's obstacles. */
export const obstaclesRef = (reportId: number | string, taskLineId?: string): string =>
  taskLineId ? `reports:${reportId}:task:${taskLineId}` : `reports:${reportId}:obstacles`

type Raised = { ref: string; kind: 'proposal' | 'obstacle'; content: string; task?: Id }

const hasText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim().length > 0

/** What a submitted report raises: its proposals, its general obstacles, each task's obstacles. */
const raisedIn = (doc: Record<string, unknown>): Raised[] => {
  const id = doc.id as Id
  const proposals = ((doc.proposals ?? []) as ProposalRow[]).flatMap((row) =>
    row.id && hasText(row.content)
      ? [{ ref: proposalRef(id, row.id), kind: 'proposal' as const, content: row.content }]
      : [],
  )
  const general = hasText(doc.obstacles)
    ? [{ ref: obstaclesRef(id), kind: 'obstacle' as const, content: doc.obstacles }]
    : []
  const perTask = ((doc.taskLines ?? []) as TaskLineRow[]).flatMap((row) =>
    row.id && hasText(row.obstacles)
      ? [
          {
            ref: obstaclesRef(id, row.id),
            kind: 'obstacle' as const,
            content: row.obstacles,
            task: idOf(row.task) ?? undefined,
          },
        ]
      : [],
  )
  return [...proposals, ...general, ...perTask]
}

/** "Nhiệm vụ NV-2026-01: …" for a task's obstacle, so the register says what it blocks. */
const taskCodes = async (req: PayloadRequest, raised: readonly Raised[]) => {
  const ids = [...new Set(raised.flatMap((item) => (item.task == null ? [] : [item.task])))]
  if (ids.length === 0) return new Map<string, string>()
  const { docs } = await req.payload.find({
    collection: 'tasks',
    where: { id: { in: ids } },
    select: { code: true, title: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((task) => [String(task.id), task.code || task.title]))
}

const SENT = new Set(['submitted', 'resubmitted'])

/**
 * R6.1/R14.3/R12.4: when a report is submitted (or resubmitted), each of its proposals and
 * obstacles (general, or on a task) becomes an item of the register for the standing body, once:
 * an item already forwarded is recognised by its reference. Runs in the report's own request and
 * transaction.
 */
export const forwardProposals: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context.seeding || !SENT.has(doc.status) || previousDoc?.status === doc.status) return doc
  const raised = raisedIn(doc)
  if (raised.length === 0) return doc
  const { docs: forwarded } = await req.payload.find({
    collection: 'feedback',
    where: { originRef: { in: raised.map((item) => item.ref) } },
    select: { originRef: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const done = new Set(forwarded.map((item) => item.originRef))
  const fresh = raised.filter((item) => !done.has(item.ref))
  const codes = await taskCodes(req, fresh)
  for (const item of fresh) {
    const code = item.task == null ? undefined : codes.get(String(item.task))
    await createFeedbackFromProposal(req, {
      agency: idOf(doc.agency)!,
      author: req.user?.collection === 'users' ? req.user.id : null,
      kind: item.kind,
      content: item.content,
      title: code ? `Nhiệm vụ ${code}: ${item.content}` : undefined,
      reportRef: item.ref,
      receivedOn: vnToday(),
    })
  }
  return doc
}
