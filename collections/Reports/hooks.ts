import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { assertField, assertVerdict } from '../../src/lib/assertVerdict'
import {
  checkPeriodOpen,
  dataPeriodOf,
  formatPeriod,
  isPeriod,
  periodEnd,
  periodOfDay,
  periodStart,
  reportDeadline,
  timelinessOf,
} from '../../hooks/rules/reportPeriods'
import {
  checkReportTransition,
  checkReturnComment,
  isEditableStatus,
  REPORT_STATUSES,
  type ReportActor,
  type ReportStatus,
} from '../../hooks/rules/reportWorkflow'
import { formatDayKey } from '../../hooks/rules/terms'
import { agencyIdOf, hasRole } from '../../src/access/roles'
import { vnDayStart, vnToday } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'
import { recordIdOf } from '../../src/lib/safeInput'
import {
  loadAgency,
  loadIndicators,
  loadPeriodRecord,
  loadReportingNumbers,
  type AgencyFacts,
} from './load'
import { refuseStoredDuplicate } from './duplicates'
import { prefill, refresh, rowsOf, validateLines } from './lines'
import { MONTH_MESSAGE } from '../../src/fields/periodText'

const COLLECTION = 'reports'

type Doc = Record<string, unknown>

const isStatus = (value: unknown): value is ReportStatus =>
  (REPORT_STATUSES as readonly unknown[]).includes(value)

const blankToNull = (value: unknown) =>
  value === undefined || value === '' || (typeof value === 'string' && value.trim() === '')
    ? null
    : value

/** What the agency wrote: compared to tell a content change from a review. */
const contentOf = (doc: Doc): string =>
  JSON.stringify({
    taskLines: rowsOf(doc.taskLines).map((line) => [
      idOf(line.task),
      blankToNull(line.progress),
      blankToNull(line.result),
      blankToNull(line.obstacles),
      blankToNull(line.overdueReason),
    ]),
    indicatorLines: rowsOf(doc.indicatorLines).map((line) => [
      idOf(line.indicator),
      blankToNull(line.value),
      blankToNull(line.note),
    ]),
    obstacles: blankToNull(doc.obstacles),
    proposals: rowsOf(doc.proposals).map((row) => blankToNull(row.content)),
    signedScan: idOf(doc.signedScan),
    attachments: (Array.isArray(doc.attachments) ? doc.attachments : []).map(idOf),
  })

const actorOf = (req: PayloadRequest, agency: number | string): ReportActor => ({
  // The system itself (no user: jobs, imports) acts with the standing body's powers.
  isStandingBody: !req.user || hasRole(req.user, 'admin', 'secretariat'),
  isOwnAgencyReporter:
    hasRole(req.user, 'reporter') && String(agencyIdOf(req.user)) === String(agency),
})

function checkAgencyAndPeriod(
  req: PayloadRequest,
  agency: AgencyFacts | null,
  period: string,
  now: Date,
  dataEndDay: number,
): asserts agency is AgencyFacts {
  assertField(
    agency !== null,
    req,
    'agency',
    { vi: 'Không tìm thấy cơ quan báo cáo.', en: 'The reporting agency does not exist.' },
    COLLECTION,
  )
  const existed =
    (!agency.validFrom || agency.validFrom <= periodEnd(period, dataEndDay)) &&
    (!agency.validTo || agency.validTo >= periodStart(period, dataEndDay))
  assertField(
    existed,
    req,
    'agency',
    {
      vi: `Cơ quan không hoạt động trong tháng ${formatPeriod(period)} (đã sáp nhập, giải thể hoặc chưa thành lập).`,
      en: `The agency did not exist in ${formatPeriod(period)} (merged, dissolved or not yet founded).`,
    },
    COLLECTION,
  )
  // R12.3a: a report month's data begin on the day after the cut-off day of the month before.
  const { from } = dataPeriodOf(period, dataEndDay)
  assertField(
    period <= periodOfDay(now, dataEndDay),
    req,
    'period',
    {
      vi: `Chưa đến kỳ báo cáo tháng ${formatPeriod(period)}: số liệu của kỳ này tính từ ngày ${formatDayKey(from)}.`,
      en: `The ${formatPeriod(period)} reporting period has not started yet: its data begin on ${formatDayKey(from)}.`,
    },
    COLLECTION,
  )
}

/**
 * The monthly report's rules, on every write but the seed's:
 * - R12.3a: one report per agency and month, for a month that has begun and an agency that
 *   existed then; once the period is locked, an agency writes only under a late-entry exception;
 *   the first submission is stamped on time or late against the deadline in force;
 * - R12.3a/R12.3b: the agency submits, the standing body accepts or returns with a comment; the
 *   content changes only while a draft or returned;
 * - the form is pre-filled on creation, and values are checked like DHIS2's (reportValidation).
 */
