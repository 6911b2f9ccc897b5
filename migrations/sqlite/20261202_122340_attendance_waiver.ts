import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`meetings_attendance\` ADD \`substitute_waived\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`absence_without_substitute\` numeric;`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`attendance_warnings\` text;`)
  await db.run(sql`CREATE INDEX \`meetings_absence_without_substitute_idx\` ON \`meetings\` (\`absence_without_substitute\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`meetings_absence_without_substitute_idx\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`absence_without_substitute\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`attendance_warnings\`;`)
  await db.run(sql`ALTER TABLE \`meetings_attendance\` DROP COLUMN \`substitute_waived\`;`)
}
