import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { storeLegacyAttachment, type LegacyAttachment } from '../../src/email/legacyAttachments'

// Outbox attachments held as base64 text become files in the media folder with a media record
// each; the mapping waits in "outbox_attachment_files" until the attachment rows have their
// "media_id" column (20261202_235959_outbox_attachment_files_link).
export async function up({ db, payload }: MigrateUpArgs): Promise<void> {
  const { rows: columns } = await db.execute(
    sql`SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'notifications_attachments' AND column_name = 'content_base64';`,
  )
  if (columns.length === 0) return
  await db.execute(sql`CREATE TABLE IF NOT EXISTS "outbox_attachment_files" (
    "attachment_id" varchar PRIMARY KEY NOT NULL,
    "media_id" integer NOT NULL
  );`)
  const { rows } = await db.execute(
    sql`SELECT "id", "filename", "content_type" AS "contentType", "content_base64" AS "contentBase64" FROM "notifications_attachments";`,
  )
  const mediaByHash = new Map<string, number>()
  for (const row of rows as LegacyAttachment[]) {
    const file = await storeLegacyAttachment(payload, row)
    let mediaId = mediaByHash.get(file.hash)
    if (mediaId === undefined) {
      const { rows: created } = await db.execute(
        sql`INSERT INTO "media" ("title", "filename", "mime_type", "filesize") VALUES (${file.title}, ${file.filename}, ${file.mimeType}, ${file.filesize}) RETURNING "id";`,
      )
      mediaId = Number((created[0] as { id: number }).id)
      mediaByHash.set(file.hash, mediaId)
    }
    await db.execute(
      sql`INSERT INTO "outbox_attachment_files" ("attachment_id", "media_id") VALUES (${row.id}, ${mediaId}) ON CONFLICT ("attachment_id") DO UPDATE SET "media_id" = EXCLUDED."media_id";`,
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "outbox_attachment_files";`)
}
