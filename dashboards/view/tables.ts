// Each widget's figures as a table: the CSV download and the print view show exactly what the
// chart draws.
import { formatVnd } from '../../src/fields/viNumber'
import type { AdminLanguage } from '../../src/i18n/label'
import { TASK_STATUS_LABELS } from '../../hooks/rules/taskStatus'
import type { CellState, DashboardData, TaskCategory } from '../types'
import type { CsvTable } from './csv'
import type { WidgetKey } from './layout'
import { say, TEXT } from './text'

export const TASK_CATEGORIES: readonly TaskCategory[] = [
  'completed-on-time',
  'completed-late',
  'open-within-deadline',
  'open-overdue',
]

export const CELL_LABELS: Record<CellState, keyof typeof TEXT> = {
  'on-time': 'onTime',
  late: 'late',
  missing: 'missing',
  locked: 'locked',
  'not-due': 'notDue',
}

const CHECKS = ['meeting', 'notice', 'conclusions', 'absences', 'reports', 'aggregate'] as const
export type CheckKey = (typeof CHECKS)[number]
export const CHECK_LABELS: Record<CheckKey, keyof typeof TEXT> = {
  meeting: 'checkMeeting',
  notice: 'checkNotice',
  conclusions: 'checkConclusions',
  absences: 'checkAbsences',
  reports: 'checkReports',
  aggregate: 'checkAggregate',
}
export const CHECK_KEYS: readonly CheckKey[] = CHECKS

/** R11.1b: the two reviews of a year, as the scorecard shows them. */
export const REVIEW_KEYS = ['sixMonth', 'yearEnd'] as const
export type ReviewKey = (typeof REVIEW_KEYS)[number]
export const REVIEW_LABELS: Record<ReviewKey, keyof typeof TEXT> = {
  sixMonth: 'sixMonthReview',
  yearEnd: 'yearEndReview',
}

export const widgetTable = (
  key: WidgetKey,
  data: DashboardData,
  language: AdminLanguage,
): CsvTable => {
  const t = (label: keyof typeof TEXT) => say(TEXT[label], language)
  switch (key) {
    case 'headline': {
      const { tasks, reports, keyIndicators } = data.headline
      return {
        header: [t('name'), t('value'), t('target')],
        rows: [
          [t('tasksCompleted'), tasks.completed.value, tasks.total.value],
          [`${t('onTimeRate')} (%)`, tasks.onTimeRate, null],
          [t('openOverdue'), tasks.openOverdue.value, null],
          [t('reportsReceived'), reports.received.value, reports.expected],
          [t('onTime'), reports.onTime.value, null],
          [t('late'), reports.late.value, null],
          [t('missing'), reports.missing.value, null],
          ...keyIndicators.map((row) => [
            `${row.code} ${say(row.name, language)} (${row.unit})`,
            row.value,
            row.target,
          ]),
        ],
      }
    }
    case 'trend':
      return {
        header: [t('month'), t('value'), t('target')],
        rows: data.trend.points.map((point) => [point.period, point.value, point.target]),
      }
    case 'comparison':
      return {
        header: [t('rank'), t('name'), t('value'), t('target')],
        rows: data.comparison.rows.map((row, index) => [
          index + 1,
          row.name,
          row.value,
          row.target,
        ]),
      }
    case 'tasksByAgency':
      return {
        header: [t('agency'), ...TASK_CATEGORIES.map((c) => say(TASK_STATUS_LABELS[c], language))],
        rows: data.tasksByAgency.rows.map((row) => [
          row.name,
          ...TASK_CATEGORIES.map((c) => row.counts[c].value),
        ]),
      }
    case 'overdue':
      return {
        header: [t('code'), t('task'), t('agency'), t('dueDate'), t('daysOverdue')],
        rows: data.overdueTasks.rows.map((row) => [
          row.code,
          row.title,
          row.agency,
          row.dueDate,
          row.daysOverdue,
        ]),
      }
    case 'heatmap':
      return {
        header: [t('agency'), ...data.heatmap.periods],
        rows: data.heatmap.rows.map((row) => [
          row.name,
          ...row.cells.map((cell) => t(CELL_LABELS[cell.state])),
        ]),
      }
    case 'compliance':
      return {
        header: [t('month'), ...CHECK_KEYS.map((c) => t(CHECK_LABELS[c]))],
        rows: [
          ...data.compliance.months.map((month) => [
            month.period,
            ...CHECK_KEYS.map((c) => checkWord(month[c].state, language)),
          ]),
          // R11.1b: one line per review and year, its state in the first column.
          ...data.compliance.reviews.flatMap((row) =>
            REVIEW_KEYS.map((review) => [
              `${t(REVIEW_LABELS[review])} ${row.year}`,
              checkWord(row[review].state, language),
              ...CHECK_KEYS.slice(1).map(() => null),
            ]),
          ),
        ],
      }
    case 'agencies':
      return {
        header: [
          t('agency'),
          t('reportsOnTime'),
          t('reportsLate'),
          t('reportsMissing'),
          `${t('taskOnTimeRate')} (%)`,
          t('extensions'),
          t('inPerson'),
          t('bySubstitute'),
          t('absent'),
          t('workingSessions'),
          t('obstaclesOpen'),
          `${t('obstaclesOpen')} – ${t('overdueShort')}`,
        ],
        rows: data.agencies.rows.map((row) => [
          row.name,
          row.reportsOnTime,
          row.reportsLate,
          row.reportsMissing,
          row.taskOnTimeRate,
          row.extensions,
          row.attendanceInPerson,
          row.attendanceBySubstitute,
          row.absences,
          row.workingSessions,
          row.obstaclesOpen,
          row.obstaclesOverdue,
        ]),
      }
    case 'budget':
      return {
        header: [t('budgetLine'), t('allocated'), t('spent')],
        // Amounts as they read everywhere else ("60.000.000 đ"), in the CSV and the print view.
        rows: (data.budget?.rows ?? []).map((row) => [
          row.name,
          formatVnd(row.allocated),
          formatVnd(row.spent),
        ]),
      }
    case 'attendance':
      return {
        header: [t('agency'), t('meetings'), t('inPerson'), t('bySubstitute'), t('absent')],
        rows: (data.attendance?.rows ?? []).map((row) => [
          row.name,
          row.meetings,
          row.inPerson,
          row.bySubstitute,
          row.absent,
        ]),
      }
  }
}

export const checkWord = (state: 'pass' | 'breach' | 'not-due', language: AdminLanguage): string =>
  say(TEXT[state === 'pass' ? 'pass' : state === 'breach' ? 'breach' : 'notDue'], language)
