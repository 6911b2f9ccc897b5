import { HELD_STATUSES, type MeetingStatus } from '../../hooks/rules/meetings'
import { idOf } from '../../src/lib/relations'
import type { Id } from '../types'
import { yearOf, type DashboardContext } from './context'

// Meetings of the dashboard's months and year, and the members' agencies: one read each.

export type MeetingRow = {
  id: Id
  title: string
  kind: string
  group: Id | null
  servesMonth: string
  status: MeetingStatus
  noticeSentAt: string | null
  noticeLate: boolean
  lateInMonth: boolean
  invitedMembers: Id[]
  attendance: { member: Id | null; presence: string }[]
  deliveries: string[]
  conclusionsIssuedAt: string | null
}

export const isHeld = (meeting: MeetingRow) => HELD_STATUSES.includes(meeting.status)

export const loadMeetings = (ctx: DashboardContext): Promise<MeetingRow[]> =>
  ctx.once('meetings', async () => {
    const year = yearOf(ctx.filters.period)
    const from = ctx.months[0] < `${year}-01` ? ctx.months[0] : `${year}-01`
    const { docs } = await ctx.req.payload.find({
      collection: 'meetings',
      where: {
        and: [
          { servesMonth: { greater_than_equal: from } },
          {
            servesMonth: {
              less_than_equal:
                `${year}-12` > ctx.filters.period ? `${year}-12` : ctx.filters.period,
            },
          },
        ],
      },
      select: {
        title: true,
        kind: true,
        group: true,
        servesMonth: true,
        status: true,
        noticeSentAt: true,
        noticeLate: true,
        lateInMonth: true,
        invitedMembers: true,
        attendance: { member: true, presence: true },
        conclusionDeliveries: { status: true },
        conclusions: { issuedAt: true },
      },
      sort: 'start',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      req: ctx.req,
    })
    return docs.map((doc) => ({
      id: doc.id,
      title: doc.title ?? '',
      kind: doc.kind,
      group: idOf(doc.group),
      servesMonth: doc.servesMonth ?? '',
      status: doc.status as MeetingStatus,
      noticeSentAt: doc.noticeSentAt ?? null,
      noticeLate: Boolean(doc.noticeLate),
      lateInMonth: Boolean(doc.lateInMonth),
      invitedMembers: (doc.invitedMembers ?? []).map(idOf).filter((id): id is Id => id !== null),
      attendance: (doc.attendance ?? []).map((row) => ({
        member: idOf(row.member),
        presence: row.presence,
      })),
      deliveries: (doc.conclusionDeliveries ?? []).map((row) => row.status ?? ''),
      conclusionsIssuedAt: doc.conclusions?.issuedAt ?? null,
    }))
  })

/** The Working Groups (kind `wg`): the charter's meeting rhythm is theirs (R11.1a). */
export const loadWorkingGroups = (ctx: DashboardContext): Promise<Set<string>> =>
  ctx.once('working-groups', async () => {
    const { docs } = await ctx.req.payload.find({
      collection: 'working-groups',
      where: { kind: { equals: 'wg' } },
      select: {},
      depth: 0,
      pagination: false,
      overrideAccess: false,
      req: ctx.req,
    })
    return new Set(docs.map((doc) => String(doc.id)))
  })

/** Each member seat's agency. */
export const loadMemberAgencies = (ctx: DashboardContext): Promise<Map<string, string>> =>
  ctx.once('members', async () => {
    const { docs } = await ctx.req.payload.find({
      collection: 'members',
      select: { agency: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      req: ctx.req,
    })
    return new Map(docs.map((doc) => [String(doc.id), String(idOf(doc.agency))]))
  })

export type Attendance = {
  meetings: Set<string>
  inPerson: number
  bySubstitute: number
  absent: number
}

/** R6.2a: attendance of held meetings by the members' agencies (an invited member without a row was absent). */
export const attendanceByAgencyOf = (
  meetings: readonly MeetingRow[],
  agencyOfMember: ReadonlyMap<string, string>,
): Map<string, Attendance> => {
  const byAgency = new Map<string, Attendance>()
  const entry = (agency: string) => {
    if (!byAgency.has(agency))
      byAgency.set(agency, { meetings: new Set(), inPerson: 0, bySubstitute: 0, absent: 0 })
    return byAgency.get(agency)!
  }
  for (const meeting of meetings.filter(isHeld)) {
    const rows = new Map(meeting.attendance.map((row) => [String(row.member), row.presence]))
    for (const member of meeting.invitedMembers) {
      const agency = agencyOfMember.get(String(member))
      if (!agency) continue
      const tally = entry(agency)
      tally.meetings.add(String(meeting.id))
      const presence = rows.get(String(member))
      if (presence === 'present') tally.inPerson++
      else if (presence === 'substitute') tally.bySubstitute++
      else tally.absent++
    }
  }
  return byAgency
}
