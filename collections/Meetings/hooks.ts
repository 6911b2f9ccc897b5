import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

import { assertField, assertVerdict } from '../../hooks/adapters/assertVerdict'
import {
  absencesWithoutConsent,
  absencesWithoutSubstitute,
  attendanceFindings,
  attendanceRowLabel,
  attendanceRowProblem,
  describeAttendanceFinding,
  describeAttendanceFindings,
  checkChair,
  checkConclusionsIssuable,
  checkExtraordinaryCall,
  checkKindFitsGroup,
  checkNoticeContent,
  checkOneRegularPerMonth,
  checkServedMonth,
  checkStatusChange,
  checkVotes,
  checkVotesAfterMeeting,
  decisionOutcome,
  eligibleVoters,
  HELD_STATUSES,
  isLateInMonth,
  isNoticeLate,
  isVerdict,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  MEETING_STATUSES,
  noticeDeadline,
  reviewedYear,
  sameId,
  type AttendanceFinding,
  type AttendanceGroupKind,
  type AttendanceRow,
  type Id,
  type MeetingStatus,
  type Problem,
} from '../../hooks/rules/meetings'
import type { Verdict } from '../../hooks/rules/verdict'
import { formatDayKey } from '../../hooks/rules/terms'
import { languageOf } from '../../src/i18n/label'
import { authorityOn } from '../../src/charter/authority'
import { workingCalendarOf, yearsAround } from '../../src/charter/calendar'
import { seatsOn, type Seat } from '../../src/charter/seats'
import { charterNumbersOn } from '../../src/charter/settings'
import { toVnDateKey, vnDayStart } from '../../src/lib/clock'
import { actionOf } from './context'
import { followUpTaskIds } from './followUp'
import { assertReferencesExist } from './references'
import { changedFrozenParts, shapeOf, touches, type MeetingShape } from './shape'

const SLUG = 'meetings'

const assertProblem = (req: PayloadRequest, problem: Problem | null) => {
  if (problem) assertField(false, req, problem.path, problem.message, SLUG)
}

const assertCheck = (req: PayloadRequest, result: Verdict | Problem | null) => {
  if (result === null) return
  if (isVerdict(result)) assertVerdict(result, req, SLUG)
  else assertProblem(req, result)
}

const PART_LABELS: Record<string, { vi: string; en: string }> = {
  attendance: { vi: 'điểm danh', en: 'attendance' },
  decisions: { vi: 'biểu quyết', en: 'votes' },
  conclusions: { vi: 'kết luận', en: 'conclusions' },
}

/** After the notice the invitation is fixed; after the conclusions the record is. */
const checkFrozen = (
  req: PayloadRequest,
  data: Record<string, unknown>,
  status: MeetingStatus,
  before: MeetingShape,
  after: MeetingShape,
) => {
  const changed = changedFrozenParts(status, data, before, after)[0]
  if (!changed) return
  const record = PART_LABELS[changed]
  assertField(
    false,
    req,
    changed,
    record
      ? {
          vi: `Kết luận đã ban hành: không sửa ${record.vi} của cuộc họp.`,
          en: `The conclusions are issued: the meeting's ${record.en} can no longer change.`,
        }
      : {
          vi: 'Giấy mời đã gửi: không sửa thời gian, địa điểm, thành phần, chương trình. Cần thay đổi thì hủy cuộc họp và lập cuộc họp mới.',
          en: 'The notice is out: time, place, invitees and agenda are fixed. To change them, cancel the meeting and create a new one.',
        },
    SLUG,
  )
}

