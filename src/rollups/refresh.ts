import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import type { AgencyInfo, IndicatorSpec } from '../../hooks/rules/aggregate'
import {
  agencyMonthKey,
  scopeMonthKey,
  scopeMonths,
  scopesOf,
  scopesUnchanged,
  type AgencyMonthFacts,
  type ScopeInputs,
} from '../../hooks/rules/rollup'
import { asSystem, loadAgencyInfos, loadIndicatorSpecs, type Db } from './load'
import { agencyMapOf, agencyMonthFacts, agencyTasksRows, meetingMonthRows } from './rows'
import { ROLLUP_SLUGS } from './slugs'
import { recomputeInLane } from './scopeLane'
import { runAfterCommit } from '../db/requestScope'
import type { Id } from '../lib/ids'

// Incremental upkeep of the rollups: only the rows a change touches are recomputed, from the
// source rows, inside the caller's transaction.
//
// Concurrency: each refresh first rewrites `refreshedAt` on the rows it will recompute, which on
// PostgreSQL holds their row locks until the transaction ends; the inputs are read after that, so
// two writers of the same month or agency take turns and the second sees the first's result. The
// keys are indexed but not unique, so two transactions creating the same new row never fail the
// user's write: the next refresh of that row keeps one and deletes the duplicate, and readers take
// the most recently refreshed row meanwhile.

type Row = { id: Id; key?: string | null; updatedAt?: string }
type AgencyMonthRow = AgencyMonthFacts & {
  id: Id
  key: string
  refreshedAt?: string | null
  scopesPending?: boolean | null
}

/** Takes the rows' locks and returns them (duplicates included). */
const lockRows = async (db: Db, collection: CollectionSlug, keys: string[]): Promise<Row[]> => {
  if (keys.length === 0) return []
  // Straight to the adapter, as in writeRows: Payload's update of many would check and clear each
  // row's document lock (two more statements a row) on rows only the system writes.
  const docs = await db.payload.db.updateMany({
    collection,
    where: { key: { in: keys } },
    data: { refreshedAt: new Date().toISOString() },
    select: { key: true },
    req: db.req,
  })
  return (docs ?? []) as Row[]
}

/** Writes each key's row (updating the first existing one, removing duplicates) or deletes it. */
const writeRows = async (
  db: Db,
  collection: CollectionSlug,
  existing: Row[],
  rows: Map<string, Record<string, unknown> | null>,
) => {
  const byKey = new Map<string, Row[]>()
  for (const row of existing)
    byKey.set(String(row.key), [...(byKey.get(String(row.key)) ?? []), row])
  const refreshedAt = new Date().toISOString()
  for (const [key, data] of rows) {
    const [first, ...duplicates] = byKey.get(key) ?? []
    const obsolete = data === null ? [first, ...duplicates].filter(Boolean) : duplicates
    if (data !== null && first) {
      // Straight to the adapter, in the caller's transaction: a row only the system writes, with
      // no hooks, access or document lock to check (Payload's update would read the row, check
      // and clear its lock, then write: four statements where one does).
      await db.payload.db.updateOne({
        collection,
        id: first.id,
        data: { ...data, key, refreshedAt, updatedAt: refreshedAt },
        req: db.req,
        returning: false,
      })
    } else if (data !== null) {
      await db.payload.create({
        collection,
        data: { ...data, key, refreshedAt } as never,
        select: {},
        ...asSystem(db),
      })
    }
    if (obsolete.length) {
      await db.payload.delete({
        collection,
        where: { id: { in: obsolete.map((row) => row!.id) } },
        select: {},
        ...asSystem(db),
      })
    }
  }
}

const SCOPE_INPUTS_SELECT = {
  district: true,
  agencyKind: true,
  state: true,
  accepted: true,
  values: true,
  taskCounts: true,
} as const

type Inputs = { agencies?: AgencyInfo[]; indicators?: IndicatorSpec[] }

/** The agency-month rows of a period (the facts every scope of the month is computed from). */
export const loadAgencyMonths = async (db: Db, period: string): Promise<AgencyMonthRow[]> => {
  const { docs } = await db.payload.find({
    collection: ROLLUP_SLUGS.agencyMonths,
    where: { period: { equals: period } },
    sort: '-refreshedAt',
    pagination: false,
    ...asSystem(db),
  })
  const seen = new Set<string>()
  return (docs as unknown as AgencyMonthRow[]).filter((row) => {
    if (seen.has(row.key)) return false
    seen.add(row.key)
    return true
  })
}

/** Recomputes the given scopes of a month (all the month's scopes when none are given). */
export const refreshScopes = async (
  db: Db,
  period: string,
  scopes: readonly string[] | null,
  inputs: Inputs = {},
) => {
  const keys = scopes?.map((scope) => scopeMonthKey(scope, period)) ?? []
  const locked = scopes
    ? await lockRows(db, ROLLUP_SLUGS.scopeMonths, keys)
    : (
        await db.payload.find({
          collection: ROLLUP_SLUGS.scopeMonths,
          where: { period: { equals: period } },
          select: { key: true },
          pagination: false,
          ...asSystem(db),
        })
      ).docs
  // One after the other: on PostgreSQL these share the caller's transaction (one connection).
  const rows = await loadAgencyMonths(db, period)
  const indicators = inputs.indicators ?? (await loadIndicatorSpecs(db))
  const wanted = scopes ? new Set(scopes) : null
  const computed = scopeMonths(indicators, period, rows).filter(
    (facts) => wanted === null || wanted.has(facts.scope),
  )
  const writes = new Map<string, Record<string, unknown> | null>(
    [...(scopes ?? (locked as Row[]).map((row) => String(row.key).split('@')[0]))].map((scope) => [
      scopeMonthKey(scope, period),
      null,
    ]),
  )
  for (const facts of computed) writes.set(scopeMonthKey(facts.scope, period), facts)
  await writeRows(db, ROLLUP_SLUGS.scopeMonths, locked as Row[], writes)
  await clearPending(db, rows, wanted)
}

