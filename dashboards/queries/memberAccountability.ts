import type { PayloadRequest, Where } from 'payload'

import { expectedAgencies, type AgencyInfo } from '../../hooks/rules/aggregate'
import { SCOPE_LABELS, type DelegationScope } from '../../hooks/rules/delegations'
import { HELD_STATUSES } from '../../hooks/rules/meetings/kinds'
import { POSITION_LABELS, WG_POSITIONS, type Position } from '../../hooks/rules/positions'
import { reportDeadline } from '../../hooks/rules/reportPeriods'
import { reportStateOf, type ReportState } from '../../hooks/rules/rollup'
import { daysOverdue, taskStatus } from '../../hooks/rules/taskStatus'
import { dayKeyOf } from '../../src/fields/dates'
import { addDaysToKey, vnDayStart, vnToday } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'
import { recordIdOf } from '../../src/lib/safeInput'
import type { Figure, Id, Label, Period, TaskCategory } from '../types'
import { createContext, loadCharterNumbers } from './context'
import { monthsBetween } from './filters'
import { andWhere, docHref, idsWhere, listHref } from './hrefs'
import { TASK_CATEGORIES } from './tasks'

// R2.2: each Working Group member answers to the Head for the tasks of his/her own agency. The
// accountability view shows, per member seat (a `members` record of a Working Group) in office
// during a year: the tasks the member's agency leads in the four task categories, the overdue
// ones, the member's attendance at the held meetings of the year, the agency's monthly reports
// (on time / late / missing) and who held the seat on each date (terms, delegations, the Head's
// leave). Every read goes through the Local API with the viewer's access (a reporter sees his/her
// own agency only), in a constant number of statements whatever the number of members.

export const ACCOUNTABILITY_PATH = '/accountability'

export type AccountabilityParams = { year: number; member: Id | null }

/** A parameter of the view the user typed or forged: a translated message, never a crash. */
export class AccountabilityInputError extends Error {
  readonly label: Label
  constructor(label: Label) {
    super(label.vi)
    this.name = 'AccountabilityInputError'
    this.label = label
  }
}

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value)

/**
 * The view's URL parameters: `year` (four digits, 2000–2100; the current year when absent) and
 * `member` (a member record id; none for the table of all members).
 */
export const parseAccountabilityParams = (
  params: Record<string, unknown>,
  today: string = vnToday(),
): AccountabilityParams => {
  const rawYear = first(params.year)
  const rawMember = first(params.member)
  let year = Number(today.slice(0, 4))
  if (rawYear !== undefined && rawYear !== '') {
    const text = String(rawYear)
    if (!/^\d{4}$/.test(text) || Number(text) < 2000 || Number(text) > 2100)
      throw new AccountabilityInputError({
        vi: `Năm không hợp lệ: “${text.slice(0, 20)}”. Nhập năm gồm 4 chữ số, ví dụ 2025.`,
        en: `Invalid year: “${text.slice(0, 20)}”. Enter a four-digit year, e.g. 2025.`,
      })
    year = Number(text)
  }
  let member: Id | null = null
  if (rawMember !== undefined && rawMember !== '') {
    member = recordIdOf(String(rawMember))
    if (member === null) throw unknownMember(String(rawMember))
  }
  return { year, member }
}

const unknownMember = (raw: string) =>
  new AccountabilityInputError({
    vi: `Không tìm thấy thành viên Tổ công tác “${raw.slice(0, 20)}” (hoặc bạn không có quyền xem).`,
    en: `No Working Group member “${raw.slice(0, 20)}” (or you may not see it).`,
  })

export type SeatEntry = {
  kind: 'term' | 'delegation' | 'leave'
  from: string
  to: string | null
  /** Who held the seat (term), who acted under a delegation, or who stood in (leave). */
  holder: string
  note: Label
  href: string
}

export type MemberAccountabilityRow = {
  member: Id
  name: string
  position: Position
  positionLabel: Label
  agency: Id | null
  agencyName: string
  from: string
  to: string | null
  tasks: Record<TaskCategory, Figure>
  totalTasks: number
  attendance: { meetings: number; present: Figure; substitute: Figure; absent: Figure }
  reports: { onTime: Figure; late: Figure; missing: Figure & { periods: Period[] } }
  /** The member's detail page. */
  href: string
}

