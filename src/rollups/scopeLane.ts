import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { withUrgentTurn } from '../db/requestScope'
import { withTransaction } from '../db/withTransaction'

// R12.3a: a month's scope rows (province, district, kind) count every agency's report of that
// month, so every submission rewrites the same few rows. Recomputed inside each submitting transaction,
// those rows' locks were held until that transaction committed, and on PostgreSQL concurrent
// submissions queued on them (the 18th's p99 of 3.8–4.8 s, nine backends in ten waiting there).
// Instead the submitting transaction marks its agency-month row (`scopesPending`) and, once it
// has committed, the month's lane recomputes the scopes in a short transaction of its own. While
// one recomputation runs, the changes committed meanwhile wait together for the next, so at the
// peak one recomputation serves many submissions. The commit returns after its recomputation, so
// whoever wrote a report reads the figures that count it.

type Scopes = Set<string> | null
type Batch = { scopes: Scopes; done: Promise<void> }
type Lane = { tail: Promise<void>; waiting: Batch | null }

/** Recomputes the scopes (all of the month's when null) in the transaction of `req`. */
export type RecomputeScopes = (
  req: PayloadRequest,
  period: string,
  scopes: string[] | null,
) => Promise<void>

const lanes = new WeakMap<Payload, Map<string, Lane>>()

const laneOf = (payload: Payload, period: string): Lane => {
  let byPeriod = lanes.get(payload)
  if (!byPeriod) lanes.set(payload, (byPeriod = new Map()))
  let lane = byPeriod.get(period)
  if (!lane) byPeriod.set(period, (lane = { tail: Promise.resolve(), waiting: null }))
  return lane
}

const merge = (into: Batch, scopes: readonly string[] | null) => {
  if (into.scopes === null) return
  if (scopes === null) into.scopes = null
  else for (const scope of scopes) into.scopes.add(scope)
}

const run = async (
  payload: Payload,
  period: string,
  batch: Batch,
  recompute: RecomputeScopes,
): Promise<void> => {
  const scopes = batch.scopes && [...batch.scopes]
  // Twice at most: a PostgreSQL deadlock or a busy database fails one attempt of several.
  for (let attempt = 1; ; attempt++) {
    try {
      const req = await createLocalReq({}, payload)
      // First in line for SQLite's write turn: the submitters are waiting for it.
      await withUrgentTurn(() => withTransaction(req, () => recompute(req, period, scopes)))
      return
    } catch (error) {
      if (attempt < 2) continue
      // The write that asked for it is stored; its row stays marked, and the next recomputation
      // of the month (or the next start) counts it.
      payload.logger.error({ err: error, msg: `rollups: scopes of ${period} not recomputed` })
      return
    }
  }
}

/**
 * Recomputes the given scopes of a month (all of them when null) after the changes queued so
 * far: joins the recomputation waiting to start, or queues one behind the one running.
 */
export const recomputeInLane = (
  payload: Payload,
  period: string,
  scopes: readonly string[] | null,
  recompute: RecomputeScopes,
): Promise<void> => {
  const lane = laneOf(payload, period)
  if (lane.waiting) {
    merge(lane.waiting, scopes)
    return lane.waiting.done
  }
  const batch: Batch = { scopes: scopes && new Set(scopes), done: Promise.resolve() }
  lane.waiting = batch
  batch.done = lane.tail.then(() => {
    // From here on, later changes wait for the next recomputation.
    if (lane.waiting === batch) lane.waiting = null
    return run(payload, period, batch, recompute)
  })
  lane.tail = batch.done
  return batch.done
}