/**
 * Clears the mark of the agency-month rows now counted by their scopes (every scope of each row
 * among those recomputed), each as it was read: a row rewritten since keeps its mark.
 */
const clearPending = async (db: Db, rows: AgencyMonthRow[], recomputed: Set<string> | null) => {
  const counted = rows.filter(
    (row) =>
      row.scopesPending &&
      (recomputed === null ||
        scopesOf({ district: row.district ?? null, agencyKind: row.agencyKind ?? '' }).every(
          (scope) => recomputed.has(scope),
        )),
  )
  if (counted.length === 0) return
  await db.payload.db.updateMany({
    collection: ROLLUP_SLUGS.agencyMonths,
    where: {
      or: counted.map((row): Where => ({
        and: [
          { id: { equals: row.id } },
          { refreshedAt: row.refreshedAt ? { equals: row.refreshedAt } : { exists: false } },
        ],
      })),
    },
    data: { scopesPending: false },
    select: { key: true },
    req: db.req,
  })
}

/** R12.3a: the scopes of a month recomputed in their own transaction (scopeLane.ts). */
const recomputeScopes = (req: PayloadRequest, period: string, scopes: string[] | null) =>
  refreshScopes({ payload: req.payload, req }, period, scopes)

/** Every month with an agency-month row still marked (after a crash): its scopes recomputed. */
export const recomputePendingScopes = async (payload: Payload): Promise<number> => {
  const { docs } = await payload.db.find<{ period?: string | null }>({
    collection: ROLLUP_SLUGS.agencyMonths,
    where: { scopesPending: { equals: true } },
    select: { period: true },
    pagination: false,
    limit: 0,
  })
  const periods = [...new Set(docs.map((doc) => doc.period).filter(Boolean))] as string[]
  for (const period of periods.sort()) await recomputeInLane(payload, period, null, recomputeScopes)
  return periods.length
}

/** Recomputes one agency's month from its report (or removes it) and the scopes it counts to. */
export const refreshAgencyMonth = async (
  db: Db,
  agency: Id,
  period: string,
  inputs: Inputs = {},
) => {
  const key = agencyMonthKey(agency, period)
  const locked = await lockRows(db, ROLLUP_SLUGS.agencyMonths, [key])
  const agencies = inputs.agencies ?? (await loadAgencyInfos(db))
  const before = await db.payload.find({
    collection: ROLLUP_SLUGS.agencyMonths,
    where: { key: { equals: key } },
    select: SCOPE_INPUTS_SELECT,
    pagination: false,
    ...asSystem(db),
  })
  const [facts = null] = await agencyMonthFacts(
    db,
    { and: [{ agency: { equals: agency } }, { period: { equals: period } }] },
    agencyMapOf(agencies),
    1,
  )
  const previous = before.docs as unknown as ScopeInputs[]
  // A draft saved again: its scopes' rows stay as they are (most saves of the month).
  if (previous.length === 1 && scopesUnchanged(previous[0]!, facts)) {
    await writeRows(db, ROLLUP_SLUGS.agencyMonths, locked, new Map([[key, facts]]))
    return
  }
  const scopes = new Set<string>()
  for (const row of [...previous, ...(facts ? [facts] : [])])
    for (const scope of scopesOf({
      district: row.district ?? null,
      agencyKind: row.agencyKind ?? '',
    }))
      scopes.add(scope)
  // Once this transaction has committed, in the month's lane (scopeLane.ts): the scope rows are
  // shared by every agency's report, and their locks are not held through the user's write.
  const deferred = db.req
    ? runAfterCommit(db.req, () =>
        recomputeInLane(db.payload, period, [...scopes], recomputeScopes),
      )
    : false
  const row = facts && { ...facts, scopesPending: deferred }
  await writeRows(db, ROLLUP_SLUGS.agencyMonths, locked, new Map([[key, row]]))
  if (!deferred) await refreshScopes(db, period, [...scopes], inputs)
}

/** Recomputes one keyed row: takes its lock, then writes what `compute` gives (null: no row). */
const refreshRow = async (
  db: Db,
  collection: CollectionSlug,
  key: string,
  compute: () => Promise<Record<string, unknown> | null>,
) => {
  const locked = await lockRows(db, collection, [key])
  await writeRows(db, collection, locked, new Map([[key, await compute()]]))
}

/** Recomputes one lead agency's compact task list. */
export const refreshAgencyTasks = (db: Db, agency: Id) =>
  refreshRow(
    db,
    ROLLUP_SLUGS.agencyTasks,
    String(agency),
    async () =>
      (await agencyTasksRows(db, { leadAgency: { equals: agency } })).get(String(agency)) ?? null,
  )

/** Recomputes the compact meetings of the month they serve (R11.1a, R6.2). */
export const refreshMeetingMonth = (db: Db, period: string) =>
  refreshRow(
    db,
    ROLLUP_SLUGS.meetingMonths,
    period,
    async () =>
      (await meetingMonthRows(db, { servesMonth: { equals: period } })).get(period) ?? null,
  )

/** The periods an agency has reports for (to recompute them when the agency changes). */
export const periodsOfAgency = async (db: Db, agency: Id): Promise<string[]> => {
  const { docs } = await db.payload.find({
    collection: 'reports',
    where: { agency: { equals: agency } },
    select: { period: true },
    pagination: false,
    ...asSystem(db),
  })
  return [...new Set(docs.map((doc) => doc.period).filter((p): p is string => Boolean(p)))].sort()
}
