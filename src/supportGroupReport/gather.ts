import type { PayloadRequest } from 'payload'

import { expectedAgencies } from '../../hooks/rules/aggregate'
import { completenessOf } from '../../hooks/rules/dataCalls/completeness'
import type { ResponseStatus } from '../../hooks/rules/dataCalls/labels'
import { isClosedFeedback, type FeedbackStatus } from '../../hooks/rules/feedback'
import { reportStateOf } from '../../hooks/rules/rollup'
import {
  dayBefore,
  monthsOf,
  periodRange,
  type SgPeriod,
} from '../../hooks/rules/supportGroupReport'
import { dayKeyOf } from '../fields/dates'
import { loadTaskFigures } from '../figures/loadTaskFigures'
import { loadAgencyInfos } from '../db/referenceData'
import { toVnDateKey, vnDayEnd, vnDayStart } from '../lib/clock'
import { idOf } from '../lib/relations'
import type { DataCallLine, MeetingLine, ReportMonth, SupportGroupFigures } from './figures'

// R7.6: the period's figures, read by the system through the Local API (adapter-neutral) in a
// constant number of statements: meetings of both groups, tasks (the dashboard's definitions,
// src/figures), the agencies' monthly reports, the obstacles register, the Standing's sessions and
// the ad-hoc data calls (R7.5).

const system = (req: PayloadRequest) =>
  ({ depth: 0, overrideAccess: true, pagination: false, req }) as const

const HELD = ['held', 'conclusions-issued']

const loadMeetings = async (
  req: PayloadRequest,
  from: string,
  to: string,
): Promise<MeetingLine[]> => {
  const [{ docs }, groups] = await Promise.all([
    req.payload.find({
      collection: 'meetings',
      where: {
        status: { in: HELD },
        start: {
          greater_than_equal: vnDayStart(from).toISOString(),
          less_than_equal: vnDayEnd(to).toISOString(),
        },
      },
      select: {
        group: true,
        kind: true,
        start: true,
        invitedMembers: true,
        attendance: true,
        conclusions: { number: true, issuedAt: true },
      },
      sort: 'start',
      ...system(req),
    }),
    req.payload.find({ collection: 'working-groups', select: { kind: true }, ...system(req) }),
  ])
  const kindOf = new Map(groups.docs.map((group) => [String(group.id), group.kind]))
  return docs.map((meeting) => {
    const attendance = meeting.attendance ?? []
    return {
      group: kindOf.get(String(idOf(meeting.group))) === 'sg' ? 'sg' : 'wg',
      day: toVnDateKey(meeting.start),
      kind: meeting.kind,
      invited: Math.max((meeting.invitedMembers ?? []).length, attendance.length),
      attended: attendance.filter((row) => row.presence !== 'absent').length,
      conclusions: meeting.conclusions?.issuedAt ? meeting.conclusions.number || '' : null,
    }
  })
}

/** R3.2: the dashboard's task figures on the last day, and the change over the period. */
const loadTasks = async (req: PayloadRequest, from: string, to: string) => {
  const [end, before] = await Promise.all([
    loadTaskFigures(req, to),
    loadTaskFigures(req, dayBefore(from)),
  ])
  return {
    ...end,
    day: to,
    assignedInPeriod: end.total - before.total,
    completedInPeriod: end.completed - before.completed,
  }
}

/** R12.3a: each month's reports as the dashboard counts them (first sending against the deadline). */
const loadReports = async (
  req: PayloadRequest,
  months: string[],
  dataEndDay?: number,
): Promise<ReportMonth[]> => {
  const [agencies, { docs }] = await Promise.all([
    loadAgencyInfos({ payload: req.payload, req }),
    req.payload.find({
      collection: 'reports',
      where: { period: { in: months } },
      select: { agency: true, period: true, timeliness: true },
      ...system(req),
    }),
  ])
  return months.map((period) => {
    const state = new Map(
      docs
        .filter((doc) => doc.period === period)
        .map((doc) => [String(idOf(doc.agency)), reportStateOf(doc.timeliness)]),
    )
    const count = (wanted: string) => [...state.values()].filter((s) => s === wanted).length
    const expected = expectedAgencies(agencies, period, dataEndDay)
    return {
      period,
      expected: expected.length,
      onTime: count('on-time'),
      late: count('late'),
      missing: expected.filter(
        (agency) => (state.get(String(agency.id)) ?? 'missing') === 'missing',
      ).length,
    }
  })
}

