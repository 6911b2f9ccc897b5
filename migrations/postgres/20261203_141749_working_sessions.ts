import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_working_sessions_kind" AS ENUM('periodic', 'ad-hoc');
  ALTER TYPE "public"."enum_tasks_source" ADD VALUE 'standing-session';
  CREATE TABLE "working_sessions_conclusions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" varchar NOT NULL,
  	"lead_agency_id" integer,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"task_id" integer
  );
  
  CREATE TABLE "working_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"kind" "enum_working_sessions_kind" DEFAULT 'periodic' NOT NULL,
  	"agency_id" integer NOT NULL,
  	"chair_id" integer NOT NULL,
  	"subject" varchar NOT NULL,
  	"participants" varchar,
  	"content" varchar,
  	"minutes_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "tasks" ADD COLUMN "working_session_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "working_sessions_id" integer;
  ALTER TABLE "working_sessions_conclusions" ADD CONSTRAINT "working_sessions_conclusions_lead_agency_id_agencies_id_fk" FOREIGN KEY ("lead_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_sessions_conclusions" ADD CONSTRAINT "working_sessions_conclusions_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_sessions_conclusions" ADD CONSTRAINT "working_sessions_conclusions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."working_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "working_sessions" ADD CONSTRAINT "working_sessions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_sessions" ADD CONSTRAINT "working_sessions_chair_id_users_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_sessions" ADD CONSTRAINT "working_sessions_minutes_id_media_id_fk" FOREIGN KEY ("minutes_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_sessions" ADD CONSTRAINT "working_sessions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_sessions" ADD CONSTRAINT "working_sessions_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "working_sessions_conclusions_order_idx" ON "working_sessions_conclusions" USING btree ("_order");
  CREATE INDEX "working_sessions_conclusions_parent_id_idx" ON "working_sessions_conclusions" USING btree ("_parent_id");
  CREATE INDEX "working_sessions_conclusions_lead_agency_idx" ON "working_sessions_conclusions" USING btree ("lead_agency_id");
  CREATE INDEX "working_sessions_conclusions_task_idx" ON "working_sessions_conclusions" USING btree ("task_id");
  CREATE INDEX "working_sessions_date_idx" ON "working_sessions" USING btree ("date");
  CREATE INDEX "working_sessions_agency_idx" ON "working_sessions" USING btree ("agency_id");
  CREATE INDEX "working_sessions_chair_idx" ON "working_sessions" USING btree ("chair_id");
  CREATE INDEX "working_sessions_minutes_idx" ON "working_sessions" USING btree ("minutes_id");
  CREATE INDEX "working_sessions_created_by_idx" ON "working_sessions" USING btree ("created_by_id");
  CREATE INDEX "working_sessions_updated_by_idx" ON "working_sessions" USING btree ("updated_by_id");
  CREATE INDEX "working_sessions_updated_at_idx" ON "working_sessions" USING btree ("updated_at");
  CREATE INDEX "working_sessions_created_at_idx" ON "working_sessions" USING btree ("created_at");
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_working_session_id_working_sessions_id_fk" FOREIGN KEY ("working_session_id") REFERENCES "public"."working_sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_working_sessions_fk" FOREIGN KEY ("working_sessions_id") REFERENCES "public"."working_sessions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tasks_working_session_idx" ON "tasks" USING btree ("working_session_id");
  CREATE INDEX "payload_locked_documents_rels_working_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("working_sessions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "working_sessions_conclusions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "working_sessions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "working_sessions_conclusions" CASCADE;
  DROP TABLE "working_sessions" CASCADE;
  ALTER TABLE "tasks" DROP CONSTRAINT "tasks_working_session_id_working_sessions_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_working_sessions_fk";
  
  ALTER TABLE "tasks" ALTER COLUMN "source" SET DATA TYPE text;
  ALTER TABLE "tasks" ALTER COLUMN "source" SET DEFAULT 'ad-hoc'::text;
  DROP TYPE "public"."enum_tasks_source";
  CREATE TYPE "public"."enum_tasks_source" AS ENUM('national-programme', 'provincial-plan', 'meeting-conclusion', 'ad-hoc');
  ALTER TABLE "tasks" ALTER COLUMN "source" SET DEFAULT 'ad-hoc'::"public"."enum_tasks_source";
  ALTER TABLE "tasks" ALTER COLUMN "source" SET DATA TYPE "public"."enum_tasks_source" USING "source"::"public"."enum_tasks_source";
  DROP INDEX "tasks_working_session_idx";
  DROP INDEX "payload_locked_documents_rels_working_sessions_id_idx";
  ALTER TABLE "tasks" DROP COLUMN "working_session_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "working_sessions_id";
  DROP TYPE "public"."enum_working_sessions_kind";`)
}
