import type { PayloadRequest } from 'payload'

import { readDataVersion } from '../../src/db/dataVersion'

// The dashboard's reads, shared between requests while the data is unchanged. A view (the same
// viewer, filters, scope, day and row limit) asked for again reads nothing but the data's version
// (src/db/dataVersion.ts, one statement); its widgets are still computed for each request. Any
// committed write moves the version, so a view is never served from before it. A stamp that
// another process failed to write (it stopped between its commit and the stamp) is bounded by the
// views' age limit.

/** A view's memoised reads, by the key given to `ctx.once` (context.ts). */
export type SharedReads = Map<string, Promise<unknown>>

type View = { version: string; createdAt: number; reads: SharedReads }

/** Views kept at once: about 2.3 MB each in the benchmark's five-year, 300-unit province. */
const MAX_VIEWS = 16
const MAX_AGE_MS = 60_000

const views = new Map<string, View>()

const forgetOld = (version: string, now: number) => {
  // A view of an older version can never be asked for again.
  for (const [key, view] of views)
    if (view.version !== version || now - view.createdAt > MAX_AGE_MS) views.delete(key)
}

/**
 * The shared reads of the view `identity` at the data's current version; undefined when the
 * version cannot be known (MongoDB, or a request inside a transaction): then nothing is shared.
 */
export const sharedReadsFor = async (
  req: PayloadRequest,
  identity: unknown[],
): Promise<SharedReads | undefined> => {
  const version = await readDataVersion(req.payload, req)
  if (version === null) return undefined
  const key = JSON.stringify([version, ...identity])
  const now = Date.now()
  const kept = views.get(key)
  if (kept && now - kept.createdAt <= MAX_AGE_MS) {
    // Most recently used last.
    views.delete(key)
    views.set(key, kept)
    return kept.reads
  }
  forgetOld(version, now)
  const view: View = { version, createdAt: now, reads: new Map() }
  views.set(key, view)
  while (views.size > MAX_VIEWS) views.delete(views.keys().next().value!)
  return view.reads
}

/**
 * Freezes what a read gave, all the way down, so that no widget can change what the next request
 * will be given (a change throws).
 */
export const deepFreeze = <T>(value: T): T => {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value
  if (value instanceof Map || value instanceof Set) {
    for (const [key, inner] of value.entries()) {
      deepFreeze(key)
      deepFreeze(inner)
    }
    // Object.freeze leaves a Map's or a Set's entries writable.
    for (const method of ['set', 'add', 'delete', 'clear'])
      if (method in value)
        Object.defineProperty(value, method, {
          value: () => {
            throw new TypeError(`A shared dashboard read cannot be changed (${method})`)
          },
        })
  } else {
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return Object.freeze(value)
}
