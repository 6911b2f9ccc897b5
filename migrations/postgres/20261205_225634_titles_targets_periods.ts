import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "targets" ADD COLUMN "title" varchar;
  ALTER TABLE "reporting_periods" ADD COLUMN "title" varchar;
  ALTER TABLE "_reporting_periods_v" ADD COLUMN "version_title" varchar;`)
  // Existing rows get the names the hooks now write (kept in step with collections/Targets.ts and
  // collections/ReportingPeriods/hooks.ts).
  await db.execute(sql`
  UPDATE "targets" SET "title" =
    COALESCE((SELECT "name_vi" FROM "indicators" WHERE "indicators"."id" = "targets"."indicator_id"), 'Chỉ tiêu')
    || ' – năm ' || CAST("year" AS integer) || ' – '
    || COALESCE((SELECT "name" FROM "agencies" WHERE "agencies"."id" = "targets"."agency_id"), 'toàn tỉnh');
  UPDATE "reporting_periods" SET "title" =
    'Kỳ báo cáo tháng ' || substr("period", 6, 2) || '/' || substr("period", 1, 4);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "targets" DROP COLUMN "title";
  ALTER TABLE "reporting_periods" DROP COLUMN "title";
  ALTER TABLE "_reporting_periods_v" DROP COLUMN "version_title";`)
}