export const enforceReportRules: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (req.context.seeding) return data
  const merged: Doc = { ...originalDoc, ...data }
  const period = merged.period
  assertField(isPeriod(period), req, 'period', MONTH_MESSAGE, COLLECTION)
  const agencyId = recordIdOf(merged.agency)
  // A malformed agency is left to the field's own validation.
  if (agencyId === null || !isPeriod(period)) return data
  if (operation === 'update') {
    assertField(
      String(idOf(originalDoc.agency)) === String(agencyId) && originalDoc.period === period,
      req,
      String(idOf(originalDoc.agency)) === String(agencyId) ? 'period' : 'agency',
      {
        vi: 'Không đổi cơ quan hoặc kỳ của báo cáo đã lập; hãy lập báo cáo mới.',
        en: 'The agency and period of a report cannot change; create a new report instead.',
      },
      COLLECTION,
    )
  }
  const now = new Date()
  const [agency, numbers, periodRecord, indicators] = await Promise.all([
    loadAgency(req, agencyId),
    loadReportingNumbers(req, period),
    loadPeriodRecord(req, period),
    loadIndicators(req),
  ])
  checkAgencyAndPeriod(req, agency, period, now, numbers.dataEndDay)
  if (operation === 'create') await refuseStoredDuplicate(req, agencyId, period)

  const actor = actorOf(req, agencyId)
  const from =
    operation === 'create' ? null : isStatus(originalDoc?.status) ? originalDoc.status : 'draft'
  const to = merged.status ?? 'draft'
  if (!isStatus(to)) return data
  assertVerdict(checkReportTransition(from, to, actor), req, COLLECTION)
  assertVerdict(checkReturnComment(to, merged.reviewComment, from !== to), req, COLLECTION)
  // R12.3a: after the lock, the agency's side writes only under an exception.
  if (!actor.isStandingBody) {
    assertVerdict(
      checkPeriodOpen({
        period,
        lockDay: numbers.lockDay,
        state: periodRecord,
        exceptions: periodRecord.exceptions,
        agency: agencyId,
        now,
      }),
      req,
      COLLECTION,
    )
  }
  if (from !== null && !isEditableStatus(from)) {
    assertField(
      contentOf(data) === contentOf(originalDoc!),
      req,
      'status',
      {
        vi: 'Báo cáo đã gửi Cơ quan thường trực; chỉ sửa nội dung khi báo cáo bị trả lại.',
        en: 'The report is with the standing body; its content changes only once returned.',
      },
      COLLECTION,
    )
  }

  const today = vnToday(now)
  const { dataEndDay } = numbers
  const dataTo = periodEnd(period, dataEndDay)
  const referenceDay = today < dataTo ? today : dataTo
  const lines =
    operation === 'create'
      ? await prefill(req, data, agency, period, referenceDay, indicators, dataEndDay)
      : await refresh(req, data, originalDoc!, agency, period, referenceDay, indicators, dataEndDay)
  const submitting = from !== to && (to === 'submitted' || to === 'resubmitted')
  const issues = validateLines(req, lines, indicators, agency, submitting)
  data.indicatorLines = lines.indicatorLines
  data.taskLines = lines.taskLines
  data.openIssues = issues.length
  data.issueSummary = issues.map((issue) => `• ${issue.message.vi}`).join('\n') || null

  const userId = req.user?.collection === 'users' ? req.user.id : null
  const deadline = reportDeadline(period, numbers.reportBeforeDay)
  data.deadline = vnDayStart(deadline).toISOString()
  // R12.3a: the data period printed on the form and in the DOCX.
  data.dataFrom = vnDayStart(periodStart(period, dataEndDay)).toISOString()
  data.dataTo = vnDayStart(dataTo).toISOString()
  data.title = `Báo cáo tháng ${formatPeriod(period)} – ${agency.name}`
  if (submitting) {
    // R12.3a: timeliness is judged on the first submission; a resubmission keeps it.
    if (operation === 'create' || !originalDoc?.submittedAt) {
      data.submittedAt = now.toISOString()
      data.submittedBy = userId
      data.timeliness = timelinessOf(now, period, numbers.reportBeforeDay)
    }
    data.lastSubmittedAt = now.toISOString()
  }
  if (from !== to && (to === 'accepted' || to === 'returned')) {
    data.reviewedAt = now.toISOString()
    data.reviewedBy = userId
  }
  return data
}
