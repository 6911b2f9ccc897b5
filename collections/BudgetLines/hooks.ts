import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
} from 'payload'

import { assertVerdict } from '../../src/lib/assertVerdict'
import {
  CATEGORY_LABELS,
  checkAmount,
  checkFiscalYear,
  checkLineDelete,
  checkLineUpdate,
  checkWholeNumberInput,
  checkYearOpen,
  type BudgetCategory,
} from '../../hooks/rules/budget'
import {
  BUDGET_LINES,
  closedYearsOf,
  EXPENDITURES,
  lockLine,
  refreshLineTotals,
} from '../../src/budget/ledger'
import { assertRecorder } from '../../src/budget/recorder'

const titleOf = (line: Record<string, unknown>) => {
  const category = CATEGORY_LABELS[line.category as BudgetCategory]?.vi ?? ''
  return `${line.fiscalYear ?? ''} · ${category} · ${line.legalBasis ?? ''}`
}

/**
 * R13.1 / R13.2: a line is recorded by police finance officers, for a fiscal year that is open,
 * with a positive whole-đồng allocation; its year and amount never change afterwards, and a
 * closed year's lines are read-only. Spent and remaining are kept from the ledger.
 */
export const enforceLineRules: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  // The closing of a year marks its lines closed; nothing else changes.
  if (context.closingYear) return data
  await assertRecorder(req, BUDGET_LINES)
  const closed = await closedYearsOf(req)
  if (operation === 'create') {
    assertVerdict(checkFiscalYear(data.fiscalYear), req, BUDGET_LINES)
    assertVerdict(
      checkAmount(data.allocatedAmount, 'allocation', 'allocatedAmount'),
      req,
      BUDGET_LINES,
    )
    assertVerdict(checkYearOpen(data.fiscalYear, closed, 'fiscalYear'), req, BUDGET_LINES)
    data.status = 'open'
    data.spent = 0
    data.remaining = data.allocatedAmount
  } else {
    assertVerdict(checkYearOpen(originalDoc.fiscalYear, closed, 'id'), req, BUDGET_LINES)
    assertVerdict(
      checkLineUpdate(
        { fiscalYear: originalDoc.fiscalYear, allocatedAmount: originalDoc.allocatedAmount },
        { fiscalYear: data.fiscalYear, allocatedAmount: data.allocatedAmount },
      ),
      req,
      BUDGET_LINES,
    )
  }
  data.title = titleOf({ ...originalDoc, ...data })
  return data
}

/** R13.2: the year and the amount typed as text must be digits only (see checkWholeNumberInput). */
export const refuseMalformedNumbers: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args.data ?? {}) as Record<string, unknown>
  for (const field of ['fiscalYear', 'allocatedAmount']) {
    assertVerdict(checkWholeNumberInput(data[field], field), args.req, BUDGET_LINES)
  }
  return args
}

/** An update writes the whole document back: store the totals of the ledger as it is now. */
export const keepLineTotals: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'update') return doc
  const totals = await refreshLineTotals(req, doc.id)
  return { ...doc, ...totals }
}

/** R13.2: a line with spending, or of a closed year, stays in the books. */
export const enforceLineDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await assertRecorder(req, BUDGET_LINES)
  const line = await req.payload.findByID({
    collection: BUDGET_LINES,
    id,
    depth: 0,
    select: { fiscalYear: true },
    overrideAccess: true,
    req,
  })
  // Serialises with a concurrent first expenditure on PostgreSQL (see lockLine).
  await lockLine(req, id)
  const entries = await req.payload.count({
    collection: EXPENDITURES,
    where: { line: { equals: id } },
    overrideAccess: true,
    req,
  })
  assertVerdict(
    checkLineDelete(
      { fiscalYear: line.fiscalYear, entries: entries.totalDocs },
      await closedYearsOf(req),
    ),
    req,
    BUDGET_LINES,
  )
}