/** R12.4: items received and resolved in the period, and those overdue at its end. */
const loadFeedback = async (req: PayloadRequest, from: string, to: string) => {
  const { docs } = await req.payload.find({
    collection: 'feedback',
    where: { receivedOn: { less_than_equal: vnDayEnd(to).toISOString() } },
    select: { status: true, receivedOn: true, respondedOn: true, dueOn: true },
    ...system(req),
  })
  let received = 0
  let resolved = 0
  let overdue = 0
  for (const doc of docs) {
    const receivedOn = dayKeyOf(doc.receivedOn)
    const respondedOn = dayKeyOf(doc.respondedOn)
    const dueOn = dayKeyOf(doc.dueOn)
    const closed = isClosedFeedback(doc.status as FeedbackStatus) && respondedOn !== null
    const closedByEnd = closed && respondedOn <= to
    if (receivedOn && receivedOn >= from) received += 1
    if (closedByEnd && respondedOn >= from) resolved += 1
    if (!closedByEnd && dueOn !== null && dueOn < to) overdue += 1
  }
  return { received, resolved, overdue }
}

const loadSessions = async (req: PayloadRequest, from: string, to: string) => {
  const { docs } = await req.payload.find({
    collection: 'working-sessions',
    where: {
      date: {
        greater_than_equal: vnDayStart(from).toISOString(),
        less_than_equal: vnDayEnd(to).toISOString(),
      },
    },
    select: { date: true, agency: true, subject: true, conclusions: { content: true } },
    sort: 'date',
    ...system(req),
  })
  const ids = [...new Set(docs.map((doc) => idOf(doc.agency)).filter((id) => id !== null))]
  const agencies = ids.length
    ? await req.payload.find({
        collection: 'agencies',
        where: { id: { in: ids } },
        select: { name: true },
        ...system(req),
      })
    : { docs: [] }
  const nameOf = new Map(agencies.docs.map((agency) => [String(agency.id), agency.name]))
  return docs.map((doc) => ({
    day: toVnDateKey(doc.date),
    agency: nameOf.get(String(idOf(doc.agency))) ?? '',
    subject: doc.subject,
    conclusions: (doc.conclusions ?? []).length,
  }))
}

/** R7.5: the data calls sent in the period, each with how completely and timely it was answered. */
const loadDataCalls = async (
  req: PayloadRequest,
  from: string,
  to: string,
): Promise<DataCallLine[]> => {
  const { docs: calls } = await req.payload.find({
    collection: 'data-calls',
    where: {
      status: { in: ['open', 'closed'] },
      openedAt: {
        greater_than_equal: vnDayStart(from).toISOString(),
        less_than_equal: vnDayEnd(to).toISOString(),
      },
    },
    select: { title: true, openedAt: true, dueDate: true },
    sort: 'openedAt',
    ...system(req),
  })
  if (calls.length === 0) return []
  const { docs: responses } = await req.payload.find({
    collection: 'data-call-responses',
    where: { call: { in: calls.map((call) => call.id) } },
    select: { call: true, status: true, late: true, submittedAt: true },
    ...system(req),
  })
  return calls.map((call) => {
    const counts = completenessOf(
      responses
        .filter((response) => String(idOf(response.call)) === String(call.id))
        .map((response) => ({
          status: response.status as ResponseStatus,
          late: response.late ?? null,
          submitted: Boolean(response.submittedAt),
        })),
    )
    return {
      title: call.title,
      sentOn: toVnDateKey(call.openedAt!),
      dueOn: dayKeyOf(call.dueDate),
      asked: counts.asked,
      onTime: counts.onTime,
      late: counts.late,
      missing: counts.missing,
      accepted: counts.accepted,
    }
  })
}

/** R7.6: every figure of the report for `period`, as the database holds them now. */
export const gatherSupportGroupFigures = async (
  req: PayloadRequest,
  period: SgPeriod,
  dataEndDay?: number,
): Promise<SupportGroupFigures> => {
  const { from, to } = periodRange(period, dataEndDay)
  const [meetings, tasks, reports, feedback, sessions, dataCalls] = await Promise.all([
    loadMeetings(req, from, to),
    loadTasks(req, from, to),
    loadReports(req, monthsOf(period), dataEndDay),
    loadFeedback(req, from, to),
    loadSessions(req, from, to),
    loadDataCalls(req, from, to),
  ])
  return { period, from, to, meetings, tasks, reports, feedback, sessions, dataCalls }
}
