// R2.2: the accountability view, an admin page of its own (`/admin/accountability`, registered in
// payload.config.ts) reached from the dashboard. A custom view rather than a dashboard widget:
// it takes its own parameters (`year`, `member`) and has a per-member detail. Payload renders a
// custom one-segment view without its template, so the page wraps itself in DefaultTemplate to
// keep the navigation. Server-rendered; every figure links to the records it counts.
import { DefaultTemplate } from '@payloadcms/next/templates'
import Link from 'next/link'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

import { formatPeriod } from '../../../hooks/rules/reportPeriods'
import { formatDayKey } from '../../../hooks/rules/terms'
import { canReadAll, hasRole } from '../../../src/access/roles'
import { languageOf, type AdminLanguage } from '../../../src/i18n/label'
import { toVnDateKey, vnToday } from '../../../src/lib/clock'
import {
  AccountabilityInputError,
  ACCOUNTABILITY_PATH,
  memberAccountability,
  parseAccountabilityParams,
  type MemberAccountability,
  type MemberAccountabilityDetail,
  type MemberAccountabilityRow,
} from '../../queries/memberAccountability'
import type { Figure, Label } from '../../types'
import '../dashboard.css'
import './accountability.css'
import { formatNumber } from '../widgets/frame'
import { ACCOUNTABILITY_TEXT, type AccountabilityTextKey } from './text'

type Say = (key: AccountabilityTextKey) => string

/** A detail table with its column headings, or a line saying there is nothing to list. */
const DetailTable = ({
  heads,
  t,
  children,
}: {
  heads: AccountabilityTextKey[]
  t: Say
  children: ReactNode[]
}) =>
  children.length ? (
    <div className="dashboard-table-scroll">
      <table className="dashboard-table">
        <thead>
          <tr>
            {heads.map((key) => (
              <th key={key}>{t(key)}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  ) : (
    <p>{t('none')}</p>
  )

const FIRST_YEAR = 2022

const dayText = (day: string | null, t: Say) => (day ? formatDayKey(day) : t('ongoing'))

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

const YearPicker = ({ year, member, t }: { year: number; member: string | null; t: Say }) => {
  const last = Number(vnToday().slice(0, 4))
  const years = Array.from(
    { length: Math.max(last, year) - FIRST_YEAR + 1 },
    (_, i) => FIRST_YEAR + i,
  )
  return (
    <form className="accountability__year" method="get" action={`/admin${ACCOUNTABILITY_PATH}`}>
      <label className="dashboard-filters__field">
        {t('year')}
        <select name="year" defaultValue={String(year)}>
          {years.reverse().map((each) => (
            <option key={each} value={each}>
              {each}
            </option>
          ))}
        </select>
      </label>
      {member ? <input type="hidden" name="member" value={member} /> : null}
      <button type="submit" className="btn btn--style-secondary btn--size-small">
        {t('show')}
      </button>
    </form>
  )
}

const MembersTable = ({
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

const FigureCard = ({
  label,
  figure,
  language,
}: {
  label: string
  figure: Figure
  language: AdminLanguage
}) => (
  <a className="accountability__figure" href={figure.href}>
    <small>{label}</small>
    <strong>{formatNumber(figure.value, language)}</strong>
  </a>
)

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

const Detail = ({
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

export const AccountabilityView = async ({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) => {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const language = languageOf(req)
  const t: Say = (key) => ACCOUNTABILITY_TEXT[key][language]
  const allowed = canReadAll(req.user as never) || hasRole(req.user as never, 'reporter')
  let data: MemberAccountability | null = null
  let error: string | null = null
  let year = Number(vnToday().slice(0, 4))
  let member: string | null = null
  if (allowed) {
    try {
      const parsed = parseAccountabilityParams(searchParams ?? {})
      year = parsed.year
      member = parsed.member === null ? null : String(parsed.member)
      data = await memberAccountability(req, parsed)
    } catch (caught) {
      if (!(caught instanceof AccountabilityInputError)) throw caught
      error = caught.label[language]
    }
  }
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="dashboard accountability gutter--left gutter--right">
        <header className="dashboard__header">
          <h1>{t('title')}</h1>
          <nav className="accountability__nav">
            <Link href="/admin">{t('back')}</Link>
            {data?.detail ? (
              <a href={`/admin${ACCOUNTABILITY_PATH}?year=${year}`}>{t('backToList')}</a>
            ) : null}
          </nav>
        </header>
        {!allowed ? (
          <p>{t('noAccess')}</p>
        ) : (
          <>
            <YearPicker year={year} member={data?.detail ? member : null} t={t} />
            {error ? (
              <p className="accountability__error" role="alert">
                {error}
              </p>
            ) : null}
            {data ? (
              <>
                <p className="dashboard__scope">
                  {t('intro')} {formatDayKey(data.day)}.
                </p>
                {data.detail ? (
                  <Detail detail={data.detail} language={language} t={t} />
                ) : data.rows.length ? (
                  <MembersTable rows={data.rows} language={language} t={t} />
                ) : (
                  <p>{t('noData')}</p>
                )}
              </>
            ) : null}
          </>
        )}
      </div>
    </DefaultTemplate>
  )
}
