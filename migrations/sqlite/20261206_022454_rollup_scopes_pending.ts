import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`rollup_agency_months\` ADD \`scopes_pending\` integer;`)
  await db.run(sql`CREATE INDEX \`rollup_agency_months_scopes_pending_idx\` ON \`rollup_agency_months\` (\`scopes_pending\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`rollup_agency_months_scopes_pending_idx\`;`)
  await db.run(sql`ALTER TABLE \`rollup_agency_months\` DROP COLUMN \`scopes_pending\`;`)
}
