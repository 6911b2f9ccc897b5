import type { PayloadRequest, Where } from 'payload'

import type { Agency, Indicator, ReportingPeriod, Target } from '../../payload-types'

import type { AgencyInfo, IndicatorSpec } from '../../hooks/rules/aggregate'
import { districtOf, expectedAgencies } from '../../hooks/rules/aggregate'
import {
  CHARTER_DEFAULTS,
  settingsOn,
  type CharterNumbers,
} from '../../hooks/rules/charterSettings'
import {
  scopeFigures,
  scopeKeyOf,
  scopeMonthKey,
  monthStatesOf,
  type AgencyMonthFacts,
  type ReportState,
  type ScopeMonthFacts,
} from '../../hooks/rules/rollup'
import { settingsDayOf, type Period } from '../../hooks/rules/reportPeriods'
import { agencyIdOf, canReadAll } from '../../src/access/roles'
import { AGENCY_ROW_SELECT, readAllAgencies } from '../../src/db/agencyRows'
import { dayKeyOf } from '../../src/fields/dates'
import { figuresDayOf } from '../../src/figures/monthFigures'
import { vnToday } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'
import { ROLLUP_SLUGS } from '../../src/rollups/slugs'
import type { DashboardFilters, DashboardScope, Id, Label } from '../types'
import { monthsBetween } from './filters'
import { monthsForFigures } from './yearToDate'
import { idsWhere } from './hrefs'
import { readAsViewer } from './readAsViewer'
import { deepFreeze, type SharedReads } from './sharedReads'

// What the widgets share: the viewer's scope, the agencies and indicators, and memoised reads of
// the rollups, so a dashboard costs the same few statements whatever the size of the data.
// Rollups are read as the system (they are admin-only) with the viewer's scope applied here;
// every other read is made on behalf of the viewer (the collection's read access applied,
// readAsViewer.ts).

export type AgencyRow = AgencyInfo & { code: string }
export type IndicatorRow = IndicatorSpec & {
  code: string
  name: Label
  active: boolean
  order: number
}

export type DashboardContext = {
  req: PayloadRequest
  filters: DashboardFilters
  /** The viewer's scope: a single agency for a reporter. */
  scope: DashboardScope
  today: string
  /** The day the selected month is judged on: its data's last day (R12.3a), or today before. */
  day: string
  months: Period[]
  /** The most rows a per-agency widget gives (the page); null: every row (the CSV). */
  rowLimit: number | null
  /**
   * Memoises a read for the whole dashboard, and for later requests of the same view while the
   * data is unchanged (sharedReads.ts): what it gives must depend on nothing else.
   */
  once: <T>(key: string, read: () => Promise<T>) => Promise<T>
}

/**
 * Reads rollup rows straight from the database adapter (still adapter-neutral): the rollups are
 * written by the system only, have no read hooks or relationships, and the query functions apply
 * the viewer's scope themselves, so Payload's read pipeline would only add time.
 */
export const readRollups = async <T>(
  ctx: DashboardContext,
  args: {
    collection: (typeof ROLLUP_SLUGS)[keyof typeof ROLLUP_SLUGS]
    where?: Where
    select: Record<string, true>
    sort: string
  },
): Promise<{ docs: T[] }> =>
  ctx.req.payload.db.find<T>({
    ...args,
    where: args.where ?? {},
    limit: 0,
    pagination: false,
    req: ctx.req,
  })

/** A reporter sees his/her own agency only, whatever scope the caller asked for. */
export const scopeOf = (
  user: PayloadRequest['user'],
  asked: DashboardScope = { agency: null },
): DashboardScope => {
  if (!user) return { agency: -1 }
  if (canReadAll(user)) return asked
  return { agency: agencyIdOf(user) ?? -1 }
}

