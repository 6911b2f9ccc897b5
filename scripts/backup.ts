// npm run backup [-- --out <folder>]: a consistent copy of the database and the media folder in
// one dated archive, backups/taskforce06-<date>.tar.gz (or BACKUP_DIR / --out). Safe while the
// server runs: SQLite is copied by `VACUUM INTO` (one read transaction: the database as it stood
// at one moment), PostgreSQL by `pg_dump` (one snapshot). The media folder is copied after the
// database, so every file a copied record points to is already there.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createClient } from '@libsql/client'

import {
  countFiles,
  databaseTarget,
  FORMAT,
  loadEnv,
  MANIFEST,
  mediaDir,
  MEDIA_FOLDER,
  PG_DUMP_FILE,
  runTool,
  SQLITE_FILE,
  type Manifest,
} from './backupShared'

loadEnv()

const { values } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: false })
const outDir = path.resolve(values.out ?? process.env.BACKUP_DIR ?? 'backups')

const started = Date.now()
const target = databaseTarget()
const stamp = new Date().toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 19)
const work = mkdtempSync(path.join(tmpdir(), 'taskforce06-backup-'))

try {
  let databaseFile: string
  if (target.kind === 'sqlite') {
    if (!existsSync(target.sqliteFile!))
      throw new Error(`No SQLite database at ${target.sqliteFile}: nothing to back up.`)
    databaseFile = SQLITE_FILE
    const client = createClient({ url: `file:${target.sqliteFile}` })
    try {
      await client.execute('PRAGMA busy_timeout = 10000')
      await client.execute({
        sql: 'VACUUM INTO ?',
        args: [path.join(work, SQLITE_FILE)],
      })
    } finally {
      client.close()
    }
  } else {
    databaseFile = PG_DUMP_FILE
    runTool(
      'pg_dump',
      [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        '--file',
        path.join(work, PG_DUMP_FILE),
        target.url,
      ],
      'the PostgreSQL dump',
    )
  }

  const media = mediaDir()
  mkdirSync(path.join(work, MEDIA_FOLDER))
  if (existsSync(media)) cpSync(media, path.join(work, MEDIA_FOLDER), { recursive: true })

  const manifest: Manifest = {
    format: FORMAT,
    createdAt: new Date().toISOString(),
    database: target.kind,
    databaseFile,
    mediaFiles: countFiles(path.join(work, MEDIA_FOLDER)),
  }
  writeFileSync(path.join(work, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)

  mkdirSync(outDir, { recursive: true })
  const archive = path.join(outDir, `taskforce06-${stamp}.tar.gz`)
  if (existsSync(archive)) throw new Error(`${archive} exists already; try again in a second.`)
  runTool('tar', ['-czf', archive, '-C', work, MANIFEST, databaseFile, MEDIA_FOLDER], 'the archive')
  console.log(
    `Backup written: ${archive} (${target.kind}, ${manifest.mediaFiles} media files, ${Date.now() - started} ms)`,
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
