import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import {
  cadenceOf,
  checkEditable,
  checkPeriodEnded,
  checkPeriodKept,
  checkPeriodShape,
  checkSingleReport,
  latestEndedPeriod,
  periodRange,
  sgReportSummary,
  type SgPeriod,
} from '../../hooks/rules/supportGroupReport'
import { settingsDayOf } from '../../hooks/rules/reportPeriods'
import { charterNumbersOn, supportGroupReportCadence } from '../../src/charter/settings'
import { actDayOf } from '../../src/lib/context'
import { assertVerdict } from '../../src/lib/assertVerdict'
import { vnDayStart } from '../../src/lib/clock'
import { refuseDeleteWhen } from '../../src/lib/refuseDeleteWhen'
import { gatherSupportGroupFigures } from '../../src/supportGroupReport/gather'
import { contentText } from '../../src/supportGroupReport/sentences'
import { monthsOf } from '../../hooks/rules/supportGroupReport'

export const COLLECTION = 'support-group-reports'

declare module 'payload' {
  interface RequestContext {
    /** Set by `issueSupportGroupReport` only: the write that stamps the register's number. */
    issueSupportGroupReport?: boolean
  }
}

/** The cut-off day of the period's data (R12.3a), as the charter settings say for its last month. */
export const dataEndDayOf = async (req: PayloadRequest, period: SgPeriod): Promise<number> => {
  const months = monthsOf(period)
  return (await charterNumbersOn(req, settingsDayOf(months[months.length - 1]!))).dataEndDay
}

/** "Lập báo cáo": the period's figures and the sentences generated from them, as stored. */
export const generatedData = async (req: PayloadRequest, period: SgPeriod) => {
  const dataEndDay = await dataEndDayOf(req, period)
  const figures = await gatherSupportGroupFigures(req, period, dataEndDay)
  const { from, to } = periodRange(period, dataEndDay)
  return {
    cadence: cadenceOf(period),
    title: sgReportSummary(period),
    dataFrom: vnDayStart(from).toISOString(),
    dataTo: vnDayStart(to).toISOString(),
    figures,
    content: contentText(figures),
    generatedAt: new Date().toISOString(),
  }
}

/**
 * R7.6: one report per ended period of the cadence in force (monthly unless the charter settings
 * say quarterly); every save of a draft regenerates its content from the period's data ("Lập báo
 * cáo"); once issued it is frozen.
 */
export const enforceSupportGroupReportRules: CollectionBeforeChangeHook = async ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  // Also on the issuing write: of two simultaneous issues, the second finds it issued.
  assertVerdict(checkEditable(originalDoc?.status), req, COLLECTION)
  if (context.issueSupportGroupReport === true) return data
  data.status = 'draft'
  const today = actDayOf(context)
  if (operation === 'create') {
    const cadence = await supportGroupReportCadence(req)
    const dataEndDay = (await charterNumbersOn(req, today)).dataEndDay
    const period = data.period || latestEndedPeriod(cadence, today, dataEndDay)
    data.period = period
    assertVerdict(checkPeriodShape(period, cadence), req, COLLECTION)
    assertVerdict(checkPeriodEnded(period, today, await dataEndDayOf(req, period)), req, COLLECTION)
    const { totalDocs } = await req.payload.count({
      collection: COLLECTION,
      where: { period: { equals: period } },
      overrideAccess: true,
      req,
    })
    assertVerdict(checkSingleReport(period, totalDocs), req, COLLECTION)
  } else {
    if ('period' in data)
      assertVerdict(checkPeriodKept(originalDoc?.period, data.period), req, COLLECTION)
    data.period = originalDoc?.period
  }
  Object.assign(data, await generatedData(req, data.period as SgPeriod))
  return data
}

/** R7.6: an issued report stays for good. */
export const refuseIssuedDelete = refuseDeleteWhen((doc) => doc.status === 'issued', {
  vi: 'Vi phạm Điều 7 khoản 6: báo cáo đã ban hành không được sửa hoặc xóa.',
  en: 'Breach of Article 7(6): an issued report cannot be changed or deleted.',
})
