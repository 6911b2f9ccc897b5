import type { Where } from 'payload'

import type { AgencyInfo } from '../../hooks/rules/aggregate'
import { districtOf } from '../../hooks/rules/aggregate'
import {
  reportStateOf,
  settleTasks,
  settledBeforeOn,
  storeTask,
  type AgencyMonthFacts,
  type MeetingFact,
  type TaskFact,
} from '../../hooks/rules/rollup'
import { effectiveDueDate } from '../../hooks/rules/taskStatus'
import { dayKeyOf } from '../fields/dates'
import type { Db } from '../db/referenceData'
import type { Id } from '../lib/ids'
import { idOf } from '../lib/relations'

// What the rollups are computed from, read as the system (in the caller's transaction when a
// `req` is given): agencies and the indicator catalogue (src/db/referenceData), reports, tasks
// and meetings.

export { loadAgencyInfos, loadIndicatorSpecs, type Db } from '../db/referenceData'

export const asSystem = (db: Db) => ({ depth: 0, overrideAccess: true, req: db.req }) as const

export const REPORT_FACTS_SELECT = {
  agency: true,
  period: true,
  status: true,
  timeliness: true,
  indicatorLines: { indicator: true, value: true },
  taskLines: { status: true },
} as const

export type ReportRow = {
  id: Id
  agency?: unknown
  period?: string | null
  status?: string | null
  timeliness?: string | null
  indicatorLines?: { indicator?: unknown; value?: number | null }[] | null
  taskLines?: { status?: string | null }[] | null
}

/** The rollup facts of one report. */
export const agencyMonthOf = (
  report: ReportRow,
  agencies: ReadonlyMap<string, AgencyInfo>,
): AgencyMonthFacts => {
  const agency = idOf(report.agency)!
  const district = districtOf(agency, agencies)
  const values: Record<string, number> = {}
  for (const line of report.indicatorLines ?? []) {
    const indicator = idOf(line.indicator)
    if (indicator !== null && typeof line.value === 'number') values[String(indicator)] = line.value
  }
  const taskCounts: Record<string, number> = {}
  for (const line of report.taskLines ?? []) {
    if (line.status) taskCounts[line.status] = (taskCounts[line.status] ?? 0) + 1
  }
  return {
    agency: String(agency),
    district: district === null ? null : String(district),
    agencyKind: agencies.get(String(agency))?.kind ?? '',
    period: report.period ?? '',
    report: String(report.id),
    status: report.status ?? null,
    state: reportStateOf(report.timeliness),
    accepted: report.status === 'accepted',
    values,
    taskCounts,
  }
}

export const TASK_FACTS_SELECT = {
  leadAgency: true,
  assignedOn: true,
  startDate: true,
  dueDate: true,
  completedOn: true,
  recurring: true,
  paused: true,
  extensions: { newDueDate: true, status: true },
} as const

export type TaskRow = {
  id: Id
  code?: string | null
  leadAgency?: unknown
  assignedOn?: string | null
  startDate?: string | null
  dueDate?: string | null
  completedOn?: string | null
  recurring?: boolean | null
  paused?: boolean | null
  extensions?: { newDueDate?: string | null; status?: string | null }[] | null
}

/** A task in compact form (the due date in force already resolved from approved extensions). */
export const taskFactOf = (task: TaskRow): TaskFact => {
  const extensions = (task.extensions ?? []).map((extension) => ({
    newDueDate: dayKeyOf(extension.newDueDate) ?? '',
    status: (extension.status ?? 'requested') as 'requested' | 'approved' | 'rejected',
  }))
  const dueDate = dayKeyOf(task.dueDate)
  return {
    id: task.id,
    assignedOn: dayKeyOf(task.assignedOn),
    startDate: dayKeyOf(task.startDate),
    dueDate,
    effectiveDueDate: effectiveDueDate({ dueDate, extensions }),
    completedOn: dayKeyOf(task.completedOn),
    recurring: Boolean(task.recurring),
    paused: Boolean(task.paused),
    extensions: extensions.length,
  }
}

export const MEETING_FACTS_SELECT = {
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
} as const

export type MeetingRow = {
  id: Id
  kind?: string | null
  group?: unknown
  servesMonth?: string | null
  status?: string | null
  noticeSentAt?: string | null
  noticeLate?: boolean | null
  lateInMonth?: boolean | null
  invitedMembers?: unknown[] | null
  attendance?: { member?: unknown; presence?: string | null }[] | null
  conclusionDeliveries?: unknown[] | null
}

/** A meeting in compact form. */
export const meetingFactOf = (meeting: MeetingRow): MeetingFact => {
  const membersWith = (presence: string) =>
    (meeting.attendance ?? [])
      .filter((row) => row.presence === presence)
      .map((row) => idOf(row.member))
      .filter((id): id is Id => id !== null)
  return {
    id: meeting.id,
    kind: meeting.kind ?? '',
    group: idOf(meeting.group),
    servesMonth: meeting.servesMonth ?? '',
    status: meeting.status ?? '',
    noticeSentAt: meeting.noticeSentAt ?? null,
    noticeLate: Boolean(meeting.noticeLate),
    lateInMonth: Boolean(meeting.lateInMonth),
    invited: (meeting.invitedMembers ?? []).map(idOf).filter((id): id is Id => id !== null),
    present: membersWith('present'),
    bySubstitute: membersWith('substitute'),
    deliveries: (meeting.conclusionDeliveries ?? []).length,
  }
}

/** An agency's task rollup row: tasks completed before the settled day as counts, the others one by one. */
export const agencyTasksRow = (tasks: readonly TaskFact[], today: string) => {
  const split = settleTasks(tasks, settledBeforeOn(today))
  return { tasks: split.tasks.map(storeTask), settled: split.settled }
}

const groupBy = <T>(items: readonly T[], keyOf: (item: T) => string | null) => {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    if (key === null) continue
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key)!.push(item)
  }
  return groups
}

/** Tasks in compact form by lead agency, in id order (`where` narrows them). */
export const loadTaskFactsByLead = async (
  db: Db,
  where?: Where,
): Promise<Map<string, TaskFact[]>> => {
  const { docs } = await db.payload.find({
    collection: 'tasks',
    where,
    select: TASK_FACTS_SELECT,
    sort: 'id',
    pagination: false,
    ...asSystem(db),
  })
  const leads = groupBy(docs as TaskRow[], (task) => {
    const lead = idOf(task.leadAgency)
    return lead === null ? null : String(lead)
  })
  return new Map([...leads].map(([lead, tasks]) => [lead, tasks.map(taskFactOf)]))
}

/** Meetings in compact form by the month they serve, in order of start (`where` narrows them). */
export const loadMeetingFactsByMonth = async (
  db: Db,
  where?: Where,
): Promise<Map<string, MeetingFact[]>> => {
  const { docs } = await db.payload.find({
    collection: 'meetings',
    where,
    select: MEETING_FACTS_SELECT,
    sort: 'start',
    pagination: false,
    ...asSystem(db),
  })
  return groupBy(
    (docs as MeetingRow[]).map(meetingFactOf),
    (meeting) => meeting.servesMonth || null,
  )
}
