// The crash and backup tests drive a production server (`next start` on the existing .next build)
// in its own process group, on a scratch database migrated and seeded by the npm scripts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { tsScriptArgs } from '../helpers/tsScript'

export type DatabaseKind = 'sqlite' | 'postgres'

export const PG_ADMIN_URL =
  process.env.CRASH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
export const DEMO_PASSWORD = 'Demo@2026'

/** The environment of every child: the test runner's NODE_ENV=test must not leak into them. */
export const childEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  }
  delete env.NODE_ENV
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key]
  return env as NodeJS.ProcessEnv
}

export type Scratch = {
  kind: DatabaseKind
  dir: string
  env: Record<string, string>
  drop: () => void
}

const run = (command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 240_000) => {
  const result = spawnSync(command, args, {
    env,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
  })
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status ?? result.signal}${result.error ? ` ${result.error.message}` : ''}):\n${result.stdout}\n${result.stderr}`.slice(
        -4000,
      ),
    )
  return result.stdout
}

export const postgresUrl = (database: string) => {
  const url = new URL(PG_ADMIN_URL)
  url.pathname = `/${database}`
  return url.toString()
}

export const createPostgresDatabase = (prefix: string) => {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  run('psql', [PG_ADMIN_URL, '-qc', `CREATE DATABASE ${name}`], process.env)
  return {
    name,
    url: postgresUrl(name),
    drop: () =>
      spawnSync('psql', [PG_ADMIN_URL, '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]),
  }
}

/** A fresh database (and media folder) of this kind, migrated and seeded with the demo province. */
export const scratchDatabase = (kind: DatabaseKind): Scratch => {
  const dir = mkdtempSync(path.join(tmpdir(), `tf06-crash-${kind}-`))
  const pg = kind === 'postgres' ? createPostgresDatabase('tf06_crash') : null
  const env = {
    DATABASE_URL: pg ? pg.url : `file:${path.join(dir, 'crash.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: `crash-${randomBytes(16).toString('hex')}`,
  }
  const scratch = {
    kind,
    dir,
    env,
    drop: () => {
      pg?.drop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  run('npm', ['run', '--silent', 'migrate'], childEnv(env))
  run('npm', ['run', '--silent', 'seed'], childEnv(env))
  return scratch
}

/** Runs test/crash/inspect.ts against a database and returns its JSON answer. */
export const inspect = <T>(env: Record<string, string>, ...args: string[]): T => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'tf06-inspect-'))
  const out = path.join(outDir, 'out.json')
  const command = [...tsScriptArgs('test/crash/inspect.ts', 'production'), ...args]
  // A production environment: no development prompts of the adapters (stdin is closed).
  const inspectEnv = {
    ...childEnv({ ...env, INSPECT_OUT: out }),
    NODE_ENV: 'production',
  } as NodeJS.ProcessEnv
  run(process.execPath, command, inspectEnv)
  try {
    return JSON.parse(readFileSync(out, 'utf8')) as T
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

/** Runs one of our npm scripts (backup, restore …) and returns its output. */
export const npmScript = (env: Record<string, string>, script: string, ...args: string[]) =>
  run('npm', ['run', '--silent', script, '--', ...args], childEnv(env))

export type Server = {
  baseUrl: string
  process: ChildProcess
  log: string
  /** SIGKILL to the whole process group (npx/next and its workers): a crash. */
  crash: () => Promise<void>
  /** SIGTERM, then SIGKILL after 10 s. */
  stop: () => Promise<void>
}

const exited = (child: ChildProcess, timeoutMs: number) =>
  new Promise<boolean>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true)
    const timer = setTimeout(() => resolve(false), timeoutMs)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })

/** Starts `next start` in a new process group; does not wait for it (see waitReady). */
export const startServer = (env: Record<string, string>, port: number, logName: string): Server => {
  const log = path.join(tmpdir(), `${logName}-${port}-${Date.now()}.log`)
  const fd = openSync(log, 'a')
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    { env: childEnv(env), detached: true, stdio: ['ignore', fd, fd] },
  )
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      // already gone
    }
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    process: child,
    log,
    crash: async () => {
      signalGroup('SIGKILL')
      await exited(child, 10_000)
    },
    stop: async () => {
      signalGroup('SIGTERM')
      if (!(await exited(child, 10_000))) signalGroup('SIGKILL')
      await exited(child, 5_000)
      signalGroup('SIGKILL')
    },
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until the server answers an API request. */
export const waitReady = async (server: Server, timeoutMs = 90_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) throw new Error(`server exited; log: ${server.log}`)
    try {
      const response = await fetch(`${server.baseUrl}/api/users/me`, {
        signal: AbortSignal.timeout(5_000),
      })
      await response.arrayBuffer()
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await sleep(300)
  }
  throw new Error(`server did not answer within ${timeoutMs} ms; log: ${server.log}`)
}

export const freePort = async (): Promise<number> => {
  const { createServer } = await import('node:net')
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}
