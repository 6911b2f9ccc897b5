import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`members\` ADD \`post_title\` text;`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`post_from\` text;`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`post_to\` text;`)
  // R12.1: a seat already held takes its holder's job title as the concurrent post.
  await db.run(sql`UPDATE \`members\` SET \`post_title\` = (SELECT \`job_title\` FROM \`users\` WHERE \`users\`.\`id\` = \`members\`.\`user_id\`) WHERE \`post_title\` IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`post_title\`;`)
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`post_from\`;`)
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`post_to\`;`)
}
