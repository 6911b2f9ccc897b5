// One dataset in one fresh database (run by bench/dashboard/run.ts with DATABASE_URL and
// BENCH_YEARS set): generate the province, rebuild the rollups, then time each widget's data
// function, the whole dashboard (a view asked for again, and with the data changed before each
// render) and the floor, and count the statements of one render. Prints its figures as JSON on
// the last line of stdout.
import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'

import { createLocalReq, getPayload } from 'payload'

import config from '../../payload.config'
import * as queries from '../../dashboards/queries'
import { figureOn, monthsForFigures } from '../../dashboards/queries/yearToDate'
import { rebuildRollups } from '../../src/rollups/rebuild'
import type { DashboardScope } from '../../dashboards/types'
import { DATA_VERSION_SLUG } from '../../src/db/dataVersion'
import { countStatements } from '../../src/db/statementCounter'
import { vnToday } from '../../src/lib/clock'
import { floorSeries } from './floor'
import { generateProvince } from './generate'
import { measure, type Timing } from './stats'

export type Measured = {
  years: number
  counts: Record<string, number>
  generateSeconds: number
  rebuildMs: number
  widgets: (Timing & { statements: number })[]
  dashboard: Timing
  /** The dashboard with the data changed before each render: none of its reads shared. */
  changed: Timing
  floor: Timing
  statements: number
  changedStatements: number
  /** The trend of one indicator compared with the floor's series for it. */
  check: string
}

const RUNS = Math.max(30, Number(process.env.BENCH_RUNS ?? 30))
const years = Number(process.env.BENCH_YEARS ?? 5)

const payload = await getPayload({ config })
const start = performance.now()
const generated = await generateProvince(payload, years)
const generateSeconds = (performance.now() - start) / 1000

const rebuildStart = performance.now()
await rebuildRollups(payload)
const rebuildMs = performance.now() - rebuildStart
process.stderr.write(`  rebuildRollups: ${(rebuildMs / 1000).toFixed(1)} s\n`)

const leader = await payload.findByID({ collection: 'users', id: generated.org.leader, depth: 0 })
const req = await createLocalReq({ user: { ...leader, collection: 'users' } as never }, payload)
const today = vnToday()
const filters = queries.parseFilters(null, today)
const scope: DashboardScope = { agency: null }

// Each widget's query function alone, with a context of its own (so it pays for the shared reads
// it needs), then the whole dashboard, whose widgets share one context.
const widgets: Measured['widgets'] = []
for (const [name, load] of Object.entries(queries.WIDGET_QUERIES)) {
  const run = load as (ctx: queries.DashboardContext) => Promise<unknown>
  const render = () => run(queries.createContext(req, filters, scope, today))
  const timing = await measure(name, RUNS, render)
  widgets.push({ ...timing, statements: (await countStatements(render)).statements })
}
// The whole dashboard as a leader meets it again and again: the same view, the data unchanged
// since it was last read (its reads shared, dashboards/queries/sharedReads.ts); then with the data
// changed before each render, as by another process (a new stamp): every read made again.
const render = () => queries.loadDashboard(req, filters, scope, today)
const changeData = () =>
  payload.db.updateGlobal({
    slug: DATA_VERSION_SLUG,
    data: { stamp: randomUUID() },
    returning: false,
  })
const dashboard = await measure('loadDashboard', RUNS, render)
const changed = await measure('loadDashboard, data changed', RUNS, render, changeData)
const floor = await measure('floor', RUNS, () => floorSeries(payload, filters.from, filters.period))

const { statements } = await countStatements(render)
await changeData()
const { statements: changedStatements } = await countStatements(render)

// The dashboard's trend for the first indicator against the floor's series for it (a flow is
// shown since January: the floor's months from January added up the same way, yearToDate.ts).
const indicator = generated.org.indicators[0]
const data = await queries.loadDashboard(req, { ...filters, indicator }, scope, today)
const spec = await payload.findByID({ collection: 'indicators', id: indicator, depth: 0 })
const series = await floorSeries(
  payload,
  monthsForFigures(queries.monthsBetween(filters.from, filters.period)).from,
  filters.period,
)
const floorMonths = new Map<string, { values: Record<string, number> }>()
for (const row of series.filter((row) => row.indicator === indicator))
  floorMonths.set(row.period, { values: { [String(indicator)]: row.total } })
const mismatches = data.trend.points.filter(
  (point) =>
    (point.value ?? 0) !==
    (figureOn(
      { id: indicator, aggregation: spec.aggregation ?? 'sum', source: spec.source ?? 'reported' },
      floorMonths,
      point.period,
    ) ?? 0),
)
const check = mismatches.length
  ? `trend differs from the floor in ${mismatches.length} of ${data.trend.points.length} months`
  : `trend equals the floor's series in all ${data.trend.points.length} months`

const result: Measured = {
  years,
  counts: generated.counts,
  generateSeconds,
  rebuildMs,
  widgets,
  dashboard,
  changed,
  floor,
  statements,
  changedStatements,
  check,
}
console.log(JSON.stringify(result))
process.exit(0)
