import { limitedRowsNote, say, TEXT } from '../text'
import { WidgetFrame } from '../WidgetFrame'
import { formatRate, frameProps, type WidgetProps } from './frame'

/**
 * The year's evidence per agency for commendation and discipline (R3.5): report timeliness,
 * task on-time rate, extensions, attendance in person or by substitute; the Standing's working
 * sessions with it (R12.2), its obstacles still open, overdue ones marked (R12.4), and the
 * urging letters issued to it (R7.2).
 */
export const AgencyScorecard = ({ data, language }: WidgetProps) => {
  const { year } = data.agencies
  // The agencies needing attention most when there are many (chosen by the query).
  const { rows, total } = data.agencies
  const limited = total > rows.length
  const t = (key: keyof typeof TEXT) => say(TEXT[key], language)
  const frame = frameProps('agencies', data, language)
  return (
    <WidgetFrame {...frame} title={`${frame.title} ${year}`} hasChart={false} wide>
      {rows.length > 0 ? (
        <div className="dashboard-table-scroll">
          <table className="dashboard-table">
            <thead>
              <tr>
                <th>{t('agency')}</th>
                <th>{t('reportsOnTime')}</th>
                <th>{t('reportsLate')}</th>
                <th>{t('reportsMissing')}</th>
                <th>{t('taskOnTimeRate')}</th>
                <th>{t('extensions')}</th>
                <th>{t('inPerson')}</th>
                <th>{t('bySubstitute')}</th>
                <th>{t('absent')}</th>
                <th>{t('workingSessions')}</th>
                <th>{t('obstaclesOpen')}</th>
                <th>{t('urgingLetters')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={String(row.agency)}>
                  <td>
                    <a href={row.href}>{row.name}</a>
                  </td>
                  <td className="dashboard-table__number">{row.reportsOnTime}</td>
                  <td className="dashboard-table__number">{row.reportsLate}</td>
                  <td
                    className={`dashboard-table__number${row.reportsMissing > 0 ? ' dashboard-table__bad' : ''}`}
                  >
                    {row.reportsMissing}
                  </td>
                  <td className="dashboard-table__number">
                    {formatRate(row.taskOnTimeRate, language)}
                  </td>
                  <td className="dashboard-table__number">{row.extensions}</td>
                  <td className="dashboard-table__number">{row.attendanceInPerson}</td>
                  <td className="dashboard-table__number">{row.attendanceBySubstitute}</td>
                  <td className="dashboard-table__number">{row.absences}</td>
                  <td className="dashboard-table__number">
                    <a href={row.sessionsHref}>{row.workingSessions}</a>
                  </td>
                  <td
                    className={`dashboard-table__number${row.obstaclesOverdue > 0 ? ' dashboard-table__bad' : ''}`}
                  >
                    <a href={row.obstaclesHref}>
                      {row.obstaclesOverdue > 0
                        ? `${row.obstaclesOpen} (${say(TEXT.overdueShort, language)} ${row.obstaclesOverdue})`
                        : row.obstaclesOpen}
                    </a>
                  </td>
                  <td className="dashboard-table__number">
                    <a href={row.urgingLettersHref}>{row.urgingLetters}</a>
                    {row.urgeHref ? (
                      <>
                        {' · '}
                        <a href={row.urgeHref} title={t('urge')}>
                          {t('urge')}
                        </a>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {limited ? (
            <p className="dashboard-widget__note">
              {limitedRowsNote(rows.length, total, language)}
            </p>
          ) : null}
        </div>
      ) : (
        <p>{t('noData')}</p>
      )}
    </WidgetFrame>
  )
}
