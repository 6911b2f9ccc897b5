// Global setup of the integration project: names this run, builds the run's template database
// (the schema pushed once; setupDatabase.ts copies it for each test file) and on PostgreSQL drops
// the run's per-file databases once every test file has finished.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { tsScriptArgs } from './tsScript'

const postgresUrl = (base: string, name: string): string => {
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

/** The template's address: a SQLite file, or a PostgreSQL database of this run. */
const createTemplate = async (base: string | undefined, run: string): Promise<string> => {
  if (!base?.startsWith('postgres')) {
    return `file:${path.join(mkdtempSync(path.join(tmpdir(), 'tf06-template-')), 'template.db')}`
  }
  const name = `tf06_test_${run}_template`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  return postgresUrl(base, name)
}

export const setup = async () => {
  const run = randomBytes(4).toString('hex')
  process.env.TF06_TEST_RUN = run
  const template = await createTemplate(process.env.DATABASE_URL, run)
  const child = spawnSync(process.execPath, tsScriptArgs('test/helpers/templateDatabase.ts'), {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DB_PUSH: '1',
      JOBS_AUTORUN: '0',
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'test-secret-not-for-production',
      MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'tf06-media-')),
      DATABASE_URL: template,
    },
    encoding: 'utf8',
    timeout: 300_000,
  })
  if (child.status !== 0 || (template.startsWith('file:') && !existsSync(template.slice(5)))) {
    throw new Error(`The template database was not built:\n${child.stderr}\n${child.stdout}`)
  }
  process.env.TF06_TEMPLATE_DATABASE_URL = template
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
