import type { AttendanceByAgency } from '../types'
import { loadAgencies, scopeAgencies, type DashboardContext } from './context'
import { attendanceCaption } from './captions'
import { listHref } from './hrefs'
import { attendanceByAgencyOf, isHeld, loadMeetings, loadMemberAgencies } from './meetings'

/** R6.2: attendance at the held meetings of the range by agency; null before any meeting is held. */
export const attendanceByAgency = async (
  ctx: DashboardContext,
): Promise<AttendanceByAgency | null> => {
  const [meetings, members, agencies, inScope] = await Promise.all([
    loadMeetings(ctx),
    loadMemberAgencies(ctx).catch(() => new Map<string, string>()),
    loadAgencies(ctx),
    scopeAgencies(ctx),
  ])
  const inRange = meetings.filter(
    (meeting) =>
      isHeld(meeting) &&
      meeting.servesMonth >= ctx.months[0] &&
      meeting.servesMonth <= ctx.filters.period,
  )
  if (inRange.length === 0) return null
  const names = new Map(agencies.map((agency) => [String(agency.id), agency.name]))
  const visible = new Set(inScope.map((agency) => String(agency.id)))
  const rows = [...attendanceByAgencyOf(inRange, members).entries()]
    .filter(([agency]) => visible.has(agency))
    .map(([agency, tally]) => ({
      agency: /^\d+$/.test(agency) ? Number(agency) : agency,
      name: names.get(agency) ?? '',
      meetings: tally.meetings.size,
      inPerson: tally.inPerson,
      bySubstitute: tally.bySubstitute,
      absent: tally.absent,
      href: listHref(
        'meetings',
        { id: { in: [...tally.meetings].join(',') } },
        attendanceCaption(ctx.months[0], ctx.filters.period, names.get(agency) ?? ''),
      ),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
  return { rows }
}
