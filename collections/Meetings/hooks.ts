import type { CollectionBeforeChangeHook } from 'payload'

import { assertField, assertVerdict } from '../../src/lib/assertVerdict'
import { refuseDeleteWhen } from '../../src/lib/refuseDeleteWhen'
import { describeBreach } from '../../hooks/rules/verdict'
import {
  absencesWithoutConsent,
  absencesWithoutSubstitute,
  checkConclusionsIssuable,
  checkDeletable,
  checkFrozenPart,
  checkHeldAfterStart,
  checkInvitees,
  checkKindFitsGroup,
  checkMinutesRecorded,
  checkMeetingTimes,
  checkNewMeetingStatus,
  checkNoticeContent,
  checkOneRegularPerMonth,
  checkServedMonth,
  checkStatusChange,
  checkVotesAfterMeeting,
  describeAttendanceFindings,
  HELD_STATUSES,
  isLateInMonth,
  isNoticeLate,
  MEETING_KINDS,
  MEETING_STATUSES,
  noticeDeadline,
  sameId,
  type Id,
  type MeetingStatus,
} from '../../hooks/rules/meetings'
import { workingCalendarOf, yearsAround } from '../../src/charter/calendar'
import { seatsOn } from '../../src/charter/seats'
import { charterNumbersOn } from '../../src/charter/settings'
import { toVnDateKey, vnDayStart } from '../../src/lib/clock'
import { attendanceRowsOf, checkAttendance } from './attendanceCheck'
import { checkAuthority } from './authorityCheck'
import { actionOf } from './meetingAction'
import { decisionsWithOutcomes } from './decisions'
import { followUpTaskIds } from './followUp'
import { applyPreparation, hasMinutes } from './preparationCheck'
import { changedFrozenParts, noticeContentOf, shapeOf, touches } from './shape'
import { titleOf } from './title'

const SLUG = 'meetings'

/**
 * The adapter of the meeting rules (hooks/rules/meetings): it reads what the rules need, calls
 * them in order and stamps what they compute. Lifecycle (R11.3a/b), the frozen notice and record
 * (R11.3a/b), cadence (R11.1a), who calls and chairs (R11.1c, R3.4), the group's kinds (R11.5),
 * invitees (R11.2), attendance (R6.2a/b, R11.4), votes (R2.1), notice (R11.3a), conclusions
 * (R11.3b), and the flags stored for the compliance view.
 */
export const enforceMeetingRules: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const check = (verdict: Parameters<typeof assertVerdict>[0]) => assertVerdict(verdict, req, SLUG)
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

  // Lifecycle and the frozen notice and record (R11.3a, R11.3b)
  if (!before) check(checkNewMeetingStatus(to))
  check(checkStatusChange(from, to, action?.kind ?? null))
  if (before) check(checkFrozenPart(changedFrozenParts(from, data, before, meeting)[0] ?? null))

  // Time and place
  check(checkMeetingTimes(meeting.start, meeting.end))
  const start = meeting.start!
  const startDay = toVnDateKey(start)

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
  check(checkKindFitsGroup(meeting.kind, groupKind))

  // The month served and the charter's numbers on the meeting day (R11.1a, R14.3)
  meeting.servesMonth ??= startDay.slice(0, 7)
  data.servesMonth = meeting.servesMonth
  check(checkServedMonth(meeting.servesMonth, startDay))
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
    check(
      checkOneRegularPerMonth(
        { ...meeting, id: meeting.id ?? undefined, servesMonth: meeting.servesMonth },
        others.docs.map((doc) => ({
          id: doc.id,
          kind: doc.kind,
          servesMonth: doc.servesMonth ?? '',
          status: doc.status,
        })),
      ),
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
    check(
      checkInvitees(
        meeting.invitedMembers,
        seats.map((seat) => seat.id),
        startDay,
      ),
    )
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
  if (waiverChanged && from === 'conclusions-issued') check(checkFrozenPart('attendance'))
  const attendance =
    waiverChanged || touches(data, before, meeting, ['attendance', 'invitedMembers'])
      ? await checkAttendance(req, meeting, attendanceRows, groupKind)
      : null

  // Votes (R2.1): recorded per voter once held; the outcome is computed, never typed.
  const voteCount = meeting.decisions.reduce((sum, decision) => sum + decision.votes.length, 0)
  check(checkVotesAfterMeeting(to, voteCount))
  if (meeting.decisions.length > 0) {
    data.decisions = decisionsWithOutcomes(
      req,
      meeting,
      Array.isArray(data.decisions) ? data.decisions : originalDoc?.decisions,
      seats,
      settings,
      touches(data, before, meeting, ['decisions', 'attendance']),
    )
  }

  // Held: not before it starts (R11.3b).
  check(checkHeldAfterStart(from, to, start, now))

  // Notice (R11.3a): content checked when it goes out; lateness is recorded, not refused.
  const calendar = await workingCalendarOf(req, yearsAround(startDay))
  const deadline = noticeDeadline(calendar, start, settings.noticeLeadWorkingDays)
  if (to === 'notice-sent' && from === 'draft') {
    check(checkNoticeContent(noticeContentOf(meeting)))
    meeting.noticeSentAt = now.toISOString()
    data.noticeSentAt = meeting.noticeSentAt
  }

  // R7.3: the Support Group's preparation of a Working Group meeting (owners, due days, done).
  if (groupKind === 'wg') {
    await applyPreparation(req, {
      data,
      merged: { ...originalDoc, ...data },
      original: originalDoc?.preparation,
      created: !before,
      wgId: meeting.group!,
      startDay,
      today: toVnDateKey(now),
      moved: touches(data, before, meeting, ['start']),
      noticeSent: to === 'notice-sent' && from === 'draft',
      calendar,
      noticeLeadWorkingDays: settings.noticeLeadWorkingDays,
    })
  }

  // Conclusions (R11.3b): issued by the action, for a held meeting, once the minutes are in (R7.3).
  if (to === 'conclusions-issued' && from === 'held') {
    check(checkMinutesRecorded(hasMinutes({ ...originalDoc, ...data })))
    check(
      checkConclusionsIssuable({
        status: from,
        kind: meeting.kind,
        summary: meeting.conclusions.summary,
        items: meeting.conclusions.items,
        issuedOn: toVnDateKey(now),
      }),
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

/** R11.3b: a meeting past its draft is a record: it is cancelled, not deleted. */
const draftOnly = checkDeletable('cancelled')
export const keepMeetingRecords = refuseDeleteWhen<{ status?: MeetingStatus | null }>(
  (meeting) => !checkDeletable(meeting.status ?? null).ok,
  { vi: describeBreach(draftOnly, 'vi'), en: describeBreach(draftOnly, 'en') },
  { path: 'status', name: 'keepMeetingRecords' },
)
