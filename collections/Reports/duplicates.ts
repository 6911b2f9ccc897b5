import type { PayloadRequest } from 'payload'

import { assertField } from '../../src/lib/assertVerdict'
import { formatPeriod } from '../../hooks/rules/reportPeriods'
import { lockRow } from '../../src/db/rowLock'
import type { Id } from '../../src/lib/ids'

// R12.3a: one report per agency and month. A creation takes the agency's row lock in its
// transaction before counting, so simultaneous creations for one agency run one after the other:
// each later one finds the report the first stored and is refused here, in the officials' words.
// The unique index on agency and period stays as the database's own guarantee.

const COLLECTION = 'reports'

const duplicateReportMessage = (period: string) => ({
  vi: `Báo cáo tháng ${formatPeriod(period)} của cơ quan này đã tồn tại.`,
  en: `This agency's report for ${formatPeriod(period)} already exists.`,
})

/** A creation that finds the agency's report for the month already stored is refused. */
export const refuseStoredDuplicate = async (
  req: PayloadRequest,
  agency: Id,
  period: string,
): Promise<void> => {
  // Read after the lock: a concurrent creation for this agency has committed or not started.
  await lockRow(req, 'agencies', agency)
  const { totalDocs } = await req.payload.count({
    collection: COLLECTION,
    where: { and: [{ agency: { equals: agency } }, { period: { equals: period } }] },
    overrideAccess: true,
    req,
  })
  assertField(totalDocs === 0, req, 'period', duplicateReportMessage(period), COLLECTION)
}
