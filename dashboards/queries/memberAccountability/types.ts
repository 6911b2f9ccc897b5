import type { DelegationScope } from '../../../hooks/rules/delegations'
import type { Position } from '../../../hooks/rules/positions'
import type { ReportState } from '../../../hooks/rules/rollup'
import type { Figure, Id, Label, Period, TaskCategory } from '../../types'

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

export type MemberDoc = {
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

export type TaskDoc = {
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

export type MeetingDoc = {
  id: Id
  servesMonth: string
  start?: string | null
  invitedMembers?: unknown[] | null
  attendance?: { member?: unknown; presence?: string | null }[] | null
}

export type ReportDoc = { id: Id; agency?: unknown; period: string; timeliness?: string | null }

export type DelegationDoc = {
  id: Id
  grantor?: unknown
  grantee?: unknown
  scopes?: DelegationScope[] | null
  validFrom: string
  validTo: string
  basisNumber?: string | null
}
