import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_support_group_reports_cadence" AS ENUM('month', 'quarter');
  CREATE TYPE "public"."enum_support_group_reports_status" AS ENUM('draft', 'issued');
  CREATE TYPE "public"."enum_charter_settings_support_group_report_cadence" AS ENUM('month', 'quarter');
  CREATE TYPE "public"."enum__charter_settings_v_version_support_group_report_cadence" AS ENUM('month', 'quarter');
  CREATE TABLE "support_group_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"period" varchar,
  	"cadence" "enum_support_group_reports_cadence",
  	"title" varchar,
  	"data_from" timestamp(3) with time zone,
  	"data_to" timestamp(3) with time zone,
  	"content" varchar,
  	"figures" jsonb,
  	"next_steps" varchar,
  	"proposals" varchar,
  	"recipients" varchar DEFAULT 'Tổ trưởng, các Tổ phó Tổ công tác (để b/c);
  Thành viên Tổ công tác;
  Thành viên Tổ giúp việc;
  Lưu: VT, TGV.',
  	"signer_id" integer,
  	"status" "enum_support_group_reports_status" DEFAULT 'draft' NOT NULL,
  	"generated_at" timestamp(3) with time zone,
  	"document_id" integer,
  	"symbol" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"issued_by_id" integer,
  	"docx_file_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "support_group_reports_id" integer;
  ALTER TABLE "charter_settings" ADD COLUMN "support_group_report_cadence" "enum_charter_settings_support_group_report_cadence" DEFAULT 'month' NOT NULL;
  ALTER TABLE "_charter_settings_v" ADD COLUMN "version_support_group_report_cadence" "enum__charter_settings_v_version_support_group_report_cadence" DEFAULT 'month' NOT NULL;
  ALTER TABLE "support_group_reports" ADD CONSTRAINT "support_group_reports_signer_id_users_id_fk" FOREIGN KEY ("signer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "support_group_reports" ADD CONSTRAINT "support_group_reports_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "support_group_reports" ADD CONSTRAINT "support_group_reports_issued_by_id_users_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "support_group_reports" ADD CONSTRAINT "support_group_reports_docx_file_id_media_id_fk" FOREIGN KEY ("docx_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "support_group_reports" ADD CONSTRAINT "support_group_reports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "support_group_reports" ADD CONSTRAINT "support_group_reports_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "support_group_reports_period_idx" ON "support_group_reports" USING btree ("period");
  CREATE INDEX "support_group_reports_signer_idx" ON "support_group_reports" USING btree ("signer_id");
  CREATE INDEX "support_group_reports_status_idx" ON "support_group_reports" USING btree ("status");
  CREATE INDEX "support_group_reports_document_idx" ON "support_group_reports" USING btree ("document_id");
  CREATE INDEX "support_group_reports_issued_by_idx" ON "support_group_reports" USING btree ("issued_by_id");
  CREATE INDEX "support_group_reports_docx_file_idx" ON "support_group_reports" USING btree ("docx_file_id");
  CREATE INDEX "support_group_reports_created_by_idx" ON "support_group_reports" USING btree ("created_by_id");
  CREATE INDEX "support_group_reports_updated_by_idx" ON "support_group_reports" USING btree ("updated_by_id");
  CREATE INDEX "support_group_reports_updated_at_idx" ON "support_group_reports" USING btree ("updated_at");
  CREATE INDEX "support_group_reports_created_at_idx" ON "support_group_reports" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_support_group_reports_fk" FOREIGN KEY ("support_group_reports_id") REFERENCES "public"."support_group_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_support_group_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("support_group_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "support_group_reports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "support_group_reports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_support_group_reports_fk";
  
  DROP INDEX "payload_locked_documents_rels_support_group_reports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "support_group_reports_id";
  ALTER TABLE "charter_settings" DROP COLUMN "support_group_report_cadence";
  ALTER TABLE "_charter_settings_v" DROP COLUMN "version_support_group_report_cadence";
  DROP TYPE "public"."enum_support_group_reports_cadence";
  DROP TYPE "public"."enum_support_group_reports_status";
  DROP TYPE "public"."enum_charter_settings_support_group_report_cadence";
  DROP TYPE "public"."enum__charter_settings_v_version_support_group_report_cadence";`)
}
