// npm run bench:dashboard: the dashboard's data cost at one and five years of a province, on a
// fresh SQLite file and, when DATABASE_URL is a postgres URL, on fresh PostgreSQL databases.
// Each dataset is generated and measured in its own process (bench/dashboard/measure.ts); this
// prints a table per database, then one line per database for the five-year dataset:
//   dashboard sqlite p95_ms=12.3 floor_ms=43.0 ratio=0.29 statements=1 changed_p95_ms=… changed_ratio=… changed_statements=…
// (ratio = the whole dashboard's p95 / the floor's p50; statements = per render; the first figures
// for a view asked for again with the data unchanged, `changed_` ones with the data changed
// before each render).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Measured } from './measure'
import { tsScriptArgs } from '../../test/helpers/tsScript'

// BENCH_DASHBOARD_YEARS=1 measures the one-year dataset only (CI's check that the bench still runs).
const YEARS = process.env.BENCH_DASHBOARD_YEARS?.split(',').map(Number) ?? [1, 5]

type Database = { name: string; create: () => { url: string; drop: () => void } }

const sqlite: Database = {
  name: 'sqlite',
  create: () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf06-bench-dashboard-'))
    return {
      url: `file:${path.join(dir, 'bench.db')}`,
      drop: () => rmSync(dir, { recursive: true, force: true }),
    }
  },
}

const postgres = (base: string): Database => ({
  name: 'postgres',
  create: () => {
    const name = `tf06_bench_dashboard_${process.pid}_${Date.now()}`
    execFileSync('psql', [base, '-qc', `CREATE DATABASE ${name}`])
    const url = new URL(base)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      drop: () =>
        execFileSync('psql', [base, '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]),
    }
  },
})

// Node exits with 13 when a process's top-level await never settles; on these machines the
// module loader has been seen to stall that way before anything ran. One retry, said aloud.
const UNSETTLED = 13

const measureIn = (database: Database, years: number, retried = false): Measured => {
  const { url, drop } = database.create()
  try {
    console.error(`\n${database.name}, ${years} year(s): generating and measuring…`)
    const output = execFileSync(process.execPath, tsScriptArgs('bench/dashboard/measure.ts'), {
      env: {
        ...process.env,
        DATABASE_URL: url,
        TEST_BASE_DATABASE_URL: '',
        // Schema pushed, no jobs running in the background while we measure.
        NODE_ENV: 'test',
        DB_PUSH: '1',
        DB_COUNT_STATEMENTS: '1',
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench',
        BENCH_YEARS: String(years),
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    return JSON.parse(output.trim().split('\n').pop()!) as Measured
  } catch (error) {
    if ((error as { status?: number }).status !== UNSETTLED || retried) throw error
    console.error(`  the measuring process stopped before it started (status 13): once more`)
    return measureIn(database, years, true)
  } finally {
    drop()
  }
}

const ms = (value: number) => value.toFixed(1).padStart(9)

const printTable = (name: string, results: Measured[]) => {
  const short = results[0]
  const long = results[results.length - 1]
  console.log(`\n${name}: ${short.years}-year vs ${long.years}-year dataset`)
  for (const r of results) {
    const counts = Object.entries(r.counts)
      .map(([key, value]) => `${key}=${value}`)
      .join(' ')
    console.log(`  ${r.years}y: ${counts}; generated in ${r.generateSeconds.toFixed(0)} s`)
  }
  console.log(
    '  ' + 'measure'.padEnd(34),
    ...results.flatMap((r) => [`p50 ${r.years}y`.padStart(9), `p95 ${r.years}y`.padStart(9)]),
  )
  const line = (label: string, pick: (r: Measured) => { p50: number; p95: number }) =>
    console.log(
      '  ' + label.padEnd(34),
      ...results.flatMap((r) => [ms(pick(r).p50), ms(pick(r).p95)]),
    )
  for (const [index, widget] of long.widgets.entries()) {
    const counts = results.map((r) => r.widgets[index].statements).join('/')
    line(`widget ${widget.label} (${counts} st.)`, (r) => r.widgets[index])
  }
  line('loadDashboard (whole, view again)', (r) => r.dashboard)
  line('loadDashboard (data changed)', (r) => r.changed)
  line('floor: SQL series from source', (r) => r.floor)
  console.log(
    '  ' + 'rebuildRollups (once, s)'.padEnd(34),
    ...results.map((r) => (r.rebuildMs / 1000).toFixed(1).padStart(19)),
  )
  console.log(
    '  ' + 'statements per render (again)'.padEnd(34),
    ...results.map((r) => String(r.statements).padStart(19)),
  )
  console.log(
    '  ' + 'statements per render (changed)'.padEnd(34),
    ...results.map((r) => String(r.changedStatements).padStart(19)),
  )
  if (short.statements !== long.statements || short.changedStatements !== long.changedStatements) {
    console.log(
      `  FLAG: statements differ between ${short.years}y (${short.statements}, ${short.changedStatements}) and ${long.years}y (${long.statements}, ${long.changedStatements})`,
    )
  }
  for (const r of results) if (r.check) console.log(`  check ${r.years}y: ${r.check}`)
}

// BENCH_DATABASES=sqlite or =postgres runs one of them only (e.g. two shells side by side).
const only = process.env.BENCH_DATABASES?.split(',')
const base = process.env.DATABASE_URL
const databases = [sqlite, ...(base?.startsWith('postgres') ? [postgres(base)] : [])].filter(
  (database) => !only || only.includes(database.name),
)

const summaries: string[] = []
let mismatched = false
for (const database of databases) {
  const results = YEARS.map((years) => measureIn(database, years))
  mismatched ||= results.some((r) => !r.check.startsWith('trend equals'))
  printTable(database.name, results)
  const long = results[results.length - 1]
  const ratio = (timing: { p95: number }) => (timing.p95 / long.floor.p50).toFixed(2)
  summaries.push(
    `dashboard ${database.name} p95_ms=${long.dashboard.p95.toFixed(1)} floor_ms=${long.floor.p50.toFixed(1)} ratio=${ratio(long.dashboard)} statements=${long.statements}` +
      ` changed_p95_ms=${long.changed.p95.toFixed(1)} changed_ratio=${ratio(long.changed)} changed_statements=${long.changedStatements}`,
  )
}
console.log('')
for (const summary of summaries) console.log(summary)
if (mismatched) {
  console.error('\nThe dashboard disagrees with the floor (see the checks above).')
  process.exit(1)
}
