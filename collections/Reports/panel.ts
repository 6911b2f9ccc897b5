import type { PayloadRequest } from 'payload'

import { formatPeriod, type Period } from '../../hooks/rules/reportPeriods'
import { REPORT_STATUS_LABELS, type ReportStatus } from '../../hooks/rules/reportWorkflow'
import { formatDayKey } from '../../hooks/rules/terms'
import { agencyIdOf, hasRole } from '../../src/access/roles'
import { formatVnDateTimeShort } from '../../src/documents/issuers'
import { dayKeyOf } from '../../src/fields/dates'
import { idOf } from '../../src/lib/relations'

// What the side panel of a monthly report shows (issue 13, item 6): its state in words, the
// receipt of its submission, what is still empty, and the actions the user may take.

export type ReportPanelSummary = {
  id: number | string
  status: ReportStatus
  statusLabel: string
  /** "Tháng 12/2026" */
  month: string
  deadline: string | null
  submittedAt: string | null
  onTime: boolean | null
  reviewedAt: string | null
  reviewComment: string | null
  /** What is still empty, line by line, for the confirmation before sending. */
  empty: string[]
  canSubmit: boolean
  canReview: boolean
}

const SENDABLE: readonly ReportStatus[] = ['draft', 'returned']
const REVIEWABLE: readonly ReportStatus[] = ['submitted', 'resubmitted']

export const reportPanelSummary = async (
  req: PayloadRequest,
  id: number | string,
): Promise<ReportPanelSummary | null> => {
  const doc = await req.payload.findByID({
    collection: 'reports',
    id,
    depth: 1,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
  })
  if (!doc) return null
  const status = doc.status as ReportStatus
  const standingBody = hasRole(req.user, 'admin', 'secretariat')
  const ownAgency =
    hasRole(req.user, 'reporter') && String(agencyIdOf(req.user)) === String(idOf(doc.agency))
  const empty = [
    ...(doc.indicatorLines ?? []).flatMap((line, index) =>
      line.value === null || line.value === undefined
        ? [
            `Chỉ tiêu "${typeof line.indicator === 'object' && line.indicator ? line.indicator.nameVi : ''}" (dòng ${index + 1}): chưa nhập số liệu`,
          ]
        : [],
    ),
    ...(doc.taskLines ?? []).flatMap((line, index) =>
      line.progress === null || line.progress === undefined
        ? [
            `Nhiệm vụ "${typeof line.task === 'object' && line.task ? line.task.title : ''}" (dòng ${index + 1}): chưa nhập tiến độ`,
          ]
        : [],
    ),
  ]
  const deadline = dayKeyOf(doc.deadline)
  return {
    id,
    status,
    statusLabel: REPORT_STATUS_LABELS[status].vi,
    month: `Tháng ${formatPeriod(doc.period as Period)}`,
    deadline: deadline ? formatDayKey(deadline) : null,
    submittedAt: doc.lastSubmittedAt
      ? formatVnDateTimeShort(doc.lastSubmittedAt)
      : doc.submittedAt
        ? formatVnDateTimeShort(doc.submittedAt)
        : null,
    onTime: doc.timeliness ? doc.timeliness === 'on-time' : null,
    reviewedAt: doc.reviewedAt ? formatVnDateTimeShort(doc.reviewedAt) : null,
    reviewComment: doc.reviewComment ?? null,
    empty,
    canSubmit: SENDABLE.includes(status) && (ownAgency || standingBody),
    canReview: REVIEWABLE.includes(status) && standingBody,
  }
}
