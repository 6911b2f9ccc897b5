import type { Payload, PayloadRequest } from 'payload'

import { currentScope } from './requestScope'

type Sessions = Record<string, { db?: unknown } | undefined>

/**
 * The drizzle instance a direct SQL read must use: the session of the request's transaction when
 * there is one (as @payloadcms/drizzle's own `getTransaction(adapter, req)` does), else the one
 * the REST request in scope has open, else the adapter's pool.
 */
export const sessionDrizzle = async (
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<unknown> => {
  const db = payload.db as unknown as { drizzle: unknown; sessions?: Sessions }
  const id = req?.transactionID ? await req.transactionID : undefined
  if (id !== undefined && id !== null) {
    const session = db.sessions?.[String(id)]
    if (session?.db) return session.db
  }
  const open = currentScope()?.open ?? []
  for (let index = open.length - 1; index >= 0; index -= 1) {
    const session = db.sessions?.[String(open[index])]
    if (session?.db) return session.db
  }
  return db.drizzle
}
