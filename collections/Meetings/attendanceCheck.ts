import { ValidationError, type PayloadRequest } from 'payload'

import { assertVerdict } from '../../src/lib/assertVerdict'
import {
  attendanceFindings,
  attendanceRowLabel,
  checkAttendanceRows,
  describeAttendanceFinding,
  describeAttendanceFindings,
  type AttendanceFinding,
  type AttendanceGroupKind,
  type AttendanceRow,
  type Id,
} from '../../hooks/rules/meetings'
import { languageOf } from '../../src/i18n/label'
import type { MeetingShape } from './shape'

const SLUG = 'meetings'

/** The attendance rows as stored, with the chair's waiver of a substitute (R11.4). */
export const attendanceRowsOf = (
  meeting: MeetingShape,
  doc: Record<string, unknown>,
): AttendanceRow[] => {
  const raw = Array.isArray(doc.attendance) ? (doc.attendance as Record<string, unknown>[]) : []
  return meeting.attendance.map((row, index) => ({
    ...row,
    substituteWaived: Boolean(raw[index]?.substituteWaived),
  }))
}

/** The people behind the attendance rows' seats, by row index (for "Dòng 3 (Nguyễn Văn A)"). */
const attendanceNames = async (
  req: PayloadRequest,
  rows: readonly AttendanceRow[],
): Promise<(row: number) => string | null> => {
  const seatIds = rows.map((row) => row.member).filter((id): id is Id => id !== null)
  if (seatIds.length === 0) return () => null
  const seats = await req.payload.find({
    collection: 'members',
    where: { id: { in: seatIds } },
    select: { user: true },
    depth: 0,
    limit: seatIds.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const userOf = new Map(
    seats.docs.map((seat) => [
      String(seat.id),
      typeof seat.user === 'object' ? seat.user?.id : seat.user,
    ]),
  )
  const userIds = [...new Set([...userOf.values()].filter((id) => id !== undefined && id !== null))]
  const users =
    userIds.length === 0
      ? []
      : (
          await req.payload.find({
            collection: 'users',
            where: { id: { in: userIds } },
            select: { fullName: true },
            depth: 0,
            limit: userIds.length,
            pagination: false,
            overrideAccess: true,
            req,
          })
        ).docs
  const nameOf = new Map(users.map((user) => [String(user.id), user.fullName ?? null]))
  return (index) => {
    const member = rows[index]?.member
    const user = member === null || member === undefined ? undefined : userOf.get(String(member))
    return user === undefined || user === null ? null : (nameOf.get(String(user)) ?? null)
  }
}

/**
 * R11.2 / R6.2a / R11.4 / R6.2b / Art. 10.2: every attendance row at once. All refusals of all
 * rows go in one ValidationError (one field error each, and a message with one line per row); the
 * flags are returned for the meeting record.
 */
export const checkAttendance = async (
  req: PayloadRequest,
  meeting: MeetingShape,
  rows: readonly AttendanceRow[],
  groupKind: AttendanceGroupKind,
): Promise<{ flags: AttendanceFinding[]; nameOf: (row: number) => string | null }> => {
  assertVerdict(checkAttendanceRows(meeting.attendance, meeting.invitedMembers), req, SLUG)
  const findings = attendanceFindings(rows, groupKind)
  if (findings.length === 0) return { flags: [], nameOf: () => null }
  const nameOf = await attendanceNames(req, rows)
  const refusals = findings.filter((finding) => finding.severity === 'refuse')
  if (refusals.length > 0) {
    const language = languageOf(req)
    const error = new ValidationError(
      {
        collection: SLUG,
        errors: refusals.map((finding) => ({
          path: `attendance.${finding.row}.${finding.field}`,
          label: attendanceRowLabel(finding.row, nameOf(finding.row), language),
          message: describeAttendanceFinding(finding, nameOf(finding.row), language),
        })),
      },
      req.t,
    )
    const intro = language === 'en' ? 'The attendance is incomplete:' : 'Điểm danh chưa đầy đủ:'
    error.message = [intro, ...describeAttendanceFindings(refusals, nameOf, language)].join('\n')
    throw error
  }
  return { flags: findings, nameOf }
}
