import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "working_groups" ADD COLUMN "scope" varchar;
  ALTER TABLE "working_groups" ADD COLUMN "dissolved_on" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "group_id" integer;
  ALTER TABLE "aggregate_reports" ADD COLUMN "issue_reason" varchar;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "working_groups_scope_idx" ON "working_groups" USING btree ("scope");
  CREATE INDEX "documents_group_idx" ON "documents" USING btree ("group_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" DROP CONSTRAINT "documents_group_id_working_groups_id_fk";
  
  DROP INDEX "documents_group_idx";
  DROP INDEX "working_groups_scope_idx";
  ALTER TABLE "documents" DROP COLUMN "group_id";
  ALTER TABLE "aggregate_reports" DROP COLUMN "issue_reason";
  ALTER TABLE "working_groups" DROP COLUMN "scope";
  ALTER TABLE "working_groups" DROP COLUMN "dissolved_on";`)
}
