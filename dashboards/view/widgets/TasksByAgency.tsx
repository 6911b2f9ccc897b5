import { TASK_STATUS_LABELS } from '../../../hooks/rules/taskStatus'
import type { TaskCategory } from '../../types'
import { BarChart } from '../charts/BarChart'
import { TASK_CATEGORIES } from '../tables'
import { limitedRowsNote, say, TEXT } from '../text'
import { WidgetFrame } from '../WidgetFrame'
import { frameProps, type WidgetProps } from './frame'

const COLORS: Record<TaskCategory, string> = {
  'completed-on-time': '#16a34a',
  'completed-late': '#ca8a04',
  'open-within-deadline': '#2563eb',
  'open-overdue': '#dc2626',
}

/** Tasks of each lead agency in the government's four categories (R3.2); each segment opens its tasks. */
export const TasksByAgency = ({ data, language }: WidgetProps) => {
  const { rows, total } = data.tasksByAgency
  const frame = frameProps('tasksByAgency', data, language)
  return (
    <WidgetFrame {...frame} hasChart={rows.length > 0}>
      {rows.length > 0 ? (
        <>
          <BarChart
            language={language}
            rows={rows.map((row) => ({
              name: row.name,
              values: Object.fromEntries(TASK_CATEGORIES.map((c) => [c, row.counts[c].value])),
              hrefs: Object.fromEntries(TASK_CATEGORIES.map((c) => [c, row.counts[c].href])),
            }))}
            series={TASK_CATEGORIES.map((c) => ({
              key: c,
              label: say(TASK_STATUS_LABELS[c], language),
              color: COLORS[c],
              stack: 'tasks',
            }))}
          />
          {total > rows.length ? (
            <p className="dashboard-widget__note">
              {limitedRowsNote(rows.length, total, language, 'tasks')}
            </p>
          ) : null}
        </>
      ) : (
        <p>{say(TEXT.noData, language)}</p>
      )}
    </WidgetFrame>
  )
}
