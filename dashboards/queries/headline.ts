import type { Headline } from '../types'
import { reportDeadline } from '../../hooks/rules/reportPeriods'
import {
  reportFiguresDefinition,
  taskFiguresDefinition,
  taskFiguresOf,
} from '../../src/figures/monthFigures'
import {
  expectedIn,
  loadCharterNumbers,
  loadIndicators,
  loadScopeMonths,
  loadTargets,
  scopeWhere,
  loadReportStates,
  targetOf,
  type DashboardContext,
  type IndicatorRow,
} from './context'
import { headlineCaption } from './captions'
import { andWhere, idsWhere, listHref, type Caption } from './hrefs'
import { assignedByWhere, completedByWhere, overdueOnWhere, tasksOnDay } from './tasks'
import { figureOn, isFlow } from './yearToDate'

const KEY_INDICATORS = 6

/** The indicators shown against their targets: those with a target this year, else the first ones. */
export const keyIndicatorsOf = (
  indicators: IndicatorRow[],
  targets: Map<string, number>,
  year: number,
) => {
  const active = indicators.filter((indicator) => indicator.active)
  const targeted = active.filter((indicator) => targets.has(`${indicator.id}:${year}`))
  return (targeted.length ? targeted : active).slice(0, KEY_INDICATORS)
}

/** Reports behind an indicator's figure: the scope's accepted reports of the month carrying it. */
export const indicatorHref = async (
  ctx: DashboardContext,
  indicator: IndicatorRow['id'],
  period: string,
) =>
  listHref(
    'reports',
    andWhere(
      { period: { equals: period } },
      { status: { equals: 'accepted' } },
      { 'indicatorLines.indicator': { equals: indicator } },
      await scopeWhere(ctx),
    ),
  )

/** Headline figures of the selected month (R12.3a reports, R3.2 tasks, indicators vs targets). */
export const headline = async (ctx: DashboardContext): Promise<Headline> => {
  const { period } = ctx.filters
  const [months, stateOf, expected, tasks, indicators, targets, scope, numbersOf] =
    await Promise.all([
      loadScopeMonths(ctx),
      loadReportStates(ctx),
      expectedIn(ctx, period),
      tasksOnDay(ctx, ctx.day),
      loadIndicators(ctx),
      loadTargets(ctx),
      scopeWhere(ctx),
      loadCharterNumbers(ctx),
    ])
  const month = months.get(period)
  const deadline = reportDeadline(period, numbersOf(period).reportBeforeDay)
  const missing = expected.filter((agency) => stateOf(period, agency.id) === 'missing')
  const reportsOf = (caption: Caption, ...conditions: Parameters<typeof andWhere>) =>
    listHref('reports', andWhere({ period: { equals: period } }, ...conditions, scope), caption)

  // One definition with the aggregate report (src/figures/monthFigures.ts).
  const agencyTasks = [...tasks.values()]
  const figures = taskFiguresOf(
    agencyTasks.flatMap((agency) => agency.facts.map(({ status }) => status)),
    agencyTasks.reduce(
      (sum, { settled }) => ({
        onTime: sum.onTime + settled.onTime,
        late: sum.late + settled.late,
      }),
      { onTime: 0, late: 0 },
    ),
  )
  const taskScope = await scopeWhere(ctx, 'leadAgency')
  const tasksOf = (caption: Caption, ...conditions: Parameters<typeof andWhere>) =>
    listHref('tasks', andWhere(...conditions, taskScope), caption)

  const year = Number(period.slice(0, 4))
  return {
    period,
    definitions: {
      tasks: taskFiguresDefinition(ctx.day),
      reports: reportFiguresDefinition(period, deadline),
    },
    tasks: {
      completed: {
        value: figures.completed,
        href: tasksOf(headlineCaption('completed', period), completedByWhere(ctx.day)),
      },
      total: {
        value: figures.total,
        href: tasksOf(headlineCaption('assigned', period), assignedByWhere(ctx.day)),
      },
      onTimeRate: figures.onTimeRate,
      openOverdue: {
        value: figures.overdue,
        href: tasksOf(headlineCaption('overdue', period), overdueOnWhere(ctx.day)),
      },
    },
    reports: {
      deadline,
      due: ctx.today > deadline,
      expected: expected.length,
      received: {
        value: month?.received ?? 0,
        href: reportsOf(headlineCaption('received', period), { timeliness: { exists: true } }),
      },
      onTime: {
        value: month?.onTime ?? 0,
        href: reportsOf(headlineCaption('on-time', period), { timeliness: { equals: 'on-time' } }),
      },
      late: {
        value: month?.late ?? 0,
        href: reportsOf(headlineCaption('late', period), { timeliness: { equals: 'late' } }),
      },
      missing: {
        value: missing.length,
        href: listHref(
          'agencies',
          idsWhere(missing.map((agency) => agency.id)),
          headlineCaption('missing', period),
        ),
      },
    },
    keyIndicators: await Promise.all(
      keyIndicatorsOf(indicators, targets, year).map(async (indicator) => ({
        indicator: indicator.id,
        code: indicator.code,
        name: indicator.name,
        unit: indicator.unit,
        yearToDate: isFlow(indicator),
        value: figureOn(indicator, months, period),
        target: targetOf(targets, indicator.id, period),
        href: await indicatorHref(ctx, indicator.id, period),
      })),
    ),
  }
}
