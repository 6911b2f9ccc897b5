import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_feedback_origin" ADD VALUE 'meeting';
  ALTER TABLE "feedback" ADD COLUMN "resolver_id" integer;
  ALTER TABLE "feedback" ADD COLUMN "due_on" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "source_meeting_id" integer;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_resolver_id_agencies_id_fk" FOREIGN KEY ("resolver_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_source_meeting_id_meetings_id_fk" FOREIGN KEY ("source_meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "feedback_resolver_idx" ON "feedback" USING btree ("resolver_id");
  CREATE INDEX "feedback_due_on_idx" ON "feedback" USING btree ("due_on");
  CREATE INDEX "feedback_source_meeting_idx" ON "feedback" USING btree ("source_meeting_id");`)
  // R12.4: items already received are resolved by the body they were routed to.
  await db.execute(sql`UPDATE "feedback" SET "resolver_id" = "routed_to_id" WHERE "resolver_id" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feedback" DROP CONSTRAINT "feedback_resolver_id_agencies_id_fk";
  
  ALTER TABLE "feedback" DROP CONSTRAINT "feedback_source_meeting_id_meetings_id_fk";
  
  ALTER TABLE "feedback" ALTER COLUMN "origin" SET DATA TYPE text;
  ALTER TABLE "feedback" ALTER COLUMN "origin" SET DEFAULT 'direct'::text;
  DROP TYPE "public"."enum_feedback_origin";
  CREATE TYPE "public"."enum_feedback_origin" AS ENUM('direct', 'monthly-report');
  ALTER TABLE "feedback" ALTER COLUMN "origin" SET DEFAULT 'direct'::"public"."enum_feedback_origin";
  ALTER TABLE "feedback" ALTER COLUMN "origin" SET DATA TYPE "public"."enum_feedback_origin" USING "origin"::"public"."enum_feedback_origin";
  DROP INDEX "feedback_resolver_idx";
  DROP INDEX "feedback_due_on_idx";
  DROP INDEX "feedback_source_meeting_idx";
  ALTER TABLE "feedback" DROP COLUMN "resolver_id";
  ALTER TABLE "feedback" DROP COLUMN "due_on";
  ALTER TABLE "feedback" DROP COLUMN "source_meeting_id";`)
}
