// The admin home is the dashboard (`admin.components.views.dashboard`). A custom view rather than
// Payload's experimental `admin.dashboard.widgets`: widgets there render one by one without the
// page's search params, so one filter bar could not drive them all, and each widget would query
// on its own; here one `loadDashboard` call (a constant number of statements) feeds every widget.
import { CollectionCards } from '@payloadcms/ui/rsc'
import type { AdminViewServerProps } from 'payload'

import { charterNumbersOn } from '../../src/charter/settings'
import { languageOf } from '../../src/i18n/label'
import { vnToday } from '../../src/lib/clock'
import './dashboard.css'
import { effectiveFilterParams, filtersToParams, pickFilterParams } from './filterParams'
import { ChartLinks } from './ChartLinks'
import { FilterBar } from './FilterBar'
import { dashboardScope, widgetsFor, type WidgetKey } from './layout'
import { filterOptions } from './options'
import { rememberedFilters } from './preferences'
import { loadDashboard, parseFilters } from '../queries'
import { loadReporterHome } from '../queries/reporterHome'
import { ReporterHome } from './home/ReporterHome'
import { say, TEXT } from './text'
import { AgencyScorecard } from './widgets/AgencyScorecard'
import { Attendance } from './widgets/Attendance'
import { BudgetExecution } from './widgets/BudgetExecution'
import { Comparison } from './widgets/Comparison'
import { Compliance } from './widgets/Compliance'
import type { WidgetProps } from './widgets/frame'
import { Headline } from './widgets/Headline'
import { Heatmap } from './widgets/Heatmap'
import { OpenDataCalls } from './widgets/OpenDataCalls'
import { OverdueTasks } from './widgets/OverdueTasks'
import { TasksByAgency } from './widgets/TasksByAgency'
import { Trend } from './widgets/Trend'

const WIDGET_VIEWS: Record<WidgetKey, (props: WidgetProps) => React.JSX.Element> = {
  headline: Headline,
  trend: Trend,
  comparison: Comparison,
  tasksByAgency: TasksByAgency,
  overdue: OverdueTasks,
  heatmap: Heatmap,
  compliance: Compliance,
  agencies: AgencyScorecard,
  budget: BudgetExecution,
  attendance: Attendance,
}

const agencyName = async (
  req: AdminViewServerProps['initPageResult']['req'],
  id: number | string,
) => {
  const agency = await req.payload.findByID({
    collection: 'agencies',
    id,
    select: { name: true },
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  return agency.name
}

export const DashboardView = async ({ initPageResult, searchParams }: AdminViewServerProps) => {
  const { req, cookies, locale, permissions } = initPageResult
  const language = languageOf(req)
  const t = (key: keyof typeof TEXT) => say(TEXT[key], language)
  const scope = dashboardScope(req.user)
  const collections = (
    <details className="dashboard-collections">
      <summary>{t('collections')}</summary>
      <CollectionCards
        req={req}
        cookies={cookies}
        locale={locale}
        permissions={permissions}
        user={req.user}
        widgetSlug="collections"
      />
    </details>
  )
  if (!scope) {
    return (
      <div className="dashboard gutter--left gutter--right">
        <h1>{t('title')}</h1>
        <p>{t('noData')}</p>
        {collections}
      </div>
    )
  }
  const isProvince = scope.agency === null
  const fromUrl = pickFilterParams(searchParams)
  const remembered = Object.keys(fromUrl).length > 0 ? null : await rememberedFilters(req)
  // R12.3a: without a month asked for, the last month whose report deadline has passed (the
  // deadline day from the charter settings in force).
  const { reportBeforeDay } = await charterNumbersOn(req, vnToday())
  const filters = parseFilters(
    effectiveFilterParams(searchParams, remembered),
    vnToday(),
    reportBeforeDay,
  )
  const [data, options, scopeName, home] = await Promise.all([
    loadDashboard(req, filters, scope),
    filterOptions(req, language, isProvince, [filters.period, filters.from]),
    isProvince ? t('province') : agencyName(req, scope.agency as number | string),
    // An agency's user (a reporter) sees the agency's own work first.
    isProvince ? null : loadReporterHome(req, scope.agency as number | string, vnToday()),
  ])
  return (
    <div className="dashboard gutter--left gutter--right">
      <header className="dashboard__header">
        <h1>{t('title')}</h1>
        <p className="dashboard__scope">
          {isProvince ? scopeName : `${t('scopedTo')}: ${scopeName}`}
        </p>
        {/* R2.2: each member's tasks, attendance, reports and seat history. */}
        <p>
          <a href={`/admin/accountability?year=${filters.period.slice(0, 4)}`}>
            {t('accountability')}
          </a>
        </p>
      </header>
      {home ? <ReporterHome agency={scope.agency as number | string} home={home} /> : null}
      <FilterBar
        current={filtersToParams({
          ...data.filters,
          // No indicator asked for: the picker shows the one the trend fell back to.
          indicator: data.filters.indicator ?? data.trend.indicator?.id ?? null,
        })}
        labels={{
          filters: t('filters'),
          period: t('period'),
          from: t('from'),
          agencyKind: t('agencyKind'),
          district: t('district'),
          indicator: t('indicator'),
          all: t('all'),
          print: t('print'),
          reset: t('reset'),
        }}
        {...options}
        showScopeFilters={isProvince}
      />
      <ChartLinks className="dashboard__widgets">
        {widgetsFor(scope, data).map((key) => {
          const Widget = WIDGET_VIEWS[key]
          return <Widget key={key} data={data} language={language} />
        })}
      </ChartLinks>
      {/* R7.5: the open data calls and how many agencies answered. */}
      <OpenDataCalls req={req} language={language} />
      {collections}
    </div>
  )
}
