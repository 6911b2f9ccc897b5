import { formatDayKey } from '../../../hooks/rules/terms'
import type { AdminLanguage } from '../../../src/i18n/label'
import type { MemberAccountabilityRow } from '../../queries/memberAccountability'
import type { Figure } from '../../types'
import { formatNumber } from '../widgets/frame'
import { dayText, type Say } from './say'

const Number_ = ({
  figure,
  language,
  bad,
}: {
  figure: Figure
  language: AdminLanguage
  bad?: boolean
}) => (
  <td
    className={`dashboard-table__number${bad && figure.value > 0 ? ' dashboard-table__bad' : ''}`}
  >
    <a href={figure.href}>{formatNumber(figure.value, language)}</a>
  </td>
)

export const MembersTable = ({
  rows,
  language,
  t,
}: {
  rows: MemberAccountabilityRow[]
  language: AdminLanguage
  t: Say
}) => (
  <div className="dashboard-table-scroll">
    <table className="dashboard-table" data-testid="accountability-table">
      <thead>
        <tr>
          <th rowSpan={2}>{t('member')}</th>
          <th rowSpan={2}>{t('agency')}</th>
          <th colSpan={4}>{t('tasks')}</th>
          <th colSpan={3}>{t('meetings')}</th>
          <th colSpan={3}>{t('reports')}</th>
        </tr>
        <tr>
          <th>{t('completedOnTime')}</th>
          <th>{t('completedLate')}</th>
          <th>{t('openWithin')}</th>
          <th>{t('openOverdue')}</th>
          <th>{t('present')}</th>
          <th>{t('substitute')}</th>
          <th>{t('absent')}</th>
          <th>{t('onTime')}</th>
          <th>{t('late')}</th>
          <th>{t('missing')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row.member)}>
            <td className="accountability__member">
              <a href={row.href}>{row.name}</a>
              <br />
              <small>
                {row.positionLabel[language]} · {formatDayKey(row.from)}–{dayText(row.to, t)}
              </small>
            </td>
            <td>{row.agencyName}</td>
            <Number_ figure={row.tasks['completed-on-time']} language={language} />
            <Number_ figure={row.tasks['completed-late']} language={language} />
            <Number_ figure={row.tasks['open-within-deadline']} language={language} />
            <Number_ figure={row.tasks['open-overdue']} language={language} bad />
            <Number_ figure={row.attendance.present} language={language} />
            <Number_ figure={row.attendance.substitute} language={language} />
            <Number_ figure={row.attendance.absent} language={language} bad />
            <Number_ figure={row.reports.onTime} language={language} />
            <Number_ figure={row.reports.late} language={language} />
            <Number_ figure={row.reports.missing} language={language} bad />
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)
