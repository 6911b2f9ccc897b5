import { BarChart } from '../charts/BarChart'
import { say, TEXT } from '../text'
import { WidgetFrame } from '../WidgetFrame'
import { formatNumber, frameProps, type WidgetProps } from './frame'

/** Districts (or agencies inside a district or kind) on the picked indicator, and their ranking. */
export const Comparison = ({ data, language }: WidgetProps) => {
  const { indicator, rows } = data.comparison
  const t = (key: keyof typeof TEXT) => say(TEXT[key], language)
  const frame = frameProps('comparison', data, language)
  const title = indicator
    ? `${frame.title}: ${say(indicator.name, language)} (${indicator.unit})`
    : frame.title
  // The target column and bars only when a unit has a target: an empty column says nothing.
  const hasTargets = rows.some((row) => row.target !== null)
  if (!rows.some((row) => row.value !== null || row.target !== null)) {
    return (
      <WidgetFrame {...frame} title={title} hasChart={false}>
        <p>{t('noData')}</p>
      </WidgetFrame>
    )
  }
  return (
    <WidgetFrame {...frame} title={title} hasChart>
      <BarChart
        language={language}
        rows={rows.map((row) => ({
          name: row.name,
          values: { value: row.value, target: row.target },
          hrefs: { value: row.href, target: row.href },
        }))}
        series={[
          { key: 'value', label: t('value'), color: '#1d4ed8' },
          ...(hasTargets ? [{ key: 'target', label: t('target'), color: '#cbd5e1' }] : []),
        ]}
      />
      <table className="dashboard-table">
        <thead>
          <tr>
            <th>{t('rank')}</th>
            <th>{t('name')}</th>
            <th>{t('value')}</th>
            {hasTargets && <th>{t('target')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={String(row.id)}>
              <td>{index + 1}</td>
              <td>
                <a href={row.href}>{row.name}</a>
              </td>
              <td className="dashboard-table__number">{formatNumber(row.value, language)}</td>
              {hasTargets && (
                <td className="dashboard-table__number">{formatNumber(row.target, language)}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </WidgetFrame>
  )
}
