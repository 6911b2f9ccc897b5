import { BarChart } from '../charts/BarChart'
import { say, TEXT } from '../text'
import { WidgetFrame } from '../WidgetFrame'
import { frameProps, type WidgetProps } from './frame'

/** Allocated against spent per budget line of the year (R13.1, R13.2); each bar opens its line. */
export const BudgetExecution = ({ data, language }: WidgetProps) => {
  const rows = data.budget?.rows ?? []
  const frame = frameProps('budget', data, language)
  const title = `${frame.title} ${data.budget?.year ?? ''}`
  if (rows.length === 0) {
    return (
      <WidgetFrame {...frame} title={title} hasChart={false}>
        <p>{say(TEXT.noData, language)}</p>
      </WidgetFrame>
    )
  }
  return (
    <WidgetFrame {...frame} title={title} hasChart>
      <BarChart
        language={language}
        rows={rows.map((row) => ({
          name: row.name,
          values: { allocated: row.allocated, spent: row.spent },
          hrefs: { allocated: row.href, spent: row.href },
        }))}
        series={[
          { key: 'allocated', label: say(TEXT.allocated, language), color: '#94a3b8' },
          { key: 'spent', label: say(TEXT.spent, language), color: '#0f766e' },
        ]}
      />
    </WidgetFrame>
  )
}
