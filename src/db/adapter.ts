import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { scopedToRequest } from './requestScope'
import { statementLogger } from './statementCounter'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const DEFAULT_SQLITE_FILE = 'data/taskforce06.db'

export const databaseKind = (url = process.env.DATABASE_URL): DatabaseKind => {
  if (!url || url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(`DATABASE_URL must be unset, file:…, postgres://… or mongodb://… (got "${url}")`)
}

const migrationDir = (kind: DatabaseKind) => path.resolve(process.cwd(), 'migrations', kind)

const envNumber = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

const SQLITE_BUSY_TIMEOUT_MS = 5000
/** How long a write waits for its turn (one write transaction at a time) before a 503. */
const SQLITE_WRITE_TURN_MS = envNumber('DB_WRITE_TURN_TIMEOUT_MS', 15_000)

/**
 * PostgreSQL pool and statement limits: a request that cannot get a connection, a statement that
 * runs too long, or a transaction left idle fails (503, `busy.ts`) instead of holding the server.
 */
export const postgresPoolOptions = () => ({
  // Concurrent requests each hold one connection for their transaction (requestScope.ts), and the
  // adapter keeps one for itself; keep well under the server's max_connections (100 by default)
  // when several processes run.
  max: envNumber('DB_POOL_MAX', 20),
  // Waiting for a free connection longer than this fails the request.
  connectionTimeoutMillis: envNumber('DB_CONNECT_TIMEOUT_MS', 10_000),
  idleTimeoutMillis: 30_000,
  // Server-side limits, set on every connection.
  statement_timeout: envNumber('DB_STATEMENT_TIMEOUT_MS', 30_000),
  idle_in_transaction_session_timeout: envNumber('DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 30_000),
})

/** The database adapter chosen by DATABASE_URL: unset → the embedded SQLite file. */
export const databaseAdapter = (url = process.env.DATABASE_URL): DatabaseAdapterObj => {
  const kind = databaseKind(url)
  // SQL statement logging (DB_LOG_SQL=1) and counting (DB_COUNT_STATEMENTS=1): statementCounter.ts.
  const logger = statementLogger()
  // The schema is pushed only in tests (or when asked); everywhere else committed migrations
  // define it, so a dev run never leaves a database that `migrate` cannot take over.
  const push =
    process.env.DB_PUSH === '1' || (process.env.NODE_ENV === 'test' && process.env.DB_PUSH !== '0')
  if (kind === 'postgres') {
    return scopedToRequest(
      postgresAdapter({
        pool: { connectionString: url, ...postgresPoolOptions() },
        migrationDir: migrationDir('postgres'),
        push,
        logger,
      }),
    )
  }
  if (kind === 'mongodb') {
    // Built and supported by Payload; not exercised by our test suite (no MongoDB server here).
    return mongooseAdapter({ url: url! })
  }
  return scopedToRequest(
    sqliteAdapter({
      // `timeout`: the busy timeout of every connection the client opens, including those it
      // opens for transactions (@libsql/client 0.17.4+, brought in by the `overrides` entry in
      // package.json; 0.14.0, pinned by the adapter, opened them without any).
      client: { url: url ?? `file:${DEFAULT_SQLITE_FILE}`, timeout: SQLITE_BUSY_TIMEOUT_MS },
      // Web requests and jobs write concurrently: WAL and a busy timeout avoid SQLITE_BUSY.
      wal: true,
      busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
      // Transactions on: a record, its audit entry and its rollups are stored together or not at
      // all. BEGIN IMMEDIATE takes the write lock up front, and requestScope.ts runs one write
      // transaction at a time in this process (libsql waits for a lock synchronously, blocking
      // the event loop the holder needs) and surfaces a failed COMMIT instead of swallowing it.
      transactionOptions: { behavior: 'immediate' },
      // Never reuse the id of a deleted row (audit entries point at ids).
      autoIncrement: true,
      migrationDir: migrationDir('sqlite'),
      push,
      logger,
    }),
    { serialTransactionsMs: SQLITE_WRITE_TURN_MS },
  )
}
