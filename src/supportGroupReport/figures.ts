import type { TaskFigures } from '../figures/monthFigures'

// R7.6: what the Support Group's periodic report says, as gathered from the period's data
// (gather.ts) and kept on the record (frozen once issued): the DOCX and the sentences read it.

export type MeetingLine = {
  group: 'wg' | 'sg'
  /** Vietnam day, 'YYYY-MM-DD'. */
  day: string
  kind: string
  invited: number
  /** Present in person or through a substitute. */
  attended: number
  /** The conclusions notice's number, when the conclusions were issued. */
  conclusions: string | null
}

export type SessionLine = { day: string; agency: string; subject: string; conclusions: number }

export type ReportMonth = {
  period: string
  expected: number
  onTime: number
  late: number
  missing: number
}

/** R7.5: one ad-hoc data call sent in the period, with its answers as they stand when gathered. */
export type DataCallLine = {
  title: string
  /** Vietnam day the call was sent, 'YYYY-MM-DD'. */
  sentOn: string
  /** Vietnam due day, 'YYYY-MM-DD'. */
  dueOn: string | null
  asked: number
  onTime: number
  late: number
  /** Not sent yet (never sent, or returned and not sent again). */
  missing: number
  accepted: number
}

export type SupportGroupFigures = {
  period: string
  from: string
  to: string
  meetings: MeetingLine[]
  /** R3.2: the dashboard's task figures on the last day, and the tasks assigned and completed in the period. */
  tasks: TaskFigures & { day: string; assignedInPeriod: number; completedInPeriod: number }
  /** R12.3a: the monthly reports of each month of the period, as the dashboard counts them. */
  reports: ReportMonth[]
  /** R12.4: the obstacles register. */
  feedback: { received: number; resolved: number; overdue: number }
  /** R12.2: the Standing's working sessions. */
  sessions: SessionLine[]
  /** R7.5: the data calls sent in the period; absent on reports gathered before the section existed. */
  dataCalls?: DataCallLine[]
}