export const createContext = (
  req: PayloadRequest,
  filters: DashboardFilters,
  scope: DashboardScope,
  today: string = vnToday(),
  dataEndDay?: number,
  shared?: SharedReads,
): DashboardContext => {
  // Reads shared with other requests of the same view are frozen (sharedReads.ts).
  const cache: SharedReads = shared ?? new Map()
  const remember = <T>(key: string, read: Promise<T>) => {
    if (!shared) return read
    read.catch(() => cache.delete(key))
    return read.then(deepFreeze)
  }
  return {
    req,
    filters,
    scope: scopeOf(req.user, scope),
    today,
    day: figuresDayOf(filters.period, today, dataEndDay),
    months: monthsBetween(filters.from, filters.period),
    rowLimit: null,
    once: <T>(key: string, read: () => Promise<T>) => {
      if (!cache.has(key)) cache.set(key, remember(key, read()))
      return cache.get(key) as Promise<T>
    },
  }
}

export const yearOf = (period: Period) => Number(period.slice(0, 4))

/** Agencies the viewer may read (a reporter: the own agency and the units under it). */
export const loadAgencies = (ctx: DashboardContext): Promise<AgencyRow[]> =>
  ctx.once('agencies', async () => {
    // A province-wide viewer reads them all in one plain query (src/db/agencyRows.ts); anyone
    // else through the collection's read access (a reporter: the own agency and its units).
    const docs = canReadAll(ctx.req.user)
      ? await readAllAgencies(ctx.req.payload, ctx.req)
      : await readAsViewer<Agency>(ctx.req, 'agencies', { select: AGENCY_ROW_SELECT, sort: 'name' })
    return docs.map((doc) => ({
      id: doc.id,
      name: doc.name,
      code: doc.code ?? '',
      kind: doc.kind,
      parent: idOf(doc.parent),
      validFrom: dayKeyOf(doc.validFrom),
      validTo: dayKeyOf(doc.validTo),
    }))
  })

export const loadIndicators = (ctx: DashboardContext): Promise<IndicatorRow[]> =>
  ctx.once('indicators', async () => {
    const docs = await readAsViewer<Indicator>(ctx.req, 'indicators', {
      select: {
        code: true,
        nameVi: true,
        nameEn: true,
        unit: true,
        source: true,
        aggregation: true,
        numerator: true,
        denominator: true,
        taskMeasure: true,
        active: true,
        order: true,
      },
      sort: ['order', 'code'],
    })
    return docs.map((doc) => ({
      id: doc.id,
      code: doc.code,
      name: { vi: doc.nameVi, en: doc.nameEn ?? doc.nameVi },
      unit: doc.unit,
      source: doc.source ?? 'reported',
      aggregation: doc.aggregation ?? 'sum',
      numerator: idOf(doc.numerator),
      denominator: idOf(doc.denominator),
      taskMeasure: doc.taskMeasure ?? null,
      active: doc.active !== false,
      order: doc.order ?? 0,
    }))
  })

/** The charter's numbers in force for a period (R14.3), from one read of the settings. */
export const loadCharterNumbers = (
  ctx: DashboardContext,
): Promise<(period: Period) => CharterNumbers> =>
  ctx.once('charter', async () => {
    const settings = await ctx.req.payload.findGlobal({
      slug: 'charter-settings',
      depth: 0,
      overrideAccess: true,
      req: ctx.req,
    })
    const editions = (settings.editions ?? []).map((edition) => ({
      ...CHARTER_DEFAULTS,
      ...(edition as Partial<CharterNumbers>),
      effectiveFrom: dayKeyOf(edition.effectiveFrom) ?? '',
    }))
    return (period: Period) =>
      settingsOn(editions, settingsDayOf(period)) ?? { effectiveFrom: '', ...CHARTER_DEFAULTS }
  })

/** The agencies the filters (or the reporter's scope) select. */
export const scopeAgencies = async (ctx: DashboardContext): Promise<AgencyRow[]> => {
  const agencies = await loadAgencies(ctx)
  if (ctx.scope.agency !== null)
    return agencies.filter((agency) => String(agency.id) === String(ctx.scope.agency))
  const byId = new Map(agencies.map((agency) => [String(agency.id), agency]))
  const { district, agencyKind } = ctx.filters
  return agencies.filter(
    (agency) =>
      (district === null || String(districtOf(agency.id, byId)) === String(district)) &&
      (!agencyKind || agency.kind === agencyKind),
  )
}

