import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// The second half of 20261202_150000_outbox_attachment_files: each converted attachment row
// names its media record, and the mapping table goes.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  const { rows } = await db.execute(sql`SELECT to_regclass('outbox_attachment_files') AS "table";`)
  if (!(rows[0] as { table: string | null } | undefined)?.table) return
  await db.execute(sql`UPDATE "notifications_attachments" AS a
    SET "media_id" = f."media_id"
    FROM "outbox_attachment_files" AS f
    WHERE f."attachment_id" = a."id";`)
  await db.execute(sql`DROP TABLE "outbox_attachment_files";`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {}
