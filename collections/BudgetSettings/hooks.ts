import type { GlobalAfterChangeHook, GlobalBeforeChangeHook } from 'payload'

import { assertVerdict } from '../../src/lib/assertVerdict'
import { checkClosedYears } from '../../hooks/rules/budget'
import { BUDGET_LINES } from '../../src/budget/ledger'
import { assertRecorder } from '../../src/budget/recorder'
import { vnDayStart, vnToday } from '../../src/lib/clock'

type ClosedYearRow = {
  id?: string | null
  year?: unknown
  closedOn?: string | null
  closedBy?: unknown
  basis?: string | null
}

const rowsOf = (doc: Record<string, unknown> | undefined): ClosedYearRow[] =>
  (doc?.closedYears ?? []) as ClosedYearRow[]

/**
 * R13.1: only police finance officers close years. R13.2: a year is closed once it has ended,
 * and never reopens; each closure records its day and who closed it.
 */
export const enforceClosedYears: GlobalBeforeChangeHook = async ({ data, originalDoc, req }) => {
  await assertRecorder(req, 'budget-settings')
  if (data.closedYears === undefined) return data
  const previous = rowsOf(originalDoc)
  const rows = rowsOf(data)
  const today = vnToday()
  assertVerdict(
    checkClosedYears(
      previous.map((row) => row.year as number),
      rows,
      Number(today.slice(0, 4)),
    ),
    req,
    'budget-settings',
  )
  const before = new Map(previous.map((row) => [row.year, row]))
  data.closedYears = rows.map((row) => {
    const earlier = before.get(row.year)
    if (earlier) return { ...row, closedOn: earlier.closedOn, closedBy: earlier.closedBy }
    return {
      ...row,
      closedOn: vnDayStart(today).toISOString(),
      closedBy: req.user?.collection === 'users' ? req.user.id : null,
    }
  })
  return data
}

/** Marks the lines of newly closed years as closed (their status is shown and filtered on). */
export const closeLinesOfClosedYears: GlobalAfterChangeHook = async ({ doc, req }) => {
  const years = rowsOf(doc).map((row) => row.year as number)
  if (years.length === 0) return doc
  try {
    await req.payload.update({
      collection: BUDGET_LINES,
      where: {
        and: [{ fiscalYear: { in: years } }, { status: { not_equals: 'closed' } }],
      },
      data: { status: 'closed' },
      depth: 0,
      overrideAccess: true,
      context: { closingYear: true },
      req,
    })
  } finally {
    // The Local API merged the flag into this request's context: it applies to this update only.
    delete req.context.closingYear
  }
  return doc
}