/** R12.3a: the agencies of the scope expected to report for the month. */
export const expectedIn = async (ctx: DashboardContext, period: Period) => {
  const [agencies, numbersOf] = await Promise.all([scopeAgencies(ctx), loadCharterNumbers(ctx)])
  return expectedAgencies(agencies, period, numbersOf(period).dataEndDay)
}

/** Where on a report's (or task's) agency for the scope; null for the whole province. */
export const scopeWhere = async (
  ctx: DashboardContext,
  field = 'agency',
): Promise<Where | null> => {
  if (ctx.scope.agency === null && ctx.filters.district === null && !ctx.filters.agencyKind)
    return null
  return idsWhere(
    (await scopeAgencies(ctx)).map((agency) => agency.id),
    field,
  )
}

type StoredAgencyMonth = AgencyMonthFacts & { key: string }

/** The last month the widgets look at: the selected one, or December of its year (R3.5 scorecard). */
const lastMonthOf = (ctx: DashboardContext): Period => {
  const december = `${yearOf(ctx.filters.period)}-12`
  return ctx.filters.period < december ? december : ctx.filters.period
}

/**
 * The months the widgets look at: from January of the range's first year (flows are shown since
 * January) to lastMonthOf. Scope rows and meetings are read for these months.
 */
export const widgetMonths = (ctx: DashboardContext) =>
  monthsBetween(monthsForFigures(ctx.months).from, lastMonthOf(ctx))

/**
 * Agency-month rows (one read): for a single agency, all of its months the widgets show; for a
 * wider scope only the selected month's rows (the comparison of agencies), since the other
 * widgets read the scope's months with every agency's state in them.
 */
export const loadAgencyMonths = (ctx: DashboardContext): Promise<AgencyMonthFacts[]> =>
  ctx.once('agency-months', async () => {
    const agencyWhere: Where[] =
      ctx.scope.agency !== null
        ? [{ agency: { equals: String(ctx.scope.agency) } }]
        : [
            ...(ctx.filters.district !== null
              ? [{ district: { equals: String(ctx.filters.district) } }]
              : []),
            ...(ctx.filters.agencyKind ? [{ agencyKind: { equals: ctx.filters.agencyKind } }] : []),
          ]
    const months = widgetMonths(ctx)
    const periodWhere: Where[] =
      ctx.scope.agency !== null
        ? [
            { period: { greater_than_equal: months[0] } },
            { period: { less_than_equal: months[months.length - 1] } },
          ]
        : [{ period: { equals: ctx.filters.period } }]
    const { docs } = await readRollups<StoredAgencyMonth>(ctx, {
      collection: ROLLUP_SLUGS.agencyMonths,
      where: { and: [...periodWhere, ...agencyWhere] },
      select: {
        key: true,
        agency: true,
        district: true,
        agencyKind: true,
        period: true,
        report: true,
        status: true,
        state: true,
        accepted: true,
        values: true,
        taskCounts: true,
      },
      sort: '-refreshedAt',
    })
    const seen = new Set<string>()
    return docs.filter((row) => {
      if (seen.has(row.key)) return false
      seen.add(row.key)
      return true
    })
  })