const titleOf = (meeting: MeetingShape, startDay: string): string => {
  const label = MEETING_KIND_LABELS[meeting.kind].vi
  const month = meeting.servesMonth ?? startDay.slice(0, 7)
  const period =
    meeting.kind === 'regular'
      ? ` tháng ${month.slice(5, 7)}/${month.slice(0, 4)}`
      : meeting.kind === 'six-month-review'
        ? ` năm ${month.slice(0, 4)}`
        : meeting.kind === 'year-end-review'
          ? // R11.1b: the year it reviews; a review held in January reviews the year before.
            ` ${reviewedYear('year-end-review', month) ?? month.slice(0, 4)}`
          : ''
  return `${label}${period} (${formatDayKey(startDay)})`
}

const checkInvitees = (
  req: PayloadRequest,
  invited: readonly Id[],
  seats: readonly Seat[],
  startDay: string,
) => {
  const stranger = invited.findIndex((id) => !seats.some((seat) => sameId(seat.id, id)))
  assertField(
    stranger === -1,
    req,
    'invitedMembers',
    {
      vi: `Người được mời thứ ${stranger + 1} không phải thành viên của Tổ đang giữ chức danh vào ngày họp ${formatDayKey(startDay)}; mời người ngoài Tổ ở mục "Đại biểu mời ngoài Tổ".`,
      en: `Invitee ${stranger + 1} is not a member of this group in office on ${formatDayKey(startDay)}; invite outsiders as guests.`,
    },
    SLUG,
  )
  assertField(
    new Set(invited.map(String)).size === invited.length,
    req,
    'invitedMembers',
    { vi: 'Một thành viên được mời hai lần.', en: 'A member is invited twice.' },
    SLUG,
  )
}

