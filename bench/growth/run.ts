// npm run bench:growth: do the everyday operations cost the same as the data grows? The demo is
// seeded with 1 and with 5 years of monthly reports (DEMO_REPORT_YEARS; SQLite, kept between runs
// per migrations, seed and day), then each operation is timed and its SQL statements counted on a
// scratch copy of each (bench/growth/measure.ts). One line per operation:
//   growth report-save statements_1y=38 statements_5y=38 constant=yes ms_1y=… ms_5y=…
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { preparedKey } from '../api/build'
import { copySqlite } from '../api/databases'
import { tsScriptArgs } from '../../test/helpers/tsScript'

const YEARS = [1, 5]
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const root = path.join(tmpdir(), 'tf06-bench-growth')
mkdirSync(root, { recursive: true })
const key = preparedKey(repo, 'HEAD')

type Measured = { reports: number; results: Record<string, { ms: number; statements: number }> }

const env = (url: string, extra: Record<string, string> = {}) => ({
  ...process.env,
  DATABASE_URL: url,
  PAYLOAD_SECRET: 'bench-growth',
  JOBS_AUTORUN: '0',
  ...extra,
})

const prepared = (years: number): string => {
  const file = path.join(root, `demo-${years}y-${key}.db`)
  if (existsSync(file)) return file
  console.error(`seeding the demo with ${years} year(s) of reports (minutes)…`)
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
  const run = (command: string) =>
    execFileSync('npm', ['run', '--silent', command], {
      cwd: repo,
      env: env(`file:${file}`, { DEMO_REPORT_YEARS: String(years) }),
      stdio: ['ignore', 'ignore', 'inherit'],
    })
  run('migrate')
  run('seed')
  return file
}

const measured = new Map<number, Measured>()
for (const years of YEARS) {
  const scratch = path.join(root, `scratch-${years}y.db`)
  copySqlite(prepared(years), scratch)
  const output = execFileSync(
    process.execPath,
    ['--no-deprecation', ...tsScriptArgs('bench/growth/measure.ts')],
    {
      cwd: repo,
      env: env(`file:${scratch}`, { DB_COUNT_STATEMENTS: '1' }),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  for (const suffix of ['', '-wal', '-shm']) rmSync(scratch + suffix, { force: true })
  const result = JSON.parse(output.trim().split('\n').pop()!) as Measured
  measured.set(years, result)
  console.log(`growth sqlite years=${years} reports=${result.reports}`)
}

const [small, large] = YEARS.map((years) => measured.get(years)!)
for (const [operation, one] of Object.entries(small.results)) {
  const five = large.results[operation]
  console.log(
    [
      `growth ${operation} sqlite`,
      `statements_1y=${one.statements} statements_5y=${five.statements}`,
      `constant=${one.statements === five.statements ? 'yes' : 'NO'}`,
      `ms_1y=${one.ms} ms_5y=${five.ms}`,
    ].join(' '),
  )
}
process.exit(0)
