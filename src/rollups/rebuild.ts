import {
  createLocalReq,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

import { agencyMonthKey, scopeMonthKey, scopeMonths } from '../../hooks/rules/rollup'
import { asSystem, loadAgencyInfos, loadIndicatorSpecs, type Db } from './load'
import { agencyMapOf, agencyMonthFacts, agencyTasksRows, meetingMonthRows } from './rows'
import { ROLLUP_SLUGS } from './slugs'
import { withTransaction } from '../db/withTransaction'
import { vnToday } from '../lib/clock'
import type { Id } from '../lib/ids'

// Recomputes the rollups from the source rows, month by month: after the seed, bulk imports and
// benchmarks (which write with `seeding`/`skipRollups`), or to repair them. Rows that already hold
// the right facts are left alone, so a rebuild of a current database writes nothing.

type Stored = { id: Id; key: string } & Record<string, unknown>

export type RebuildOptions = {
  from?: string
  to?: string
  /** The request whose transaction the rebuild joins (a migration's). */
  req?: PayloadRequest
}
export type RebuildResult = { periods: number; written: number; deleted: number }

/** JSON with sorted keys: PostgreSQL's jsonb does not keep the order keys were written in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  )

const same = (stored: Record<string, unknown>, data: Record<string, unknown>) =>
  Object.entries(data).every(([field, value]) => canonical(stored[field]) === canonical(value))

/** Makes a collection's rows with these keys hold `rows` (and only those, within `where`). */
const syncRows = async (
  db: Db,
  collection: CollectionSlug,
  where: Parameters<Payload['find']>[0]['where'],
  rows: Map<string, Record<string, unknown>>,
  tally: RebuildResult,
) => {
  const { docs } = await db.payload.find({
    collection,
    where,
    pagination: false,
    ...asSystem(db),
  })
  const kept = new Set<string>()
  const obsolete: Id[] = []
  const refreshedAt = new Date().toISOString()
  for (const doc of docs as unknown as Stored[]) {
    const data = rows.get(doc.key)
    if (!data || kept.has(doc.key)) {
      obsolete.push(doc.id)
      continue
    }
    kept.add(doc.key)
    if (same(doc, data)) continue
    await db.payload.update({
      collection,
      id: doc.id,
      data: { ...data, refreshedAt } as never,
      select: {},
      ...asSystem(db),
    })
    tally.written++
  }
  for (const [key, data] of rows) {
    if (kept.has(key)) continue
    await db.payload.create({
      collection,
      data: { ...data, key, refreshedAt } as never,
      select: {},
      ...asSystem(db),
    })
    tally.written++
  }
  if (obsolete.length) {
    await db.payload.delete({
      collection,
      where: { id: { in: obsolete } },
      select: {},
      ...asSystem(db),
    })
    tally.deleted += obsolete.length
  }
}

/** `field` within `from`…`to` (either may be open); undefined for the whole range. */
const rangeWhere = (field: string, { from, to }: RebuildOptions): Where | undefined => {
  const range: Where[] = [
    ...(from ? [{ [field]: { greater_than_equal: from } }] : []),
    ...(to ? [{ [field]: { less_than_equal: to } }] : []),
  ]
  return range.length ? { and: range } : undefined
}

const reportPeriods = async (db: Db, options: RebuildOptions): Promise<string[]> => {
  const [reports, rollups] = await Promise.all(
    (['reports', ROLLUP_SLUGS.agencyMonths] as const).map((collection) =>
      db.payload.find({
        collection,
        where: rangeWhere('period', options),
        select: { period: true },
        pagination: false,
        ...asSystem(db),
      }),
    ),
  )
  const periods = [...reports.docs, ...rollups.docs].map(
    (doc) => (doc as { period?: string }).period,
  )
  return [...new Set(periods.filter((p): p is string => Boolean(p)))].sort()
}

/** Every month's meetings in compact form (within `from`…`to` when given). */
const rebuildMeetingMonths = async (db: Db, options: RebuildOptions, tally: RebuildResult) => {
  await syncRows(
    db,
    ROLLUP_SLUGS.meetingMonths,
    rangeWhere('key', options),
    await meetingMonthRows(db, rangeWhere('servesMonth', options)),
    tally,
  )
}

/**
 * Runs one step of the rebuild in the caller's transaction, or else in one of its own: one commit
 * for the step's rows rather than one a row, and one SQLite connection (libsql opens a new
 * connection for every transaction and leaves the old one to the garbage collector; a rebuild of
 * five years, a transaction a row, ran out of file handles).
 */
const step = async (
  payload: Payload,
  req: PayloadRequest | undefined,
  fn: (db: Db) => Promise<void>,
) => {
  if (req) return fn({ payload, req })
  const own = await createLocalReq({}, payload)
  await withTransaction(own, () => fn({ payload, req: own }))
}

/** Recomputes every rollup (within `from`…`to` for the monthly ones; tasks always in full). */
export const rebuildRollups = async (
  payload: Payload,
  options: RebuildOptions = {},
): Promise<RebuildResult> => {
  const db: Db = { payload, req: options.req }
  const today = vnToday()
  const tally: RebuildResult = { periods: 0, written: 0, deleted: 0 }
  const [agencies, indicators, periods] = await Promise.all([
    loadAgencyInfos(db),
    loadIndicatorSpecs(db),
    reportPeriods(db, options),
  ])
  const agencyMap = agencyMapOf(agencies)
  for (const period of periods) {
    await step(payload, options.req, async (db) => {
      const facts = await agencyMonthFacts(db, { period: { equals: period } }, agencyMap)
      await syncRows(
        db,
        ROLLUP_SLUGS.agencyMonths,
        { period: { equals: period } },
        new Map(facts.map((row) => [agencyMonthKey(row.agency, period), { ...row }])),
        tally,
      )
      await syncRows(
        db,
        ROLLUP_SLUGS.scopeMonths,
        { period: { equals: period } },
        new Map(
          scopeMonths(indicators, period, facts).map((row) => [
            scopeMonthKey(row.scope, period),
            { ...row },
          ]),
        ),
        tally,
      )
    })
    tally.periods++
  }
  await step(payload, options.req, async (db) =>
    syncRows(
      db,
      ROLLUP_SLUGS.agencyTasks,
      undefined,
      await agencyTasksRows(db, undefined, today),
      tally,
    ),
  )
  await step(payload, options.req, (db) => rebuildMeetingMonths(db, options, tally))
  return tally
}
