import type { Payload, PayloadRequest, RequestContext } from 'payload'

import type { Expenditure, User } from '../../payload-types'
import type { LedgerAttempt } from '../lib/context'
import { idOf } from '../lib/relations'
import { EXPENDITURES } from './ledger'

// R13.2 under concurrency. Entries of one line are recorded one at a time in this process, and
// an entry that lost its sequence number to another process (the unique index on (line,
// sequence) refused it, nothing was stored) is checked again from the top: against the new
// ledger it is either accepted or refused as exceeding what is left.

/** Called by the ledger hook once it has numbered the entry. */
export const noteLedgerAttempt = (
  context: RequestContext,
  line: number | string,
  sequence: number,
): void => {
  const attempt = context.ledgerAttempt
  if (!attempt) return
  attempt.line = line
  attempt.sequence = sequence
}

const MAX_ATTEMPTS = 25

const queues = new Map<string, Promise<void>>()

/** Runs `work` after every earlier piece of work queued under the same key has settled. */
const inTurn = <T>(key: string, work: () => Promise<T>): Promise<T> => {
  const run = (queues.get(key) ?? Promise.resolve()).then(work)
  const settled = run.then(
    () => undefined,
    () => undefined,
  )
  queues.set(key, settled)
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key)
  })
  return run
}

type FieldError = { message?: string; path?: string }

/** Payload's answer to a unique index violation: "Value must be unique" on the indexed field. */
const isUniqueViolation = (payload: Payload, error: unknown): boolean => {
  const errors = (error as { data?: { errors?: FieldError[] } }).data?.errors ?? []
  const messages = new Set(
    Object.values(payload.config.i18n.supportedLanguages).map(
      (language) =>
        (language.translations as { error?: Record<string, string> }).error?.valueMustBeUnique,
    ),
  )
  return (
    (error as Error).name === 'ValidationError' &&
    errors.some((entry) => messages.has(entry.message))
  )
}

/** Whether another entry took the attempt's sequence number (the attempt stored nothing). */
const lostTheRace = async (
  payload: Payload,
  error: unknown,
  attempt: LedgerAttempt,
  req?: PayloadRequest,
): Promise<boolean> => {
  if (attempt.sequence === undefined || !isUniqueViolation(payload, error)) return false
  const taken = await payload.count({
    collection: EXPENDITURES,
    where: {
      and: [{ line: { equals: attempt.line } }, { sequence: { equals: attempt.sequence } }],
    },
    overrideAccess: true,
    // The failed create has rolled its own transaction back; an enclosing one is the caller's.
    req,
  })
  return taken.totalDocs > 0
}

export type RecordExpenditureOptions = {
  data: Partial<Expenditure> & Record<string, unknown>
  /** The acting user (Local API callers), or the request it comes with (REST). */
  user?: User | null
  req?: PayloadRequest
  depth?: number
  overrideAccess?: boolean
  context?: RequestContext
}

/**
 * Records an expenditure (R13.2): the way every client should write one. Checks and numbering
 * happen in the collection's hooks; this serialises the line's writers in this process and
 * retries an entry that lost its sequence number to a concurrent writer elsewhere.
 */
export const recordExpenditure = (
  payload: Payload,
  options: RecordExpenditureOptions,
): Promise<Expenditure> =>
  inTurn(`line:${String(idOf(options.data.line))}`, async () => {
    for (let round = 1; ; round += 1) {
      const attempt: LedgerAttempt = {}
      try {
        return await payload.create({
          collection: EXPENDITURES,
          data: options.data as Expenditure,
          depth: options.depth ?? 0,
          overrideAccess: options.overrideAccess ?? false,
          ...(options.req ? { req: options.req } : { user: options.user ?? undefined }),
          context: { ...options.context, ledgerAttempt: attempt },
        })
      } catch (error) {
        if (round >= MAX_ATTEMPTS || !(await lostTheRace(payload, error, attempt, options.req)))
          throw error
      }
    }
  })
