import { daysBetweenKeys, type DateKey } from '../../src/lib/clock'
import { formatPeriod, type Period } from './reportPeriods'
import { effectiveDueDate, taskStatus, type TaskDates } from './taskStatus'
import { formatDayKey } from './terms'
import { breach, clause, OK, refusal, type Verdict } from './verdict'

// R7.2: the Support Group urges agencies (văn bản đôn đốc). What goes in an urging letter: the
// agency's overdue tasks and its late or missing monthly reports as of a Vietnam day, the lines
// and sentences of the letter, the day to answer by. R3.5: issued letters are the record.

export const URGING_TITLE = 'V/v đôn đốc thực hiện nhiệm vụ Đề án 06 và chế độ báo cáo'

/** Working days the agency has to answer the letter, counted from its date. */
export const URGING_ANSWER_WORKING_DAYS = 5

export type UrgingTaskInput = TaskDates & {
  id: number | string
  code?: string | null
  title: string
  /** Day the task was assigned: a task given after the letter's day is not urged. */
  assignedOn?: string | null
}

export type OverdueTaskLine = {
  id: number | string
  code: string
  content: string
  dueDate: DateKey
  daysOverdue: number
}

/** Each report month expected of the agency, its deadline and the day it was first sent. */
export type UrgingReportInput = {
  period: Period
  deadline: DateKey
  /** Vietnam day of the first submission; null when never sent (none, or a draft). */
  submittedOn: DateKey | null
}

export type LateReportLine = {
  period: Period
  deadline: DateKey
  state: 'missing' | 'late'
  submittedOn: DateKey | null
}

/**
 * The tasks open and past their due date in force on `day`, as the task's own status says
 * (a completion or an assignment after `day` not yet known then), by due date then code.
 */
export const overdueTasksOn = (
  tasks: readonly UrgingTaskInput[],
  day: DateKey,
): OverdueTaskLine[] =>
  tasks
    .filter((task) => !task.assignedOn || task.assignedOn <= day)
    .map((task) => ({
      ...task,
      completedOn: task.completedOn && task.completedOn <= day ? task.completedOn : null,
    }))
    .filter((task) => taskStatus(task, day) === 'open-overdue')
    .map((task) => {
      const due = effectiveDueDate(task)!
      return {
        id: task.id,
        code: task.code?.trim() || '',
        content: task.title,
        dueDate: due,
        daysOverdue: daysBetweenKeys(due, day),
      }
    })
    .sort(
      (a, b) =>
        a.dueDate.localeCompare(b.dueDate) || a.code.localeCompare(b.code, 'vi', { numeric: true }),
    )

/**
 * R12.3a as of `day`: report months whose deadline has passed and whose report was not sent by
 * then (missing) or was sent after the deadline (late), by month.
 */
export const lateReportsOn = (
  reports: readonly UrgingReportInput[],
  day: DateKey,
): LateReportLine[] =>
  reports
    .filter((report) => report.deadline < day)
    .flatMap((report): LateReportLine[] => {
      const sent = report.submittedOn && report.submittedOn <= day ? report.submittedOn : null
      if (!sent) return [{ ...report, state: 'missing', submittedOn: null }]
      return sent > report.deadline ? [{ ...report, state: 'late', submittedOn: sent }] : []
    })
    .sort((a, b) => a.period.localeCompare(b.period))

/** Nothing to urge: a plain refusal, not an empty letter. */
export const checkSomethingToUrge = (
  agencyName: string,
  tasks: readonly OverdueTaskLine[],
  reports: readonly LateReportLine[],
  day: DateKey,
): Verdict =>
  tasks.length || reports.length
    ? OK
    : refusal(
        'R7.2',
        clause(7, 2),
        {
          vi: `${agencyName} không có nhiệm vụ quá hạn và không chậm, thiếu báo cáo tháng nào tính đến ngày ${formatDayKey(day)}: không có nội dung để đôn đốc.`,
          en: `${agencyName} has no overdue task and no late or missing monthly report as of ${formatDayKey(day)}: nothing to urge.`,
        },
        'agency',
      )

