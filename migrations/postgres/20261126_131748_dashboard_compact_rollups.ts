import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { rebuildRollups } from '../../src/rollups/rebuild'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "rollup_meeting_months" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"meetings" jsonb,
  	"refreshed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "rollup_scope_months" ADD COLUMN "states" jsonb;
  ALTER TABLE "rollup_agency_tasks" ADD COLUMN "settled" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "rollup_meeting_months_id" integer;
  CREATE INDEX "rollup_meeting_months_key_idx" ON "rollup_meeting_months" USING btree ("key");
  CREATE INDEX "rollup_meeting_months_updated_at_idx" ON "rollup_meeting_months" USING btree ("updated_at");
  CREATE INDEX "rollup_meeting_months_created_at_idx" ON "rollup_meeting_months" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rollup_meeting_months_fk" FOREIGN KEY ("rollup_meeting_months_id") REFERENCES "public"."rollup_meeting_months"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_rollup_meeting_months_id_idx" ON "payload_locked_documents_rels" USING btree ("rollup_meeting_months_id");`)
  // The rollups' rows changed shape (agencies that reported per month, compact meetings and
  // tasks, settled task counts): recompute them from the source records.
  await rebuildRollups(payload, { req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "rollup_meeting_months" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "rollup_meeting_months" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_rollup_meeting_months_fk";
  
  DROP INDEX "payload_locked_documents_rels_rollup_meeting_months_id_idx";
  ALTER TABLE "rollup_scope_months" DROP COLUMN "states";
  ALTER TABLE "rollup_agency_tasks" DROP COLUMN "settled";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "rollup_meeting_months_id";`)
}
