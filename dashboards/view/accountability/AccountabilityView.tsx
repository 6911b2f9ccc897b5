// R2.2: the accountability view, an admin page of its own (`/admin/accountability`, registered in
// payload.config.ts) reached from the dashboard. A custom view rather than a dashboard widget:
// it takes its own parameters (`year`, `member`) and has a per-member detail. Payload renders a
// custom one-segment view without its template, so the page wraps itself in DefaultTemplate to
// keep the navigation. Server-rendered; every figure links to the records it counts.
import { DefaultTemplate } from '@payloadcms/next/templates'
import Link from 'next/link'
import type { AdminViewServerProps } from 'payload'

import { formatDayKey } from '../../../hooks/rules/terms'
import { canReadAll, hasRole } from '../../../src/access/roles'
import { languageOf } from '../../../src/i18n/label'
import { vnToday } from '../../../src/lib/clock'
import {
  AccountabilityInputError,
  ACCOUNTABILITY_PATH,
  memberAccountability,
  parseAccountabilityParams,
  type MemberAccountability,
} from '../../queries/memberAccountability'
import '../dashboard.css'
import './accountability.css'
import { Detail } from './Detail'
import { MembersTable } from './MembersTable'
import type { Say } from './say'
import { ACCOUNTABILITY_TEXT } from './text'
import { YearPicker } from './YearPicker'

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
