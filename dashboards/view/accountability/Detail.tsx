import { formatPeriod } from '../../../hooks/rules/reportPeriods'
import { formatDayKey } from '../../../hooks/rules/terms'
import type { AdminLanguage } from '../../../src/i18n/label'
import { toVnDateKey } from '../../../src/lib/clock'
import type { MemberAccountabilityDetail } from '../../queries/memberAccountability'
import type { Label } from '../../types'
import { formatNumber } from '../widgets/frame'
import { DetailTable } from './DetailTable'
import { FigureCard } from './FigureCard'
import { dayText, type Say } from './say'
import type { AccountabilityTextKey } from './text'

const PRESENCE: Record<string, AccountabilityTextKey> = {
  present: 'present',
  substitute: 'substitute',
  absent: 'absent',
  'on-time': 'onTime',
  late: 'late',
  missing: 'missing',
  'not-due': 'notDue',
}

const monthText = (period: string, language: AdminLanguage) =>
  `${language === 'vi' ? 'Tháng' : 'Month'} ${formatPeriod(period)}`
export const Detail = ({
  detail,
  language,
  t,
}: {
  detail: MemberAccountabilityDetail
  language: AdminLanguage
  t: Say
}) => {
  const { row } = detail
  const say = (label: Label) => label[language]
  return (
    <div data-testid="accountability-detail">
      <h2>{row.name}</h2>
      <p className="dashboard__scope">
        {say(row.positionLabel)} · {row.agencyName} · {t('term')} {formatDayKey(row.from)}–
        {dayText(row.to, t)}
      </p>
      <section>
        <h3>{t('tasks')}</h3>
        <div className="accountability__figures">
          <FigureCard
            label={t('completedOnTime')}
            figure={row.tasks['completed-on-time']}
            language={language}
          />
          <FigureCard
            label={t('completedLate')}
            figure={row.tasks['completed-late']}
            language={language}
          />
          <FigureCard
            label={t('openWithin')}
            figure={row.tasks['open-within-deadline']}
            language={language}
          />
          <FigureCard
            label={t('openOverdue')}
            figure={row.tasks['open-overdue']}
            language={language}
          />
        </div>
        <h4>{t('overdueTitle')}</h4>
        <DetailTable heads={['code', 'task', 'due', 'daysOverdue']} t={t}>
          {detail.overdue.map((task) => (
            <tr key={String(task.id)}>
              <td>{task.code}</td>
              <td>
                <a href={task.href}>{task.title}</a>
              </td>
              <td>{task.dueDate ? formatDayKey(task.dueDate) : '—'}</td>
              <td className="dashboard-table__number dashboard-table__bad">
                {formatNumber(task.daysOverdue, language)}
              </td>
            </tr>
          ))}
        </DetailTable>
      </section>
      <section>
        <h3>{t('meetings')}</h3>
        <div className="accountability__figures">
          <FigureCard label={t('present')} figure={row.attendance.present} language={language} />
          <FigureCard
            label={t('substitute')}
            figure={row.attendance.substitute}
            language={language}
          />
          <FigureCard label={t('absent')} figure={row.attendance.absent} language={language} />
        </div>
        <DetailTable heads={['meetingMonth', 'meetingDate', 'presence']} t={t}>
          {detail.meetings.map((meeting) => (
            <tr key={String(meeting.id)}>
              <td>
                <a href={meeting.href}>{monthText(meeting.servesMonth, language)}</a>
              </td>
              <td>{meeting.start ? formatDayKey(toVnDateKey(meeting.start)) : '—'}</td>
              <td className={meeting.presence === 'absent' ? 'dashboard-table__bad' : undefined}>
                {t(PRESENCE[meeting.presence])}
              </td>
            </tr>
          ))}
        </DetailTable>
      </section>
      <section>
        <h3>{t('reports')}</h3>
        <div className="accountability__figures">
          <FigureCard label={t('onTime')} figure={row.reports.onTime} language={language} />
          <FigureCard label={t('late')} figure={row.reports.late} language={language} />
          <FigureCard label={t('missing')} figure={row.reports.missing} language={language} />
        </div>
        <DetailTable heads={['month', 'state']} t={t}>
          {detail.reports.map((line) => (
            <tr key={line.period}>
              <td>
                <a href={line.href}>{monthText(line.period, language)}</a>
              </td>
              <td className={line.state === 'missing' ? 'dashboard-table__bad' : undefined}>
                {t(PRESENCE[line.state])}
              </td>
            </tr>
          ))}
        </DetailTable>
      </section>
      <section>
        <h3>{t('seat')}</h3>
        <div className="dashboard-table-scroll">
          <table className="dashboard-table" data-testid="accountability-seat">
            <thead>
              <tr>
                <th>{t('from')}</th>
                <th>{t('to')}</th>
                <th>{t('holder')}</th>
                <th>{t('basis')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.seat.map((entry, index) => (
                <tr key={`${entry.kind}-${index}`}>
                  <td>{formatDayKey(entry.from)}</td>
                  <td>{dayText(entry.to, t)}</td>
                  <td>{entry.holder}</td>
                  <td>
                    <a href={entry.href}>{say(entry.note)}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  )
}
