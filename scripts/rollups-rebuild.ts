// npm run rollups:rebuild [-- --from 2025-01 --to 2025-12]: recomputes the dashboard's rollups from
// the source records (after a bulk import, or to repair them).
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'

if (existsSync('.env')) process.loadEnvFile('.env')

const { values } = parseArgs({
  options: { from: { type: 'string' }, to: { type: 'string' } },
  allowPositionals: false,
})

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { rebuildRollups } = await import('../src/rollups/rebuild')

const payload = await getPayload({ config })
const started = Date.now()
const result = await rebuildRollups(payload, { from: values.from, to: values.to })
payload.logger.info(
  `Rollups rebuilt: ${result.periods} months, ${result.written} rows written, ${result.deleted} removed (${Date.now() - started} ms)`,
)
process.exit(0)
