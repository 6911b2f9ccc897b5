import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { PDF_BYTES } from '../helpers/fixtures'
import { tsScriptArgs } from '../helpers/tsScript'

// Issue 13: messages stored before the outbox referenced files kept each attachment as base64
// text in every recipient's row. The migrations turn that content into one file in the media
// folder and one media record, which the rows then name and the delivery job reads.

/** An empty database of the kind the tests run on (dropped with the run's databases). */
const emptyDatabase = async (): Promise<string> => {
  const base = process.env.TEST_BASE_DATABASE_URL
  if (!base?.startsWith('postgres')) {
    return `file:${path.join(mkdtempSync(path.join(tmpdir(), 'tf06-mig-')), 'legacy.db')}`
  }
  const name = `tf06_test_${process.env.TF06_TEST_RUN}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

describe('outbox rows written with base64 attachments (issue 13)', () => {
  it('become one stored file that every row names and the delivery attaches', async () => {
    const runScript = async () => {
      const mediaDir = mkdtempSync(path.join(tmpdir(), 'tf06-mig-media-'))
      const child = spawnSync(
        process.execPath,
        tsScriptArgs('test/helpers/legacyOutboxMigration.ts'),
        {
          env: {
            ...process.env,
            NODE_ENV: 'development',
            DB_PUSH: '0',
            // No job runner touching tables the migrations have not made yet.
            JOBS_AUTORUN: '0',
            DATABASE_URL: await emptyDatabase(),
            MEDIA_DIR: mediaDir,
            LEGACY_BASE64: PDF_BYTES.toString('base64'),
          },
          encoding: 'utf8',
          timeout: 120_000,
        },
      )
      return { child, mediaDir }
    }
    const { child, mediaDir } = await runScript()
    // On failure, what the script said is the message (a failure in CI is then readable).
    expect(child.status, `${child.stderr}\n${child.stdout}`.slice(-4000)).toBe(0)
    const output = child.stdout
    const result = JSON.parse(/^RESULT (.*)$/m.exec(output)![1])
    const [first, second] = result.messages
    expect({ leftovers: result.leftovers, media: result.media }).toEqual({ leftovers: 0, media: 1 })
    expect(second.media).toEqual(first.media)
    expect([first.outcomes, second.outcomes]).toEqual([['attached'], ['attached']])
    expect(path.dirname(first.paths[0])).toBe(path.resolve(mediaDir))
    expect(readFileSync(first.paths[0]).equals(PDF_BYTES)).toBe(true)
  }, 180_000)
})
