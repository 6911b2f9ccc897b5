import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { refreshAllSearchText } from '../../src/search'

// Issue 13, item 12: the hidden search column of the searched collections (src/search), filled
// for the records stored before it existed through the Local API (no record's hooks run, no
// timestamps change).

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`tasks\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`search_text\` text;`)
  await refreshAllSearchText(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`tasks\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`plans\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`agencies\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`search_text\`;`)
}