/** R7.2: an urging letter names the agency it urges before it is issued (and counted, R3.5). */
export const checkUrgingIssue = (doc: { kind?: unknown; urgedAgency?: unknown }): Verdict =>
  doc.kind !== 'urging-letter' || (doc.urgedAgency != null && doc.urgedAgency !== '')
    ? OK
    : breach(
        'R7.2',
        clause(7, 2),
        {
          vi: 'văn bản đôn đốc phải ghi rõ cơ quan được đôn đốc trước khi ban hành.',
          en: 'an urging letter must name the agency it urges before it is issued.',
        },
        'urgedAgency',
      )

/** "Sở Y tế" → the recipient lines of the letter (Decree 30: "- …;", then the archive). */
export const urgingRecipients = (agencyName: string): string =>
  [`- ${agencyName};`, '- Tổ trưởng, các Tổ phó Tổ công tác (để b/c);', '- Lưu: VT, TGV.'].join(
    '\n',
  )

export type UrgingLetter = {
  opening: string
  tasksHeading: string | null
  taskRows: string[][]
  reportsHeading: string | null
  reportRows: string[][]
  requests: string[]
  closing: string
}

export const TASK_COLUMNS = [
  'STT',
  'Mã nhiệm vụ',
  'Nội dung nhiệm vụ',
  'Hạn hoàn thành',
  'Số ngày quá hạn',
]
export const REPORT_COLUMNS = ['STT', 'Báo cáo tháng', 'Hạn gửi', 'Tình trạng']

const reportState = (line: LateReportLine): string =>
  line.state === 'missing' ? 'Chưa gửi' : `Gửi chậm (ngày ${formatDayKey(line.submittedOn!)})`

/** The letter's sentences and tables: only the parts that apply (never "0 nhiệm vụ quá hạn"). */
export const urgingLetterOf = (args: {
  agencyName: string
  day: DateKey
  answerBy: DateKey
  tasks: readonly OverdueTaskLine[]
  reports: readonly LateReportLine[]
}): UrgingLetter => {
  const { agencyName, day, answerBy, tasks, reports } = args
  const findings = [
    tasks.length
      ? `${tasks.length} nhiệm vụ được giao chủ trì đã quá hạn nhưng chưa hoàn thành`
      : null,
    reports.length ? `${reports.length} kỳ báo cáo tháng chưa gửi hoặc gửi chậm hạn` : null,
  ].filter(Boolean)
  const section = (index: number, text: string) => `${index}. ${text}`
  let next = 1
  const tasksHeading = tasks.length ? section(next++, 'Nhiệm vụ quá hạn chưa hoàn thành:') : null
  const reportsHeading = reports.length
    ? section(next++, 'Báo cáo tháng chưa gửi hoặc gửi chậm hạn:')
    : null
  return {
    opening: `Thực hiện Quy chế hoạt động của Tổ công tác triển khai Đề án 06, qua theo dõi, tổng hợp đến ngày ${formatDayKey(day)}, ${agencyName} còn ${findings.join(' và ')}, cụ thể như sau:`,
    tasksHeading,
    taskRows: tasks.map((task, index) => [
      String(index + 1),
      task.code || '–',
      task.content,
      formatDayKey(task.dueDate),
      String(task.daysOverdue),
    ]),
    reportsHeading,
    reportRows: reports.map((report, index) => [
      String(index + 1),
      formatPeriod(report.period),
      formatDayKey(report.deadline),
      reportState(report),
    ]),
    requests: [
      tasks.length
        ? `- Khẩn trương chỉ đạo hoàn thành các nhiệm vụ quá hạn nêu trên; trường hợp không thể hoàn thành, báo cáo rõ nguyên nhân, khó khăn, vướng mắc và đề xuất thời hạn hoàn thành.`
        : null,
      reports.some((report) => report.state === 'missing')
        ? `- Hoàn thiện, gửi ngay các báo cáo tháng còn thiếu về Cơ quan thường trực Tổ công tác.`
        : null,
      reports.length
        ? `- Chấn chỉnh việc thực hiện chế độ báo cáo định kỳ, bảo đảm gửi báo cáo đúng hạn theo Quy chế.`
        : null,
    ].filter((line): line is string => line !== null),
    closing: `Tổ công tác đề nghị ${agencyName} quan tâm, chỉ đạo thực hiện và báo cáo kết quả về Tổ công tác (qua Cơ quan thường trực) trước ngày ${formatDayKey(answerBy)}. Kết quả thực hiện là căn cứ đánh giá, xem xét khen thưởng, kỷ luật theo Quy chế./.`,
  }
}
