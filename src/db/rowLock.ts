import { sql } from '@payloadcms/db-sqlite'
import type { PayloadRequest } from 'payload'

import { sessionDrizzle } from './session'

type SqlDb = {
  drizzle: unknown
  execute: (args: { drizzle: unknown; sql: unknown }) => Promise<unknown>
}

const isSql = (db: unknown): db is SqlDb =>
  typeof (db as SqlDb).execute === 'function' && Boolean((db as SqlDb).drizzle)

const TABLE = /^[a-z_][a-z0-9_]*$/

/**
 * Takes the write lock of one row in the request's open transaction, held until it ends: a
 * no-op update, so a second request doing the same waits for the first to commit and then reads
 * what it stored (PostgreSQL: the row's lock; SQLite: the database's write lock, taken by the
 * transaction's BEGIN IMMEDIATE already). `table` is the collection's table (snake case).
 * Without SQL (MongoDB) it does nothing.
 */
export const lockRow = async (
  req: PayloadRequest,
  table: string,
  id: number | string,
): Promise<void> => {
  const db = req.payload.db as unknown
  if (!isSql(db)) return
  if (!TABLE.test(table)) throw new Error(`lockRow: bad table name "${table}"`)
  await db.execute({
    drizzle: await sessionDrizzle(req.payload, req),
    sql: sql`UPDATE ${sql.identifier(table)} SET updated_at = updated_at WHERE id = ${id}`,
  })
}
