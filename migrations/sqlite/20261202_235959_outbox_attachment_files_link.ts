import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// The second half of 20261202_150000_outbox_attachment_files: each converted attachment row
// names its media record, and the mapping table goes.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  const tables = await db.all<{ name: string }>(
    sql`SELECT \`name\` FROM \`sqlite_master\` WHERE \`type\` = 'table' AND \`name\` = 'outbox_attachment_files';`,
  )
  if (tables.length === 0) return
  await db.run(sql`UPDATE \`notifications_attachments\`
    SET \`media_id\` = (SELECT \`media_id\` FROM \`outbox_attachment_files\` WHERE \`attachment_id\` = \`notifications_attachments\`.\`id\`)
    WHERE \`id\` IN (SELECT \`attachment_id\` FROM \`outbox_attachment_files\`);`)
  await db.run(sql`DROP TABLE \`outbox_attachment_files\`;`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {}
