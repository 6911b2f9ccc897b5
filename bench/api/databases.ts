// Scratch databases for the API benchmark. The demo database with the benchmark's agencies
// (`prepare`: migrate, seed, setup.ts) is made once per key (build.ts, `preparedKey`) and kept (a file, or a
// PostgreSQL template database); every run serves two fresh copies of it, one to our server and
// one to the bare twin, so both start from the same rows with the same ids.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { benchRoot } from './build'
import type { Fixture } from './setup'

export type Scratch = {
  name: 'sqlite' | 'postgres'
  url: string
  twinUrl: string
  fixture: Fixture
  drop: () => void
}

type Prepare = (url: string) => Fixture

const SQLITE_FILES = ['', '-wal', '-shm']

export const copySqlite = (from: string, to: string) => {
  for (const suffix of SQLITE_FILES)
    if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix)
}

/** The fixture kept beside a prepared database, or the one `prepare` makes (then kept). */
const fixtureOf = (file: string, prepare: () => Fixture): Fixture => {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Fixture
  const fixture = prepare()
  writeFileSync(file, JSON.stringify(fixture))
  return fixture
}

export const sqliteScratch = (key: string, prepare: Prepare): Scratch => {
  const prepared = path.join(benchRoot, `prepared-${key}.db`)
  const fixture = fixtureOf(`${prepared}.json`, () => {
    for (const suffix of SQLITE_FILES) rmSync(prepared + suffix, { force: true })
    return prepare(`file:${prepared}`)
  })
  const dir = mkdtempSync(path.join(benchRoot, 'sqlite-'))
  const [ours, twin] = [path.join(dir, 'ours.db'), path.join(dir, 'twin.db')]
  copySqlite(prepared, ours)
  copySqlite(prepared, twin)
  return {
    name: 'sqlite',
    url: `file:${ours}`,
    twinUrl: `file:${twin}`,
    fixture,
    drop: () => rmSync(dir, { recursive: true, force: true }),
  }
}

export const postgresScratch = (base: string, key: string, prepare: Prepare): Scratch => {
  const urlOf = (name: string) => {
    const url = new URL(base)
    url.pathname = `/${name}`
    return url.toString()
  }
  const psql = (sql: string) => execFileSync('psql', [base, '-qtAc', sql], { encoding: 'utf8' })
  const template = `tf06_bench_api_${key.replace(/\W/g, '_')}`
  const fixture = fixtureOf(path.join(benchRoot, `${template}.json`), () => {
    psql(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`)
    psql(`CREATE DATABASE ${template}`)
    return prepare(urlOf(template))
  })
  const ours = `tf06_bench_api_run_${process.pid}`
  const twin = `${ours}_twin`
  psql(`CREATE DATABASE ${ours} TEMPLATE ${template}`)
  psql(`CREATE DATABASE ${twin} TEMPLATE ${template}`)
  return {
    name: 'postgres',
    url: urlOf(ours),
    twinUrl: urlOf(twin),
    fixture,
    drop: () => {
      psql(`DROP DATABASE IF EXISTS ${ours} WITH (FORCE)`)
      psql(`DROP DATABASE IF EXISTS ${twin} WITH (FORCE)`)
    },
  }
}
