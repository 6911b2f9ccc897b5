// npm run bench:api: our production server against its bare twin (twinConfig.ts), on a scratch
// copy of the demo database: SQLite, and PostgreSQL too when DATABASE_URL is a postgres URL.
// Each operation runs for BENCH_SECONDS (default 5) at 1 and 10 concurrent clients on the
// loopback, ours then the twin's, and prints one line per operation, database and concurrency:
//   api report-save sqlite c10 p50_ms=… p99_ms=… rps=… twin_rps=… ratio=… statements=…
// (ratio = the twin's throughput / ours; statements = SQL statements of one request, the least of
// three). Then the 18th-of-the-month peak: 300 agencies open, fill and submit their report from
// 20 clients; the stored reports and the rollups are checked afterwards.
import { execFileSync } from 'node:child_process'
import { loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { prepareBuild, preparedKey } from './build'
import { postgresScratch, sqliteScratch, type Scratch } from './databases'
import { openSession, statementsPerRequest } from './session'
import { runLoad, type LoadResult } from './load'
import { OPERATIONS, type Session } from './operations'
import { runPeak, type PeakResult } from './peak'
import { blankForm } from './reportForm'
import { startOurs, startTwin, stop, type Server } from './servers'
import type { Fixture } from './setup'
import { tsScriptArgs } from '../../test/helpers/tsScript'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
// BENCH_OPERATIONS=report-save,tasks-list measures those only (the peak runs unless BENCH_PEAK=0).
const chosen = process.env.BENCH_OPERATIONS?.split(',')
const operations = OPERATIONS.filter((operation) => !chosen || chosen.includes(operation.name))
const CONCURRENCY = [1, 10]
const PEAK_CLIENTS = 20
// BENCH_PORT=4210 when 3210–3221 are taken (each server also uses the next port, its probe).
const BASE_PORT = Number(process.env.BENCH_PORT ?? 3210)
const PORTS = { ours: BASE_PORT, twin: BASE_PORT + 10 }
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')

/** Runs a script of the copy (Local API) against `url`, returning its last stdout line as JSON. */
const script = <T>(dir: string, file: string, url: string, env: Record<string, string> = {}): T => {
  const output = execFileSync(process.execPath, ['--no-deprecation', ...tsScriptArgs(file)], {
    cwd: dir,
    env: {
      ...process.env,
      ...env,
      DATABASE_URL: url,
      PAYLOAD_SECRET: 'bench-api',
      NODE_ENV: 'production',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return JSON.parse(output.trim().split('\n').pop()!) as T
}

const npm = (dir: string, command: string, url: string) =>
  execFileSync('npm', ['run', '--silent', command], {
    cwd: dir,
    env: { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: 'bench-api' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })

const fmt = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a')

const line = (
  operation: string,
  database: string,
  concurrency: number,
  ours: LoadResult,
  twin: LoadResult | null,
  statements: { ours: number | string; twin: number | string | null },
) =>
  [
    `api ${operation} ${database} c${concurrency}`,
    `p50_ms=${fmt(ours.p50)} p99_ms=${fmt(ours.p99)} rps=${fmt(ours.rps)}`,
    `twin_rps=${twin ? fmt(twin.rps) : 'n/a'} ratio=${twin ? (twin.rps / ours.rps).toFixed(2) : 'n/a'}`,
    twin ? `twin_p50_ms=${fmt(twin.p50)} twin_p99_ms=${fmt(twin.p99)}` : '',
    `statements=${statements.ours}${statements.twin === null ? '' : ` twin_statements=${statements.twin}`}`,
    `requests=${ours.requests} errors=${ours.errors}${twin ? ` twin_errors=${twin.errors}` : ''}`,
    `load=${load()}`,
  ]
    .filter(Boolean)
    .join(' ')

/** The demo database with the benchmark's agencies, reporters, tasks and drafts. */
const prepare = (dir: string) => (url: string) => {
  console.error(`preparing ${url}: migrating and seeding the demo (minutes)…`)
  npm(dir, 'migrate', url)
  npm(dir, 'seed', url)
  console.error(`adding the benchmark agencies, reporters and drafts…`)
  return script<Fixture>(dir, 'bench/api/setup.ts', url)
}

/** The peak on the bare twin, its reports opened with the form our server gives them. */
const twinPeakOf = async (scratch: Scratch, twin: Server, session: Session) => {
  console.error(`${scratch.name}: the peak on the twin…`)
  const peak = await runPeak(
    twin.baseUrl,
    scratch.fixture,
    PEAK_CLIENTS,
    blankForm(session.drafts[0]),
  )
  if (peak.firstError) console.error(`  twin: ${peak.firstError}`)
  return peak
}

/** The peak on our server, then (server stopped) the check of what it stored. */
const peakOf = async (
  dir: string,
  scratch: Scratch,
  ours: Server,
  twin: PeakResult | null,
): Promise<string> => {
  const { fixture } = scratch
  console.error(
    `${scratch.name}: the peak, ${fixture.peakReporters.length} agencies from ${PEAK_CLIENTS} clients…`,
  )
  const peak = await runPeak(ours.baseUrl, fixture, PEAK_CLIENTS)
  if (peak.firstError) console.error(`  ${peak.firstError}`)
  await stop(ours)
  const verdict = script<Record<string, number>>(dir, 'bench/api/verify.ts', scratch.url, {
    PEAK_PERIOD: fixture.peakPeriod,
    STEADY_PERIOD: fixture.steadyPeriod,
    BENCH_AGENCY_IDS: fixture.peakReporters.map((reporter) => String(reporter.agency)).join(','),
  })
  const storedOnce = verdict.missing === 0 && verdict.duplicated === 0 && verdict.notSubmitted === 0
  const rollupsEqual = verdict.rollupsWritten === 0 && verdict.rollupsDeleted === 0
  const text = [
    `peak ${scratch.name} agencies=${peak.agencies} clients=${PEAK_CLIENTS}`,
    `completion_s=${peak.seconds.toFixed(1)} submitted=${peak.completed}`,
    `requests=${peak.requests} p50_ms=${fmt(peak.p50)} p99_ms=${fmt(peak.p99)} errors=${peak.errors}`,
    twin
      ? `twin_completion_s=${twin.seconds.toFixed(1)} twin_p50_ms=${fmt(twin.p50)} twin_p99_ms=${fmt(twin.p99)} twin_errors=${twin.errors} ratio=${(peak.seconds / twin.seconds).toFixed(2)}`
      : '',
    `stored_once=${storedOnce ? 'yes' : 'NO'} (reports=${verdict.reports} missing=${verdict.missing} duplicated=${verdict.duplicated} not_submitted=${verdict.notSubmitted})`,
    `rollups=${rollupsEqual ? 'equal-to-rebuild' : `DIFFER (rebuild wrote ${verdict.rollupsWritten}, removed ${verdict.rollupsDeleted})`}`,
    `load=${load()}`,
  ]
    .filter(Boolean)
    .join(' ')
  console.log(text)
  return text
}

const benchDatabase = async (dir: string, scratch: Scratch): Promise<string[]> => {
  const lines: string[] = []
  const { fixture } = scratch

  const ours = await startOurs(dir, scratch.url, PORTS.ours)
  const twin = await startTwin(dir, scratch.twinUrl, PORTS.twin).catch(async (error) => {
    await stop(ours)
    throw error
  })
  try {
    const sessions = new Map<Server, Session>()
    for (const server of [ours, twin]) sessions.set(server, await openSession(server, fixture))
    for (const operation of operations) {
      const servers = operation.twin ? [ours, twin] : [ours]
      const calls = (server: Server, concurrency?: number) =>
        operation.calls(fixture, sessions.get(server)!, concurrency)
      // Warm-up and the statement count: three single requests on each server.
      const statements = {
        ours: await statementsPerRequest(ours, calls(ours)),
        twin: operation.twin ? await statementsPerRequest(twin, calls(twin)) : null,
      }
      for (const concurrency of CONCURRENCY) {
        const results: LoadResult[] = []
        for (const server of servers)
          results.push(
            await runLoad(server.baseUrl, concurrency, SECONDS, calls(server, concurrency)),
          )
        const text = line(
          operation.name,
          scratch.name,
          concurrency,
          results[0],
          results[1] ?? null,
          statements,
        )
        console.log(text)
        lines.push(text)
        for (const [index, result] of results.entries())
          if (result.firstError) console.error(`  ${servers[index].name}: ${result.firstError}`)
      }
    }
    const withPeak = process.env.BENCH_PEAK !== '0'
    const twinPeak = withPeak ? await twinPeakOf(scratch, twin, sessions.get(twin)!) : null
    await stop(twin)
    if (withPeak) lines.push(await peakOf(dir, scratch, ours, twinPeak))
  } finally {
    await stop(twin)
    await stop(ours)
  }
  return lines
}

const { dir, commit } = prepareBuild(repo)
console.log(
  `bench:api commit ${commit.slice(0, 8)}; ${SECONDS} s per run; machine load (1/5/15 min) ${load()}`,
)
const base = process.env.DATABASE_URL
const only = process.env.BENCH_DATABASES?.split(',')
const key = preparedKey(repo, commit)
const factories = [
  { name: 'sqlite', create: () => sqliteScratch(key, prepare(dir)) },
  ...(base?.startsWith('postgres')
    ? [{ name: 'postgres', create: () => postgresScratch(base, key, prepare(dir)) }]
    : []),
].filter((factory) => !only || only.includes(factory.name))

const summary: string[] = []
for (const factory of factories) {
  const scratch = factory.create()
  try {
    summary.push(...(await benchDatabase(dir, scratch)))
  } finally {
    scratch.drop()
  }
}
console.log(`\nsummary (machine load at the end ${load()})`)
for (const text of summary) console.log(text)
process.exit(0)