/** The attendance rows as stored, with the chair's waiver of a substitute (R11.4). */
const attendanceRowsOf = (meeting: MeetingShape, doc: Record<string, unknown>): AttendanceRow[] => {
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
 * R6.2a / R11.4 / R6.2b / Art. 10.2: every attendance row at once. All refusals of all rows go in
 * one ValidationError (one field error each, and a message with one line per row); the flags are
 * returned for the meeting record.
 */
const checkAttendance = async (
  req: PayloadRequest,
  meeting: MeetingShape,
  rows: readonly AttendanceRow[],
  groupKind: AttendanceGroupKind,
): Promise<{ flags: AttendanceFinding[]; nameOf: (row: number) => string | null }> => {
  assertProblem(req, attendanceRowProblem(meeting.attendance, meeting.invitedMembers))
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

/** R11.1c / R3.4: who called it, who chairs it, on the days that count. */
const checkAuthority = async (
  req: PayloadRequest,
  meeting: MeetingShape,
  startDay: string,
  checkCall: boolean,
  checkChairing: boolean,
  /** R4.2: the Head is recorded absent for this meeting. */
  headAbsent: boolean,
) => {
  // Authority is read from the meeting's group, never from a seat in another group.
  const scope = { groupId: meeting.group, headAbsent }
  if (checkCall && meeting.kind === 'extraordinary') {
    const mayCall =
      meeting.convenedBy !== null && meeting.calledOn !== null
        ? (
            await authorityOn(
              req.payload,
              meeting.convenedBy,
              'call-extraordinary-meeting',
              meeting.calledOn,
              req,
              { groupId: meeting.group },
            )
          ).allowed
        : false
    assertVerdict(
      checkExtraordinaryCall({
        kind: meeting.kind,
        convenedBy: meeting.convenedBy,
        calledOn: meeting.calledOn,
        startDay,
        mayCall,
      }),
      req,
      SLUG,
    )
  }
  if (checkChairing) {
    const mayChair =
      meeting.chair !== null &&
      (await authorityOn(req.payload, meeting.chair, 'chair-meeting', startDay, req, scope)).allowed
    assertVerdict(checkChair(meeting.chair, startDay, mayChair), req, SLUG)
  }
}

/**
 * The adapter of the meeting rules: lifecycle (R11.3a/b), cadence (R11.1a), who calls and chairs
 * (R11.1c, R3.4), invitees (R11.2), attendance (R6.2a/b, R11.4), votes (R2.1), notice (R11.3a),
 * conclusions (R11.3b), and the flags stored for the compliance view.
 */
export const enforceMeetingRules: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const action = actionOf(context)
  const now = action ? new Date(action.now) : new Date()
  const before = operation === 'create' || !originalDoc ? null : shapeOf(originalDoc)
  const meeting = shapeOf({ ...originalDoc, ...data })
  const from: MeetingStatus = before?.status ?? 'draft'
  const to = meeting.status

  // Choices are checked here first: the rules below read them before Payload validates fields.
  assertField(
    MEETING_KINDS.includes(meeting.kind) && MEETING_STATUSES.includes(meeting.status),
    req,
    MEETING_KINDS.includes(meeting.kind) ? 'status' : 'kind',
    { vi: 'Lựa chọn không hợp lệ.', en: 'Invalid choice.' },
    SLUG,
  )

  // Lifecycle (R11.3a, R11.3b)
  assertField(
    before !== null || to === 'draft',
    req,
    'status',
    { vi: 'Cuộc họp mới lập ở trạng thái "Dự thảo".', en: 'A new meeting starts as a draft.' },
    SLUG,
  )
  assertCheck(req, checkStatusChange(from, to, action?.kind ?? null))
  if (before) checkFrozen(req, data, from, before, meeting)

  await assertReferencesExist(req, data)

  // Time and place
  assertField(
    Boolean(meeting.start),
    req,
    'start',
    { vi: 'Nhập thời gian bắt đầu.', en: 'Enter the start time.' },
    SLUG,
  )
  const startDay = toVnDateKey(meeting.start!)
  assertField(
    !meeting.end || meeting.end > meeting.start!,
    req,
    'end',
    {
      vi: 'Thời gian kết thúc phải sau thời gian bắt đầu.',
      en: 'The meeting must end after it starts.',
    },
    SLUG,
  )

  // Group and kind (R11.5)
  const group =
    meeting.group === null
      ? null
      : await req.payload.findByID({
          collection: 'working-groups',
          id: meeting.group,
          depth: 0,
          select: { kind: true },
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  assertField(
    Boolean(group),
    req,
    'group',
    { vi: 'Không tìm thấy Tổ.', en: 'Group not found.' },
    SLUG,
  )
  const groupKind = group!.kind as 'wg' | 'sg'
  assertProblem(req, checkKindFitsGroup(meeting.kind, groupKind))

  // The month served and the charter's numbers on the meeting day (R11.1a, R14.3)
  meeting.servesMonth ??= startDay.slice(0, 7)
  data.servesMonth = meeting.servesMonth
  assertProblem(req, checkServedMonth(meeting.servesMonth, startDay))
  const settings = await charterNumbersOn(req, startDay)

  const live = to !== 'cancelled'
  if (live && meeting.kind === 'regular') {
    const others = await req.payload.find({
      collection: SLUG,
      where: {
        and: [
          { group: { equals: meeting.group } },
          { kind: { equals: 'regular' } },
          { servesMonth: { equals: meeting.servesMonth } },
          { status: { not_equals: 'cancelled' } },
        ],
      },
      select: { kind: true, servesMonth: true, status: true },
      depth: 0,
      limit: 3,
      overrideAccess: true,
      req,
    })
    assertVerdict(
      checkOneRegularPerMonth(
        { ...meeting, id: meeting.id ?? undefined, servesMonth: meeting.servesMonth },
        others.docs.map((doc) => ({
          id: doc.id,
          kind: doc.kind,
          servesMonth: doc.servesMonth ?? '',
          status: doc.status,
        })),
      ),
      req,
      SLUG,
    )
  }

  if (live && groupKind === 'wg') {
    await checkAuthority(
      req,
      meeting,
      startDay,
      touches(data, before, meeting, ['kind', 'convenedBy', 'calledOn', 'start']),
      touches(data, before, meeting, ['chair', 'start']) ||
        (data.headAbsent !== undefined && data.headAbsent !== originalDoc?.headAbsent),
      ({ ...originalDoc, ...data } as { headAbsent?: boolean | null }).headAbsent === true,
    )
  }

  // Invitees (R11.2): the group's members in office on the meeting day, plus outside guests.
  const seats = await seatsOn(req, meeting.group!, startDay)
  if (!before && meeting.invitedMembers.length === 0) {
    meeting.invitedMembers = seats.map((seat) => seat.id)
    data.invitedMembers = meeting.invitedMembers
  }
  if (touches(data, before, meeting, ['invitedMembers', 'start', 'group'])) {
    checkInvitees(req, meeting.invitedMembers, seats, startDay)
  }
  // R11.2: the invitee list is the Head's decision; record who set it and when.
  if (!before || touches(data, before, meeting, ['invitedMembers', 'guests'])) {
    data.inviteesSetBy = req.user?.collection === 'users' ? req.user.id : null
    data.inviteesSetAt = now.toISOString()
  }
  const attendanceRows = attendanceRowsOf(meeting, { ...originalDoc, ...data })
  // The chair's waiver (R11.4) is not part of the meeting's shape: compare it here.
  const waiverChanged =
    before !== null &&
    'attendance' in data &&
    JSON.stringify(
      attendanceRowsOf(before, originalDoc ?? {}).map((row) => row.substituteWaived),
    ) !== JSON.stringify(attendanceRows.map((row) => row.substituteWaived))
  assertField(
    !(waiverChanged && from === 'conclusions-issued'),
    req,
    'attendance',
    {
      vi: `Kết luận đã ban hành: không sửa ${PART_LABELS.attendance.vi} của cuộc họp.`,
      en: `The conclusions are issued: the meeting's ${PART_LABELS.attendance.en} can no longer change.`,
    },
    SLUG,
  )
  const attendance =
    waiverChanged || touches(data, before, meeting, ['attendance', 'invitedMembers'])
      ? await checkAttendance(req, meeting, attendanceRows, groupKind)
      : null

  // Votes (R2.1): recorded per voter once held; the outcome is computed, never typed.
  const voteCount = meeting.decisions.reduce((sum, decision) => sum + decision.votes.length, 0)
  assertVerdict(checkVotesAfterMeeting(to, voteCount), req, SLUG)
  if (meeting.decisions.length > 0) {
    const attending = meeting.attendance
      .filter((row) => row.presence !== 'absent')
      .map((row) => row.member)
      .filter((id): id is Id => id !== null)
    const eligible = eligibleVoters(
      seats.map((seat) => seat.id),
      attending,
      settings.majorityBase,
    )
    // Whatever the majority base, only members at the meeting (or represented there by an
    // authorised substitute) cast a vote; absent members count in the base only.
    const voters = eligibleVoters(
      seats.map((seat) => seat.id),
      attending,
      'present',
    )
    const checkAll = touches(data, before, meeting, ['decisions', 'attendance'])
    const chairSeat = seats.find((seat) => sameId(seat.user, meeting.chair))?.id ?? null
    const written = Array.isArray(data.decisions) ? data.decisions : originalDoc?.decisions
    const rows = (Array.isArray(written) ? written : []) as Record<string, unknown>[]
    data.decisions = rows.map((row, index) => {
      const decision = meeting.decisions[index]
      if (checkAll) assertVerdict(checkVotes(decision.votes, voters, index), req, SLUG)
      const result = decisionOutcome({
        votes: decision.votes,
        eligible,
        attending,
        majorityBase: settings.majorityBase,
        tieRule: settings.tieRule,
        chairSeat,
      })
      return { ...row, outcome: result.outcome, outcomeNote: result.note.vi }
    })
  }

  // Held: not before it starts.
  if (to === 'held' && from !== 'held') {
    assertField(
      new Date(meeting.start!) <= now,
      req,
      'status',
      {
        vi: 'Cuộc họp chưa bắt đầu: chưa thể ghi nhận "Đã họp".',
        en: 'The meeting has not started yet: it cannot be marked held.',
      },
      SLUG,
    )
  }

  // Notice (R11.3a): content checked when it goes out; lateness is recorded, not refused.
  const calendar = await workingCalendarOf(req, yearsAround(startDay))
  const deadline = noticeDeadline(calendar, meeting.start!, settings.noticeLeadWorkingDays)
  if (to === 'notice-sent' && from === 'draft') {
    assertVerdict(
      checkNoticeContent({
        agendaItems: meeting.agenda.length,
        documents: meeting.agenda.reduce((sum, item) => sum + item.documents.length, 0),
        start: meeting.start,
        end: meeting.end,
        place: meeting.place,
        onlineLink: meeting.onlineLink,
      }),
      req,
      SLUG,
    )
    meeting.noticeSentAt = now.toISOString()
    data.noticeSentAt = meeting.noticeSentAt
  }

  // Conclusions (R11.3b): issued by the action, for a held meeting.
  if (to === 'conclusions-issued' && from === 'held') {
    assertVerdict(
      checkConclusionsIssuable({
        status: from,
        kind: meeting.kind,
        summary: meeting.conclusions.summary,
        items: meeting.conclusions.items,
        issuedOn: toVnDateKey(now),
      }),
      req,
      SLUG,
    )
    data.conclusions = {
      ...((data.conclusions ?? originalDoc?.conclusions ?? {}) as object),
      issuedAt: now.toISOString(),
    }
  }

  // Flags for the compliance view.
  data.noticeDeadline = vnDayStart(deadline).toISOString()
  data.noticeLate = meeting.noticeSentAt ? isNoticeLate(deadline, meeting.noticeSentAt) : false
  data.lateInMonth =
    groupKind === 'wg' &&
    isLateInMonth(meeting.kind, startDay, meeting.servesMonth, settings.meetingBeforeDay)
  data.absenceWithoutConsent = absencesWithoutConsent(
    meeting.attendance,
    meeting.invitedMembers,
    HELD_STATUSES.includes(to),
  )
  // R11.4 / R6.2a (flags): absent WG members with neither a substitute nor the chair's waiver, and
  // what the rows still lack; recomputed when the attendance changes.
  if (attendance) {
    data.absenceWithoutSubstitute = absencesWithoutSubstitute(attendanceRows, groupKind)
    data.attendanceWarnings =
      describeAttendanceFindings(attendance.flags, attendance.nameOf, 'vi').join('\n') || null
  }
  const agencies = [
    ...seats
      .filter((seat) => meeting.invitedMembers.some((id) => sameId(id, seat.id)))
      .map((seat) => seat.agency),
    ...meeting.guests.map((guest) => guest.agency),
    ...meeting.agenda.map((item) => item.presenterAgency),
  ].filter((id): id is Id => id !== null)
  data.invitedAgencies = [...new Map(agencies.map((id) => [String(id), id])).values()]
  data.title = titleOf(meeting, startDay)
  if (to === 'draft' && groupKind === 'wg' && meeting.kind === 'regular') {
    data.followUpTasks = await followUpTaskIds(req, meeting.group!, startDay)
  }
  return data
}

/** A meeting past its draft is a record: it is cancelled, not deleted. */
export const keepMeetingRecords: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const meeting = await req.payload.findByID({
    collection: SLUG,
    id,
    depth: 0,
    select: { status: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  assertField(
    !meeting || meeting.status === 'draft',
    req,
    'status',
    {
      vi: 'Chỉ xóa được cuộc họp dự thảo; cuộc họp đã gửi giấy mời thì chuyển sang "Đã hủy".',
      en: 'Only a draft meeting can be deleted; once its notice is out, cancel it instead.',
    },
    SLUG,
  )
}
