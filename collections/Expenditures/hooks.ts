import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
} from 'payload'

import { assertField, assertVerdict } from '../../src/lib/assertVerdict'
import {
  checkExpenditure,
  checkWholeNumberInput,
  expenditureIsImmutable,
  nextLedgerEntry,
  type ReversedEntry,
} from '../../hooks/rules/budget'
import {
  BUDGET_LINES,
  closedYearsOf,
  settlementOf,
  EXPENDITURES,
  ledgerHead,
  lockLine,
  refreshLineTotals,
  reversedSoFar,
} from '../../src/budget/ledger'
import { noteLedgerAttempt } from '../../src/budget/recordExpenditure'
import { assertRecorder } from '../../src/budget/recorder'
import { dayKeyOf } from '../../src/fields/dates'
import { vnDayStart } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'
import { recordIdOf } from '../../src/lib/safeInput'

/**
 * R13.2: recorded spending is history; no update or delete, for anyone, through any API. A new
 * entry's amount typed as text must be digits only.
 */
export const refuseHistoryEdits: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'update' || operation === 'delete') {
    assertVerdict(expenditureIsImmutable(), args.req, EXPENDITURES)
  }
  if (operation === 'create') {
    const data = (args.data ?? {}) as Record<string, unknown>
    assertVerdict(checkWholeNumberInput(data.amount, 'amount'), args.req, EXPENDITURES)
  }
  return args
}

const vnd = (amount: number) => new Intl.NumberFormat('vi-VN').format(amount)

/**
 * R13.1 / R13.2: an expense is recorded by a police finance officer against an approved line of
 * an open fiscal year, dated within that year, and within what is left on the line. It takes the
 * next sequence number of the line's ledger with the running total after it: the unique index on
 * (line, sequence) lets one writer only take a number, so a concurrent entry that was not counted
 * here makes this insert fail instead of overspending (recordExpenditure then retries).
 */
export const enforceLedger: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  await assertRecorder(req, EXPENDITURES)
  const lineId = recordIdOf(data.line)
  const line =
    lineId === null
      ? null
      : await req.payload.findByID({
          collection: BUDGET_LINES,
          id: lineId,
          depth: 0,
          select: { fiscalYear: true, allocatedAmount: true },
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  // PostgreSQL: writers of this line wait here for each other until commit (see lockLine).
  if (line) await lockLine(req, line.id)
  const head = line ? await ledgerHead(req, line.id) : null
  const reversesId = recordIdOf(data.reverses)
  const original =
    reversesId === null
      ? null
      : await req.payload.findByID({
          collection: EXPENDITURES,
          id: reversesId,
          depth: 0,
          select: { line: true, amount: true, date: true },
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  const reversed: ReversedEntry | null = original
    ? {
        sameLine: line !== null && String(idOf(original.line)) === String(line.id),
        amount: original.amount,
        day: dayKeyOf(original.date) ?? '',
        reversedSoFar: await reversedSoFar(req, original.id, head?.sequence ?? 0),
      }
    : null
  const day = dayKeyOf(data.date)
  assertVerdict(
    checkExpenditure({
      amount: data.amount,
      day,
      line,
      closedYears: await closedYearsOf(req),
      settlement: await settlementOf(req),
      head,
      referencesEntry:
        data.reverses !== undefined && data.reverses !== null && data.reverses !== '',
      reversed,
    }),
    req,
    EXPENDITURES,
  )
  // Internal control: whoever keeps the books does not approve his/her own payment.
  assertField(
    !req.user || String(idOf(data.approvedBy)) !== String(req.user.id),
    req,
    'approvedBy',
    {
      vi: 'Người duyệt chi phải là thủ trưởng hoặc người được ủy quyền, không phải người ghi sổ.',
      en: 'The approver must be the head of the unit or a delegate, not the person recording.',
    },
    EXPENDITURES,
  )
  const entry = nextLedgerEntry(head, data.amount)
  data.sequence = entry.sequence
  data.spentAfter = entry.spentAfter
  data.date = vnDayStart(day!).toISOString()
  noteLedgerAttempt(req.context, line!.id, entry.sequence)
  data.title = `${line!.fiscalYear}/${entry.sequence} · ${vnd(data.amount)} đ · ${data.payee ?? ''}`
  return data
}

/** Keeps the line's spent and remaining amounts equal to its ledger. */
export const updateLineTotals: CollectionAfterChangeHook = async ({ doc, req }) => {
  const lineId = idOf(doc.line)
  if (lineId !== null) await refreshLineTotals(req, lineId)
  return doc
}
