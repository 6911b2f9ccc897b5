import type { PayloadRequest } from 'payload'

import { expectedAgencies, type AgencyInfo } from '../../../hooks/rules/aggregate'
import { POSITION_LABELS, WG_POSITIONS } from '../../../hooks/rules/positions'
import { reportDeadline } from '../../../hooks/rules/reportPeriods'
import { reportStateOf } from '../../../hooks/rules/rollup'
import { daysOverdue, taskStatus } from '../../../hooks/rules/taskStatus'
import { dayKeyOf } from '../../../src/fields/dates'
import { vnToday } from '../../../src/lib/clock'
import { idOf } from '../../../src/lib/relations'
import type { Figure, Id, TaskCategory } from '../../types'
import { monthsBetween } from '../filters'
import { andWhere, docHref, idsWhere, listHref } from '../hrefs'
import { TASK_CATEGORIES } from '../tasks'
import { key } from './keys'
import { loadAccountability } from './load'
import { ACCOUNTABILITY_PATH, type AccountabilityParams } from './params'
import { seatHistory } from './seatHistory'
import type {
  MeetingDoc,
  MeetingLine,
  MemberAccountability,
  MemberAccountabilityDetail,
  MemberAccountabilityRow,
  MemberDoc,
  ReportDoc,
  ReportLine,
  TaskDoc,
} from './types'
import { reportListOf, reportWhere, taskWheres } from './wheres'

/** The status of a task on `day`, judged as the task list's filters judge it. */
const statusOn = (task: TaskDoc, day: string) => {
  const completedOn = dayKeyOf(task.completedOn)
  return taskStatus(
    {
      startDate: dayKeyOf(task.startDate),
      dueDate: dayKeyOf(task.effectiveDueDate) ?? dayKeyOf(task.dueDate),
      completedOn: completedOn && completedOn <= day ? completedOn : null,
      recurring: task.recurring,
      paused: task.paused,
    },
    day,
  )
}

/**
 * R2.2: the accountability of every Working Group member in office during `year`, and the
 * detail of one (`member`) when asked. A member the viewer may not read, or who is not a
 * Working Group seat in office that year, is refused as unknown.
 */
