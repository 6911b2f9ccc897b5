import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { assertField } from '../../src/lib/assertVerdict'
import { formatPeriod } from '../../hooks/rules/reportPeriods'
import { languageOf } from '../../src/i18n/label'

// R12.3a: one report per agency and month. The database keeps it (a unique index on agency and
// period), so that simultaneous creations leave exactly one report whatever the timing; the
// hook below explains the clash in the officials' words:
// - a creation that finds the report already stored is refused before the insert;
// - a creation that raced another one is refused by the index. The adapters report that as a
//   ValidationError whose message is the request's translation of 'error:valueMustBeUnique':
//   for the duration of the insert that one message names the clash. Nested Local API calls
//   reassign `req.t`, so the request keeps the translation behind an accessor until the report
//   is stored (or the message has been given once).

const UNIQUE_KEY = 'error:valueMustBeUnique'
const COLLECTION = 'reports'

type Translate = PayloadRequest['t']

const pending = new WeakMap<PayloadRequest, () => Translate>()

export const duplicateReportMessage = (period: string) => ({
  vi: `Báo cáo tháng ${formatPeriod(period)} của cơ quan này đã tồn tại.`,
  en: `This agency's report for ${formatPeriod(period)} already exists.`,
})

/** A creation that finds the agency's report for the month already stored is refused. */
export const refuseStoredDuplicate = async (
  req: PayloadRequest,
  agency: number | string,
  period: string,
): Promise<void> => {
  const { totalDocs } = await req.payload.count({
    collection: COLLECTION,
    where: { and: [{ agency: { equals: agency } }, { period: { equals: period } }] },
    overrideAccess: true,
    req,
  })
  assertField(totalDocs === 0, req, 'period', duplicateReportMessage(period), COLLECTION)
}

const settle = (req: PayloadRequest) => {
  const current = pending.get(req)
  if (!current) return
  pending.delete(req)
  Object.defineProperty(req, 't', {
    configurable: true,
    enumerable: true,
    writable: true,
    value: current(),
  })
}

/** Called last before the insert of a new report: a race lost at the index reads clearly. */
export const explainDuplicateReport = (req: PayloadRequest, period: string): void => {
  if (pending.has(req)) settle(req)
  const message = duplicateReportMessage(period)[languageOf(req)]
  let base: Translate = req.t
  let armed = true
  const explained = ((key: string, options?: Record<string, unknown>) => {
    if (!armed || key !== UNIQUE_KEY) return base(key as never, options as never)
    armed = false
    return message
  }) as Translate
  pending.set(req, () => base)
  Object.defineProperty(req, 't', {
    configurable: true,
    enumerable: true,
    get: () => (armed ? explained : base),
    set: (value: Translate) => {
      base = value
    },
  })
}

/** The report is stored: the request translates as before. */
export const restoreTranslations: CollectionAfterChangeHook = ({ doc, req }) => {
  settle(req)
  return doc
}
