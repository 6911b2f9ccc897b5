import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { storeLegacyAttachment, type LegacyAttachment } from '../../src/email/legacyAttachments'

// Outbox attachments held as base64 text become files in the media folder with a media record
// each; the mapping waits in `outbox_attachment_files` until the attachment rows have their
// `media_id` column (20261202_235959_outbox_attachment_files_link).
export async function up({ db, payload }: MigrateUpArgs): Promise<void> {
  const columns = await db.all<{ name: string }>(sql`PRAGMA table_info(\`notifications_attachments\`)`)
  if (!columns.some((column) => column.name === 'content_base64')) return
  await db.run(sql`CREATE TABLE IF NOT EXISTS \`outbox_attachment_files\` (
    \`attachment_id\` text PRIMARY KEY NOT NULL,
    \`media_id\` integer NOT NULL
  );`)
  const rows = await db.all<LegacyAttachment>(
    sql`SELECT \`id\`, \`filename\`, \`content_type\` AS contentType, \`content_base64\` AS contentBase64 FROM \`notifications_attachments\`;`,
  )
  const mediaByHash = new Map<string, number>()
  for (const row of rows) {
    const file = await storeLegacyAttachment(payload, row)
    let mediaId = mediaByHash.get(file.hash)
    if (mediaId === undefined) {
      const [created] = await db.all<{ id: number }>(
        sql`INSERT INTO \`media\` (\`title\`, \`filename\`, \`mime_type\`, \`filesize\`) VALUES (${file.title}, ${file.filename}, ${file.mimeType}, ${file.filesize}) RETURNING \`id\`;`,
      )
      mediaId = created.id
      mediaByHash.set(file.hash, mediaId)
    }
    await db.run(
      sql`INSERT OR REPLACE INTO \`outbox_attachment_files\` (\`attachment_id\`, \`media_id\`) VALUES (${row.id}, ${mediaId});`,
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS \`outbox_attachment_files\`;`)
}
