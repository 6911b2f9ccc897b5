import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

// The data's version, for caches that must never serve what a committed write has changed (the
// dashboard's shared reads, dashboards/queries/sharedReads.ts). It has two parts:
// - in this process, a counter that moves as soon as a transaction that wrote data commits (or a
//   write outside any transaction returns), before the writer's answer is sent;
// - for the other processes (a second server, a script run beside the server), a random stamp in
//   the `data-version` global, rewritten right after; they compare it in one statement.
// The adapter wrapper (requestScope.ts) reports the writes. Writes to the system's bookkeeping
// (the jobs queue and its schedule, document locks, admin preferences, migrations, the stamp
// itself) change nothing a cache holds. MongoDB is not wrapped: there is no version, and nothing is cached.

export const DATA_VERSION_SLUG = 'data-version'

const BOOKKEEPING = new Set([
  DATA_VERSION_SLUG,
  'payload-jobs',
  'payload-jobs-stats',
  'payload-kv',
  'payload-locked-documents',
  'payload-preferences',
  'payload-migrations',
])

type State = { local: number }

// On globalThis: the adapter (built by the config) and its readers may load separate copies of
// this module (statementCounter.ts has the same note).
const KEY = Symbol.for('taskforce06.dataVersion')
const state = ((globalThis as Record<symbol, unknown>)[KEY] ??= { local: 0 }) as State

/** What the adapter wrapper tells the version about. */
export type VersionTracker = {
  /**
   * A write succeeded: in the transaction that commits as `transactionId`, or outside any
   * (counted at once).
   */
  wrote: (collection: unknown, transactionId: string | undefined) => Promise<void>
  /** The transaction committed: counts it if it wrote data. */
  committed: (transactionId: string) => Promise<void>
  rolledBack: (transactionId: string) => void
}

const TRACKING = Symbol.for('taskforce06.dataVersionTracked')

type Tracking = {
  /** Rewrites the stored stamp, outside any request's transaction. */
  writeStamp: (stamp: string) => Promise<unknown>
  logError: (error: unknown) => void
  /** The current request has a transaction open (its reads may see its uncommitted writes). */
  inOpenTransaction: () => boolean
}

/** The tracker of one adapter. Stamp rewrites asked for while one runs share the next one. */
export const trackDataVersion = (
  adapter: Record<string | symbol, unknown>,
  tracking: Tracking,
): VersionTracker => {
  adapter[TRACKING] = tracking
  const { writeStamp, logError } = tracking
  const dirty = new Set<string>()
  let running: Promise<void> | null = null
  let queued: Promise<void> | null = null
  const stampNow = () =>
    writeStamp(randomUUID())
      .then(() => undefined)
      .catch(logError)
  const stampSoon = (): Promise<void> => {
    if (!running) {
      running = stampNow().finally(() => {
        running = null
      })
      return running
    }
    // The running rewrite may have started before this change: the next one covers it.
    queued ??= running.then(() => {
      queued = null
      return stampSoon()
    })
    return queued
  }
  return {
    wrote: async (collection, transactionId) => {
      if (typeof collection === 'string' && BOOKKEEPING.has(collection)) return
      if (transactionId !== undefined) {
        dirty.add(transactionId)
        return
      }
      state.local += 1
      // Not shared with a running rewrite: on SQLite this write still holds the write turn, which
      // that rewrite may be waiting for.
      await stampNow()
    },
    committed: async (transactionId) => {
      if (!dirty.delete(transactionId)) return
      state.local += 1
      await stampSoon()
    },
    rolledBack: (transactionId) => {
      dirty.delete(transactionId)
    },
  }
}

/**
 * The data's version now, or null when it cannot be known: an adapter without the wrapper
 * (MongoDB), or a request with a transaction open, whose reads may see its own uncommitted writes.
 */
export const readDataVersion = async (
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<string | null> => {
  const tracking = (payload.db as unknown as Record<symbol, Tracking | undefined>)[TRACKING]
  if (!tracking || req?.transactionID || tracking.inOpenTransaction()) return null
  // The local counter first: a commit during the read below then yields a version nobody reuses.
  const local = state.local
  const stored = (await payload.db.findGlobal({
    slug: DATA_VERSION_SLUG,
    select: { stamp: true },
  })) as { stamp?: string | null }
  return `${local}:${stored?.stamp ?? ''}`
}
