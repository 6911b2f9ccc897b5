// npm run restore -- <archive> [--force]: brings back a backup made by `npm run backup` into the
// configured database (DATABASE_URL; the PostgreSQL database must exist, e.g. made by createdb)
// and media folder (MEDIA_DIR). Stop the server first. A target that already holds data is left
// alone unless --force is given; with --force its contents are replaced.
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import {
  countFiles,
  databaseTarget,
  FORMAT,
  loadEnv,
  MANIFEST,
  mediaDir,
  MEDIA_FOLDER,
  runTool,
  type Manifest,
} from './backupShared'

loadEnv()

const { values, positionals } = parseArgs({
  options: { force: { type: 'boolean', default: false } },
  allowPositionals: true,
})
const [archiveArg] = positionals
if (!archiveArg || positionals.length > 1) {
  console.error('Usage: npm run restore -- <backups/taskforce06-….tar.gz> [--force]')
  process.exit(2)
}
const archive = path.resolve(archiveArg)
if (!existsSync(archive)) {
  console.error(`No archive at ${archive}.`)
  process.exit(2)
}

const started = Date.now()
const target = databaseTarget()
const media = mediaDir()
const work = mkdtempSync(path.join(tmpdir(), 'taskforce06-restore-'))

const refuse = (message: string): never => {
  console.error(`${message}\nNothing was changed. Add --force to replace it.`)
  rmSync(work, { recursive: true, force: true })
  process.exit(1)
}

try {
  runTool('tar', ['-xzf', archive, '-C', work], 'unpacking the archive')
  const manifest = JSON.parse(readFileSync(path.join(work, MANIFEST), 'utf8')) as Manifest
  if (manifest.format !== FORMAT) throw new Error(`${archive} is not a Taskforce 06 backup.`)
  if (manifest.database !== target.kind)
    throw new Error(
      `The archive holds a ${manifest.database} database but DATABASE_URL points to ${target.kind}.`,
    )

  // Check both targets before touching either.
  const psql = (sql: string) => runTool('psql', [target.url, '-tAqc', sql], 'the PostgreSQL check')
  const databaseHasData =
    target.kind === 'sqlite'
      ? existsSync(target.sqliteFile!) && statSync(target.sqliteFile!).size > 0
      : Number(
          psql(
            "select count(*) from information_schema.tables where table_schema = 'public'",
          ).trim(),
        ) > 0
  const mediaHasFiles = existsSync(media) && readdirSync(media).length > 0
  if (!values.force) {
    if (databaseHasData)
      refuse(
        `The database ${target.kind === 'sqlite' ? target.sqliteFile : '(DATABASE_URL)'} is not empty.`,
      )
    if (mediaHasFiles) refuse(`The media folder ${media} is not empty.`)
  }

  const databaseFile = path.join(work, manifest.databaseFile)
  if (target.kind === 'sqlite') {
    const file = target.sqliteFile!
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      rmSync(`${file}${suffix}`, { force: true })
    mkdirSync(path.dirname(file), { recursive: true })
    copyFileSync(databaseFile, file)
  } else {
    if (databaseHasData) psql('DROP SCHEMA public CASCADE; CREATE SCHEMA public;')
    runTool(
      'pg_restore',
      ['--no-owner', '--no-privileges', '--exit-on-error', '--dbname', target.url, databaseFile],
      'the PostgreSQL restore',
    )
  }

  rmSync(media, { recursive: true, force: true })
  mkdirSync(media, { recursive: true })
  cpSync(path.join(work, MEDIA_FOLDER), media, { recursive: true })
  const restoredFiles = countFiles(media)
  if (restoredFiles !== manifest.mediaFiles)
    throw new Error(
      `Restored ${restoredFiles} media files, the archive lists ${manifest.mediaFiles}.`,
    )

  console.log(
    `Restored ${archive} (made ${manifest.createdAt}): ${target.kind} database, ${restoredFiles} media files into ${media} (${Date.now() - started} ms)`,
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
