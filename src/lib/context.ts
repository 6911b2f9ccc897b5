import type { FeedbackOrigin } from '../../hooks/rules/feedback'
import type { MeetingAction } from '../../hooks/rules/meetings/lifecycle'
import { isDateKey, toVnDateKey, vnToday, type DateKey } from './clock'

// Every key our code reads from or writes to `req.context`, with its type (Payload's
// `RequestContext` extended below). A request cannot set a context: only trusted server code
// (the seed, imports, the actions, jobs) does, so users always act now and never skip a step.

/** Where a feedback item created by `createFeedbackFromProposal` comes from, and on which day. */
export type FeedbackOriginContext = { origin: FeedbackOrigin; ref?: string; receivedOn?: string }

/** What the ledger hook tells `recordExpenditure` about an attempt: the sequence it claimed. */
export type LedgerAttempt = { line?: number | string; sequence?: number }

declare module 'payload' {
  interface RequestContext {
    /** Acting at a past instant (the seed replays history): acts are dated from it, see `actDayOf`. */
    actingAt?: Date
    /** The demo seed and bulk imports: report side effects and rollup upkeep are skipped. */
    seeding?: boolean
    /** Bulk writes that rebuild the rollups afterwards (`rebuildRollups`): no upkeep per write. */
    skipRollups?: boolean
    /** Writes left out of the audit log (the seed, the outbox's delivery bookkeeping, benchmarks). */
    skipAudit?: boolean
    /** Authority is checked on the day a document records (when past), not today (R4.5). */
    recordedAsDated?: boolean
    /** The issue action of a document is writing it (its register number and issued status). */
    issueDocument?: boolean
    /** The issue action of an aggregate report is writing it. */
    issueAggregate?: boolean
    /** A meeting action (notice, conclusions) is writing the meeting, at `actingAt` or now. */
    meetingAction?: MeetingAction
    /** A feedback item made from a report's proposal: its origin (set by the report hook). */
    feedbackOrigin?: FeedbackOriginContext
    /** The system's own feedback write (an adopted amendment recorded): its rules are skipped. */
    feedbackSystemWrite?: boolean
    /** The system's own plan write (its tasks linked): its rules are skipped. */
    planSystemWrite?: boolean
    /** The budget settings closing a year write its lines (their closed-year rule is skipped). */
    closingYear?: boolean
    /** Filled by the ledger hook for `recordExpenditure`'s retry on a lost sequence number. */
    ledgerAttempt?: LedgerAttempt
    /** When set, the audit hooks add the id of each entry they write (an import's batch). */
    auditEntriesWritten?: (number | string)[]
    /** Users whose password this request changed, for the audit entry (`slug:id`). */
    auditPasswordChanges?: Set<string>
    /** The charter settings read once per request (src/charter/settings). */
    charterSettingsRead?: Promise<unknown>
  }
}

type ActingContext = { actingAt?: Date }

/** The instant an act is performed at: `actingAt` when set (the seed's past), else now. */
export const actingNow = (context: ActingContext | undefined): Date =>
  context?.actingAt ?? new Date()

/**
 * The Vietnam day an act is recorded on: the day of `actingAt` when it is a past day, else
 * today. (A workflow act is never dated in the future.)
 */
export const actDayOf = (context: ActingContext | undefined): DateKey => {
  const today = vnToday()
  const at = context?.actingAt
  const day = at instanceof Date && !Number.isNaN(at.getTime()) ? toVnDateKey(at) : null
  return isDateKey(day) && day <= today ? day : today
}