export type OverdueTaskLine = {
  id: Id
  code: string
  title: string
  dueDate: string
  daysOverdue: number
  href: string
}

export type MeetingLine = {
  id: Id
  servesMonth: Period
  start: string | null
  presence: 'present' | 'substitute' | 'absent'
  href: string
}

export type ReportLine = { period: Period; state: ReportState | 'not-due'; href: string }

export type MemberAccountabilityDetail = {
  row: MemberAccountabilityRow
  overdue: OverdueTaskLine[]
  meetings: MeetingLine[]
  reports: ReportLine[]
  seat: SeatEntry[]
}

export type MemberAccountability = {
  year: number
  /** The day the tasks are judged on: today, or 31/12 of a past year. */
  day: string
  rows: MemberAccountabilityRow[]
  detail: MemberAccountabilityDetail | null
}

type MemberDoc = {
  id: Id
  title?: string | null
  user?: unknown
  group?: unknown
  position: Position
  agency?: unknown
  from: string
  to?: string | null
  leave?: { from: string; to: string; reason?: string | null }[] | null
}

type TaskDoc = {
  id: Id
  code?: string | null
  title: string
  leadAgency?: unknown
  assignedOn?: string | null
  startDate?: string | null
  dueDate?: string | null
  effectiveDueDate?: string | null
  completedOn?: string | null
  recurring?: boolean | null
  paused?: boolean | null
}

type MeetingDoc = {
  id: Id
  servesMonth: string
  start?: string | null
  invitedMembers?: unknown[] | null
  attendance?: { member?: unknown; presence?: string | null }[] | null
}

type ReportDoc = { id: Id; agency?: unknown; period: string; timeliness?: string | null }

type DelegationDoc = {
  id: Id
  grantor?: unknown
  grantee?: unknown
  scopes?: DelegationScope[] | null
  validFrom: string
  validTo: string
  basisNumber?: string | null
}

const endOf = (day: string) => vnDayStart(addDaysToKey(day, 1)).toISOString()
const startOf = (day: string) => vnDayStart(day).toISOString()

/** R2.2: the task-list filters selecting the tasks each figure counts, for a lead agency. */
export const taskWheres = (agency: Id, year: number, day: string) => {
  const open: Where = {
    or: [{ completedOn: { exists: false } }, { completedOn: { greater_than_equal: endOf(day) } }],
  }
  const running: Where[] = [
    open,
    { or: [{ paused: { equals: false } }, { paused: { exists: false } }] },
    { or: [{ recurring: { equals: false } }, { recurring: { exists: false } }] },
    { or: [{ startDate: { exists: false } }, { startDate: { less_than: endOf(day) } }] },
  ]
  const base: Where[] = [
    { leadAgency: { equals: agency } },
    { assignedOn: { less_than: endOf(day) } },
    {
      or: [
        { completedOn: { exists: false } },
        { completedOn: { greater_than_equal: startOf(`${year}-01-01`) } },
      ],
    },
  ]
  const completed = (status: TaskCategory): Where => ({
    and: [...base, { completedOn: { less_than: endOf(day) } }, { status: { equals: status } }],
  })
  return {
    'completed-on-time': completed('completed-on-time'),
    'completed-late': completed('completed-late'),
    'open-within-deadline': {
      and: [
        ...base,
        ...running,
        {
          or: [
            { effectiveDueDate: { exists: false } },
            { effectiveDueDate: { greater_than_equal: startOf(day) } },
          ],
        },
      ],
    },
    'open-overdue': {
      and: [...base, ...running, { effectiveDueDate: { less_than: startOf(day) } }],
    },
  } satisfies Record<TaskCategory, Where>
}

/** R12.3a: the report-list filter of an agency's reports of the year in a state. */
export const reportWhere = (agency: Id, year: number, timeliness: 'on-time' | 'late'): Where => ({
  and: [
    { agency: { equals: agency } },
    { period: { greater_than_equal: `${year}-01` } },
    { period: { less_than_equal: `${year}-12` } },
    { timeliness: { equals: timeliness } },
  ],
})

const access = { overrideAccess: false, depth: 0, pagination: false } as const

