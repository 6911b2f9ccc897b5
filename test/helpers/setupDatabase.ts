// Runs before each integration test file: a fresh database of the kind DATABASE_URL names
// (unset → a temporary SQLite file), set up before the Payload config is imported.
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

process.env.PAYLOAD_SECRET ||= 'test-secret-not-for-production'
process.env.MEDIA_DIR = mkdtempSync(path.join(tmpdir(), 'tf06-media-'))
process.env.SMTP_PORT ||= '2525'

const baseUrl = process.env.TEST_BASE_DATABASE_URL ?? process.env.DATABASE_URL
process.env.TEST_BASE_DATABASE_URL = baseUrl ?? ''

if (baseUrl?.startsWith('postgres')) {
  // Dropped by globalDatabase.ts teardown at the end of the run.
  const name = `tf06_test_${process.env.TF06_TEST_RUN}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: baseUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(baseUrl)
  url.pathname = `/${name}`
  process.env.DATABASE_URL = url.toString()
} else {
  const dir = mkdtempSync(path.join(tmpdir(), 'tf06-db-'))
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
}
