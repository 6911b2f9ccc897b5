import { BarChart } from '../charts/BarChart'
import { say, TEXT } from '../text'
import { WidgetFrame } from '../WidgetFrame'
import { frameProps, type WidgetProps } from './frame'

/** Meeting attendance per agency: in person, by substitute (R6.2b), absent (R6.2a). */
export const Attendance = ({ data, language }: WidgetProps) => {
  const rows = data.attendance?.rows ?? []
  const t = (key: keyof typeof TEXT) => say(TEXT[key], language)
  const frame = frameProps('attendance', data, language)
  if (rows.length === 0) {
    return (
      <WidgetFrame {...frame} hasChart={false}>
        <p>{t('noData')}</p>
      </WidgetFrame>
    )
  }
  return (
    <WidgetFrame {...frame} hasChart>
      <BarChart
        language={language}
        rows={rows.map((row) => ({
          name: row.name,
          values: { inPerson: row.inPerson, bySubstitute: row.bySubstitute, absent: row.absent },
          hrefs: { inPerson: row.href, bySubstitute: row.href, absent: row.href },
        }))}
        series={[
          { key: 'inPerson', label: t('inPerson'), color: '#16a34a', stack: 'attendance' },
          { key: 'bySubstitute', label: t('bySubstitute'), color: '#f59e0b', stack: 'attendance' },
          { key: 'absent', label: t('absent'), color: '#dc2626', stack: 'attendance' },
        ]}
      />
    </WidgetFrame>
  )
}
