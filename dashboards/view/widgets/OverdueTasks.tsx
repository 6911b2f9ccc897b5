import { say, TEXT } from '../text'
import { WidgetFrame } from '../WidgetFrame'
import { frameProps, type WidgetProps } from './frame'

/** Open overdue tasks, longest overdue first. */
export const OverdueTasks = ({ data, language }: WidgetProps) => {
  const { rows, total } = data.overdueTasks
  const t = (key: keyof typeof TEXT) => say(TEXT[key], language)
  const frame = frameProps('overdue', data, language)
  return (
    <WidgetFrame {...frame} title={`${frame.title} (${total})`} hasChart={false}>
      {rows.length > 0 ? (
        <table className="dashboard-table">
          <thead>
            <tr>
              <th>{t('code')}</th>
              <th>{t('task')}</th>
              <th>{t('agency')}</th>
              <th>{t('dueDate')}</th>
              <th>{t('daysOverdue')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={String(row.id)}>
                <td>
                  <a href={row.href}>{row.code}</a>
                </td>
                <td>
                  <a href={row.href}>{row.title}</a>
                </td>
                <td>{row.agency}</td>
                <td>{row.dueDate.split('-').reverse().join('/')}</td>
                <td className="dashboard-table__number dashboard-table__bad">{row.daysOverdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('noData')}</p>
      )}
    </WidgetFrame>
  )
}
