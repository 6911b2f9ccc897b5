// Starts the two servers under test on the loopback, each in its own process group with the
// statement probe preloaded: ours (`next start` of the production build) and the bare twin.
import { spawn, type ChildProcess } from 'node:child_process'
import { openSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

import { send } from './http'
import { tsScriptArgs } from '../../test/helpers/tsScript'

export type Server = {
  name: 'ours' | 'twin'
  baseUrl: string
  probeUrl: string
  log: string
  process: ChildProcess
}

// Stopped with the benchmark, even when it is interrupted.
const running = new Set<ChildProcess>()
const stopAll = () => {
  for (const child of running)
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL')
}
process.once('exit', stopAll)
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    stopAll()
    process.exit(130)
  })

const waitUntilReady = async (server: Server, seconds = 180) => {
  const until = Date.now() + seconds * 1000
  while (Date.now() < until) {
    if (server.process.exitCode !== null)
      throw new Error(
        `${server.name} server exited (${server.process.exitCode}); log: ${server.log}`,
      )
    try {
      const reply = await send(server.baseUrl, { method: 'GET', path: '/api/users/me' })
      if (reply.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${server.name} server did not answer within ${seconds} s; log: ${server.log}`)
}

/** Whether nothing listens on the loopback port (else the run would measure another server). */
const isFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })

const start = async (
  name: Server['name'],
  dir: string,
  args: string[],
  env: Record<string, string>,
  port: number,
): Promise<Server> => {
  for (const needed of [port, port + 1])
    if (!(await isFree(needed)))
      throw new Error(
        `port ${needed} is in use: stop what listens there (BENCH_PORT moves both servers)`,
      )
  const log = path.join(dir, `..`, `${name}-${port}.log`)
  const out = openSync(log, 'w')
  const probePort = port + 1
  const child = spawn(process.execPath, args, {
    cwd: dir,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      DB_COUNT_STATEMENTS: '1',
      STATEMENT_PROBE_PORT: String(probePort),
      NODE_OPTIONS: `--no-deprecation --import ${path.join(dir, 'bench/api/statementProbe.mjs')}`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    detached: true,
    stdio: ['ignore', out, out],
  })
  running.add(child)
  child.once('exit', () => running.delete(child))
  const server: Server = {
    name,
    baseUrl: `http://127.0.0.1:${port}`,
    probeUrl: `http://127.0.0.1:${probePort}`,
    log,
    process: child,
  }
  await waitUntilReady(server)
  return server
}

export const startOurs = (dir: string, databaseUrl: string, port: number) =>
  start(
    'ours',
    dir,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'bench-api', NODE_ENV: 'production' },
    port,
  )

export const startTwin = (dir: string, databaseUrl: string, port: number) =>
  start(
    'twin',
    dir,
    tsScriptArgs('bench/api/twinServer.ts', 'production'),
    { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'bench-api', NODE_ENV: 'production' },
    port,
  )

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null

export const stop = async (server: Server) => {
  const pid = server.process.pid
  if (!pid || hasExited(server.process)) return
  const exited = new Promise((resolve) => server.process.once('exit', resolve))
  process.kill(-pid, 'SIGTERM')
  const timer = setTimeout(() => {
    if (!hasExited(server.process)) process.kill(-pid, 'SIGKILL')
  }, 10_000)
  await exited
  clearTimeout(timer)
}

/** The statements the server has issued so far. */
export const statementsSoFar = async (server: Server): Promise<number> =>
  Number((await send(server.probeUrl, { method: 'GET', path: '/' })).text)
