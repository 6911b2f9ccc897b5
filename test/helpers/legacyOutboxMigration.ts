// Run as a child process by test/int/outbox-migration.test.ts, on an empty database
// (DATABASE_URL) and media folder (MEDIA_DIR): applies the migrations before the outbox kept
// files by reference, stores two messages whose attachment is base64 text (one content, two
// recipients), applies the remaining migrations, and prints what became of them.
import { readdirSync } from 'node:fs'
import path from 'node:path'

import { sql } from 'drizzle-orm'
import { createLocalReq, getPayload, type Migration } from 'payload'

const FIRST_BY_REFERENCE = '20261202_150000'

const kind = process.env.DATABASE_URL?.startsWith('postgres') ? 'postgres' : 'sqlite'
const dir = path.resolve('migrations', kind)
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
const names = readdirSync(dir)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .sort()
const load = (files: string[]): Promise<Migration[]> =>
  Promise.all(
    files.map(async (file) => {
      const migration = await import(path.join(dir, file))
      return {
        name: file.replace(/\.ts$/, ''),
        up: migration.up,
        down: migration.down,
      } as Migration
    }),
  )
const migrate = async (files: string[]) =>
  (
    payload.db as unknown as { migrate: (args: { migrations: Migration[] }) => Promise<void> }
  ).migrate({ migrations: await load(files) })

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- drizzle of either adapter
const db = (payload.db as any).drizzle
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a drizzle SQL fragment
const rowsOf = async (query: any): Promise<Record<string, unknown>[]> =>
  kind === 'sqlite' ? db.all(query) : (await db.execute(query)).rows

await migrate(names.filter((name) => name < FIRST_BY_REFERENCE))
const content = process.env.LEGACY_BASE64 ?? ''
const ids: number[] = []
for (const [index, recipient] of ['a@thu-cu.vn', 'b@thu-cu.vn'].entries()) {
  const [note] = await rowsOf(
    sql`INSERT INTO notifications (recipient, kind, subject, text, status, dedupe_id) VALUES (${recipient}, 'other', 'Giấy mời họp', 'Kính mời dự họp.', 'queued', ${`cu:${index}`}) RETURNING id`,
  )
  ids.push(Number(note.id))
  await rowsOf(
    sql`INSERT INTO notifications_attachments (_order, _parent_id, id, filename, content_type, content_base64) VALUES (1, ${note.id}, ${`tep-${index}`}, 'bao-cao.pdf', 'application/pdf', ${content}) RETURNING id`,
  )
}
await migrate(names.filter((name) => name >= FIRST_BY_REFERENCE))

const { composeMessage } = await import('../../src/email/compose')
const req = await createLocalReq({}, payload)
const messages = []
for (const id of ids) {
  const note = await payload.findByID({ collection: 'notifications', id, depth: 0 })
  const { message, outcomes } = await composeMessage(req, note)
  messages.push({
    media: note.attachments?.map((row) => row.media),
    outcomes,
    paths: (message.attachments as { path?: string }[] | undefined)?.map((file) => file.path),
  })
}
const leftovers = await rowsOf(
  kind === 'sqlite'
    ? sql`SELECT name FROM sqlite_master WHERE name = 'outbox_attachment_files'`
    : sql`SELECT 1 FROM information_schema.tables WHERE table_name = 'outbox_attachment_files'`,
)
const media = await payload.count({ collection: 'media' })
console.log(
  `RESULT ${JSON.stringify({ messages, leftovers: leftovers.length, media: media.totalDocs })}`,
)
process.exit(0)
