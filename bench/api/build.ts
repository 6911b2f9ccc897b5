// The production build the API benchmark serves, made in a scratch copy of the last commit
// (`git archive HEAD`) so that the shared `.next` (used by the e2e suite) is never touched and
// other people's unfinished edits are not measured. node_modules is hard-linked, not symlinked:
// Turbopack refuses to resolve packages through a link pointing outside the project. The copy
// and its build are reused while HEAD stays the same.
import { execFileSync, execSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const MARK = '.bench-commit'

export const benchRoot = path.join(tmpdir(), 'tf06-bench-api')

/**
 * Names the prepared database: it changes with what shapes that database (the migrations, the
 * seed, the benchmark's own setup) and with the day (the reporting periods follow the date).
 */
export const preparedKey = (repo: string, commit: string): string => {
  const tree = execFileSync(
    'git',
    [
      'ls-tree',
      '-r',
      commit,
      'migrations',
      'seed',
      'bench/api/setup.ts',
      'bench/api/reportForm.ts',
    ],
    { cwd: repo, encoding: 'utf8' },
  )
  const digest = createHash('sha256').update(tree).digest('hex').slice(0, 10)
  return `${digest}-${new Date().toISOString().slice(0, 10)}`
}

/** BENCH_API_REUSE_BUILD=1 serves the last build even if HEAD has moved since. */
export const prepareBuild = (repo: string): { dir: string; commit: string } => {
  const dir = path.join(benchRoot, 'src')
  const markFile = path.join(dir, MARK)
  const built = existsSync(path.join(dir, '.next', 'BUILD_ID')) && existsSync(markFile)
  if (built && process.env.BENCH_API_REUSE_BUILD === '1') {
    const commit = readFileSync(markFile, 'utf8')
    console.error(`build: reusing ${dir} (commit ${commit.slice(0, 8)}, as asked)`)
    return { dir, commit }
  }
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim()
  if (built && readFileSync(markFile, 'utf8') === commit) {
    console.error(`build: reusing ${dir} (commit ${commit.slice(0, 8)})`)
    return { dir, commit }
  }
  console.error(`build: copying commit ${commit.slice(0, 8)} to ${dir} and building…`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  execSync(`git archive HEAD | tar -x -C ${JSON.stringify(dir)}`, { cwd: repo, stdio: 'inherit' })
  execFileSync('cp', ['-al', path.join(repo, 'node_modules'), path.join(dir, 'node_modules')])
  execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    cwd: dir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: '--no-deprecation',
      NEXT_TELEMETRY_DISABLED: '1',
      PAYLOAD_SECRET: 'bench-build',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  writeFileSync(markFile, commit)
  return { dir, commit }
}
