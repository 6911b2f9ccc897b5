import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reminderPeriodOf } from '../../hooks/rules/reportReminders'
import { vnToday } from '../../src/lib/clock'
import { startSmtp, type TestSmtp } from '../helpers/smtp'
import {
  createPostgresDatabase,
  DEMO_PASSWORD,
  freePort,
  inspect,
  npmScript,
  scratchDatabase,
  sleep,
  startServer,
  waitReady,
  type DatabaseKind,
  type Scratch,
  type Server,
} from './harness'

// Issue 11, "faults survived": on each database, a production server on a migrated and seeded
// scratch database
//  1. runs its jobs right after start, before any request (a queued mail reaches a real SMTP server);
//  2. takes concurrent report saves, task updates and meeting writes from several clients, is
//     killed (SIGKILL to its process group) mid-run and restarted: every write answered 2xx is
//     there, each applied write has exactly one audit entry (so no record changed without its
//     audit entry, and no entry without its change), no report holds a mix of two saves, and the
//     rollups equal a rebuild;
//  3. is backed up (`npm run backup`) while those writes run, and the archive restored
//     (`npm run restore`) into a fresh database and media folder is one consistent moment; a
//     backup once the writes stop restores to the same counts and checksums of every collection.

const DATABASES = (process.env.CRASH_DATABASES ?? 'sqlite,postgres').split(',') as DatabaseKind[]
const LOAD_BEFORE_KILL_MS = Number(process.env.CRASH_LOAD_MS ?? 6_000)
const REQUEST_TIMEOUT_MS = 20_000

// Answers of the REST API, read loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>
type Answer = { status: number; body: Json }

const call = async (
  baseUrl: string,
  token: string | null,
  method: string,
  route: string,
  body?: unknown,
): Promise<Answer> => {
  const response = await fetch(`${baseUrl}/api${route}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await response.text()
  let parsed: Json
  try {
    parsed = JSON.parse(text) as Json
  } catch {
    parsed = { text }
  }
  return { status: response.status, body: parsed }
}

const ok = (answer: Answer, what: string): Json => {
  if (answer.status < 200 || answer.status >= 300)
    throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 800)}`)
  return answer.body
}

const login = async (baseUrl: string, email: string) =>
  ok(
    await call(baseUrl, null, 'POST', '/users/login', { email, password: DEMO_PASSWORD }),
    `login ${email}`,
  ).token as string

/** A client writes sequence-stamped values to its own record, one write at a time. */
type Client = {
  name: string
  collection: 'reports' | 'tasks' | 'meetings'
  id: number | string
  email: string
  token: string
  /** The write of sequence number `seq`. */
  data: (seq: number) => Json
  /** The sequence number a stored record shows, and whether the record is whole. */
  read: (doc: Json) => { seq: number; whole: boolean }
  acked: number
  inFlight: number | null
  refused: string[]
}

const stamp = (name: string, seq: number) => `crash ${name} #${seq}`
const seqOf = (name: string, value: unknown): number => {
  const match = new RegExp(`^crash ${name} #(\\d+)$`).exec(String(value ?? ''))
  return match ? Number(match[1]) : 0
}

const auditCount = async (baseUrl: string, adminToken: string, client: Client) => {
  const where = `where[collectionSlug][equals]=${client.collection}&where[documentId][equals]=${client.id}&where[operation][equals]=update`
  return ok(
    await call(baseUrl, adminToken, 'GET', `/audit-log?${where}&limit=1&depth=0`),
    'audit count',
  ).totalDocs as number
}

