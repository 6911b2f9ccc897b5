// Dashboard queries on a hand-built province (R12.3a, R12.3b, R3.2, R3.5, R14.2): the figures,
// their lists, a reporter's own view, and settled tasks kept as counts.
import type { Payload, PayloadRequest, Where } from 'payload'
import { createLocalReq } from 'payload'
import { parse } from 'qs-esm'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Agency, Indicator, User } from '../../payload-types'
import { loadDashboard, parseFilters } from '../../dashboards/queries'
import { rebuildRollups } from '../../src/rollups/rebuild'
import { ROLLUP_SLUGS } from '../../src/rollups/slugs'
import type { DashboardData } from '../../dashboards/types'
import { createDashboardProvince } from '../helpers/dashboardProvince'
import { initPayload } from '../helpers/payload'
import { setVnNow } from '../helpers/reports'

let payload: Payload
let leader: User
let reporterA: User
let agencyA: Agency
let agencyB: Agency
let district: Agency
let flow: Indicator
let rate: Indicator
let taskIds: Record<string, number>

beforeAll(async () => {
  payload = await initPayload()
  ;({ leader, reporterA, agencyA, agencyB, district, flow, rate, taskIds } =
    await createDashboardProvince(payload))
})

afterEach(() => {
  setVnNow('2025-04-20 09:00')
})

const requestOf = async (user: User): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

const dashboardOf = async (user: User, query: Record<string, string> = {}) =>
  loadDashboard(
    await requestOf(user),
    parseFilters({ period: '2025-04', from: '2025-03', ...query }, '2025-04-20'),
  )

/** Runs a figure's link as a Local API count with the viewer's access. */
const countBehind = async (href: string, user: User = leader) => {
  const [path, query] = href.split('?')
  const collection = path.split('/').pop() as 'reports'
  const { where } = parse(query ?? '', { depth: 10 }) as { where?: Where }
  const { totalDocs } = await payload.count({ collection, where, overrideAccess: false, user })
  return totalDocs
}

describe('dashboard queries on a hand-built province', () => {
  let data: DashboardData
  beforeAll(async () => {
    vi.useRealTimers()
    setVnNow('2025-04-20 09:00')
    data = await dashboardOf(leader)
  })

  it('counts the month’s reports: expected, received, on time, late, missing (R12.3a)', () => {
    expect(data.headline.reports).toMatchObject({
      expected: 4,
      received: { value: 3 },
      onTime: { value: 2 },
      late: { value: 1 },
      missing: { value: 1 },
    })
  })

  it('counts tasks at the month’s end in the government categories (R3.2)', () => {
    expect(data.headline.tasks).toMatchObject({
      total: { value: 4 },
      completed: { value: 2 },
      onTimeRate: 50,
      openOverdue: { value: 1 },
    })
    const byAgency = new Map(data.tasksByAgency.rows.map((row) => [row.agency, row.counts]))
    expect(byAgency.get(agencyA.id)).toMatchObject({
      'completed-on-time': { value: 1 },
      'completed-late': { value: 0 },
      'open-within-deadline': { value: 1 },
      'open-overdue': { value: 1 },
    })
    expect(byAgency.get(agencyB.id)?.['completed-late'].value).toBe(1)
  })

  it('lists overdue tasks with days overdue on the cut-off day of the month’s data (R12.3a)', () => {
    expect(data.overdueTasks.total).toBe(1)
    expect(data.overdueTasks.rows[0]).toMatchObject({
      id: taskIds.overdue,
      code: 'T2',
      daysOverdue: 30,
    })
  })

  it('totals indicators from accepted reports only, with each indicator’s aggregation (R12.3b)', async () => {
    // A flow is shown since January against the year's target: February's 7 plus March's 40.
    expect(data.headline.keyIndicators).toEqual([
      expect.objectContaining({ indicator: flow.id, value: 47, target: 1000, yearToDate: true }),
    ])
    expect(data.trend.points.map((point) => [point.period, point.value, point.target])).toEqual([
      ['2025-03', 7, 1000],
      ['2025-04', 47, 1000],
    ])
    const rates = await dashboardOf(leader, { indicator: String(rate.id) })
    // A percentage never adds up: the mean of A's 50 and D's 70 (B's 90 is not accepted).
    expect(rates.trend.points.at(-1)?.value).toBe(60)
    expect(data.comparison.rows).toEqual([expect.objectContaining({ id: district.id, value: 30 })])
  })

  it('shows each agency’s month as on time, late, missing or locked (R12.3a)', () => {
    const cells = new Map(
      data.heatmap.rows.map((row) => [row.agency, row.cells.map((cell) => cell.state)]),
    )
    expect(cells.get(agencyA.id)).toEqual(['on-time', 'on-time'])
    expect(cells.get(agencyB.id)).toEqual(['locked', 'late'])
    expect(cells.get(district.id)).toEqual(['locked', 'on-time'])
    expect(data.heatmap.rows).toHaveLength(4)
  })

  it('scores the charter’s rhythm month by month (R14.2)', () => {
    const march = data.compliance.months.find((month) => month.period === '2025-04')!
    expect(march.meeting.state).toBe('breach')
    expect(march.reports.state).toBe('breach')
    expect(march.aggregate.state).toBe('not-due')
    const february = data.compliance.months.find((month) => month.period === '2025-03')!
    expect(february.aggregate.state).toBe('breach')
  })

  it('scores agencies for the year (R3.5)', () => {
    const a = data.agencies.rows.find((row) => row.agency === agencyA.id)!
    // January to April were due by 20/04 (R12.3a): A reported March and April.
    expect(a).toMatchObject({
      reportsOnTime: 2,
      reportsLate: 0,
      reportsMissing: 2,
      taskOnTimeRate: 100,
    })
    const b = data.agencies.rows.find((row) => row.agency === agencyB.id)!
    expect(b).toMatchObject({
      reportsOnTime: 0,
      reportsLate: 1,
      reportsMissing: 3,
      taskOnTimeRate: 0,
    })
  })

  it('links every headline figure to a list with exactly the records counted', async () => {
    const figures = [
      data.headline.reports.received,
      data.headline.reports.onTime,
      data.headline.reports.late,
      data.headline.reports.missing,
      data.headline.tasks.total,
      data.headline.tasks.completed,
      data.headline.tasks.openOverdue,
      ...data.tasksByAgency.rows.flatMap((row) => Object.values(row.counts)),
    ]
    for (const figure of figures) expect(await countBehind(figure.href)).toBe(figure.value)
  })
})

