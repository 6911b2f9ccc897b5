import type { PayloadRequest } from 'payload'

import type { Feedback } from '../../payload-types'
import type { FeedbackOriginContext } from '../../src/lib/context'

export type ReportProposal = {
  /** The reporting agency. */
  agency: number | string
  /** Who submitted the report, when known. */
  author?: number | string | null
  /** 'proposal' (đề xuất, kiến nghị) unless the report lists it as an obstacle. */
  kind?: 'proposal' | 'obstacle'
  content: string
  /** A short subject; by default the start of the content. */
  title?: string
  /** The report it comes from, e.g. "reports:42" (kept as text: a stable reference). */
  reportRef: string
  /** The day the report was submitted (YYYY-MM-DD); by default today. */
  receivedOn?: string
}

const TITLE_MAX = 200

const subjectOf = (proposal: ReportProposal): string => {
  const text = (proposal.title ?? proposal.content).replace(/\s+/g, ' ').trim()
  return text.length <= TITLE_MAX ? text : `${text.slice(0, TITLE_MAX - 1)}…`
}

/**
 * R6.1 / R14.3: a proposal written in a monthly report becomes a feedback item for the standing
 * body, in the report's own write (same request and transaction). A system act: the report's
 * submission has already been authorised.
 */
export const createFeedbackFromProposal = async (
  req: PayloadRequest,
  proposal: ReportProposal,
): Promise<Feedback> => {
  const origin: FeedbackOriginContext = {
    origin: 'monthly-report',
    ref: proposal.reportRef.slice(0, 100),
    receivedOn: proposal.receivedOn,
  }
  // The Local API folds `context` into the shared request's context: put it back afterwards.
  const saved = req.context
  try {
    return await req.payload.create({
      collection: 'feedback',
      data: {
        kind: proposal.kind ?? 'proposal',
        agency: proposal.agency as number,
        author: (proposal.author ?? null) as number | null,
        title: subjectOf(proposal),
        content: proposal.content,
        status: 'received',
      },
      depth: 0,
      overrideAccess: true,
      context: { feedbackOrigin: origin },
      req,
    })
  } finally {
    req.context = saved
  }
}
