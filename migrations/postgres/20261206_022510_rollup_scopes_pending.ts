import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "rollup_agency_months" ADD COLUMN "scopes_pending" boolean;
  CREATE INDEX "rollup_agency_months_scopes_pending_idx" ON "rollup_agency_months" USING btree ("scopes_pending");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "rollup_agency_months_scopes_pending_idx";
  ALTER TABLE "rollup_agency_months" DROP COLUMN "scopes_pending";`)
}