/** The scope's figures and agency states per month: the scope rollup, or (for one agency) its own rows. */
export const loadScopeMonths = (ctx: DashboardContext): Promise<Map<Period, ScopeMonthFacts>> =>
  ctx.once('scope-months', async () => {
    if (ctx.scope.agency !== null) {
      const [rows, indicators] = await Promise.all([loadAgencyMonths(ctx), loadIndicators(ctx)])
      return new Map(
        rows.map((row) => [
          row.period,
          {
            scope: `agency:${row.agency}`,
            period: row.period,
            received: row.state === 'missing' ? 0 : 1,
            onTime: row.state === 'on-time' ? 1 : 0,
            late: row.state === 'late' ? 1 : 0,
            accepted: row.accepted ? 1 : 0,
            values: scopeFigures(indicators, [row]),
            states: monthStatesOf([row]),
          },
        ]),
      )
    }
    const scope = scopeKeyOf(ctx.filters.district, ctx.filters.agencyKind)
    const { docs } = await readRollups<ScopeMonthFacts>(ctx, {
      collection: ROLLUP_SLUGS.scopeMonths,
      // From January of the range's first year: flows are shown since January (yearToDate.ts).
      where: {
        key: { in: widgetMonths(ctx).map((period) => scopeMonthKey(scope, period)) },
      },
      select: {
        scope: true,
        period: true,
        received: true,
        onTime: true,
        late: true,
        accepted: true,
        values: true,
        states: true,
      },
      sort: 'refreshedAt',
    })
    // The most recently refreshed row wins over a duplicate.
    return new Map(docs.map((row) => [row.period, row]))
  })

/** R12.3a: each agency's report state in the scope's months (an agency absent: missing). */
export const loadReportStates = (
  ctx: DashboardContext,
): Promise<(period: Period, agency: Id) => ReportState> =>
  ctx.once('report-states', async () => {
    const byMonth = new Map<Period, Map<string, ReportState>>()
    for (const [period, month] of await loadScopeMonths(ctx)) {
      const states = new Map<string, ReportState>()
      for (const agency of month.states?.onTime ?? []) states.set(agency, 'on-time')
      for (const agency of month.states?.late ?? []) states.set(agency, 'late')
      byMonth.set(period, states)
    }
    return (period, agency) => byMonth.get(period)?.get(String(agency)) ?? 'missing'
  })

/** The district rows of the selected month (for the province's comparison). */
export const loadDistrictMonths = (
  ctx: DashboardContext,
  districts: Id[],
): Promise<ScopeMonthFacts[]> =>
  ctx.once('district-months', async () => {
    const keys = districts.map((district) =>
      scopeMonthKey(scopeKeyOf(district, ctx.filters.agencyKind), ctx.filters.period),
    )
    if (keys.length === 0) return []
    const { docs } = await readRollups<ScopeMonthFacts>(ctx, {
      collection: ROLLUP_SLUGS.scopeMonths,
      where: { key: { in: keys } },
      select: { scope: true, period: true, values: true },
      sort: 'refreshedAt',
    })
    return docs
  })

/** Targets of the years the dashboard spans, for the scope's unit (province, district, agency). */
export const loadTargets = (ctx: DashboardContext): Promise<Map<string, number>> =>
  ctx.once('targets', async () => {
    const years = [...new Set(ctx.months.map(yearOf))]
    const unit = ctx.scope.agency ?? (ctx.filters.agencyKind ? undefined : ctx.filters.district)
    if (unit === undefined) return new Map()
    const docs = await readAsViewer<Target>(ctx.req, 'targets', {
      where: {
        and: [
          { year: { in: years.join(',') } },
          unit === null ? { agency: { exists: false } } : { agency: { equals: unit } },
        ],
      },
      select: { indicator: true, year: true, value: true },
    })
    return new Map(docs.map((doc) => [`${idOf(doc.indicator)}:${doc.year}`, doc.value]))
  })

export const targetOf = (targets: Map<string, number>, indicator: Id, period: Period) =>
  targets.get(`${indicator}:${yearOf(period)}`) ?? null

/** Reporting-period records (locks, aggregate issue) of the dashboard's months and year. */
export const loadPeriodRecords = (ctx: DashboardContext) =>
  ctx.once('periods', async () => {
    const docs = await readAsViewer<ReportingPeriod>(ctx.req, 'reporting-periods', {
      where: { period: { greater_than_equal: ctx.months[0] } },
      select: { period: true, lockedAt: true, aggregateIssuedAt: true },
    })
    return new Map(docs.map((doc) => [doc.period, doc]))
  })
