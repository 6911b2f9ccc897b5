import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { CollectionHooks } from '../lib/hookChain'
import { idOf } from '../lib/relations'
import { loadAgencyInfos, loadIndicatorSpecs, type Db } from './load'
import {
  periodsOfAgency,
  refreshAgencyMonth,
  refreshAgencyTasks,
  refreshMeetingMonth,
  refreshScopes,
} from './refresh'
import { ROLLUP_SLUGS } from './slugs'

// Keeps the rollups current on every write of their sources. Bulk paths set `seeding` or
// `skipRollups` in the request context and run `rebuildRollups` afterwards.

type Doc = Record<string, unknown>

const skipped = (req: PayloadRequest) => Boolean(req.context.seeding || req.context.skipRollups)

const dbOf = (req: PayloadRequest): Db => ({ payload: req.payload, req })

/** R12.3a: a report written, submitted, accepted or returned: its month and scopes. */
const reportChanged: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (skipped(req)) return doc
  const db = dbOf(req)
  const now = { agency: idOf(doc.agency), period: doc.period as string }
  const before = { agency: idOf(previousDoc?.agency), period: previousDoc?.period as string }
  if (now.agency !== null && now.period) await refreshAgencyMonth(db, now.agency, now.period)
  if (
    before.agency !== null &&
    before.period &&
    (String(before.agency) !== String(now.agency) || before.period !== now.period)
  )
    await refreshAgencyMonth(db, before.agency, before.period)
  return doc
}

const reportDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (skipped(req)) return doc
  const agency = idOf(doc.agency)
  if (agency !== null && doc.period) await refreshAgencyMonth(dbOf(req), agency, doc.period)
  return doc
}

/** R3.2: a task written or deleted: its lead agency's compact list (old and new lead). */
const taskChanged: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (skipped(req)) return doc
  const leads = new Set(
    [idOf(doc.leadAgency), idOf(previousDoc?.leadAgency)].filter((id) => id !== null).map(String),
  )
  for (const lead of leads) await refreshAgencyTasks(dbOf(req), lead)
  return doc
}

const taskDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (skipped(req)) return doc
  const lead = idOf(doc.leadAgency)
  if (lead !== null) await refreshAgencyTasks(dbOf(req), lead)
  return doc
}

/** R11, R6.2: a meeting noticed, held, closed or moved: the month(s) it serves. */
const meetingChanged: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (skipped(req)) return doc
  const months = new Set(
    [doc.servesMonth, previousDoc?.servesMonth].filter((month): month is string => Boolean(month)),
  )
  for (const month of months) await refreshMeetingMonth(dbOf(req), month)
  return doc
}

const meetingDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!skipped(req) && doc.servesMonth) await refreshMeetingMonth(dbOf(req), doc.servesMonth)
  return doc
}

const AGENCY_FACTS = ['kind', 'parent', 'validFrom', 'validTo'] as const

/** An agency's kind or parent moves its reports between scopes (and its communes' reports). */
const agencyChanged: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (skipped(req) || operation === 'create') return doc
  const changed = AGENCY_FACTS.some(
    (field) =>
      JSON.stringify(idOf(doc[field]) ?? doc[field] ?? null) !==
      JSON.stringify(idOf(previousDoc?.[field]) ?? previousDoc?.[field] ?? null),
  )
  if (!changed) return doc
  const db = dbOf(req)
  const { docs: children } = await req.payload.find({
    collection: 'agencies',
    where: { parent: { equals: doc.id } },
    select: {},
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const agencies = await loadAgencyInfos(db)
  const indicators = await loadIndicatorSpecs(db)
  for (const agency of [doc.id, ...children.map((child) => child.id)]) {
    for (const period of await periodsOfAgency(db, agency))
      await refreshAgencyMonth(db, agency, period, { agencies, indicators })
  }
  return doc
}

const INDICATOR_FACTS = ['unit', 'source', 'aggregation', 'numerator', 'denominator', 'taskMeasure']

/** An indicator's aggregation changes every figure of it: every month's scopes. */
const indicatorChanged: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (skipped(req) || operation === 'create') return doc
  const changed = INDICATOR_FACTS.some(
    (field) =>
      JSON.stringify(idOf(doc[field]) ?? doc[field] ?? null) !==
      JSON.stringify(idOf(previousDoc?.[field]) ?? previousDoc?.[field] ?? null),
  )
  if (changed) await refreshAllScopes(dbOf(req))
  return doc
}

const indicatorDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!skipped(req)) await refreshAllScopes(dbOf(req))
  return doc
}

const refreshAllScopes = async (db: Db) => {
  const { docs } = await db.payload.find({
    collection: ROLLUP_SLUGS.agencyMonths,
    select: { period: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req: db.req,
  })
  const indicators = await loadIndicatorSpecs(db)
  const periods = [...new Set(docs.map((doc) => (doc as Doc).period as string))].sort()
  for (const period of periods) await refreshScopes(db, period, null, { indicators })
}

// The rollup steps of the hook chains of the collections the rollups are computed from
// (src/lib/hookChain), listed by each after its own hooks and before the audit.

export const reportRollups: CollectionHooks = {
  afterChange: [reportChanged],
  afterDelete: [reportDeleted],
}

export const taskRollups: CollectionHooks = {
  afterChange: [taskChanged],
  afterDelete: [taskDeleted],
}

export const meetingRollups: CollectionHooks = {
  afterChange: [meetingChanged],
  afterDelete: [meetingDeleted],
}

export const agencyRollups: CollectionHooks = { afterChange: [agencyChanged] }

export const indicatorRollups: CollectionHooks = {
  afterChange: [indicatorChanged],
  afterDelete: [indicatorDeleted],
}
