// Run once per test run by globalDatabase.ts, as a child process: pushes the schema into the
// run's template database (DATABASE_URL), which each integration test file then copies instead
// of pushing the schema itself (a push costs seconds per file; a copy, milliseconds).
import { getPayload } from 'payload'

const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
await payload.destroy()
process.exit(0)
