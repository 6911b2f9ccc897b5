import type { CollectionBeforeChangeHook } from 'payload'

import { assertField } from '../../src/lib/assertVerdict'
import {
  aggregateDeadline,
  formatPeriod,
  isPeriod,
  periodEnd,
  periodOfDay,
  periodStart,
  settingsDayOf,
} from '../../hooks/rules/reportPeriods'
import { formatDayKey } from '../../hooks/rules/terms'
import { charterNumbersOn } from '../../src/charter/settings'
import { vnDayStart } from '../../src/lib/clock'
import { refuseDeleteWhen } from '../../src/lib/refuseDeleteWhen'
import { computeAggregate, figuresData } from './load'
import { MONTH_MESSAGE } from '../../src/fields/periodText'

export const COLLECTION = 'aggregate-reports'

/** Set by `issueAggregate` only: the write that stamps the number, the files and the time. */

export const READ_ONLY = {
  vi: 'Báo cáo tổng hợp đã ban hành không được sửa hoặc xóa.',
  en: 'An issued aggregate report cannot be changed or deleted.',
}

/** The summary line (trích yếu): "Kết quả triển khai Đề án 06 tháng 3 năm 2025". */
export const aggregateSummary = (period: string): string =>
  `Kết quả triển khai Đề án 06 tháng ${Number(period.slice(5, 7))} năm ${period.slice(0, 4)}`

/**
 * R12.3b: one aggregate report per month whose data are complete; while a draft, every save recomputes
 * its figures from the accepted reports (the "Recompute" action is a save); once issued it is
 * read-only.
 */
export const enforceAggregateRules: CollectionBeforeChangeHook = async ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const check = (ok: boolean, path: string, message: { vi: string; en: string }) =>
    assertField(ok, req, path, message, COLLECTION)
  // Also on the issuing write: of two simultaneous issues, the second finds it issued.
  check(originalDoc?.status !== 'issued', 'status', READ_ONLY)
  if (context.issueAggregate === true) return data
  data.status = 'draft'
  const period = data.period ?? originalDoc?.period
  check(isPeriod(period), 'period', MONTH_MESSAGE)
  if (operation === 'update') {
    check(originalDoc?.period === period, 'period', {
      vi: 'Không đổi kỳ của báo cáo tổng hợp đã lập; hãy lập báo cáo mới.',
      en: 'The period of an aggregate report cannot change; create a new one instead.',
    })
  } else {
    // R12.3b: only a period whose data are complete (its cut-off day has passed) is aggregated.
    const { dataEndDay } = await charterNumbersOn(req, settingsDayOf(period))
    const end = formatDayKey(periodEnd(period, dataEndDay))
    check(period < periodOfDay(new Date(), dataEndDay), 'period', {
      vi: `Kỳ số liệu tháng ${formatPeriod(period)} chưa kết thúc (tính đến hết ngày ${end}): chỉ tổng hợp kỳ đã chốt số liệu.`,
      en: `The ${formatPeriod(period)} data period has not ended (it runs to ${end}): only complete periods are aggregated.`,
    })
    const { totalDocs } = await req.payload.count({
      collection: COLLECTION,
      where: { period: { equals: period } },
      overrideAccess: true,
      req,
    })
    check(totalDocs === 0, 'period', {
      vi: `Báo cáo tổng hợp tháng ${formatPeriod(period)} đã có.`,
      en: `The aggregate report for ${formatPeriod(period)} already exists.`,
    })
  }
  const numbers = await charterNumbersOn(req, settingsDayOf(period))
  const loaded = await computeAggregate(req, period, numbers.dataEndDay)
  Object.assign(data, figuresData(loaded))
  data.title = aggregateSummary(period)
  data.computedAt = new Date().toISOString()
  // R12.3b: due before the 22nd (the charter's number in force for the period).
  data.deadline = vnDayStart(aggregateDeadline(period, numbers.aggregateBeforeDay)).toISOString()
  // R12.3a: the data period the figures cover.
  data.dataFrom = vnDayStart(periodStart(period, numbers.dataEndDay)).toISOString()
  data.dataTo = vnDayStart(periodEnd(period, numbers.dataEndDay)).toISOString()
  return data
}

/** An issued aggregate report stays for good. */
export const refuseIssuedDelete = refuseDeleteWhen((doc) => doc.status === 'issued', READ_ONLY)
