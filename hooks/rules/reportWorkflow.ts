import { breach, clause, OK, type Bilingual, type Verdict } from './verdict'

// The life of an agency's monthly report: the agency submits it to the standing body (R12.3a),
// which accepts it or returns it with a comment; a returned report is corrected and resubmitted.
export const REPORT_STATUSES = [
  'draft',
  'submitted',
  'accepted',
  'returned',
  'resubmitted',
] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

export const REPORT_STATUS_LABELS: Record<ReportStatus, Bilingual> = {
  draft: { vi: 'Đang soạn', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  returned: { vi: 'Trả lại để hoàn thiện', en: 'Returned' },
  resubmitted: { vi: 'Đã gửi lại', en: 'Resubmitted' },
}

/** Who is acting: the standing body's staff, or a reporter of the report's own agency. */
export type ReportActor = { isStandingBody: boolean; isOwnAgencyReporter: boolean }

type Move = { to: ReportStatus; by: 'agency' | 'standing-body' }

const MOVES: Record<ReportStatus, Move[]> = {
  draft: [{ to: 'submitted', by: 'agency' }],
  submitted: [
    { to: 'accepted', by: 'standing-body' },
    { to: 'returned', by: 'standing-body' },
  ],
  returned: [{ to: 'resubmitted', by: 'agency' }],
  resubmitted: [
    { to: 'accepted', by: 'standing-body' },
    { to: 'returned', by: 'standing-body' },
  ],
  accepted: [],
}

/** The states in which the agency's content (lines, sections, files) may still change. */
export const isEditableStatus = (status: ReportStatus): boolean =>
  status === 'draft' || status === 'returned'

const label = (status: ReportStatus) => REPORT_STATUS_LABELS[status]

/**
 * R12.3a/R12.3b: the agency's reporter submits (and resubmits after a return); only the standing
 * body accepts or returns. A report is created as a draft or submitted at once.
 */
export const checkReportTransition = (
  from: ReportStatus | null,
  to: ReportStatus,
  actor: ReportActor,
): Verdict => {
  if (from === null) {
    if (
      to === 'draft' ||
      (to === 'submitted' && (actor.isOwnAgencyReporter || actor.isStandingBody))
    )
      return OK
    return breach(
      'R12.3a',
      clause(12, 3),
      {
        vi: `Báo cáo mới chỉ ở trạng thái "${label('draft').vi}" hoặc "${label('submitted').vi}".`,
        en: `A new report is either "${label('draft').en}" or "${label('submitted').en}".`,
      },
      'status',
    )
  }
  if (from === to) return OK
  const move = MOVES[from].find((candidate) => candidate.to === to)
  if (!move) {
    return breach(
      'R12.3a',
      clause(12, 3),
      {
        vi: `Không thể chuyển báo cáo từ "${label(from).vi}" sang "${label(to).vi}".`,
        en: `A report cannot go from "${label(from).en}" to "${label(to).en}".`,
      },
      'status',
    )
  }
  if (move.by === 'standing-body' && !actor.isStandingBody) {
    return breach(
      'R12.3b',
      clause(12, 3),
      {
        vi: 'Chỉ Cơ quan thường trực (Công an tỉnh) tiếp nhận hoặc trả lại báo cáo.',
        en: 'Only the standing body (provincial police) accepts or returns a report.',
      },
      'status',
    )
  }
  if (move.by === 'agency' && !actor.isOwnAgencyReporter && !actor.isStandingBody) {
    return breach(
      'R12.3a',
      clause(12, 3),
      {
        vi: 'Chỉ cán bộ báo cáo của chính cơ quan gửi báo cáo của cơ quan mình.',
        en: "Only a reporter of the report's own agency submits it.",
      },
      'status',
    )
  }
  return OK
}

/** A returned report says why: the standing body's comment is required. */
export const checkReturnComment = (
  to: ReportStatus,
  comment: unknown,
  changed: boolean,
): Verdict =>
  to !== 'returned' || !changed || (typeof comment === 'string' && comment.trim() !== '')
    ? OK
    : breach(
        'R12.3b',
        clause(12, 3),
        {
          vi: 'Trả lại báo cáo phải ghi rõ ý kiến, nội dung cần hoàn thiện.',
          en: 'Returning a report needs a comment saying what to correct.',
        },
        'reviewComment',
      )
