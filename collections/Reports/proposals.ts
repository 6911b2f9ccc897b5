import type { CollectionAfterChangeHook } from 'payload'

import { createFeedbackFromProposal } from '../Feedback/fromReport'
import { vnToday } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'
import { SEEDING_CONTEXT } from './hooks'

type ProposalRow = { id?: string | null; content?: string | null }

/** The stable reference of one proposal of one report, kept on its feedback item. */
export const proposalRef = (reportId: number | string, rowId: string): string =>
  `reports:${reportId}:${rowId}`

const SENT = new Set(['submitted', 'resubmitted'])

/**
 * R6.1/R14.3: when a report is submitted (or resubmitted), each of its proposals becomes a
 * feedback item for the standing body, once: a proposal already forwarded is recognised by its
 * reference. Runs in the report's own request and transaction.
 */
export const forwardProposals: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context[SEEDING_CONTEXT] || !SENT.has(doc.status) || previousDoc?.status === doc.status)
    return doc
  const rows = ((doc.proposals ?? []) as ProposalRow[]).filter(
    (row): row is { id: string; content: string } => Boolean(row.id && row.content?.trim()),
  )
  if (rows.length === 0) return doc
  const refs = rows.map((row) => proposalRef(doc.id, row.id))
  const { docs: forwarded } = await req.payload.find({
    collection: 'feedback',
    where: { originRef: { in: refs } },
    select: { originRef: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const done = new Set(forwarded.map((item) => item.originRef))
  for (const row of rows) {
    const ref = proposalRef(doc.id, row.id)
    if (done.has(ref)) continue
    await createFeedbackFromProposal(req, {
      agency: idOf(doc.agency)!,
      author: req.user?.collection === 'users' ? req.user.id : null,
      content: row.content,
      reportRef: ref,
      receivedOn: vnToday(),
    })
  }
  return doc
}
