// Run as a child process by test/int/dashboard-shared-reads.test.ts: another process writing to
// the same database (DATABASE_URL) as the test's server. Renames agency AGENCY_ID to AGENCY_NAME.
import { getPayload } from 'payload'

const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
await payload.update({
  collection: 'agencies',
  id: process.env.AGENCY_ID!,
  data: { name: process.env.AGENCY_NAME! },
  overrideAccess: true,
  depth: 0,
})
process.exit(0)
