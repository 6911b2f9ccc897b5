// Reads the configured database (DATABASE_URL) through the Local API and prints one JSON line,
// for the crash and backup tests (which run the server in another process):
//   inspect.ts find '<json: [{ collection, where?, select? }]>'   documents of each query (depth 0)
//   inspect.ts rollups [rebuild]     the rollup rows without bookkeeping, sorted; with `rebuild`
//                                    also the rows after a rebuild (`before`, `after`)
//   inspect.ts checksums             every collection's count and a SHA-256 of its documents
//   inspect.ts queue-mail '<json: { to, subject }>'   queues one message in the outbox
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'

import { createLocalReq, getPayload, type CollectionSlug, type Payload, type Where } from 'payload'

import { rebuildRollups } from '../../src/rollups/rebuild'
import { ROLLUP_SLUGS } from '../../src/rollups/slugs'
import config from '../../payload.config'
import { queueNotification } from '../../src/email/outbox'

// Static imports only: on Node 20 a dynamic import() under the SWC loader now and then never
// settles (the process ends with exit code 13, "unsettled top-level await").

/** JSON with sorted keys (jsonb does not keep key order). */
export const canonical = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  )

const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'refreshedAt'])

const all = async (
  payload: Payload,
  collection: CollectionSlug,
  where?: Where,
  select?: object,
) => {
  const docs: Record<string, unknown>[] = []
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection,
      where,
      select: select as never,
      depth: 0,
      limit: 500,
      page,
      sort: 'id',
      overrideAccess: true,
    })
    docs.push(...(result.docs as unknown as Record<string, unknown>[]))
    if (!result.hasNextPage) return docs
  }
}

const rollupRows = async (payload: Payload) => {
  const rows: Record<string, string[]> = {}
  for (const slug of Object.values(ROLLUP_SLUGS)) {
    const docs = await all(payload, slug as CollectionSlug)
    rows[slug] = docs
      .map((doc) =>
        canonical(Object.fromEntries(Object.entries(doc).filter(([k]) => !BOOKKEEPING.has(k)))),
      )
      .sort()
  }
  return rows
}

const [command = '', argument = ''] = process.argv.slice(2)
const payload = await getPayload({ config })
let output: unknown
if (command === 'find') {
  const queries = JSON.parse(argument) as {
    collection: CollectionSlug
    where?: Where
    select?: object
  }[]
  output = []
  for (const query of queries)
    (output as unknown[]).push(await all(payload, query.collection, query.where, query.select))
} else if (command === 'rollups') {
  const before = await rollupRows(payload)
  if (argument === 'rebuild') {
    await rebuildRollups(payload, {})
    output = { before, after: await rollupRows(payload) }
  } else output = { before }
} else if (command === 'checksums') {
  const sums: Record<string, { count: number; sha256: string }> = {}
  for (const { slug } of payload.config.collections) {
    const docs = await all(payload, slug as CollectionSlug)
    const hash = createHash('sha256')
    for (const doc of docs) hash.update(canonical(doc)).update('\n')
    sums[slug] = { count: docs.length, sha256: hash.digest('hex') }
  }
  output = sums
} else if (command === 'queue-mail') {
  const { to, subject } = JSON.parse(argument) as { to: string; subject: string }
  const req = await createLocalReq({}, payload)
  output = await queueNotification(req, { to: [to], subject, text: subject, kind: 'other' })
} else {
  throw new Error(`unknown command "${command}"`)
}
// To the file the caller names (INSPECT_OUT), else stdout.
if (process.env.INSPECT_OUT) writeFileSync(process.env.INSPECT_OUT, JSON.stringify(output))
else process.stdout.write(`\n${JSON.stringify(output)}\n`)
process.exit(0)
