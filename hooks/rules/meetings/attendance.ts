import {
  breach,
  clause,
  describeBreach,
  OK,
  refusal,
  type Bilingual,
  type Language,
  type Verdict,
} from '../verdict'
import { sameId, type Id, type Presence } from './kinds'

// R6.2a / R11.4 / R6.2b / Art. 10.2: who does not attend in person (absent, or sending a
// substitute) reports a reason and has the chair's consent; a Working Group member absent with
// consent still sends a substitute unless the chair waives it (R11.4, flagged); a Working Group
// substitute attends only on the member's written authorisation (R6.2b), a Support Group one needs
// none (Art. 10.2: the member reports to the chair and sends someone concerned).
export type AttendanceRow = {
  member: Id | null
  presence: Presence
  reason?: string | null
  chairConsent?: boolean | null
  substituteName?: string | null
  hasAuthorisation: boolean
  /** The chair explicitly released an absent Working Group member from sending a substitute. */
  substituteWaived?: boolean | null
}

export type AttendanceGroupKind = 'wg' | 'sg'

export type AttendanceField =
  'reason' | 'chairConsent' | 'substituteName' | 'authorisation' | 'substituteWaived'

/**
 * One thing missing on one attendance row. `refuse` blocks the save (the charter's hard rules, as
 * enforced before); `flag` is recorded on the meeting for the compliance view.
 */
export type AttendanceFinding = {
  row: number
  field: AttendanceField
  rule: string
  clause: Bilingual
  severity: 'refuse' | 'flag'
  /** What is missing, as the tail of "Dòng 3 (Nguyễn Văn A): …". */
  message: Bilingual
}

const SG_RULE = 'R8–R10'

/** Every finding of one row, in the order a secretary fills the row in. */
export const attendanceRowFindings = (
  row: AttendanceRow,
  index: number,
  groupKind: AttendanceGroupKind = 'wg',
): AttendanceFinding[] => {
  if (row.presence !== 'absent' && row.presence !== 'substitute') return []
  const absent = row.presence === 'absent'
  const sg = groupKind === 'sg'
  const findings: AttendanceFinding[] = []
  const add = (
    field: AttendanceField,
    rule: string,
    where: Bilingual,
    severity: AttendanceFinding['severity'],
    message: Bilingual,
  ) => findings.push({ row: index, field, rule, clause: where, severity, message })

  // Absent or substituted: the reason reported and the chair's consent (R11.4, R6.2a; Art. 10.2).
  // Refused for an absence, as before; flagged for a substitute (records made before the rule).
  const notInPerson: AttendanceFinding['severity'] = absent ? 'refuse' : 'flag'
  if (!row.reason?.trim()) {
    add(
      'reason',
      sg ? SG_RULE : absent ? 'R11.4' : 'R6.2a',
      sg ? clause(10, 2) : absent ? clause(11, 4) : clause(6, 2),
      notInPerson,
      absent
        ? { vi: 'chưa ghi lý do vắng mặt', en: 'no reason for the absence is recorded' }
        : {
            vi: 'chưa ghi lý do không dự họp trực tiếp',
            en: 'no reason for not attending in person is recorded',
          },
    )
  }
  if (!row.chairConsent) {
    add('chairConsent', sg ? SG_RULE : 'R6.2a', sg ? clause(10, 2) : clause(6, 2), notInPerson, {
      vi: 'chưa có ý kiến đồng ý của người chủ trì',
      en: "the chair's consent is not recorded",
    })
  }

  if (absent) {
    // R11.4: a Working Group member absent sends a responsible substitute, unless waived.
    if (!sg && !row.substituteWaived) {
      add('substituteWaived', 'R11.4', clause(11, 4), 'flag', {
        vi: 'vắng mặt nhưng không cử người dự họp thay và chưa ghi người chủ trì cho miễn cử người dự thay',
        en: 'absent without sending a substitute, and no waiver by the chair is recorded',
      })
    }
    return findings
  }

  // The substitute: named (R6.2b; Art. 10.2), on written authorisation for the WG only (R6.2b).
  if (!row.substituteName?.trim()) {
    add('substituteName', sg ? SG_RULE : 'R6.2b', sg ? clause(10, 2) : clause(6, 2), 'refuse', {
      vi: 'chưa ghi họ tên người dự họp thay',
      en: 'the substitute is not named',
    })
  }
  if (!sg && !row.hasAuthorisation) {
    add('authorisation', 'R6.2b', clause(6, 2), 'refuse', {
      vi: 'chưa có văn bản ủy quyền dự họp của thành viên (tải tệp lên)',
      en: "the member's written authorisation is not attached (upload the file)",
    })
  }
  return findings
}

