import { formatPeriod } from '../../../hooks/rules/reportPeriods'
import { formatDayKey } from '../../../hooks/rules/terms'
import type { Figure } from '../../types'
import { say, TEXT } from '../text'
import { WidgetFrame } from '../WidgetFrame'
import { formatNumber, formatRate, frameProps, type WidgetProps } from './frame'

const Card = ({
  label,
  value,
  href,
  detail,
  tone,
}: {
  label: string
  value: string
  href?: string
  detail?: string
  tone?: 'good' | 'bad'
}) => (
  <div className={`dashboard-card${tone ? ` dashboard-card--${tone}` : ''}`}>
    <span className="dashboard-card__label">{label}</span>
    {href ? (
      <a className="dashboard-card__value" href={href}>
        {value}
      </a>
    ) : (
      <span className="dashboard-card__value">{value}</span>
    )}
    {detail ? <span className="dashboard-card__detail">{detail}</span> : null}
  </div>
)

const linked = (figure: Figure, language: WidgetProps['language']) => ({
  value: formatNumber(figure.value, language),
  href: figure.href,
})

/** The selected month at a glance: tasks, reports and the key indicators against the year's target. */
export const Headline = ({ data, language }: WidgetProps) => {
  const { tasks, reports, keyIndicators, period } = data.headline
  const t = (key: keyof typeof TEXT) => say(TEXT[key], language)
  const frame = frameProps('headline', data, language)
  return (
    <WidgetFrame {...frame} title={`${frame.title} ${formatPeriod(period)}`} hasChart={false} wide>
      <div className="dashboard-cards">
        <Card
          label={t('tasksCompleted')}
          {...linked(tasks.completed, language)}
          detail={`/ ${formatNumber(tasks.total.value, language)}`}
        />
        <Card label={t('onTimeRate')} value={formatRate(tasks.onTimeRate, language)} />
        <Card
          label={t('openOverdue')}
          {...linked(tasks.openOverdue, language)}
          tone={tasks.openOverdue.value > 0 ? 'bad' : 'good'}
        />
        <Card
          label={t('reportsReceived')}
          {...linked(reports.received, language)}
          detail={`/ ${formatNumber(reports.expected, language)}`}
        />
        <Card label={t('onTime')} {...linked(reports.onTime, language)} tone="good" />
        <Card label={t('late')} {...linked(reports.late, language)} />
        {/* R12.3a: not sent is a breach only after the month's deadline. */}
        <Card
          label={t('missing')}
          {...linked(reports.missing, language)}
          tone={reports.due ? (reports.missing.value > 0 ? 'bad' : 'good') : undefined}
          detail={
            reports.due
              ? undefined
              : `${t('notDue')} · ${t('dueDate')} ${formatDayKey(reports.deadline)}`
          }
        />
        {keyIndicators.map((row) => (
          <Card
            key={String(row.indicator)}
            label={`${row.code} · ${say(row.name, language)}`}
            value={`${formatNumber(row.value, language)} ${row.unit}`}
            href={row.href}
            detail={`${row.yearToDate ? `${t('yearToDate')} · ` : ''}${t('target')}: ${formatNumber(row.target, language)} ${row.unit}`}
          />
        ))}
      </div>
      <div className="dashboard-widget__definitions" data-testid="headline-definitions">
        <p>{say(data.headline.definitions.tasks, language)}</p>
        <p>{say(data.headline.definitions.reports, language)}</p>
      </div>
    </WidgetFrame>
  )
}
