// Global setup of the integration project: names this run, and on PostgreSQL drops the run's
// per-file databases once every test file has finished.
import { randomBytes } from 'node:crypto'

import pg from 'pg'

export const setup = () => {
  process.env.TF06_TEST_RUN = randomBytes(4).toString('hex')
}

export const teardown = async () => {
  const baseUrl = process.env.DATABASE_URL
  if (!baseUrl?.startsWith('postgres')) return
  const client = new pg.Client({ connectionString: baseUrl })
  await client.connect()
  const { rows } = await client.query<{ datname: string }>(
    'SELECT datname FROM pg_database WHERE datname LIKE $1',
    [`tf06_test_${process.env.TF06_TEST_RUN}_%`],
  )
  for (const { datname } of rows)
    await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  await client.end()
}
