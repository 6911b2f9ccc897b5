import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_aggregate_reports_missing_agencies_state" AS ENUM('not-submitted', 'awaiting-review', 'returned');
  CREATE TYPE "public"."enum_aggregate_reports_signing_form" AS ENUM('TM', 'KT', 'TL');
  CREATE TYPE "public"."enum_aggregate_reports_status" AS ENUM('draft', 'issued');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'report-reminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'report-reminders';
  CREATE TABLE "aggregate_reports_indicator_totals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"indicator_id" integer,
  	"district_id" integer,
  	"value" numeric
  );
  
  CREATE TABLE "aggregate_reports_task_counts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"agency_id" integer,
  	"report_id" integer,
  	"completed_on_time" numeric,
  	"completed_late" numeric,
  	"open_within_deadline" numeric,
  	"open_overdue" numeric,
  	"not_started" numeric,
  	"recurring" numeric,
  	"paused" numeric,
  	"total" numeric
  );
  
  CREATE TABLE "aggregate_reports_late_agencies" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"agency_id" integer,
  	"report_id" integer,
  	"submitted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "aggregate_reports_missing_agencies" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"agency_id" integer,
  	"state" "enum_aggregate_reports_missing_agencies_state",
  	"report_id" integer
  );
  
  CREATE TABLE "aggregate_reports_obstacles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"agency_id" integer,
  	"text" varchar,
  	"report_id" integer
  );
  
  CREATE TABLE "aggregate_reports_proposals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"agency_id" integer,
  	"text" varchar,
  	"report_id" integer
  );
  
  CREATE TABLE "aggregate_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"period" varchar NOT NULL,
  	"signer_id" integer,
  	"signing_form" "enum_aggregate_reports_signing_form" DEFAULT 'KT',
  	"title" varchar,
  	"recipients" varchar DEFAULT '- Bộ Công an (C06);
  - TT Tỉnh ủy, HĐND tỉnh;
  - CT, các PCT UBND tỉnh;
  - Các thành viên Tổ công tác;
  - Lưu: VT, PC06.',
  	"expected_count" numeric,
  	"accepted_count" numeric,
  	"late_count" numeric,
  	"missing_count" numeric,
  	"status" "enum_aggregate_reports_status" DEFAULT 'draft' NOT NULL,
  	"computed_at" timestamp(3) with time zone,
  	"deadline" timestamp(3) with time zone,
  	"document_id" integer,
  	"symbol" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"issued_by_id" integer,
  	"issued_late" boolean,
  	"signature_block" varchar,
  	"docx_file_id" integer,
  	"xlsx_file_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "aggregate_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"reports_id" integer
  );
  
  CREATE TABLE "rollup_agency_months" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"agency" varchar,
  	"district" varchar,
  	"agency_kind" varchar,
  	"period" varchar,
  	"report" varchar,
  	"status" varchar,
  	"state" varchar,
  	"accepted" boolean,
  	"values" jsonb,
  	"task_counts" jsonb,
  	"refreshed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rollup_scope_months" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"scope" varchar,
  	"period" varchar,
  	"received" numeric DEFAULT 0,
  	"on_time" numeric DEFAULT 0,
  	"late" numeric DEFAULT 0,
  	"accepted" numeric DEFAULT 0,
  	"values" jsonb,
  	"refreshed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rollup_agency_tasks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"tasks" jsonb,
  	"refreshed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "aggregate_reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "rollup_agency_months_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "rollup_scope_months_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "rollup_agency_tasks_id" integer;
  ALTER TABLE "aggregate_reports_indicator_totals" ADD CONSTRAINT "aggregate_reports_indicator_totals_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports_indicator_totals" ADD CONSTRAINT "aggregate_reports_indicator_totals_district_id_agencies_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports_indicator_totals" ADD CONSTRAINT "aggregate_reports_indicator_totals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."aggregate_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aggregate_reports_task_counts" ADD CONSTRAINT "aggregate_reports_task_counts_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports_task_counts" ADD CONSTRAINT "aggregate_reports_task_counts_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports_task_counts" ADD CONSTRAINT "aggregate_reports_task_counts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."aggregate_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aggregate_reports_late_agencies" ADD CONSTRAINT "aggregate_reports_late_agencies_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports_late_agencies" ADD CONSTRAINT "aggregate_reports_late_agencies_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports_late_agencies" ADD CONSTRAINT "aggregate_reports_late_agencies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."aggregate_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aggregate_reports_missing_agencies" ADD CONSTRAINT "aggregate_reports_missing_agencies_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports_missing_agencies" ADD CONSTRAINT "aggregate_reports_missing_agencies_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports_missing_agencies" ADD CONSTRAINT "aggregate_reports_missing_agencies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."aggregate_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aggregate_reports_obstacles" ADD CONSTRAINT "aggregate_reports_obstacles_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports_obstacles" ADD CONSTRAINT "aggregate_reports_obstacles_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports_obstacles" ADD CONSTRAINT "aggregate_reports_obstacles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."aggregate_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aggregate_reports_proposals" ADD CONSTRAINT "aggregate_reports_proposals_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports_proposals" ADD CONSTRAINT "aggregate_reports_proposals_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports_proposals" ADD CONSTRAINT "aggregate_reports_proposals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."aggregate_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aggregate_reports" ADD CONSTRAINT "aggregate_reports_signer_id_users_id_fk" FOREIGN KEY ("signer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports" ADD CONSTRAINT "aggregate_reports_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports" ADD CONSTRAINT "aggregate_reports_issued_by_id_users_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports" ADD CONSTRAINT "aggregate_reports_docx_file_id_media_id_fk" FOREIGN KEY ("docx_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports" ADD CONSTRAINT "aggregate_reports_xlsx_file_id_media_id_fk" FOREIGN KEY ("xlsx_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports" ADD CONSTRAINT "aggregate_reports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports" ADD CONSTRAINT "aggregate_reports_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aggregate_reports_rels" ADD CONSTRAINT "aggregate_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."aggregate_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aggregate_reports_rels" ADD CONSTRAINT "aggregate_reports_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "aggregate_reports_indicator_totals_order_idx" ON "aggregate_reports_indicator_totals" USING btree ("_order");
  CREATE INDEX "aggregate_reports_indicator_totals_parent_id_idx" ON "aggregate_reports_indicator_totals" USING btree ("_parent_id");
  CREATE INDEX "aggregate_reports_indicator_totals_indicator_idx" ON "aggregate_reports_indicator_totals" USING btree ("indicator_id");
  CREATE INDEX "aggregate_reports_indicator_totals_district_idx" ON "aggregate_reports_indicator_totals" USING btree ("district_id");
  CREATE INDEX "aggregate_reports_task_counts_order_idx" ON "aggregate_reports_task_counts" USING btree ("_order");
  CREATE INDEX "aggregate_reports_task_counts_parent_id_idx" ON "aggregate_reports_task_counts" USING btree ("_parent_id");
  CREATE INDEX "aggregate_reports_task_counts_agency_idx" ON "aggregate_reports_task_counts" USING btree ("agency_id");
  CREATE INDEX "aggregate_reports_task_counts_report_idx" ON "aggregate_reports_task_counts" USING btree ("report_id");
  CREATE INDEX "aggregate_reports_late_agencies_order_idx" ON "aggregate_reports_late_agencies" USING btree ("_order");
  CREATE INDEX "aggregate_reports_late_agencies_parent_id_idx" ON "aggregate_reports_late_agencies" USING btree ("_parent_id");
  CREATE INDEX "aggregate_reports_late_agencies_agency_idx" ON "aggregate_reports_late_agencies" USING btree ("agency_id");
  CREATE INDEX "aggregate_reports_late_agencies_report_idx" ON "aggregate_reports_late_agencies" USING btree ("report_id");
  CREATE INDEX "aggregate_reports_missing_agencies_order_idx" ON "aggregate_reports_missing_agencies" USING btree ("_order");
  CREATE INDEX "aggregate_reports_missing_agencies_parent_id_idx" ON "aggregate_reports_missing_agencies" USING btree ("_parent_id");
  CREATE INDEX "aggregate_reports_missing_agencies_agency_idx" ON "aggregate_reports_missing_agencies" USING btree ("agency_id");
  CREATE INDEX "aggregate_reports_missing_agencies_report_idx" ON "aggregate_reports_missing_agencies" USING btree ("report_id");
  CREATE INDEX "aggregate_reports_obstacles_order_idx" ON "aggregate_reports_obstacles" USING btree ("_order");
  CREATE INDEX "aggregate_reports_obstacles_parent_id_idx" ON "aggregate_reports_obstacles" USING btree ("_parent_id");
  CREATE INDEX "aggregate_reports_obstacles_agency_idx" ON "aggregate_reports_obstacles" USING btree ("agency_id");
  CREATE INDEX "aggregate_reports_obstacles_report_idx" ON "aggregate_reports_obstacles" USING btree ("report_id");
  CREATE INDEX "aggregate_reports_proposals_order_idx" ON "aggregate_reports_proposals" USING btree ("_order");
  CREATE INDEX "aggregate_reports_proposals_parent_id_idx" ON "aggregate_reports_proposals" USING btree ("_parent_id");
  CREATE INDEX "aggregate_reports_proposals_agency_idx" ON "aggregate_reports_proposals" USING btree ("agency_id");
  CREATE INDEX "aggregate_reports_proposals_report_idx" ON "aggregate_reports_proposals" USING btree ("report_id");
  CREATE UNIQUE INDEX "aggregate_reports_period_idx" ON "aggregate_reports" USING btree ("period");
  CREATE INDEX "aggregate_reports_signer_idx" ON "aggregate_reports" USING btree ("signer_id");
  CREATE INDEX "aggregate_reports_status_idx" ON "aggregate_reports" USING btree ("status");
  CREATE INDEX "aggregate_reports_document_idx" ON "aggregate_reports" USING btree ("document_id");
  CREATE INDEX "aggregate_reports_issued_by_idx" ON "aggregate_reports" USING btree ("issued_by_id");
  CREATE INDEX "aggregate_reports_docx_file_idx" ON "aggregate_reports" USING btree ("docx_file_id");
  CREATE INDEX "aggregate_reports_xlsx_file_idx" ON "aggregate_reports" USING btree ("xlsx_file_id");
  CREATE INDEX "aggregate_reports_created_by_idx" ON "aggregate_reports" USING btree ("created_by_id");
  CREATE INDEX "aggregate_reports_updated_by_idx" ON "aggregate_reports" USING btree ("updated_by_id");
  CREATE INDEX "aggregate_reports_updated_at_idx" ON "aggregate_reports" USING btree ("updated_at");
  CREATE INDEX "aggregate_reports_created_at_idx" ON "aggregate_reports" USING btree ("created_at");
  CREATE INDEX "aggregate_reports_rels_order_idx" ON "aggregate_reports_rels" USING btree ("order");
  CREATE INDEX "aggregate_reports_rels_parent_idx" ON "aggregate_reports_rels" USING btree ("parent_id");
  CREATE INDEX "aggregate_reports_rels_path_idx" ON "aggregate_reports_rels" USING btree ("path");
  CREATE INDEX "aggregate_reports_rels_reports_id_idx" ON "aggregate_reports_rels" USING btree ("reports_id");
  CREATE INDEX "rollup_agency_months_key_idx" ON "rollup_agency_months" USING btree ("key");
  CREATE INDEX "rollup_agency_months_agency_idx" ON "rollup_agency_months" USING btree ("agency");
  CREATE INDEX "rollup_agency_months_district_idx" ON "rollup_agency_months" USING btree ("district");
  CREATE INDEX "rollup_agency_months_agency_kind_idx" ON "rollup_agency_months" USING btree ("agency_kind");
  CREATE INDEX "rollup_agency_months_period_idx" ON "rollup_agency_months" USING btree ("period");
  CREATE INDEX "rollup_agency_months_state_idx" ON "rollup_agency_months" USING btree ("state");
  CREATE INDEX "rollup_agency_months_updated_at_idx" ON "rollup_agency_months" USING btree ("updated_at");
  CREATE INDEX "rollup_agency_months_created_at_idx" ON "rollup_agency_months" USING btree ("created_at");
  CREATE INDEX "rollup_scope_months_key_idx" ON "rollup_scope_months" USING btree ("key");
  CREATE INDEX "rollup_scope_months_scope_idx" ON "rollup_scope_months" USING btree ("scope");
  CREATE INDEX "rollup_scope_months_period_idx" ON "rollup_scope_months" USING btree ("period");
  CREATE INDEX "rollup_scope_months_updated_at_idx" ON "rollup_scope_months" USING btree ("updated_at");
  CREATE INDEX "rollup_scope_months_created_at_idx" ON "rollup_scope_months" USING btree ("created_at");
  CREATE INDEX "rollup_agency_tasks_key_idx" ON "rollup_agency_tasks" USING btree ("key");
  CREATE INDEX "rollup_agency_tasks_updated_at_idx" ON "rollup_agency_tasks" USING btree ("updated_at");
  CREATE INDEX "rollup_agency_tasks_created_at_idx" ON "rollup_agency_tasks" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_aggregate_reports_fk" FOREIGN KEY ("aggregate_reports_id") REFERENCES "public"."aggregate_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rollup_agency_months_fk" FOREIGN KEY ("rollup_agency_months_id") REFERENCES "public"."rollup_agency_months"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rollup_scope_months_fk" FOREIGN KEY ("rollup_scope_months_id") REFERENCES "public"."rollup_scope_months"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rollup_agency_tasks_fk" FOREIGN KEY ("rollup_agency_tasks_id") REFERENCES "public"."rollup_agency_tasks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_aggregate_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("aggregate_reports_id");
  CREATE INDEX "payload_locked_documents_rels_rollup_agency_months_id_idx" ON "payload_locked_documents_rels" USING btree ("rollup_agency_months_id");
  CREATE INDEX "payload_locked_documents_rels_rollup_scope_months_id_idx" ON "payload_locked_documents_rels" USING btree ("rollup_scope_months_id");
  CREATE INDEX "payload_locked_documents_rels_rollup_agency_tasks_id_idx" ON "payload_locked_documents_rels" USING btree ("rollup_agency_tasks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "aggregate_reports_indicator_totals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "aggregate_reports_task_counts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "aggregate_reports_late_agencies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "aggregate_reports_missing_agencies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "aggregate_reports_obstacles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "aggregate_reports_proposals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "aggregate_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "aggregate_reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rollup_agency_months" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rollup_scope_months" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rollup_agency_tasks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "aggregate_reports_indicator_totals" CASCADE;
  DROP TABLE "aggregate_reports_task_counts" CASCADE;
  DROP TABLE "aggregate_reports_late_agencies" CASCADE;
  DROP TABLE "aggregate_reports_missing_agencies" CASCADE;
  DROP TABLE "aggregate_reports_obstacles" CASCADE;
  DROP TABLE "aggregate_reports_proposals" CASCADE;
  DROP TABLE "aggregate_reports" CASCADE;
  DROP TABLE "aggregate_reports_rels" CASCADE;
  DROP TABLE "rollup_agency_months" CASCADE;
  DROP TABLE "rollup_scope_months" CASCADE;
  DROP TABLE "rollup_agency_tasks" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_aggregate_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_rollup_agency_months_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_rollup_scope_months_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_rollup_agency_tasks_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'send-email', 'deliver-notification');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'send-email', 'deliver-notification');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_aggregate_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_rollup_agency_months_id_idx";
  DROP INDEX "payload_locked_documents_rels_rollup_scope_months_id_idx";
  DROP INDEX "payload_locked_documents_rels_rollup_agency_tasks_id_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "aggregate_reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "rollup_agency_months_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "rollup_scope_months_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "rollup_agency_tasks_id";
  DROP TYPE "public"."enum_aggregate_reports_missing_agencies_state";
  DROP TYPE "public"."enum_aggregate_reports_signing_form";
  DROP TYPE "public"."enum_aggregate_reports_status";`)
}