/** Records of each kind the clients write to, made through the API as the demo users. */
const prepareClients = async (baseUrl: string, tag: string): Promise<Client[]> => {
  const admin = await login(baseUrl, 'admin@demo.taskforce06.vn')
  const secretariatEmail = 'secretariat@demo.taskforce06.vn'
  const clients: Client[] = []
  const period = reminderPeriodOf(vnToday())

  // Report savers: a new department each, its reporter and its draft report of last month.
  for (let index = 1; index <= 3; index++) {
    const name = `r${index}`
    const agency = ok(
      await call(baseUrl, admin, 'POST', '/agencies', {
        name: `Sở thử nghiệm ${tag} ${index}`,
        code: `CRASH-${tag}-${index}`.toUpperCase(),
        kind: 'department',
      }),
      'agency',
    ).doc as Json
    const email = `crash-${tag}-${index}@test.vn`.toLowerCase()
    ok(
      await call(baseUrl, admin, 'POST', '/users', {
        email,
        password: DEMO_PASSWORD,
        fullName: `Cán bộ thử nghiệm ${index}`,
        roles: ['reporter'],
        agency: agency.id,
      }),
      'reporter',
    )
    const token = await login(baseUrl, email)
    const report = ok(
      await call(baseUrl, token, 'POST', '/reports?depth=0', { agency: agency.id, period }),
      'report',
    ).doc as Json
    const lines = (report.indicatorLines ?? []) as Json[]
    clients.push({
      name,
      collection: 'reports',
      id: report.id,
      email,
      token,
      data: (seq) => ({
        obstacles: stamp(name, seq),
        indicatorLines: lines.map((line) => ({ ...line, value: seq, note: stamp(name, seq) })),
      }),
      read: (doc) => {
        const seq = seqOf(name, doc.obstacles)
        const stored = (doc.indicatorLines ?? []) as Json[]
        const whole =
          stored.length === lines.length &&
          stored.every((line) => line.value === seq && line.note === stamp(name, seq))
        return { seq, whole }
      },
      acked: 0,
      inFlight: null,
      refused: [],
    })
  }

  // Task updaters: the secretariat records progress on open tasks of the demo.
  const secretariat = await login(baseUrl, secretariatEmail)
  const tasks = ok(
    await call(
      baseUrl,
      admin,
      'GET',
      '/tasks?where[progress][less_than]=90&depth=0&limit=40&sort=id',
    ),
    'tasks',
  ).docs as Json[]
  for (const task of tasks) {
    if (clients.filter((client) => client.collection === 'tasks').length === 2) break
    const name = `t${task.id}`
    const probe = await call(baseUrl, secretariat, 'PATCH', `/tasks/${task.id}?depth=0`, {
      result: stamp(name, 0),
    })
    if (probe.status !== 200) continue
    clients.push({
      name,
      collection: 'tasks',
      id: task.id,
      email: secretariatEmail,
      token: await login(baseUrl, secretariatEmail),
      data: (seq) => ({ result: stamp(name, seq), progress: (seq % 80) + 1 }),
      read: (doc) => {
        const seq = seqOf(name, doc.result)
        return { seq, whole: seq === 0 || doc.progress === (seq % 80) + 1 }
      },
      acked: 0,
      inFlight: null,
      refused: [],
    })
  }

  // Meeting writers: the secretariat plans a meeting each (as in the meetings e2e test) and keeps
  // changing its place.
  const group = ok(
    await call(baseUrl, admin, 'GET', '/working-groups?where[kind][equals]=wg&limit=1&depth=0'),
    'group',
  ).docs[0] as Json
  const head = ok(
    await call(
      baseUrl,
      admin,
      'GET',
      '/users?where[email][equals]=leader@demo.taskforce06.vn&depth=0',
    ),
    'leader',
  ).docs[0] as Json
  for (let index = 1; index <= 2; index++) {
    const name = `m${index}`
    let meeting: Json | null = null
    // A working day in a month no one has planned: try a few days.
    for (let day = 4; day <= 12 && !meeting; day++) {
      const year = 2031 + (Number.parseInt(tag.slice(-2), 36) % 40)
      const start = new Date(Date.UTC(year, index * 3, day, 1))
      const answer = await call(baseUrl, secretariat, 'POST', '/meetings?depth=0', {
        group: group.id,
        kind: 'regular',
        start: start.toISOString(),
        end: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
        place: stamp(name, 0),
        chair: head.id,
        agenda: [{ title: `Nội dung thử nghiệm ${name}`, presenterAgency: head.agency }],
      })
      if (answer.status === 201 || answer.status === 200) meeting = answer.body.doc as Json
    }
    if (!meeting) throw new Error('no meeting could be planned for the crash test')
    clients.push({
      name,
      collection: 'meetings',
      id: meeting.id,
      email: secretariatEmail,
      token: await login(baseUrl, secretariatEmail),
      data: (seq) => ({ place: stamp(name, seq) }),
      read: (doc) => ({
        seq: seqOf(name, doc.place),
        whole: Array.isArray(doc.agenda) && doc.agenda.length === 1,
      }),
      acked: 0,
      inFlight: null,
      refused: [],
    })
  }
  return clients
}

/** Each client writes until `stop()` is true or the server stops answering. */
const drive = (baseUrl: string, clients: Client[], shouldStop: () => boolean) =>
  Promise.all(
    clients.map(async (client) => {
      while (!shouldStop()) {
        const seq = client.acked + 1
        client.inFlight = seq
        let answer: Answer
        try {
          answer = await call(
            baseUrl,
            client.token,
            'PATCH',
            `/${client.collection}/${client.id}?depth=0`,
            client.data(seq),
          )
        } catch {
          return // the server is gone: this write's fate is unknown
        }
        if (answer.status >= 200 && answer.status < 300) {
          client.acked = seq
          client.inFlight = null
        } else {
          client.refused.push(`${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`)
          client.inFlight = null
          return
        }
      }
    }),
  )