export const memberAccountability = async (
  req: PayloadRequest,
  params: AccountabilityParams,
  today: string = vnToday(),
): Promise<MemberAccountability> => {
  const { year } = params
  const yearEnd = `${year}-12-31`
  const day = today < yearEnd ? today : yearEnd
  const { members, agencies, tasks, meetings, reports, delegationDocs, people, numbersOf } =
    await loadAccountability(req, params, day, today)

  const agencyById = new Map(
    agencies.docs.map((doc) => [
      String(doc.id),
      {
        id: doc.id,
        name: doc.name,
        kind: doc.kind,
        parent: idOf(doc.parent),
        validFrom: dayKeyOf(doc.validFrom),
        validTo: dayKeyOf(doc.validTo),
      } satisfies AgencyInfo & { name: string },
    ]),
  )
  // A member's name: the title is "Name — position (group)".
  const nameOf = (m: MemberDoc) => (m.title ?? '').split(' — ')[0] || `#${m.id}`
  const nameByUser = new Map<string, string>([
    ...people.map((p) => [String(p.id), p.fullName] as [string, string]),
    ...members.map((m) => [key(m.user), nameOf(m)] as [string, string]),
  ])
  const personName = (user: unknown) => nameByUser.get(key(user)) ?? `#${key(user)}`

  // Tasks by lead agency, each with its status on `day`.
  const taskDocs = tasks.docs as unknown as TaskDoc[]
  const tasksOf = new Map<string, { task: TaskDoc; status: string }[]>()
  for (const task of taskDocs) {
    const list = tasksOf.get(key(task.leadAgency)) ?? []
    list.push({ task, status: statusOn(task, day) })
    tasksOf.set(key(task.leadAgency), list)
  }

  // Attendance by member seat.
  const meetingDocs = meetings.docs as unknown as MeetingDoc[]
  const meetingLinesOf = (member: Id): MeetingLine[] =>
    meetingDocs
      .filter((meeting) => (meeting.invitedMembers ?? []).map(key).includes(String(member)))
      .map((meeting) => {
        const row = (meeting.attendance ?? []).find((r) => key(r.member) === String(member))
        const presence =
          row?.presence === 'present' || row?.presence === 'substitute' ? row.presence : 'absent'
        return {
          id: meeting.id,
          servesMonth: meeting.servesMonth,
          start: meeting.start ?? null,
          presence,
          href: docHref('meetings', meeting.id),
        }
      })

  // Reports by agency and month.
  const reportOf = new Map<string, ReportDoc>()
  for (const report of reports.docs as unknown as ReportDoc[])
    reportOf.set(`${key(report.agency)}@${report.period}`, report)
  const months = monthsBetween(`${year}-01`, `${year}-12`)
  const reportLinesOf = (agency: Id | null): ReportLine[] => {
    const info = agency === null ? undefined : agencyById.get(String(agency))
    if (!info) return []
    return months.flatMap((period): ReportLine[] => {
      const numbers = numbersOf(period)
      const report = reportOf.get(`${info.id}@${period}`)
      const state = reportStateOf(report?.timeliness)
      const expected = expectedAgencies([info], period, numbers.dataEndDay).length > 0
      if (!expected && !report) return []
      const due = today > reportDeadline(period, numbers.reportBeforeDay)
      if (state === 'missing' && !due)
        return [{ period, state: 'not-due' as const, href: reportListOf(info.id, period) }]
      return [
        {
          period,
          state,
          href: report ? docHref('reports', report.id) : reportListOf(info.id, period),
        },
      ]
    })
  }

  const rowOf = (m: MemberDoc): MemberAccountabilityRow => {
    const agency = idOf(m.agency)
    const info = agency === null ? undefined : agencyById.get(String(agency))
    const facts = agency === null ? [] : (tasksOf.get(String(agency)) ?? [])
    const wheres = agency === null ? null : taskWheres(agency, year, day)
    const tasksFigures = Object.fromEntries(
      TASK_CATEGORIES.map((category) => [
        category,
        {
          value: facts.filter(({ status }) => status === category).length,
          href: wheres ? listHref('tasks', wheres[category]) : '',
        },
      ]),
    ) as Record<TaskCategory, Figure>
    const attended = meetingLinesOf(m.id)
    const meetingFigure = (presence: MeetingLine['presence']): Figure => {
      const ids = attended.filter((line) => line.presence === presence).map((line) => line.id)
      return { value: ids.length, href: listHref('meetings', idsWhere(ids)) }
    }
    const lines = reportLinesOf(agency)
    const missing = lines.filter((line) => line.state === 'missing').map((line) => line.period)
    return {
      member: m.id,
      name: nameOf(m),
      position: m.position,
      positionLabel: POSITION_LABELS[m.position],
      agency,
      agencyName: info?.name ?? '',
      from: dayKeyOf(m.from) ?? '',
      to: dayKeyOf(m.to),
      tasks: tasksFigures,
      totalTasks: facts.length,
      attendance: {
        meetings: attended.length,
        present: meetingFigure('present'),
        substitute: meetingFigure('substitute'),
        absent: meetingFigure('absent'),
      },
      reports: {
        onTime: {
          value: lines.filter((line) => line.state === 'on-time').length,
          href: agency === null ? '' : listHref('reports', reportWhere(agency, year, 'on-time')),
        },
        late: {
          value: lines.filter((line) => line.state === 'late').length,
          href: agency === null ? '' : listHref('reports', reportWhere(agency, year, 'late')),
        },
        missing: {
          value: missing.length,
          periods: missing,
          href:
            agency === null
              ? ''
              : listHref(
                  'reports',
                  andWhere({ agency: { equals: agency } }, { period: { in: missing.join(',') } }),
                ),
        },
      },
      href: `/admin${ACCOUNTABILITY_PATH}?${new URLSearchParams({ year: String(year), member: String(m.id) })}`,
    }
  }

  const POSITION_ORDER = new Map<string, number>(WG_POSITIONS.map((p, i) => [p, i]))
  const rows = members
    .map(rowOf)
    .sort(
      (a, b) =>
        (POSITION_ORDER.get(a.position) ?? 9) - (POSITION_ORDER.get(b.position) ?? 9) ||
        a.agencyName.localeCompare(b.agencyName, 'vi') ||
        a.from.localeCompare(b.from),
    )

  let detail: MemberAccountabilityDetail | null = null
  if (params.member !== null) {
    const m = members.find((each) => String(each.id) === String(params.member))!
    const row = rows.find((each) => String(each.member) === String(m.id))!
    const facts = row.agency === null ? [] : (tasksOf.get(String(row.agency)) ?? [])
    const overdue = facts
      .filter(({ status }) => status === 'open-overdue')
      .map(({ task }) => {
        const due = dayKeyOf(task.effectiveDueDate) ?? dayKeyOf(task.dueDate) ?? ''
        return {
          id: task.id,
          code: task.code ?? '',
          title: task.title,
          dueDate: due,
          daysOverdue: daysOverdue({ dueDate: due }, day),
          href: docHref('tasks', task.id),
        }
      })
      .sort((a, b) => b.daysOverdue - a.daysOverdue)
    detail = {
      row,
      overdue,
      meetings: meetingLinesOf(m.id),
      reports: reportLinesOf(row.agency),
      seat: seatHistory(m, members, delegationDocs, personName, nameOf, year),
    }
  }
  return { year, day, rows, detail }
}
