import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_data_calls_agency_kinds" AS ENUM('police', 'people_committee', 'provincial_office', 'department', 'vertical_agency', 'state_enterprise', 'mass_organization', 'media', 'district', 'commune', 'local_working_group');
  CREATE TYPE "public"."enum_data_calls_fields_kind" AS ENUM('number', 'text', 'choice', 'date', 'file');
  CREATE TYPE "public"."enum_data_calls_fields_aggregation" AS ENUM('sum', 'average', 'min', 'max', 'none');
  CREATE TYPE "public"."enum_data_calls_status" AS ENUM('draft', 'open', 'closed');
  CREATE TYPE "public"."enum_data_call_responses_status" AS ENUM('pending', 'submitted', 'accepted', 'returned');
  CREATE TYPE "public"."enum_data_call_responses_source" AS ENUM('online', 'xlsx');
  CREATE TABLE "data_calls_agency_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_data_calls_agency_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "data_calls_fields" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"indicator_id" integer,
  	"label" varchar,
  	"kind" "enum_data_calls_fields_kind" DEFAULT 'number' NOT NULL,
  	"required" boolean DEFAULT true,
  	"key" varchar,
  	"unit" varchar,
  	"aggregation" "enum_data_calls_fields_aggregation" DEFAULT 'sum',
  	"whole_number" boolean,
  	"choices" varchar
  );
  
  CREATE TABLE "data_calls" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"basis_document_id" integer,
  	"basis_meeting_id" integer,
  	"basis_conclusion" varchar,
  	"status" "enum_data_calls_status" DEFAULT 'draft' NOT NULL,
  	"working_days" numeric DEFAULT 3 NOT NULL,
  	"opened_at" timestamp(3) with time zone,
  	"due_date" timestamp(3) with time zone,
  	"late_list_sent_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "data_calls_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"agencies_id" integer
  );
  
  CREATE TABLE "data_call_responses_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"number" numeric,
  	"text" varchar,
  	"date" timestamp(3) with time zone,
  	"file_id" integer
  );
  
  CREATE TABLE "data_call_responses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"call_id" integer NOT NULL,
  	"agency_id" integer NOT NULL,
  	"title" varchar,
  	"status" "enum_data_call_responses_status" DEFAULT 'pending' NOT NULL,
  	"return_reason" varchar,
  	"due_date" timestamp(3) with time zone,
  	"submitted_at" timestamp(3) with time zone,
  	"submitted_by_id" integer,
  	"late" boolean,
  	"source" "enum_data_call_responses_source",
  	"workbook_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"reviewed_by_id" integer,
  	"reminded_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "data_calls_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "data_call_responses_id" integer;
  ALTER TABLE "data_calls_agency_kinds" ADD CONSTRAINT "data_calls_agency_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."data_calls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "data_calls_fields" ADD CONSTRAINT "data_calls_fields_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "data_calls_fields" ADD CONSTRAINT "data_calls_fields_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."data_calls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "data_calls" ADD CONSTRAINT "data_calls_basis_document_id_documents_id_fk" FOREIGN KEY ("basis_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "data_calls" ADD CONSTRAINT "data_calls_basis_meeting_id_meetings_id_fk" FOREIGN KEY ("basis_meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "data_calls" ADD CONSTRAINT "data_calls_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "data_calls" ADD CONSTRAINT "data_calls_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "data_calls_rels" ADD CONSTRAINT "data_calls_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."data_calls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "data_calls_rels" ADD CONSTRAINT "data_calls_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "data_call_responses_answers" ADD CONSTRAINT "data_call_responses_answers_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "data_call_responses_answers" ADD CONSTRAINT "data_call_responses_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."data_call_responses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "data_call_responses" ADD CONSTRAINT "data_call_responses_call_id_data_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."data_calls"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "data_call_responses" ADD CONSTRAINT "data_call_responses_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "data_call_responses" ADD CONSTRAINT "data_call_responses_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "data_call_responses" ADD CONSTRAINT "data_call_responses_workbook_id_media_id_fk" FOREIGN KEY ("workbook_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "data_call_responses" ADD CONSTRAINT "data_call_responses_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "data_call_responses" ADD CONSTRAINT "data_call_responses_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "data_call_responses" ADD CONSTRAINT "data_call_responses_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "data_calls_agency_kinds_order_idx" ON "data_calls_agency_kinds" USING btree ("order");
  CREATE INDEX "data_calls_agency_kinds_parent_idx" ON "data_calls_agency_kinds" USING btree ("parent_id");
  CREATE INDEX "data_calls_fields_order_idx" ON "data_calls_fields" USING btree ("_order");
  CREATE INDEX "data_calls_fields_parent_id_idx" ON "data_calls_fields" USING btree ("_parent_id");
  CREATE INDEX "data_calls_fields_indicator_idx" ON "data_calls_fields" USING btree ("indicator_id");
  CREATE INDEX "data_calls_basis_document_idx" ON "data_calls" USING btree ("basis_document_id");
  CREATE INDEX "data_calls_basis_meeting_idx" ON "data_calls" USING btree ("basis_meeting_id");
  CREATE INDEX "data_calls_status_idx" ON "data_calls" USING btree ("status");
  CREATE INDEX "data_calls_due_date_idx" ON "data_calls" USING btree ("due_date");
  CREATE INDEX "data_calls_created_by_idx" ON "data_calls" USING btree ("created_by_id");
  CREATE INDEX "data_calls_updated_by_idx" ON "data_calls" USING btree ("updated_by_id");
  CREATE INDEX "data_calls_updated_at_idx" ON "data_calls" USING btree ("updated_at");
  CREATE INDEX "data_calls_created_at_idx" ON "data_calls" USING btree ("created_at");
  CREATE INDEX "data_calls_rels_order_idx" ON "data_calls_rels" USING btree ("order");
  CREATE INDEX "data_calls_rels_parent_idx" ON "data_calls_rels" USING btree ("parent_id");
  CREATE INDEX "data_calls_rels_path_idx" ON "data_calls_rels" USING btree ("path");
  CREATE INDEX "data_calls_rels_agencies_id_idx" ON "data_calls_rels" USING btree ("agencies_id");
  CREATE INDEX "data_call_responses_answers_order_idx" ON "data_call_responses_answers" USING btree ("_order");
  CREATE INDEX "data_call_responses_answers_parent_id_idx" ON "data_call_responses_answers" USING btree ("_parent_id");
  CREATE INDEX "data_call_responses_answers_file_idx" ON "data_call_responses_answers" USING btree ("file_id");
  CREATE INDEX "data_call_responses_call_idx" ON "data_call_responses" USING btree ("call_id");
  CREATE INDEX "data_call_responses_agency_idx" ON "data_call_responses" USING btree ("agency_id");
  CREATE INDEX "data_call_responses_status_idx" ON "data_call_responses" USING btree ("status");
  CREATE INDEX "data_call_responses_submitted_at_idx" ON "data_call_responses" USING btree ("submitted_at");
  CREATE INDEX "data_call_responses_submitted_by_idx" ON "data_call_responses" USING btree ("submitted_by_id");
  CREATE INDEX "data_call_responses_workbook_idx" ON "data_call_responses" USING btree ("workbook_id");
  CREATE INDEX "data_call_responses_reviewed_by_idx" ON "data_call_responses" USING btree ("reviewed_by_id");
  CREATE INDEX "data_call_responses_created_by_idx" ON "data_call_responses" USING btree ("created_by_id");
  CREATE INDEX "data_call_responses_updated_by_idx" ON "data_call_responses" USING btree ("updated_by_id");
  CREATE INDEX "data_call_responses_updated_at_idx" ON "data_call_responses" USING btree ("updated_at");
  CREATE INDEX "data_call_responses_created_at_idx" ON "data_call_responses" USING btree ("created_at");
  CREATE UNIQUE INDEX "call_agency_idx" ON "data_call_responses" USING btree ("call_id","agency_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_data_calls_fk" FOREIGN KEY ("data_calls_id") REFERENCES "public"."data_calls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_data_call_responses_fk" FOREIGN KEY ("data_call_responses_id") REFERENCES "public"."data_call_responses"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_data_calls_id_idx" ON "payload_locked_documents_rels" USING btree ("data_calls_id");
  CREATE INDEX "payload_locked_documents_rels_data_call_responses_id_idx" ON "payload_locked_documents_rels" USING btree ("data_call_responses_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "data_calls_agency_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "data_calls_fields" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "data_calls" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "data_calls_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "data_call_responses_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "data_call_responses" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "data_calls_agency_kinds" CASCADE;
  DROP TABLE "data_calls_fields" CASCADE;
  DROP TABLE "data_calls" CASCADE;
  DROP TABLE "data_calls_rels" CASCADE;
  DROP TABLE "data_call_responses_answers" CASCADE;
  DROP TABLE "data_call_responses" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_data_calls_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_data_call_responses_fk";
  
  DROP INDEX "payload_locked_documents_rels_data_calls_id_idx";
  DROP INDEX "payload_locked_documents_rels_data_call_responses_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "data_calls_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "data_call_responses_id";
  DROP TYPE "public"."enum_data_calls_agency_kinds";
  DROP TYPE "public"."enum_data_calls_fields_kind";
  DROP TYPE "public"."enum_data_calls_fields_aggregation";
  DROP TYPE "public"."enum_data_calls_status";
  DROP TYPE "public"."enum_data_call_responses_status";
  DROP TYPE "public"."enum_data_call_responses_source";`)
}
