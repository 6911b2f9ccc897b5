import type { PayloadRequest } from 'payload'

import {
  settlementPeriodOf,
  type LedgerHead,
  type SettlementPeriod,
} from '../../hooks/rules/budget'
import type { Id } from '../lib/ids'

// The database side of R13.2. Every expenditure takes the next sequence number of its line's
// ledger and carries the running total after it; a unique index on (line, sequence) lets only one
// writer take each number, so an entry is always checked against every entry before it. These
// helpers use the Local API and the adapter's own update, with the request's transaction.

export const BUDGET_LINES = 'budget-lines'
export const EXPENDITURES = 'expenditures'
export const BUDGET_SETTINGS = 'budget-settings'

/** The fiscal years whose books are closed (R13.2: read-only). */
/** R13.2: the settlement period after a fiscal year, as the budget settings set it. */
export const settlementOf = async (req: PayloadRequest): Promise<SettlementPeriod> => {
  const settings = await req.payload.findGlobal({
    slug: BUDGET_SETTINGS,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return settlementPeriodOf(settings)
}

export const closedYearsOf = async (req: PayloadRequest): Promise<number[]> => {
  const settings = await req.payload.findGlobal({
    slug: BUDGET_SETTINGS,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (settings.closedYears ?? []).map((row) => row.year)
}

/**
 * Takes the line's row lock until the request's transaction ends: on PostgreSQL (READ COMMITTED)
 * the UPDATE makes the writers of one line wait for each other, so each reads the ledger as the
 * previous one left it. Where transactions already serialise writers (SQLite's IMMEDIATE) or do
 * not exist, it is a harmless write, and the ledger's unique index alone keeps entries apart.
 */
export const lockLine = async (req: PayloadRequest, lineId: Id): Promise<void> => {
  await req.payload.db.updateOne({
    collection: BUDGET_LINES,
    id: lineId,
    data: { updatedAt: new Date().toISOString() },
    req,
    returning: false,
  })
}

/** The last entry of a line's ledger (highest sequence), or null when nothing is recorded. */
export const ledgerHead = async (req: PayloadRequest, lineId: Id): Promise<LedgerHead | null> => {
  const found = await req.payload.find({
    collection: EXPENDITURES,
    where: { line: { equals: lineId } },
    sort: '-sequence',
    limit: 1,
    pagination: false,
    depth: 0,
    select: { sequence: true, spentAfter: true },
    overrideAccess: true,
    req,
  })
  const head = found.docs[0]
  return head ? { sequence: head.sequence ?? 0, spentAfter: head.spentAfter ?? 0 } : null
}

/** How much of an expenditure earlier reversing entries (up to `sequence`) already took back. */
export const reversedSoFar = async (
  req: PayloadRequest,
  expenditureId: Id,
  upToSequence: number,
): Promise<number> => {
  const found = await req.payload.find({
    collection: EXPENDITURES,
    where: {
      and: [
        { reverses: { equals: expenditureId } },
        { sequence: { less_than_equal: upToSequence } },
      ],
    },
    pagination: false,
    depth: 0,
    select: { amount: true },
    overrideAccess: true,
    req,
  })
  return found.docs.reduce((sum, doc) => sum + (doc.amount ?? 0), 0)
}

/**
 * Stores the line's spent and remaining amounts from its ledger head. A concurrent writer may
 * store an older head in between; whoever stores last checks the head again and repeats until it
 * is unchanged, so once writers finish the stored totals match the ledger.
 */
export const refreshLineTotals = async (
  req: PayloadRequest,
  lineId: Id,
): Promise<{ spent: number; remaining: number }> => {
  const line = await req.payload.findByID({
    collection: BUDGET_LINES,
    id: lineId,
    depth: 0,
    select: { allocatedAmount: true },
    overrideAccess: true,
    req,
  })
  let head = await ledgerHead(req, lineId)
  for (;;) {
    const spent = head?.spentAfter ?? 0
    const totals = { spent, remaining: line.allocatedAmount - spent }
    await req.payload.db.updateOne({
      collection: BUDGET_LINES,
      id: lineId,
      data: totals,
      req,
      returning: false,
    })
    const now = await ledgerHead(req, lineId)
    if ((now?.sequence ?? 0) === (head?.sequence ?? 0)) return totals
    head = now
  }
}
