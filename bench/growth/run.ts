// npm run bench:growth: do the everyday operations cost the same as the data grows? The demo is
// seeded with 1 and with 5 years of monthly reports (DEMO_REPORT_YEARS; SQLite, kept between runs
// per migrations, seed and day), then each operation is timed and its SQL statements counted on a
// scratch copy of each (bench/growth/measure.ts). One line per operation:
//   growth report-save sqlite statements_1y=31 statements_5y=31 range_1y=31-31 range_5y=31-31
//     grows_with_data=no ms_1y=… ms_5y=…
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
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

type Measured = {
  reports: number
  results: Record<string, { ms: number; statements: number; mostStatements: number }>
}

const env = (url: string, extra: Record<string, string> = {}) => ({
  ...process.env,
  DATABASE_URL: url,
  PAYLOAD_SECRET: 'bench-growth',
  JOBS_AUTORUN: '0',
  ...extra,
})

const SQLITE_FILES = ['', '-wal', '-shm']

/** The seeded demo of `years`; seeded under another name and renamed once complete. */
const prepared = (years: number): string => {
  const file = path.join(root, `demo-${years}y-${key}.db`)
  if (existsSync(file)) return file
  console.error(`seeding the demo with ${years} year(s) of reports (minutes)…`)
  const partial = `${file}.partial`
  for (const suffix of SQLITE_FILES) rmSync(partial + suffix, { force: true })
  const run = (command: string) =>
    execFileSync('npm', ['run', '--silent', command], {
      cwd: repo,
      env: env(`file:${partial}`, { DEMO_REPORT_YEARS: String(years) }),
      stdio: ['ignore', 'ignore', 'inherit'],
    })
  run('migrate')
  run('seed')
  for (const suffix of SQLITE_FILES)
    if (existsSync(partial + suffix)) renameSync(partial + suffix, file + suffix)
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
  for (const suffix of SQLITE_FILES) rmSync(scratch + suffix, { force: true })
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
      // Calls on different records (each agency's submission) may differ by their content: the
      // cost grows with the data only if the larger demo's least exceeds the smaller one's most.
      `range_1y=${one.statements}-${one.mostStatements} range_5y=${five.statements}-${five.mostStatements}`,
      `grows_with_data=${five.statements > one.mostStatements ? 'YES' : 'no'}`,
      `ms_1y=${one.ms} ms_5y=${five.ms}`,
    ].join(' '),
  )
}
process.exit(0)
