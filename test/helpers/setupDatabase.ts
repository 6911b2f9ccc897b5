// Runs before each integration test file: a fresh database of the kind DATABASE_URL names
// (unset → a temporary SQLite file), set up before the Payload config is imported.
import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs'
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
  // A copy of the run's template (globalDatabase.ts), which holds the schema already.
  const template = process.env.TF06_TEMPLATE_DATABASE_URL
  await admin.query(
    template
      ? `CREATE DATABASE ${name} TEMPLATE ${new URL(template).pathname.slice(1)}`
      : `CREATE DATABASE ${name}`,
  )
  await admin.end()
  const url = new URL(baseUrl)
  url.pathname = `/${name}`
  process.env.DATABASE_URL = url.toString()
} else {
  const dir = mkdtempSync(path.join(tmpdir(), 'tf06-db-'))
  const file = path.join(dir, 'test.db')
  // A copy of the run's template (globalDatabase.ts), which holds the schema already.
  const template = process.env.TF06_TEMPLATE_DATABASE_URL?.slice('file:'.length)
  if (template) {
    copyFileSync(template, file)
    if (existsSync(`${template}-wal`)) copyFileSync(`${template}-wal`, `${file}-wal`)
  }
  process.env.DATABASE_URL = `file:${file}`
}

// The schema is in the copy: no push (a file run without the global setup pushes as before).
if (process.env.TF06_TEMPLATE_DATABASE_URL) process.env.DB_PUSH = '0'
