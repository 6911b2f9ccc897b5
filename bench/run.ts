// npm run bench: write-path and authority-check timings on a fresh SQLite file and, when
// DATABASE_URL is a postgres URL, on a fresh PostgreSQL database. Prints a table and ratios.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { tsScriptArgs } from '../test/helpers/tsScript'

type Result = { label: string; p50: number; p95: number }

const run = (databaseUrl: string): Result[] => {
  const output = execFileSync(process.execPath, tsScriptArgs('bench/writePaths.ts'), {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DB_PUSH: '1',
      PAYLOAD_SECRET: 'bench',
    },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return JSON.parse(output.trim().split('\n').pop()!) as Result[]
}

const databases: { name: string; url: string; cleanup?: () => void }[] = [
  {
    name: 'sqlite',
    url: `file:${path.join(mkdtempSync(path.join(tmpdir(), 'tf06-bench-')), 'bench.db')}`,
  },
]
const pgBase = process.env.DATABASE_URL
if (pgBase?.startsWith('postgres')) {
  const name = `tf06_bench_${Date.now()}`
  const url = new URL(pgBase)
  execFileSync('psql', [pgBase, '-qc', `CREATE DATABASE ${name}`])
  url.pathname = `/${name}`
  databases.push({
    name: 'postgres',
    url: url.toString(),
    cleanup: () =>
      execFileSync('psql', [pgBase, '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]),
  })
}

for (const database of databases) {
  try {
    const results = run(database.url)
    const baseline = results[0].p50
    console.log(`\n${database.name}`)
    console.log(
      'operation'.padEnd(44),
      'p50 ms'.padStart(8),
      'p95 ms'.padStart(8),
      'ratio'.padStart(7),
    )
    for (const r of results) {
      console.log(
        r.label.padEnd(44),
        r.p50.toFixed(2).padStart(8),
        r.p95.toFixed(2).padStart(8),
        (r.p50 / baseline).toFixed(2).padStart(7),
      )
    }
    const audited = results[1]
    console.log(
      `writes ${database.name} audit_p50_ms=${audited.p50.toFixed(2)} baseline_p50_ms=${baseline.toFixed(2)} ratio=${(audited.p50 / baseline).toFixed(2)}`,
    )
  } finally {
    database.cleanup?.()
  }
}