/** Every finding of every row at once, so one save lists all that is missing. */
export const attendanceFindings = (
  rows: readonly AttendanceRow[],
  groupKind: AttendanceGroupKind = 'wg',
): AttendanceFinding[] => rows.flatMap((row, index) => attendanceRowFindings(row, index, groupKind))

/** "Dòng 3 (Nguyễn Văn A)" / "Row 3 (Nguyễn Văn A)": a row as the secretary sees it. */
export const attendanceRowLabel = (index: number, name: string | null, language: Language) => {
  const row = language === 'en' ? `Row ${index + 1}` : `Dòng ${index + 1}`
  return name?.trim() ? `${row} (${name.trim()})` : row
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

/**
 * One line per row: "Dòng 3 (Nguyễn Văn A): chưa ghi lý do vắng mặt; chưa có ý kiến đồng ý của
 * người chủ trì (Điều 11 khoản 4; Điều 6 khoản 2)."
 */
export const describeAttendanceFindings = (
  findings: readonly AttendanceFinding[],
  nameOf: (row: number) => string | null,
  language: Language = 'vi',
): string[] => {
  const rows = [...new Set(findings.map((finding) => finding.row))].sort((a, b) => a - b)
  return rows.map((row) => {
    const own = findings.filter((finding) => finding.row === row)
    const what = own.map((finding) => finding.message[language]).join('; ')
    const cited = [...new Set(own.map((finding) => finding.clause[language]))].join('; ')
    return `${attendanceRowLabel(row, nameOf(row), language)}: ${what} (${cited}).`
  })
}

/** One finding as a field error: "Vi phạm Điều 6 khoản 2: Dòng 3 (…): chưa có …". */
export const describeAttendanceFinding = (
  finding: AttendanceFinding,
  name: string | null,
  language: Language = 'vi',
): string =>
  describeBreach(
    breach(finding.rule, finding.clause, {
      vi: `${attendanceRowLabel(finding.row, name, 'vi')}: ${finding.message.vi}.`,
      en: `${attendanceRowLabel(finding.row, name, 'en')}: ${finding.message.en}.`,
    }),
    language,
  )

/** The first refusal of a row as a verdict (the row's own check). */
const firstRefusal = (
  row: AttendanceRow,
  index: number,
  groupKind: AttendanceGroupKind,
  fields: readonly AttendanceField[],
): Verdict => {
  const found = attendanceRowFindings(row, index, groupKind).find(
    (finding) => finding.severity === 'refuse' && fields.includes(finding.field),
  )
  if (!found) return OK
  return breach(
    found.rule,
    found.clause,
    { vi: `${sentence(found.message.vi)}.`, en: `${sentence(found.message.en)}.` },
    `attendance.${index}.${found.field}`,
  )
}

/** R11.4 / R6.2a: an absence carries its reason and the chair's consent. */
export const checkAbsence = (
  row: AttendanceRow,
  index: number,
  groupKind: AttendanceGroupKind = 'wg',
): Verdict =>
  row.presence === 'absent' ? firstRefusal(row, index, groupKind, ['reason', 'chairConsent']) : OK

/** R6.2b: a substitute is named and, for the Working Group, attends on written authorisation. */
export const checkSubstitute = (
  row: AttendanceRow,
  index: number,
  groupKind: AttendanceGroupKind = 'wg',
): Verdict =>
  row.presence === 'substitute'
    ? firstRefusal(row, index, groupKind, ['substituteName', 'authorisation'])
    : OK

/** R11.4 (flag): absent Working Group members who neither sent a substitute nor were released. */
export const absencesWithoutSubstitute = (
  rows: readonly AttendanceRow[],
  groupKind: AttendanceGroupKind,
): number =>
  attendanceFindings(rows, groupKind).filter((finding) => finding.field === 'substituteWaived')
    .length

/** R11.2: attendance is recorded for the invited members only, one row each. */
export const checkAttendanceRows = (
  rows: readonly AttendanceRow[],
  invited: readonly Id[],
): Verdict => {
  for (const [index, row] of rows.entries()) {
    if (row.member === null || !invited.some((id) => sameId(id, row.member))) {
      return refusal(
        'R11.2',
        clause(11, 2),
        {
          vi: 'Chỉ điểm danh thành viên có trong danh sách mời.',
          en: 'Attendance is recorded for invited members only.',
        },
        `attendance.${index}.member`,
      )
    }
    if (rows.findIndex((other) => sameId(other.member, row.member)) !== index) {
      return refusal(
        'R11.2',
        clause(11, 2),
        {
          vi: 'Thành viên này đã được điểm danh ở dòng trên.',
          en: 'This member already has an attendance row.',
        },
        `attendance.${index}.member`,
      )
    }
  }
  return OK
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
