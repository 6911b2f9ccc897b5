import type { CollectionSlug, PayloadRequest } from 'payload'

import {
  attendanceSummary,
  eligibleVoters,
  MEETING_STATUS_LABELS,
  PREPARATION_STEP_LABELS,
  preparationState,
  workingDaysLeft,
  type AttendanceSummary,
  type Id,
  type MeetingStatus,
} from '../../hooks/rules/meetings'
import { formatDayKey } from '../../hooks/rules/terms'
import { hasRole } from '../../src/access/roles'
import { workingCalendarOf, yearsAround } from '../../src/charter/calendar'
import { seatsOn } from '../../src/charter/seats'
import { charterNumbersOn } from '../../src/charter/settings'
import { dayKeyOf } from '../../src/fields/dates'
import { toVnDateKey, vnToday } from '../../src/lib/clock'
import { followUpRows } from './followUp'
import { formatVnDateTime } from './messages'
import { preparationRowsOf } from './preparationCheck'
import { shapeOf } from './shape'

// What the side panel of a meeting shows: computed on the server from the stored meeting.
export type DeliveryCounts = {
  total: number
  sent: number
  queued: number
  failed: number
  held: number
  noEmail: number
  recorded: number
}

export type PanelSummary = {
  id: Id
  status: MeetingStatus
  statusLabel: { vi: string; en: string }
  notice: {
    deadline: string | null
    workingDaysLeft: number | null
    sentAt: string | null
    late: boolean
  }
  attendance: AttendanceSummary
  voting: { majorityBase: 'present' | 'all-members'; eligible: number; majority: number }
  deliveries: DeliveryCounts
  /** R7.3: the Support Group's preparation steps and how the earlier conclusions stand. */
  preparation: { step: Bilingual; due: string | null; state: Bilingual | null }[]
  followUp: { title: string; state: Bilingual }[]
  canAct: boolean
}

type Bilingual = { vi: string; en: string }

const NOTIFICATIONS = 'notifications' as CollectionSlug

/** Delivery counts, with the outbox's current status of each queued message when available. */
const countDeliveries = async (
  req: PayloadRequest,
  rows: { notificationId?: string | null; status?: string | null }[],
): Promise<DeliveryCounts> => {
  const counts: DeliveryCounts = {
    total: rows.length,
    sent: 0,
    queued: 0,
    failed: 0,
    held: 0,
    noEmail: 0,
    recorded: 0,
  }
  const ids = rows.flatMap((row) => (row.notificationId ? [row.notificationId] : []))
  const outbox = new Map<string, string>()
  if (ids.length > 0 && req.payload.collections[NOTIFICATIONS]) {
    const { docs } = await req.payload.find({
      collection: NOTIFICATIONS,
      where: { id: { in: ids } },
      select: { status: true } as never,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as { id: Id; status?: string }[])
      outbox.set(String(doc.id), doc.status ?? '')
  }
  for (const row of rows) {
    if (row.status === 'no-email') counts.noEmail += 1
    else if (row.status === 'recorded') counts.recorded += 1
    else {
      const live = row.notificationId ? outbox.get(row.notificationId) : undefined
      if (live === 'sent') counts.sent += 1
      else if (live === 'failed') counts.failed += 1
      else if (live === 'held') counts.held += 1
      else counts.queued += 1
    }
  }
  return counts
}

export const panelSummary = async (req: PayloadRequest, id: Id): Promise<PanelSummary | null> => {
  const doc = await req.payload.findByID({
    collection: 'meetings',
    id,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  if (!doc) return null
  const meeting = shapeOf(doc)
  const startDay = meeting.start ? toVnDateKey(meeting.start) : null
  const deadline = dayKeyOf(doc.noticeDeadline)
  let daysLeft: number | null = null
  let voting: PanelSummary['voting'] = { majorityBase: 'present', eligible: 0, majority: 0 }
  if (startDay && meeting.group !== null) {
    const today = vnToday()
    const [from, to] = [today, deadline ?? today].sort()
    const years = [...yearsAround(from), ...yearsAround(to)]
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1)
      years.push(year)
    const [calendar, settings, seats] = await Promise.all([
      workingCalendarOf(req, years),
      charterNumbersOn(req, startDay),
      seatsOn(req, meeting.group, startDay),
    ])
    if (deadline) daysLeft = workingDaysLeft(calendar, today, deadline)
    const attending = meeting.attendance
      .filter((row) => row.presence !== 'absent')
      .flatMap((row) => (row.member === null ? [] : [row.member]))
    const eligible = eligibleVoters(
      seats.map((seat) => seat.id),
      attending,
      settings.majorityBase,
    ).length
    voting = {
      majorityBase: settings.majorityBase,
      eligible,
      majority: eligible > 0 ? Math.floor(eligible / 2) + 1 : 0,
    }
  }
  return {
    id,
    status: meeting.status,
    statusLabel: MEETING_STATUS_LABELS[meeting.status],
    notice: {
      deadline: deadline ? formatDayKey(deadline) : null,
      workingDaysLeft: daysLeft,
      sentAt: meeting.noticeSentAt ? formatVnDateTime(meeting.noticeSentAt) : null,
      late: Boolean(doc.noticeLate),
    },
    attendance: attendanceSummary(meeting.attendance, meeting.invitedMembers),
    voting,
    deliveries: await countDeliveries(req, doc.conclusionDeliveries ?? []),
    preparation: preparationRowsOf((doc as { preparation?: unknown }).preparation).map((row) => ({
      step: PREPARATION_STEP_LABELS[row.step],
      due: row.dueOn ? formatDayKey(row.dueOn) : null,
      state: preparationState(row, vnToday()),
    })),
    followUp: (await followUpRows(req, meeting.followUpTasks, vnToday())).map((row) => ({
      title: row.title,
      state: row.state,
    })),
    canAct: hasRole(req.user, 'admin', 'secretariat'),
  }
}
