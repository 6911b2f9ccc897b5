import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { moveToReportMonths } from '../data/reportingMonth'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_notifications_attachments_sent_as" AS ENUM('attached', 'linked', 'missing');
  CREATE TABLE "members_leave" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" timestamp(3) with time zone,
  	"to" timestamp(3) with time zone,
  	"reason" varchar
  );
  
  ALTER TABLE "notifications_attachments" ALTER COLUMN "filename" DROP NOT NULL;
  ALTER TABLE "charter_settings_editions" ALTER COLUMN "majority_base" SET DEFAULT 'all-members';
  ALTER TABLE "_charter_settings_v_version_editions" ALTER COLUMN "majority_base" SET DEFAULT 'all-members';
  ALTER TABLE "meetings" ADD COLUMN "head_absent" boolean DEFAULT false;
  ALTER TABLE "meetings" ADD COLUMN "invitees_set_by_id" integer;
  ALTER TABLE "meetings" ADD COLUMN "invitees_set_at" timestamp(3) with time zone;
  ALTER TABLE "notifications_attachments" ADD COLUMN "media_id" integer;
  ALTER TABLE "notifications_attachments" ADD COLUMN "sent_as" "enum_notifications_attachments_sent_as";
  ALTER TABLE "reports" ADD COLUMN "data_from" timestamp(3) with time zone;
  ALTER TABLE "reports" ADD COLUMN "data_to" timestamp(3) with time zone;
  ALTER TABLE "_reports_v" ADD COLUMN "version_data_from" timestamp(3) with time zone;
  ALTER TABLE "_reports_v" ADD COLUMN "version_data_to" timestamp(3) with time zone;
  ALTER TABLE "aggregate_reports" ADD COLUMN "data_from" timestamp(3) with time zone;
  ALTER TABLE "aggregate_reports" ADD COLUMN "data_to" timestamp(3) with time zone;
  ALTER TABLE "charter_settings_editions" ADD COLUMN "data_end_day" numeric DEFAULT 14 NOT NULL;
  ALTER TABLE "charter_settings" ADD COLUMN "document_register_backdate_allowance_days" numeric DEFAULT 0 NOT NULL;
  ALTER TABLE "_charter_settings_v_version_editions" ADD COLUMN "data_end_day" numeric DEFAULT 14 NOT NULL;
  ALTER TABLE "_charter_settings_v" ADD COLUMN "version_document_register_backdate_allowance_days" numeric DEFAULT 0 NOT NULL;
  ALTER TABLE "budget_settings" ADD COLUMN "settlement_month" numeric DEFAULT 1 NOT NULL;
  ALTER TABLE "budget_settings" ADD COLUMN "settlement_day" numeric DEFAULT 31 NOT NULL;
  ALTER TABLE "members_leave" ADD CONSTRAINT "members_leave_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "members_leave_order_idx" ON "members_leave" USING btree ("_order");
  CREATE INDEX "members_leave_parent_id_idx" ON "members_leave" USING btree ("_parent_id");
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_invitees_set_by_id_users_id_fk" FOREIGN KEY ("invitees_set_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications_attachments" ADD CONSTRAINT "notifications_attachments_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "meetings_invitees_set_by_idx" ON "meetings" USING btree ("invitees_set_by_id");
  CREATE INDEX "notifications_attachments_media_idx" ON "notifications_attachments" USING btree ("media_id");
  ALTER TABLE "notifications_attachments" DROP COLUMN "content_type";
  ALTER TABLE "notifications_attachments" DROP COLUMN "content_base64";`)
  // R12.3a, R12.3b: stored periods move to their report month (migrations/data/reportingMonth.ts).
  await moveToReportMonths({
    sql,
    run: (query) => db.execute(query),
    all: async (query) => (await db.execute(query)).rows as Record<string, unknown>[],
  })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "members_leave" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "members_leave" CASCADE;
  ALTER TABLE "meetings" DROP CONSTRAINT "meetings_invitees_set_by_id_users_id_fk";
  
  ALTER TABLE "notifications_attachments" DROP CONSTRAINT "notifications_attachments_media_id_media_id_fk";
  
  DROP INDEX "meetings_invitees_set_by_idx";
  DROP INDEX "notifications_attachments_media_idx";
  ALTER TABLE "notifications_attachments" ALTER COLUMN "filename" SET NOT NULL;
  ALTER TABLE "charter_settings_editions" ALTER COLUMN "majority_base" SET DEFAULT 'present';
  ALTER TABLE "_charter_settings_v_version_editions" ALTER COLUMN "majority_base" SET DEFAULT 'present';
  ALTER TABLE "notifications_attachments" ADD COLUMN "content_type" varchar NOT NULL;
  ALTER TABLE "notifications_attachments" ADD COLUMN "content_base64" varchar NOT NULL;
  ALTER TABLE "meetings" DROP COLUMN "head_absent";
  ALTER TABLE "meetings" DROP COLUMN "invitees_set_by_id";
  ALTER TABLE "meetings" DROP COLUMN "invitees_set_at";
  ALTER TABLE "notifications_attachments" DROP COLUMN "media_id";
  ALTER TABLE "notifications_attachments" DROP COLUMN "sent_as";
  ALTER TABLE "reports" DROP COLUMN "data_from";
  ALTER TABLE "reports" DROP COLUMN "data_to";
  ALTER TABLE "_reports_v" DROP COLUMN "version_data_from";
  ALTER TABLE "_reports_v" DROP COLUMN "version_data_to";
  ALTER TABLE "aggregate_reports" DROP COLUMN "data_from";
  ALTER TABLE "aggregate_reports" DROP COLUMN "data_to";
  ALTER TABLE "charter_settings_editions" DROP COLUMN "data_end_day";
  ALTER TABLE "charter_settings" DROP COLUMN "document_register_backdate_allowance_days";
  ALTER TABLE "_charter_settings_v_version_editions" DROP COLUMN "data_end_day";
  ALTER TABLE "_charter_settings_v" DROP COLUMN "version_document_register_backdate_allowance_days";
  ALTER TABLE "budget_settings" DROP COLUMN "settlement_month";
  ALTER TABLE "budget_settings" DROP COLUMN "settlement_day";
  DROP TYPE "public"."enum_notifications_attachments_sent_as";`)
}
