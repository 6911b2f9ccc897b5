// After the peak (run by bench/api/run.ts once the servers have stopped, DATABASE_URL set): each
// benchmark agency holds exactly one report of the peak month, submitted, and the rollups equal a
// rebuild from the source records (a rebuild of current rollups writes and removes nothing).
// Prints the verdict as JSON on the last line of stdout.
import { getPayload } from 'payload'

import config from '../../payload.config'
import { rebuildRollups } from '../../src/rollups/rebuild'

const peakPeriod = process.env.PEAK_PERIOD!
const steadyPeriod = process.env.STEADY_PERIOD!
const agencies = (process.env.BENCH_AGENCY_IDS ?? '').split(',')

const payload = await getPayload({ config })
const { docs } = await payload.find({
  collection: 'reports',
  where: { period: { equals: peakPeriod }, agency: { in: agencies } },
  select: { agency: true, status: true },
  pagination: false,
  depth: 0,
  overrideAccess: true,
})
const perAgency = new Map<string, number>()
for (const doc of docs)
  perAgency.set(String(doc.agency), (perAgency.get(String(doc.agency)) ?? 0) + 1)
const rebuild = await rebuildRollups(payload, { from: peakPeriod, to: steadyPeriod })

console.log(
  JSON.stringify({
    reports: docs.length,
    missing: agencies.filter((id) => !perAgency.has(id)).length,
    duplicated: [...perAgency.values()].filter((count) => count > 1).length,
    notSubmitted: docs.filter((doc) => doc.status !== 'submitted').length,
    rollupsWritten: rebuild.written,
    rollupsDeleted: rebuild.deleted,
  }),
)
process.exit(0)