const key = (id: unknown) => String(idOf(id))

const joinScopes = (scopes: readonly DelegationScope[], language: 'vi' | 'en') =>
  scopes.map((scope) => SCOPE_LABELS[scope]?.[language] ?? scope).join(', ')

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
  const yearStart = `${year}-01-01`
  const yearEnd = `${year}-12-31`
  const day = today < yearEnd ? today : yearEnd
  const ask = { req, user: req.user, ...access }

  const groups = await req.payload.find({
    collection: 'working-groups',
    where: { kind: { equals: 'wg' } },
    select: { kind: true },
    ...ask,
  })
  const groupIds = groups.docs.map((doc) => doc.id)
  const inYear: Where[] = [
    { from: { less_than: endOf(yearEnd) } },
    { or: [{ to: { exists: false } }, { to: { greater_than_equal: startOf(yearStart) } }] },
  ]
  const { docs: memberDocs } = await req.payload.find({
    collection: 'members',
    where: {
      and: [
        idsWhere(groupIds, 'group'),
        { position: { in: [...WG_POSITIONS].join(',') } },
        ...(day < yearStart ? [{ id: { exists: false } }] : inYear),
      ],
    },
    select: {
      title: true,
      user: true,
      group: true,
      position: true,
      agency: true,
      from: true,
      to: true,
      leave: true,
    },
    sort: 'from',
    ...ask,
  })
  const members = memberDocs as unknown as MemberDoc[]
  if (params.member !== null && !members.some((m) => String(m.id) === String(params.member)))
    throw unknownMember(String(params.member))

  const agencyIds = [...new Set(members.map((m) => key(m.agency)).filter((id) => id !== 'null'))]
  const users = [...new Set(members.map((m) => key(m.user)))]
  const ctx = createContext(
    req,
    { period: `${year}-12`, from: `${year}-01`, agencyKind: null, district: null, indicator: null },
    { agency: null },
    today,
  )
  const [agencies, tasks, meetings, reports, delegations, numbersOf] = await Promise.all([
    req.payload.find({
      collection: 'agencies',
      where: idsWhere(agencyIds),
      select: { name: true, kind: true, parent: true, validFrom: true, validTo: true },
      ...ask,
    }),
    req.payload.find({
      collection: 'tasks',
      where: {
        and: [
          idsWhere(agencyIds, 'leadAgency'),
          { assignedOn: { less_than: endOf(day) } },
          {
            or: [
              { completedOn: { exists: false } },
              { completedOn: { greater_than_equal: startOf(yearStart) } },
            ],
          },
        ],
      },
      select: {
        code: true,
        title: true,
        leadAgency: true,
        assignedOn: true,
        startDate: true,
        dueDate: true,
        effectiveDueDate: true,
        completedOn: true,
        recurring: true,
        paused: true,
      },
      sort: 'effectiveDueDate',
      ...ask,
    }),
    req.payload.find({
      collection: 'meetings',
      where: {
        and: [
          idsWhere(groupIds, 'group'),
          { status: { in: HELD_STATUSES.join(',') } },
          { servesMonth: { greater_than_equal: `${year}-01` } },
          { servesMonth: { less_than_equal: `${year}-12` } },
        ],
      },
      select: { servesMonth: true, start: true, invitedMembers: true, attendance: true },
      sort: 'start',
      ...ask,
    }),
    req.payload.find({
      collection: 'reports',
      where: {
        and: [
          idsWhere(agencyIds, 'agency'),
          { period: { greater_than_equal: `${year}-01` } },
          { period: { less_than_equal: `${year}-12` } },
        ],
      },
      select: { agency: true, period: true, timeliness: true },
      ...ask,
    }),
    req.payload.find({
      collection: 'delegations',
      where: {
        and: [
          idsWhere(groupIds, 'group'),
          { validFrom: { less_than: endOf(yearEnd) } },
          { validTo: { greater_than_equal: startOf(yearStart) } },
        ],
      },
      select: {
        grantor: true,
        grantee: true,
        scopes: true,
        validFrom: true,
        validTo: true,
        basisNumber: true,
      },
      sort: 'validFrom',
      ...ask,
    }),
    loadCharterNumbers(ctx),
  ])
  const delegationDocs = delegations.docs as unknown as DelegationDoc[]
  const otherUsers = [
    ...new Set(delegationDocs.flatMap((d) => [key(d.grantor), key(d.grantee)])),
  ].filter((id) => !users.includes(id))
  const people = otherUsers.length
    ? (
        await req.payload.find({
          collection: 'users',
          where: { id: { in: otherUsers.join(',') } },
          select: { fullName: true },
          ...ask,
        })
      ).docs
    : []

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

