// Shared by scripts/backup.ts and scripts/restore.ts: where the database and the media are, and
// the archive's layout.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { databaseKind, DEFAULT_SQLITE_FILE, type DatabaseKind } from '../src/db/adapter'

/** Layout of an archive: manifest.json, database.sqlite or database.pgdump, media/… */
export const MANIFEST = 'manifest.json'
export const SQLITE_FILE = 'database.sqlite'
export const PG_DUMP_FILE = 'database.pgdump'
export const MEDIA_FOLDER = 'media'
export const FORMAT = 'taskforce06-backup/1'

export type Manifest = {
  format: typeof FORMAT
  createdAt: string
  database: Exclude<DatabaseKind, 'mongodb'>
  databaseFile: string
  mediaFiles: number
}

export const loadEnv = () => {
  if (existsSync('.env')) process.loadEnvFile('.env')
}

export const mediaDir = () => path.resolve(process.env.MEDIA_DIR || 'data/media')

export const databaseTarget = () => {
  const url = process.env.DATABASE_URL
  const kind = databaseKind(url)
  if (kind === 'mongodb')
    throw new Error('Backups of MongoDB are not supported by this script: use mongodump.')
  const sqliteFile =
    kind === 'sqlite' ? path.resolve(url ? url.replace(/^file:/, '') : DEFAULT_SQLITE_FILE) : null
  return { kind, url: url ?? `file:${DEFAULT_SQLITE_FILE}`, sqliteFile } as const
}

/** Runs a command, failing with its output; checks first that it is installed. */
export const runTool = (command: string, args: string[], what: string) => {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT')
    throw new Error(`${command} is not installed or not on PATH (needed for ${what}).`)
  if (result.status !== 0)
    throw new Error(`${what} failed (${command}): ${result.stderr || result.stdout}`.trim())
  return result.stdout
}

export const countFiles = (dir: string): number =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile())
        .length
    : 0
