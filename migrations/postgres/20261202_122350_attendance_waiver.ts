import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "meetings_attendance" ADD COLUMN "substitute_waived" boolean DEFAULT false;
  ALTER TABLE "meetings" ADD COLUMN "absence_without_substitute" numeric;
  ALTER TABLE "meetings" ADD COLUMN "attendance_warnings" varchar;
  CREATE INDEX "meetings_absence_without_substitute_idx" ON "meetings" USING btree ("absence_without_substitute");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "meetings_absence_without_substitute_idx";
  ALTER TABLE "meetings_attendance" DROP COLUMN "substitute_waived";
  ALTER TABLE "meetings" DROP COLUMN "absence_without_substitute";
  ALTER TABLE "meetings" DROP COLUMN "attendance_warnings";`)
}
