import { HELD_STATUSES, type MeetingStatus } from '../../hooks/rules/meetings'
import type { MeetingFact } from '../../hooks/rules/rollup'
import { canReadAll } from '../../src/access/roles'
import { idOf } from '../../src/lib/relations'
import { ROLLUP_SLUGS } from '../../src/rollups/slugs'
import type { Id } from '../types'
import { readRollups, widgetMonths, type DashboardContext } from './context'
import { readAsViewer } from './readAsViewer'

// Meetings of the dashboard's months and year (from their rollup), the Working Groups and the
// members' agencies: one read each.

export type MeetingRow = MeetingFact & { status: MeetingStatus }

export const isHeld = (meeting: MeetingRow) => HELD_STATUSES.includes(meeting.status)

/** The months and the January after the last: a year-end review held then reviews the year (R11.1b). */
const withNextJanuary = (months: readonly string[]): string[] => {
  const last = months[months.length - 1]
  return last ? [...months, `${Number(last.slice(0, 4)) + 1}-01`] : [...months]
}

/**
 * The compact meetings of the dashboard's months and year (and the next January). Only viewers who read the whole
 * province see them (the rollup is read as the system): a reporter's dashboard has no meeting
 * widgets.
 */
export const loadMeetings = (ctx: DashboardContext): Promise<MeetingRow[]> =>
  ctx.once('meetings', async () => {
    if (!canReadAll(ctx.req.user)) return []
    const { docs } = await readRollups<{ key: string; meetings?: MeetingRow[] | null }>(ctx, {
      collection: ROLLUP_SLUGS.meetingMonths,
      where: { key: { in: withNextJanuary(widgetMonths(ctx)) } },
      select: { key: true, meetings: true },
      sort: 'refreshedAt',
    })
    // A month's most recently refreshed row wins over a duplicate.
    const byMonth = new Map(docs.map((row) => [row.key, row.meetings ?? []]))
    return [...byMonth.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .flatMap(([, meetings]) => meetings)
  })

/** The Working Groups (kind `wg`): the charter's meeting rhythm is theirs (R11.1a). */
export const loadWorkingGroups = (ctx: DashboardContext): Promise<Set<string>> =>
  ctx.once('working-groups', async () => {
    const docs = await readAsViewer<{ id: Id }>(ctx.req, 'working-groups', {
      where: { kind: { equals: 'wg' } },
      select: { kind: true },
    })
    return new Set(docs.map((doc) => String(doc.id)))
  })

/** Each member seat's agency. */
export const loadMemberAgencies = (ctx: DashboardContext): Promise<Map<string, string>> =>
  ctx.once('members', async () => {
    const docs = await readAsViewer<{ id: Id; agency?: unknown }>(ctx.req, 'members', {
      select: { agency: true },
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
    const present = new Set(meeting.present.map(String))
    const bySubstitute = new Set(meeting.bySubstitute.map(String))
    for (const member of meeting.invited) {
      const agency = agencyOfMember.get(String(member))
      if (!agency) continue
      const tally = entry(agency)
      tally.meetings.add(String(meeting.id))
      if (present.has(String(member))) tally.inPerson++
      else if (bySubstitute.has(String(member))) tally.bySubstitute++
      else tally.absent++
    }
  }
  return byAgency
}
