import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`targets\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`reporting_periods\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`_reporting_periods_v\` ADD \`version_title\` text;`)
  // Existing rows get the names the hooks now write (kept in step with collections/Targets.ts and
  // collections/ReportingPeriods/hooks.ts).
  await db.run(sql`UPDATE \`targets\` SET \`title\` =
    COALESCE((SELECT \`name_vi\` FROM \`indicators\` WHERE \`indicators\`.\`id\` = \`targets\`.\`indicator_id\`), 'Chỉ tiêu')
    || ' – năm ' || CAST(\`year\` AS INTEGER) || ' – '
    || COALESCE((SELECT \`name\` FROM \`agencies\` WHERE \`agencies\`.\`id\` = \`targets\`.\`agency_id\`), 'toàn tỉnh');`)
  await db.run(sql`UPDATE \`reporting_periods\` SET \`title\` =
    'Kỳ báo cáo tháng ' || substr(\`period\`, 6, 2) || '/' || substr(\`period\`, 1, 4);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`targets\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`reporting_periods\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`_reporting_periods_v\` DROP COLUMN \`version_title\`;`)
}