const reportListOf = (agency: Id, period: Period) =>
  listHref('reports', { and: [{ agency: { equals: agency } }, { period: { equals: period } }] })

/**
 * Who held the seat (the same group, position and agency) on each date of the year: the terms,
 * the delegations their holders gave or received, and the Head's leave (the Standing Deputy stands
 * in by position, R4.2).
 */
const seatHistory = (
  m: MemberDoc,
  members: readonly MemberDoc[],
  delegations: readonly DelegationDoc[],
  personName: (user: unknown) => string,
  nameOf: (m: MemberDoc) => string,
  year: number,
): SeatEntry[] => {
  const yearStart = `${year}-01-01`
  const yearEnd = `${year}-12-31`
  const sameSeat = members.filter(
    (each) =>
      key(each.group) === key(m.group) &&
      each.position === m.position &&
      key(each.agency) === key(m.agency),
  )
  const entries: SeatEntry[] = sameSeat.map((term) => ({
    kind: 'term',
    from: dayKeyOf(term.from) ?? '',
    to: dayKeyOf(term.to),
    holder: nameOf(term),
    note: { vi: 'Nhiệm kỳ theo quyết định phân công', en: 'Term of appointment' },
    href: docHref('members', term.id),
  }))
  const holders = new Set(sameSeat.map((term) => key(term.user)))
  for (const delegation of delegations) {
    const scopes = delegation.scopes ?? []
    const basis = delegation.basisNumber ?? ''
    if (holders.has(key(delegation.grantor)))
      entries.push({
        kind: 'delegation',
        from: dayKeyOf(delegation.validFrom) ?? '',
        to: dayKeyOf(delegation.validTo),
        holder: personName(delegation.grantee),
        note: {
          vi: `Được ủy quyền (${basis}): ${joinScopes(scopes, 'vi')}`,
          en: `Delegated (${basis}): ${joinScopes(scopes, 'en')}`,
        },
        href: docHref('delegations', delegation.id),
      })
    else if (holders.has(key(delegation.grantee)))
      entries.push({
        kind: 'delegation',
        from: dayKeyOf(delegation.validFrom) ?? '',
        to: dayKeyOf(delegation.validTo),
        holder: personName(delegation.grantee),
        note: {
          vi: `Nhận ủy quyền của ${personName(delegation.grantor)} (${basis}): ${joinScopes(scopes, 'vi')}`,
          en: `Delegated by ${personName(delegation.grantor)} (${basis}): ${joinScopes(scopes, 'en')}`,
        },
        href: docHref('delegations', delegation.id),
      })
  }
  if (m.position === 'head') {
    const standIns = members.filter(
      (each) => key(each.group) === key(m.group) && each.position === 'standing-deputy',
    )
    for (const term of sameSeat)
      for (const leave of term.leave ?? []) {
        const from = dayKeyOf(leave.from) ?? ''
        if (from > yearEnd || (dayKeyOf(leave.to) ?? '') < yearStart) continue
        const standIn = standIns.find(
          (each) =>
            (dayKeyOf(each.from) ?? '') <= from && (!each.to || (dayKeyOf(each.to) ?? '') >= from),
        )
        entries.push({
          kind: 'leave',
          from,
          to: dayKeyOf(leave.to),
          holder: standIn ? nameOf(standIn) : '—',
          note: {
            vi: `Tổ trưởng vắng mặt${leave.reason ? ` (${leave.reason})` : ''}: Tổ phó Thường trực thay mặt`,
            en: `The Head away${leave.reason ? ` (${leave.reason})` : ''}: the Standing Deputy stands in`,
          },
          href: docHref('members', term.id),
        })
      }
  }
  return entries.sort((a, b) => a.from.localeCompare(b.from) || a.kind.localeCompare(b.kind))
}
