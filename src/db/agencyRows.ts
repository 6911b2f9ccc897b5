import { sql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

import { sessionDrizzle } from './session'

// The whole agency list in one plain query, for readers allowed to see every agency (the
// dashboard, on every render). Payload's per-document read transform walks every field of every
// agency, which for a few hundred agencies costs five times the query itself. The only raw SQL
// of the product besides the migrations: it runs through the adapter's drizzle instance (so the
// statement counter sees it) and reads Payload's own column names. Adapters without SQL
// (MongoDB) read through the adapter's find.

export type AgencyRowFacts = {
  id: number | string
  name: string
  code: string | null
  kind: string
  parent: number | string | null
  validFrom: string | Date | null
  validTo: string | Date | null
}

type SqlDb = {
  drizzle: unknown
  execute: (args: { drizzle: unknown; sql: unknown }) => Promise<{ rows: unknown[] }>
}

/** The agency fields the dashboard reads (also through the access-checked path). */
export const AGENCY_ROW_SELECT = {
  name: true,
  code: true,
  kind: true,
  parent: true,
  validFrom: true,
  validTo: true,
} as const

const isSql = (db: unknown): db is SqlDb =>
  typeof (db as SqlDb).execute === 'function' && Boolean((db as SqlDb).drizzle)

export const readAllAgencies = async (
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<AgencyRowFacts[]> => {
  if (!isSql(payload.db)) {
    const { docs } = await payload.db.find({
      collection: 'agencies',
      select: AGENCY_ROW_SELECT,
      sort: 'name',
      limit: 0,
      pagination: false,
      where: {},
      req,
    })
    return docs as unknown as AgencyRowFacts[]
  }
  const { rows } = await payload.db.execute({
    // The request's transaction when it has one (never a second pooled connection).
    drizzle: await sessionDrizzle(payload, req),
    sql: sql`SELECT id, name, code, kind, parent_id, valid_from, valid_to FROM agencies ORDER BY name`,
  })
  return (rows as Record<string, unknown>[]).map((row) => ({
    id: row.id as number,
    name: String(row.name ?? ''),
    code: (row.code as string | null) ?? null,
    kind: String(row.kind ?? ''),
    parent: (row.parent_id as number | null) ?? null,
    validFrom: (row.valid_from as string | Date | null) ?? null,
    validTo: (row.valid_to as string | Date | null) ?? null,
  }))
}