/** The clients' records and the number of update audit entries of each, in one inspection. */
const readBack = (env: Record<string, string>, clients: Client[]) => {
  const collections = ['reports', 'tasks', 'meetings'] as const
  const queries = [
    ...collections.map((collection) => ({
      collection,
      where: {
        id: { in: clients.filter((c) => c.collection === collection).map((c) => c.id) },
      },
    })),
    {
      collection: 'audit-log',
      where: {
        and: [
          { operation: { equals: 'update' } },
          { documentId: { in: clients.map((c) => String(c.id)) } },
        ],
      },
      select: { collectionSlug: true, documentId: true },
    },
  ]
  const answers = inspect<Json[][]>(env, 'find', JSON.stringify(queries))
  const docs = new Map<string, Json>()
  collections.forEach((collection, index) => {
    for (const doc of answers[index]) docs.set(`${collection}:${doc.id}`, doc)
  })
  const audits = new Map<string, number>()
  for (const entry of answers[collections.length]) {
    const key = `${entry.collectionSlug}:${entry.documentId}`
    audits.set(key, (audits.get(key) ?? 0) + 1)
  }
  return { docs, audits }
}

const mediaListing = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
        .sort()
    : []

describe.each(DATABASES)('faults survived on %s (issue 11)', (kind) => {
  let scratch: Scratch
  let server: Server | null = null
  let smtp: TestSmtp
  let port: number
  let clients: Client[] = []
  const auditBaseline = new Map<string, number>()
  const tag = `${kind.slice(0, 2)}${Date.now().toString(36).slice(-5)}`
  const cleanups: (() => void)[] = []

  const start = () => {
    server = startServer(
      { ...scratch.env, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) },
      port,
      `tf06-crash-${kind}`,
    )
    return server
  }

  beforeAll(async () => {
    smtp = await startSmtp()
    port = await freePort()
    scratch = scratchDatabase(kind)
    cleanups.push(() => scratch.drop())
  }, 300_000)

  afterAll(async () => {
    await server?.stop()
    await smtp?.stop()
    for (const cleanup of cleanups) cleanup()
  })

  it('runs its jobs at start, before any request: a queued mail is delivered', async () => {
    const subject = `Thư thử nghiệm khởi động ${tag}`
    inspect(scratch.env, 'queue-mail', JSON.stringify({ to: 'vanthu@test.vn', subject }))
    const running = start()
    // No request is made: only the server's own start can deliver it.
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline && !smtp.messages.some((m) => m.subject === subject)) {
      if (running.process.exitCode !== null) throw new Error(`server exited; log ${running.log}`)
      await sleep(250)
    }
    expect(smtp.messages.map((m) => m.subject)).toContain(subject)
    await waitReady(running)
  }, 120_000)

  it('keeps every acknowledged write, whole and audited, through a kill -9 under load', async () => {
    const running = server!
    clients = await prepareClients(running.baseUrl, tag)
    expect(clients.map((c) => c.collection)).toEqual([
      'reports',
      'reports',
      'reports',
      'tasks',
      'tasks',
      'meetings',
      'meetings',
    ])
    const admin = await login(running.baseUrl, 'admin@demo.taskforce06.vn')
    for (const client of clients)
      auditBaseline.set(
        `${client.collection}:${client.id}`,
        await auditCount(running.baseUrl, admin, client),
      )

    let killed = false
    const load = drive(running.baseUrl, clients, () => killed)
    await sleep(LOAD_BEFORE_KILL_MS)
    killed = true
    await running.crash()
    await load
    expect(clients.flatMap((c) => c.refused)).toEqual([])
    const acknowledged = clients.reduce((sum, c) => sum + c.acked, 0)
    console.log(
      `${kind}: ${acknowledged} writes acknowledged before the kill; in flight: ${clients.filter((c) => c.inFlight).length}`,
    )
    expect(acknowledged).toBeGreaterThan(clients.length)

    // Restarted, the server answers a login again.
    const restarted = start()
    await waitReady(restarted)
    await login(restarted.baseUrl, 'admin@demo.taskforce06.vn')
    await restarted.stop()

    const { docs: stored, audits } = readBack(scratch.env, clients)
    const problems: string[] = []
    for (const client of clients) {
      const key = `${client.collection}:${client.id}`
      const doc = stored.get(key)
      if (!doc) {
        problems.push(`${key} (${client.name}) is missing`)
        continue
      }
      const { seq, whole } = client.read(doc)
      const possible = [client.acked, ...(client.inFlight ? [client.inFlight] : [])]
      if (!possible.includes(seq))
        problems.push(`${key} (${client.name}) shows write #${seq}; acknowledged #${client.acked}`)
      if (!whole)
        problems.push(
          `${key} (${client.name}) is half-written: ${JSON.stringify(doc).slice(0, 300)}`,
        )
      // The probe write of the task clients (#0) came before the baseline.
      const applied = seq
      const audited = (audits.get(key) ?? 0) - (auditBaseline.get(key) ?? 0)
      if (audited !== applied)
        problems.push(
          `${key} (${client.name}): ${applied} writes applied, ${audited} audit entries`,
        )
      // The next writes continue from what is stored.
      client.acked = seq
      client.inFlight = null
    }
    expect(problems).toEqual([])
  }, 240_000)

  it('keeps the rollups equal to a rebuild after the crash', () => {
    const { before, after } = inspect<{
      before: Record<string, string[]>
      after: Record<string, string[]>
    }>(scratch.env, 'rollups', 'rebuild')
    for (const slug of Object.keys(before)) expect(before[slug], slug).toEqual(after[slug])
  }, 120_000)

  it('backs up while writes run, and restores a consistent copy into a fresh database', async () => {
    const running = start()
    await waitReady(running)
    for (const client of clients) {
      client.token = await login(running.baseUrl, client.email)
      client.inFlight = null
    }
    // Where each record stands now (the crash test above may have stopped before noting it).
    const { docs: atStart, audits: auditsAtStart } = readBack(scratch.env, clients)
    const startSeq = new Map<string, number>()
    for (const client of clients) {
      const key = `${client.collection}:${client.id}`
      client.acked = client.read(atStart.get(key) ?? {}).seq
      startSeq.set(key, client.acked)
    }
    const backups = mkdtempSync(path.join(tmpdir(), 'tf06-backups-'))
    cleanups.push(() => rmSync(backups, { recursive: true, force: true }))
    let stop = false
    const load = drive(running.baseUrl, clients, () => stop)
    await sleep(1_000)
    const underLoad = npmScript({ ...scratch.env, BACKUP_DIR: backups }, 'backup')
    stop = true
    await load
    expect(clients.flatMap((c) => c.refused)).toEqual([])
    await running.stop()
    const [archive] = readdirSync(backups).map((name) => path.join(backups, name))
    expect(underLoad).toContain(archive)

    // A fresh target: an empty database and media folder.
    const restoreTarget = () => {
      const dir = mkdtempSync(path.join(tmpdir(), `tf06-restore-${kind}-`))
      const pg = kind === 'postgres' ? createPostgresDatabase('tf06_restore') : null
      cleanups.push(() => {
        pg?.drop()
        rmSync(dir, { recursive: true, force: true })
      })
      return {
        DATABASE_URL: pg ? pg.url : `file:${path.join(dir, 'restored.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        PAYLOAD_SECRET: scratch.env.PAYLOAD_SECRET,
      }
    }
    const restored = restoreTarget()
    npmScript(restored, 'restore', archive)
    // The restore refuses to overwrite what is now there without --force.
    expect(() => npmScript(restored, 'restore', archive)).toThrow(/not empty/)

    // One consistent moment: each record with exactly as many audit entries as writes applied.
    const { docs: stored, audits } = readBack(restored, clients)
    for (const client of clients) {
      const key = `${client.collection}:${client.id}`
      const { seq, whole } = client.read(stored.get(key) ?? {})
      expect(whole, key).toBe(true)
      expect((audits.get(key) ?? 0) - (auditsAtStart.get(key) ?? 0), key).toBe(
        seq - (startSeq.get(key) ?? 0),
      )
    }
    expect(mediaListing(restored.MEDIA_DIR)).toEqual(mediaListing(scratch.env.MEDIA_DIR))

    // Once the writes stop, a backup restores to the same counts and checksums everywhere.
    const quiet = npmScript({ ...scratch.env, BACKUP_DIR: backups }, 'backup')
    const latest = readdirSync(backups)
      .map((name) => path.join(backups, name))
      .find((file) => quiet.includes(file))!
    const again = restoreTarget()
    npmScript(again, 'restore', latest)
    const source = inspect<Record<string, { count: number; sha256: string }>>(
      scratch.env,
      'checksums',
    )
    const copy = inspect<Record<string, { count: number; sha256: string }>>(again, 'checksums')
    expect(Object.keys(source).length).toBeGreaterThan(20)
    expect(copy).toEqual(source)
    expect(mediaListing(again.MEDIA_DIR)).toEqual(mediaListing(scratch.env.MEDIA_DIR))
  }, 300_000)
})