describe('a reporter’s dashboard', () => {
  it('shows only the reporter’s agency, whatever the filters ask', async () => {
    const data = await dashboardOf(reporterA, { district: String(district.id) })
    expect(data.headline.reports).toMatchObject({
      expected: 1,
      received: { value: 1 },
      onTime: { value: 1 },
    })
    expect(data.headline.tasks.total.value).toBe(3)
    // Its own flow since January: 7 in February, then 7 + 10.
    expect(data.trend.points.map((point) => point.value)).toEqual([7, 17])
    expect(data.heatmap.rows.map((row) => row.agency)).toEqual([agencyA.id])
    expect(data.tasksByAgency.rows.map((row) => row.agency)).toEqual([agencyA.id])
    expect(data.budget).toBeNull()
  })

  it('links to lists the reporter may open, with the same counts', async () => {
    const data = await dashboardOf(reporterA)
    for (const figure of [data.headline.reports.received, data.headline.tasks.total])
      expect(await countBehind(figure.href, reporterA)).toBe(figure.value)
  })
})

describe('tasks completed before last January, kept as counts (R3.2)', () => {
  const dashboardOn = async (period: string, today: string) =>
    loadDashboard(
      await requestOf(leader),
      parseFilters({ period, from: period }, today),
      undefined,
      today,
    )
  const taskFigures = (data: DashboardData) => ({
    headline: data.headline.tasks,
    byAgency: data.tasksByAgency.rows,
    overdue: data.overdueTasks,
  })

  it('counts the settled tasks in this year’s view, and reads an older year’s from the tasks', async () => {
    // February's data, to 14/02: the tasks completed in March were still open (a count would be wrong).
    const earlier = [
      taskFigures(await dashboardOn('2025-02', '2025-04-20')),
      taskFigures(await dashboardOn('2025-04', '2025-04-20')),
    ]
    expect(earlier[0].headline.completed.value).toBe(0)
    // Recomputed in 2027: the tasks completed in 2025 are kept as counts only.
    setVnNow('2027-02-10 09:00')
    await rebuildRollups(payload)
    const { docs } = await payload.find({
      collection: ROLLUP_SLUGS.agencyTasks,
      where: { key: { equals: String(agencyB.id) } },
      overrideAccess: true,
    })
    expect(docs[0]).toMatchObject({
      tasks: [],
      settled: { before: '2026-01-01', onTime: 0, late: 1 },
    })

    const january2027 = await dashboardOn('2027-02', '2027-02-10')
    expect(january2027.headline.tasks).toMatchObject({
      total: { value: 4 },
      completed: { value: 2 },
      onTimeRate: 50,
      openOverdue: { value: 2 },
    })
    const byAgency = new Map(january2027.tasksByAgency.rows.map((row) => [row.agency, row.counts]))
    expect(byAgency.get(agencyA.id)).toMatchObject({
      'completed-on-time': { value: 1 },
      'open-within-deadline': { value: 0 },
      'open-overdue': { value: 2 },
    })
    expect(byAgency.get(agencyB.id)?.['completed-late'].value).toBe(1)
    for (const figure of [
      january2027.headline.tasks.total,
      january2027.headline.tasks.completed,
      ...january2027.tasksByAgency.rows.flatMap((row) => Object.values(row.counts)),
    ])
      expect(await countBehind(figure.href)).toBe(figure.value)

    // Views of 2025 start before the settled day: the same figures as before, from the tasks.
    expect([
      taskFigures(await dashboardOn('2025-02', '2027-02-10')),
      taskFigures(await dashboardOn('2025-04', '2027-02-10')),
    ]).toEqual(earlier)
  })
})

describe('the indicator comparison', () => {
  it('ranks only the agencies with a figure for the indicator that month (R12.3b)', async () => {
    setVnNow('2025-04-20 09:00')
    // B's April report is not accepted yet: it has no figure, so no place in the ranking.
    const departments = await dashboardOf(leader, { agencyKind: 'department' })
    expect(departments.comparison.rows).toEqual([
      expect.objectContaining({ id: agencyA.id, value: 10 }),
    ])
    expect(await countBehind(departments.comparison.rows[0]!.href)).toBe(1)
  })
})
