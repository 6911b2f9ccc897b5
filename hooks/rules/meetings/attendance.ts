import { breach, clause, OK, type Verdict } from '../verdict'
import { sameId, type Id, type Presence, type Problem } from './kinds'

// R6.2a / R11.4 / R6.2b: members attend every meeting; an absence is reported with a reason and
// needs the chair's consent; a substitute attends only with the member's written authorisation.
export type AttendanceRow = {
  member: Id | null
  presence: Presence
  reason?: string | null
  chairConsent?: boolean | null
  substituteName?: string | null
  hasAuthorisation: boolean
}

/** R11.4 / R6.2a: an absence carries its reason and the chair's consent. */
export const checkAbsence = (row: AttendanceRow, index: number): Verdict => {
  if (row.presence !== 'absent') return OK
  if (!row.reason?.trim()) {
    return breach(
      'R11.4',
      clause(11, 4),
      {
        vi: 'thành viên vắng mặt phải báo cáo lý do với Thường trực Tổ công tác.',
        en: 'an absent member reports the reason to the Working Group Standing.',
      },
      `attendance.${index}.reason`,
    )
  }
  if (!row.chairConsent) {
    return breach(
      'R6.2a',
      clause(6, 2),
      {
        vi: 'vắng mặt phải được người chủ trì cuộc họp đồng ý. Nếu chưa được đồng ý, không ghi dòng này: thành viên được tính là vắng không được đồng ý.',
        en: "an absence needs the chair's consent. Without it, leave the row out: the member counts as absent without consent.",
      },
      `attendance.${index}.chairConsent`,
    )
  }
  return OK
}

/** R6.2b: a substitute is named and attends on the member's written authorisation (a file). */
export const checkSubstitute = (row: AttendanceRow, index: number): Verdict => {
  if (row.presence !== 'substitute') return OK
  if (!row.substituteName?.trim()) {
    return breach(
      'R6.2b',
      clause(6, 2),
      {
        vi: 'ghi rõ họ tên người dự họp thay.',
        en: 'name the person attending as substitute.',
      },
      `attendance.${index}.substituteName`,
    )
  }
  if (!row.hasAuthorisation) {
    return breach(
      'R6.2b',
      clause(6, 2),
      {
        vi: 'người dự họp thay phải có văn bản ủy quyền của thành viên (tải tệp lên).',
        en: "a substitute attends only with the member's written authorisation (upload the file).",
      },
      `attendance.${index}.authorisation`,
    )
  }
  return OK
}

/** Every row names an invited member, once. */
export const attendanceRowProblem = (
  rows: readonly AttendanceRow[],
  invited: readonly Id[],
): Problem | null => {
  for (const [index, row] of rows.entries()) {
    if (row.member === null || !invited.some((id) => sameId(id, row.member))) {
      return {
        path: `attendance.${index}.member`,
        message: {
          vi: 'Chỉ điểm danh thành viên có trong danh sách mời.',
          en: 'Attendance is recorded for invited members only.',
        },
      }
    }
    if (rows.findIndex((other) => sameId(other.member, row.member)) !== index) {
      return {
        path: `attendance.${index}.member`,
        message: {
          vi: 'Thành viên này đã được điểm danh ở dòng trên.',
          en: 'This member already has an attendance row.',
        },
      }
    }
  }
  return null
}

export type AttendanceSummary = {
  invited: number
  present: number
  substitute: number
  absentWithConsent: number
  /** Invited members with no row: absent without the chair's consent once the meeting is held. */
  unrecorded: number
}

export const attendanceSummary = (
  rows: readonly AttendanceRow[],
  invited: readonly Id[],
): AttendanceSummary => {
  const count = (presence: Presence) => rows.filter((row) => row.presence === presence).length
  return {
    invited: invited.length,
    present: count('present'),
    substitute: count('substitute'),
    absentWithConsent: count('absent'),
    unrecorded: invited.filter((id) => !rows.some((row) => sameId(row.member, id))).length,
  }
}

/**
 * R6.2a (warn): once the meeting is held, every invited member without an attendance row (no
 * presence, no substitute, no consented absence) was absent without the chair's consent.
 */
export const absencesWithoutConsent = (
  rows: readonly AttendanceRow[],
  invited: readonly Id[],
  held: boolean,
): number => (held ? attendanceSummary(rows, invited).unrecorded : 0)
