import type { WorkingCalendar } from '../../../src/lib/calendar'
import { daysBetweenKeys } from '../../../src/lib/clock'
import { daysOverdue, taskStatus } from '../taskStatus'
import { breach, clause, OK, type Bilingual, type Verdict } from '../verdict'
import type { Id } from './kinds'

// R7.3: the Support Group prepares the Working Group's meetings (content and documents, the
// notice, the minutes) and follows up the conclusions. Each meeting has one row per preparation
// step, owned by a Support Group member, due a number of working days before (or, for the
// minutes, after) the meeting day.

export const PREPARATION_STEPS = ['agenda', 'materials', 'notice', 'minutes'] as const
export type PreparationStep = (typeof PREPARATION_STEPS)[number]

export const PREPARATION_STEP_LABELS: Record<PreparationStep, Bilingual> = {
  agenda: { vi: 'Dự thảo chương trình họp', en: 'Draft agenda' },
  materials: { vi: 'Chuẩn bị tài liệu họp', en: 'Meeting documents' },
  notice: { vi: 'Giấy mời họp', en: 'Notice' },
  minutes: { vi: 'Biên bản cuộc họp', en: 'Minutes' },
}

/**
 * R7.3: working days from the meeting day to each step's due day: negative = before the meeting,
 * positive = after it. The notice follows the charter's notice lead (R11.3a, charter settings).
 */
export const PREPARATION_OFFSETS: Record<Exclude<PreparationStep, 'notice'>, number> = {
  agenda: -5,
  materials: -3,
  minutes: 2,
}

export type PreparationRow = {
  id?: string | null
  step: PreparationStep
  owner: Id | null
  /** Vietnam day keys. */
  dueOn: string | null
  doneOn: string | null
}

/** R7.3: the due day of a step for a meeting on `meetingDay`, on the working-day calendar. */
export const preparationDueOn = (
  calendar: WorkingCalendar,
  meetingDay: string,
  step: PreparationStep,
  noticeLeadWorkingDays: number,
): string =>
  step === 'notice'
    ? calendar.latestNoticeDay(meetingDay, noticeLeadWorkingDays)
    : calendar.addWorkingDays(meetingDay, PREPARATION_OFFSETS[step])

export type PreparationContext = {
  calendar: WorkingCalendar
  meetingDay: string
  noticeLeadWorkingDays: number
  /** The owner of a new row: the Support Group Head in office (null when there is none). */
  defaultOwner: Id | null
}

/**
 * R7.3: the preparation list of a meeting: one row per step in order, the rows given kept (owner,
 * done day); the rows still open get their due day from the meeting day, done rows keep theirs.
 */
export const planPreparation = (
  rows: readonly PreparationRow[],
  context: PreparationContext,
): PreparationRow[] =>
  PREPARATION_STEPS.map((step) => {
    const row = rows.find((candidate) => candidate.step === step)
    const dueOn = preparationDueOn(
      context.calendar,
      context.meetingDay,
      step,
      context.noticeLeadWorkingDays,
    )
    if (!row) return { step, owner: context.defaultOwner, dueOn, doneOn: null }
    return {
      ...row,
      owner: row.owner ?? context.defaultOwner,
      dueOn: row.doneOn && row.dueOn ? row.dueOn : dueOn,
    }
  })

/** R7.3: marks a step done on `day` unless it is done already. */
export const markStepDone = (
  rows: readonly PreparationRow[],
  step: PreparationStep,
  day: string,
): PreparationRow[] =>
  rows.map((row) => (row.step === step && !row.doneOn ? { ...row, doneOn: day } : row))

/** R7.3: "Đúng hạn" (done by the due day), "Quá hạn N ngày" (done late or still open after it),
 * "Chưa đến hạn" (open, not yet due). N counts calendar days. */
export const preparationState = (
  row: Pick<PreparationRow, 'dueOn' | 'doneOn'>,
  today: string,
): Bilingual | null => {
  if (!row.dueOn) return null
  const late = daysBetweenKeys(row.dueOn, row.doneOn ?? today)
  if (late > 0) return { vi: `Quá hạn ${late} ngày`, en: `${late} days overdue` }
  if (row.doneOn) return { vi: 'Đúng hạn', en: 'On time' }
  return { vi: 'Chưa đến hạn', en: 'Not yet due' }
}

/** R7.3: each step's owner is a Support Group member in office (`sgSeats`: their seats). */
export const checkPreparationOwners = (
  rows: readonly PreparationRow[],
  sgSeats: readonly Id[],
): Verdict => {
  for (const [index, row] of rows.entries()) {
    if (row.owner === null || sgSeats.some((seat) => String(seat) === String(row.owner))) continue
    return breach(
      'R7.3',
      clause(7, 3),
      {
        vi: `người phụ trách "${PREPARATION_STEP_LABELS[row.step].vi}" phải là thành viên Tổ giúp việc đương nhiệm.`,
        en: `the owner of "${PREPARATION_STEP_LABELS[row.step].en}" must be a Support Group member in office.`,
      },
      `preparation.${index}.owner`,
    )
  }
  return OK
}

/** R7.3: a done day is not before the preparation can start, nor in the future. */
export const checkPreparationDone = (rows: readonly PreparationRow[], today: string): Verdict => {
  const index = rows.findIndex((row) => row.doneOn !== null && row.doneOn > today)
  if (index < 0) return OK
  return breach(
    'R7.3',
    clause(7, 3),
    {
      vi: 'ngày hoàn thành không được sau ngày hôm nay.',
      en: 'the day done cannot be after today.',
    },
    `preparation.${index}.doneOn`,
  )
}

/** R7.3: the conclusions go out only once the Support Group has recorded the minutes. */
export const checkMinutesRecorded = (hasMinutes: boolean): Verdict =>
  hasMinutes
    ? OK
    : breach(
        'R7.3',
        clause(7, 3),
        {
          vi: 'chưa có biên bản cuộc họp (nhập nội dung biên bản hoặc tải lên bản quét có chữ ký) nên chưa ban hành kết luận được.',
          en: 'the minutes are not recorded yet (type them or upload the signed scan), so the conclusions cannot be issued.',
        },
        'minutes',
      )

export type FollowUpTask = {
  dueDate: string | null
  completedOn: string | null
  paused?: boolean | null
}

/** R7.3: how a task from earlier conclusions stands at the next meeting. */
export const followUpState = (task: FollowUpTask, today: string): Bilingual => {
  if (task.completedOn) return { vi: 'Đã hoàn thành', en: 'Done' }
  if (task.paused) return { vi: 'Tạm dừng', en: 'Paused' }
  if (taskStatus(task, today) === 'open-overdue') {
    const days = daysOverdue(task, today)
    return { vi: `Quá hạn ${days} ngày`, en: `${days} days overdue` }
  }
  return { vi: 'Đang thực hiện trong hạn', en: 'In progress, within the deadline' }
}
