import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_meetings_attendance_presence" AS ENUM('present', 'absent', 'substitute');
  CREATE TYPE "public"."enum_meetings_decisions_votes_choice" AS ENUM('yes', 'no', 'abstain');
  CREATE TYPE "public"."enum_meetings_decisions_outcome" AS ENUM('passed', 'not-passed');
  CREATE TYPE "public"."enum_meetings_conclusion_deliveries_status" AS ENUM('queued', 'no-email', 'recorded');
  CREATE TYPE "public"."enum_meetings_notice_deliveries_status" AS ENUM('queued', 'no-email', 'recorded');
  CREATE TYPE "public"."enum_meetings_kind" AS ENUM('regular', 'six-month-review', 'year-end-review', 'extraordinary', 'sg');
  CREATE TYPE "public"."enum_meetings_status" AS ENUM('draft', 'notice-sent', 'held', 'conclusions-issued', 'cancelled');
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('meeting-notice', 'meeting-conclusions', 'report-reminder', 'report-soft-copy', 'late-report-list', 'other');
  CREATE TYPE "public"."enum_notifications_status" AS ENUM('queued', 'sent', 'failed', 'held');
  CREATE TYPE "public"."enum_plans_kind" AS ENUM('annual-programme', 'work-plan', 'inspection-plan', 'agency-detailed-plan');
  CREATE TYPE "public"."enum_plans_status" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_documents_kind" AS ENUM('notice', 'conclusion-notice', 'report', 'plan', 'programme', 'decision', 'official-letter', 'invitation');
  CREATE TYPE "public"."enum_documents_signing_form" AS ENUM('TM', 'KT', 'TL');
  CREATE TYPE "public"."enum_documents_status" AS ENUM('draft', 'issued');
  CREATE TYPE "public"."enum_feedback_kind" AS ENUM('obstacle', 'proposal', 'amendment-proposal');
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('received', 'under-review', 'answered', 'forwarded-as-amendment');
  CREATE TYPE "public"."enum_feedback_origin" AS ENUM('direct', 'monthly-report');
  CREATE TYPE "public"."enum_budget_lines_category" AS ENUM('equipment', 'software-data', 'training', 'communication', 'inspection', 'meetings', 'other');
  CREATE TYPE "public"."enum_budget_lines_status" AS ENUM('open', 'closed');
  CREATE TYPE "public"."enum_indicators_reported_by" AS ENUM('police', 'people_committee', 'provincial_office', 'department', 'vertical_agency', 'state_enterprise', 'mass_organization', 'media', 'district', 'commune', 'local_working_group');
  CREATE TYPE "public"."enum_indicators_group" AS ENUM('G1', 'G2', 'G3', 'G4', 'G5');
  CREATE TYPE "public"."enum_indicators_source" AS ENUM('reported', 'derived', 'tasks');
  CREATE TYPE "public"."enum_indicators_aggregation" AS ENUM('sum', 'latest', 'average', 'ratio');
  CREATE TYPE "public"."enum_indicators_task_measure" AS ENUM('assigned', 'completed-on-time', 'open-overdue', 'on-time-rate');
  CREATE TYPE "public"."enum_reports_task_lines_status" AS ENUM('completed-on-time', 'completed-late', 'open-within-deadline', 'open-overdue', 'not-started', 'recurring', 'paused');
  CREATE TYPE "public"."enum_reports_status" AS ENUM('draft', 'submitted', 'accepted', 'returned', 'resubmitted');
  CREATE TYPE "public"."enum_reports_timeliness" AS ENUM('on-time', 'late');
  CREATE TYPE "public"."enum__reports_v_version_task_lines_status" AS ENUM('completed-on-time', 'completed-late', 'open-within-deadline', 'open-overdue', 'not-started', 'recurring', 'paused');
  CREATE TYPE "public"."enum__reports_v_version_status" AS ENUM('draft', 'submitted', 'accepted', 'returned', 'resubmitted');
  CREATE TYPE "public"."enum__reports_v_version_timeliness" AS ENUM('on-time', 'late');
  CREATE TYPE "public"."enum_charter_settings_document_register_numbering" AS ENUM('per-kind', 'single');
  CREATE TYPE "public"."enum__charter_settings_v_version_document_register_numbering" AS ENUM('per-kind', 'single');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliver-notification';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliver-notification';
  CREATE TABLE "meetings_agenda" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"presenter_agency_id" integer
  );
  
  CREATE TABLE "meetings_guests" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"title" varchar,
  	"agency_id" integer,
  	"email" varchar
  );
  
  CREATE TABLE "meetings_attendance" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"member_id" integer NOT NULL,
  	"presence" "enum_meetings_attendance_presence" DEFAULT 'present' NOT NULL,
  	"reason" varchar,
  	"chair_consent" boolean DEFAULT false,
  	"substitute_name" varchar,
  	"substitute_title" varchar,
  	"authorisation_id" integer
  );
  
  CREATE TABLE "meetings_decisions_votes" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"voter_id" integer NOT NULL,
  	"choice" "enum_meetings_decisions_votes_choice" NOT NULL
  );
  
  CREATE TABLE "meetings_decisions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"outcome" "enum_meetings_decisions_outcome",
  	"outcome_note" varchar
  );
  
  CREATE TABLE "meetings_conclusions_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" varchar NOT NULL,
  	"lead_agency_id" integer,
  	"due_date" timestamp(3) with time zone,
  	"task_id" integer
  );
  
  CREATE TABLE "meetings_conclusion_deliveries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"member_id" integer,
  	"name" varchar,
  	"email" varchar,
  	"notification_id" varchar,
  	"status" "enum_meetings_conclusion_deliveries_status"
  );
  
  CREATE TABLE "meetings_notice_deliveries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"notification_id" varchar,
  	"status" "enum_meetings_notice_deliveries_status"
  );
  
  CREATE TABLE "meetings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"group_id" integer NOT NULL,
  	"kind" "enum_meetings_kind" DEFAULT 'regular' NOT NULL,
  	"serves_month" varchar,
  	"start" timestamp(3) with time zone NOT NULL,
  	"end" timestamp(3) with time zone,
  	"place" varchar,
  	"online_link" varchar,
  	"chair_id" integer,
  	"convened_by_id" integer,
  	"called_on" timestamp(3) with time zone,
  	"minutes" jsonb,
  	"minutes_scan_id" integer,
  	"conclusions_number" varchar,
  	"conclusions_issued_at" timestamp(3) with time zone,
  	"conclusions_summary" varchar,
  	"status" "enum_meetings_status" DEFAULT 'draft' NOT NULL,
  	"notice_sent_at" timestamp(3) with time zone,
  	"notice_deadline" timestamp(3) with time zone,
  	"notice_late" boolean,
  	"late_in_month" boolean,
  	"absence_without_consent" numeric,
  	"title" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meetings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"tasks_id" integer,
  	"members_id" integer,
  	"agencies_id" integer
  );
  
  CREATE TABLE "notifications_attachments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"filename" varchar NOT NULL,
  	"content_type" varchar NOT NULL,
  	"content_base64" varchar NOT NULL
  );
  
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"recipient" varchar NOT NULL,
  	"kind" "enum_notifications_kind" NOT NULL,
  	"subject" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"html" varchar,
  	"ics" varchar,
  	"related_collection" varchar,
  	"related_id" varchar,
  	"status" "enum_notifications_status" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"sent_at" timestamp(3) with time zone,
  	"message_id" varchar,
  	"last_error" varchar,
  	"dedupe_key" varchar,
  	"dedupe_id" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "plans_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" varchar NOT NULL,
  	"lead_agency_id" integer NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"task_id" integer
  );
  
  CREATE TABLE "plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_plans_kind" NOT NULL,
  	"year" numeric NOT NULL,
  	"title" varchar NOT NULL,
  	"agency_id" integer,
  	"parent_plan_id" integer,
  	"file_id" integer,
  	"status" "enum_plans_status" DEFAULT 'draft' NOT NULL,
  	"return_comment" varchar,
  	"revision_of_id" integer,
  	"version" numeric,
  	"submitted_by_id" integer,
  	"submitted_on" timestamp(3) with time zone,
  	"approved_by_id" integer,
  	"approved_on" timestamp(3) with time zone,
  	"returned_by_id" integer,
  	"returned_on" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_documents_kind" NOT NULL,
  	"date" timestamp(3) with time zone,
  	"title" varchar NOT NULL,
  	"signer_id" integer,
  	"signing_form" "enum_documents_signing_form",
  	"recipients" varchar,
  	"file_id" integer,
  	"status" "enum_documents_status" DEFAULT 'draft' NOT NULL,
  	"symbol" varchar,
  	"seal_agency_id" integer,
  	"signature_block" varchar,
  	"signing_delegation_id" integer,
  	"year" numeric,
  	"number" numeric,
  	"sequence" varchar,
  	"register_key" varchar,
  	"issued_by_id" integer,
  	"issued_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_feedback_kind" NOT NULL,
  	"agency_id" integer NOT NULL,
  	"author_id" integer,
  	"title" varchar NOT NULL,
  	"content" varchar NOT NULL,
  	"status" "enum_feedback_status" DEFAULT 'received' NOT NULL,
  	"response" varchar,
  	"received_on" timestamp(3) with time zone,
  	"routed_to_id" integer,
  	"responded_by_id" integer,
  	"responded_on" timestamp(3) with time zone,
  	"origin" "enum_feedback_origin" DEFAULT 'direct',
  	"origin_ref" varchar,
  	"amendment_effective_from" timestamp(3) with time zone,
  	"amendment_basis" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "budget_lines" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"fiscal_year" numeric NOT NULL,
  	"category" "enum_budget_lines_category" NOT NULL,
  	"source_agency_id" integer NOT NULL,
  	"allocated_amount" numeric NOT NULL,
  	"legal_basis" varchar NOT NULL,
  	"basis_file_id" integer,
  	"note" varchar,
  	"status" "enum_budget_lines_status" DEFAULT 'open',
  	"spent" numeric DEFAULT 0,
  	"remaining" numeric,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "expenditures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"line_id" integer NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"amount" numeric NOT NULL,
  	"reverses_id" integer,
  	"payee" varchar NOT NULL,
  	"voucher_number" varchar,
  	"purpose" varchar NOT NULL,
  	"voucher_id" integer NOT NULL,
  	"approved_by_id" integer NOT NULL,
  	"sequence" numeric,
  	"spent_after" numeric,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "indicators_reported_by" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_indicators_reported_by",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "indicators" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"unit" varchar NOT NULL,
  	"group" "enum_indicators_group" NOT NULL,
  	"name_vi" varchar NOT NULL,
  	"name_en" varchar,
  	"source" "enum_indicators_source" DEFAULT 'reported' NOT NULL,
  	"aggregation" "enum_indicators_aggregation" DEFAULT 'sum' NOT NULL,
  	"task_measure" "enum_indicators_task_measure",
  	"numerator_id" integer,
  	"denominator_id" integer,
  	"cumulative" boolean DEFAULT false,
  	"whole_number" boolean DEFAULT true,
  	"active" boolean DEFAULT true,
  	"owner_id" integer,
  	"order" numeric DEFAULT 0,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "targets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"indicator_id" integer NOT NULL,
  	"year" numeric NOT NULL,
  	"agency_id" integer,
  	"value" numeric NOT NULL,
  	"note" varchar,
  	"key" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reports_task_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"task_id" integer NOT NULL,
  	"status" "enum_reports_task_lines_status",
  	"progress" numeric,
  	"result" varchar,
  	"obstacles" varchar,
  	"overdue_reason" varchar
  );
  
  CREATE TABLE "reports_indicator_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"indicator_id" integer NOT NULL,
  	"previous_value" numeric,
  	"value" numeric,
  	"note" varchar
  );
  
  CREATE TABLE "reports_proposals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" varchar NOT NULL
  );
  
  CREATE TABLE "reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"agency_id" integer NOT NULL,
  	"period" varchar NOT NULL,
  	"title" varchar,
  	"obstacles" varchar,
  	"signed_scan_id" integer,
  	"status" "enum_reports_status" DEFAULT 'draft' NOT NULL,
  	"review_comment" varchar,
  	"deadline" timestamp(3) with time zone,
  	"submitted_at" timestamp(3) with time zone,
  	"last_submitted_at" timestamp(3) with time zone,
  	"submitted_by_id" integer,
  	"timeliness" "enum_reports_timeliness",
  	"reviewed_at" timestamp(3) with time zone,
  	"reviewed_by_id" integer,
  	"open_issues" numeric,
  	"issue_summary" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_reports_v_version_task_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"task_id" integer NOT NULL,
  	"status" "enum__reports_v_version_task_lines_status",
  	"progress" numeric,
  	"result" varchar,
  	"obstacles" varchar,
  	"overdue_reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_reports_v_version_indicator_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"indicator_id" integer NOT NULL,
  	"previous_value" numeric,
  	"value" numeric,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_reports_v_version_proposals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"content" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_agency_id" integer NOT NULL,
  	"version_period" varchar NOT NULL,
  	"version_title" varchar,
  	"version_obstacles" varchar,
  	"version_signed_scan_id" integer,
  	"version_status" "enum__reports_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_review_comment" varchar,
  	"version_deadline" timestamp(3) with time zone,
  	"version_submitted_at" timestamp(3) with time zone,
  	"version_last_submitted_at" timestamp(3) with time zone,
  	"version_submitted_by_id" integer,
  	"version_timeliness" "enum__reports_v_version_timeliness",
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_reviewed_by_id" integer,
  	"version_open_issues" numeric,
  	"version_issue_summary" varchar,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_reports_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "reporting_periods_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"agency_id" integer NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"reason" varchar NOT NULL,
  	"granted_by_id" integer,
  	"granted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "reporting_periods" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"period" varchar NOT NULL,
  	"locked_at" timestamp(3) with time zone,
  	"locked_by_id" integer,
  	"aggregate_issued_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_reporting_periods_v_version_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"agency_id" integer NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"reason" varchar NOT NULL,
  	"granted_by_id" integer,
  	"granted_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_reporting_periods_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_period" varchar NOT NULL,
  	"version_locked_at" timestamp(3) with time zone,
  	"version_locked_by_id" integer,
  	"version_aggregate_issued_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "budget_settings_closed_years" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"basis" varchar,
  	"closed_on" timestamp(3) with time zone,
  	"closed_by_id" integer
  );
  
  CREATE TABLE "budget_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "tasks" ADD COLUMN "meeting_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meetings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "plans_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feedback_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "budget_lines_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "expenditures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "indicators_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "targets_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reporting_periods_id" integer;
  ALTER TABLE "charter_settings" ADD COLUMN "document_register_issuer_symbol" varchar DEFAULT 'TCT' NOT NULL;
  ALTER TABLE "charter_settings" ADD COLUMN "document_register_numbering" "enum_charter_settings_document_register_numbering" DEFAULT 'per-kind' NOT NULL;
  ALTER TABLE "_charter_settings_v" ADD COLUMN "version_document_register_issuer_symbol" varchar DEFAULT 'TCT' NOT NULL;
  ALTER TABLE "_charter_settings_v" ADD COLUMN "version_document_register_numbering" "enum__charter_settings_v_version_document_register_numbering" DEFAULT 'per-kind' NOT NULL;
  ALTER TABLE "meetings_agenda" ADD CONSTRAINT "meetings_agenda_presenter_agency_id_agencies_id_fk" FOREIGN KEY ("presenter_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_agenda" ADD CONSTRAINT "meetings_agenda_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_guests" ADD CONSTRAINT "meetings_guests_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_guests" ADD CONSTRAINT "meetings_guests_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_attendance" ADD CONSTRAINT "meetings_attendance_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_attendance" ADD CONSTRAINT "meetings_attendance_authorisation_id_media_id_fk" FOREIGN KEY ("authorisation_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_attendance" ADD CONSTRAINT "meetings_attendance_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_decisions_votes" ADD CONSTRAINT "meetings_decisions_votes_voter_id_members_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_decisions_votes" ADD CONSTRAINT "meetings_decisions_votes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_decisions" ADD CONSTRAINT "meetings_decisions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_conclusions_items" ADD CONSTRAINT "meetings_conclusions_items_lead_agency_id_agencies_id_fk" FOREIGN KEY ("lead_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_conclusions_items" ADD CONSTRAINT "meetings_conclusions_items_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_conclusions_items" ADD CONSTRAINT "meetings_conclusions_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_conclusion_deliveries" ADD CONSTRAINT "meetings_conclusion_deliveries_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_conclusion_deliveries" ADD CONSTRAINT "meetings_conclusion_deliveries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_notice_deliveries" ADD CONSTRAINT "meetings_notice_deliveries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chair_id_users_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_convened_by_id_users_id_fk" FOREIGN KEY ("convened_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_minutes_scan_id_media_id_fk" FOREIGN KEY ("minutes_scan_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_tasks_fk" FOREIGN KEY ("tasks_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications_attachments" ADD CONSTRAINT "notifications_attachments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans_items" ADD CONSTRAINT "plans_items_lead_agency_id_agencies_id_fk" FOREIGN KEY ("lead_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans_items" ADD CONSTRAINT "plans_items_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans_items" ADD CONSTRAINT "plans_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_parent_plan_id_plans_id_fk" FOREIGN KEY ("parent_plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_revision_of_id_plans_id_fk" FOREIGN KEY ("revision_of_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_returned_by_id_users_id_fk" FOREIGN KEY ("returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_signer_id_users_id_fk" FOREIGN KEY ("signer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_seal_agency_id_agencies_id_fk" FOREIGN KEY ("seal_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_signing_delegation_id_delegations_id_fk" FOREIGN KEY ("signing_delegation_id") REFERENCES "public"."delegations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_issued_by_id_users_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_routed_to_id_agencies_id_fk" FOREIGN KEY ("routed_to_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_responded_by_id_users_id_fk" FOREIGN KEY ("responded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_source_agency_id_agencies_id_fk" FOREIGN KEY ("source_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_basis_file_id_media_id_fk" FOREIGN KEY ("basis_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_line_id_budget_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."budget_lines"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_reverses_id_expenditures_id_fk" FOREIGN KEY ("reverses_id") REFERENCES "public"."expenditures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_voucher_id_media_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicators_reported_by" ADD CONSTRAINT "indicators_reported_by_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators" ADD CONSTRAINT "indicators_numerator_id_indicators_id_fk" FOREIGN KEY ("numerator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicators" ADD CONSTRAINT "indicators_denominator_id_indicators_id_fk" FOREIGN KEY ("denominator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicators" ADD CONSTRAINT "indicators_owner_id_agencies_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicators" ADD CONSTRAINT "indicators_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicators" ADD CONSTRAINT "indicators_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "targets" ADD CONSTRAINT "targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "targets" ADD CONSTRAINT "targets_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "targets" ADD CONSTRAINT "targets_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "targets" ADD CONSTRAINT "targets_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_task_lines" ADD CONSTRAINT "reports_task_lines_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_task_lines" ADD CONSTRAINT "reports_task_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_indicator_lines" ADD CONSTRAINT "reports_indicator_lines_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_indicator_lines" ADD CONSTRAINT "reports_indicator_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_proposals" ADD CONSTRAINT "reports_proposals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_signed_scan_id_media_id_fk" FOREIGN KEY ("signed_scan_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_version_task_lines" ADD CONSTRAINT "_reports_v_version_task_lines_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_version_task_lines" ADD CONSTRAINT "_reports_v_version_task_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_version_indicator_lines" ADD CONSTRAINT "_reports_v_version_indicator_lines_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_version_indicator_lines" ADD CONSTRAINT "_reports_v_version_indicator_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_version_proposals" ADD CONSTRAINT "_reports_v_version_proposals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_parent_id_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_agency_id_agencies_id_fk" FOREIGN KEY ("version_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_signed_scan_id_media_id_fk" FOREIGN KEY ("version_signed_scan_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_rels" ADD CONSTRAINT "_reports_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_rels" ADD CONSTRAINT "_reports_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reporting_periods_exceptions" ADD CONSTRAINT "reporting_periods_exceptions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reporting_periods_exceptions" ADD CONSTRAINT "reporting_periods_exceptions_granted_by_id_users_id_fk" FOREIGN KEY ("granted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reporting_periods_exceptions" ADD CONSTRAINT "reporting_periods_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reporting_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_locked_by_id_users_id_fk" FOREIGN KEY ("locked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reporting_periods_v_version_exceptions" ADD CONSTRAINT "_reporting_periods_v_version_exceptions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reporting_periods_v_version_exceptions" ADD CONSTRAINT "_reporting_periods_v_version_exceptions_granted_by_id_users_id_fk" FOREIGN KEY ("granted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reporting_periods_v_version_exceptions" ADD CONSTRAINT "_reporting_periods_v_version_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reporting_periods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reporting_periods_v" ADD CONSTRAINT "_reporting_periods_v_parent_id_reporting_periods_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reporting_periods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reporting_periods_v" ADD CONSTRAINT "_reporting_periods_v_version_locked_by_id_users_id_fk" FOREIGN KEY ("version_locked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reporting_periods_v" ADD CONSTRAINT "_reporting_periods_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reporting_periods_v" ADD CONSTRAINT "_reporting_periods_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_settings_closed_years" ADD CONSTRAINT "budget_settings_closed_years_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_settings_closed_years" ADD CONSTRAINT "budget_settings_closed_years_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."budget_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "meetings_agenda_order_idx" ON "meetings_agenda" USING btree ("_order");
  CREATE INDEX "meetings_agenda_parent_id_idx" ON "meetings_agenda" USING btree ("_parent_id");
  CREATE INDEX "meetings_agenda_presenter_agency_idx" ON "meetings_agenda" USING btree ("presenter_agency_id");
  CREATE INDEX "meetings_guests_order_idx" ON "meetings_guests" USING btree ("_order");
  CREATE INDEX "meetings_guests_parent_id_idx" ON "meetings_guests" USING btree ("_parent_id");
  CREATE INDEX "meetings_guests_agency_idx" ON "meetings_guests" USING btree ("agency_id");
  CREATE INDEX "meetings_attendance_order_idx" ON "meetings_attendance" USING btree ("_order");
  CREATE INDEX "meetings_attendance_parent_id_idx" ON "meetings_attendance" USING btree ("_parent_id");
  CREATE INDEX "meetings_attendance_member_idx" ON "meetings_attendance" USING btree ("member_id");
  CREATE INDEX "meetings_attendance_authorisation_idx" ON "meetings_attendance" USING btree ("authorisation_id");
  CREATE INDEX "meetings_decisions_votes_order_idx" ON "meetings_decisions_votes" USING btree ("_order");
  CREATE INDEX "meetings_decisions_votes_parent_id_idx" ON "meetings_decisions_votes" USING btree ("_parent_id");
  CREATE INDEX "meetings_decisions_votes_voter_idx" ON "meetings_decisions_votes" USING btree ("voter_id");
  CREATE INDEX "meetings_decisions_order_idx" ON "meetings_decisions" USING btree ("_order");
  CREATE INDEX "meetings_decisions_parent_id_idx" ON "meetings_decisions" USING btree ("_parent_id");
  CREATE INDEX "meetings_conclusions_items_order_idx" ON "meetings_conclusions_items" USING btree ("_order");
  CREATE INDEX "meetings_conclusions_items_parent_id_idx" ON "meetings_conclusions_items" USING btree ("_parent_id");
  CREATE INDEX "meetings_conclusions_items_lead_agency_idx" ON "meetings_conclusions_items" USING btree ("lead_agency_id");
  CREATE INDEX "meetings_conclusions_items_task_idx" ON "meetings_conclusions_items" USING btree ("task_id");
  CREATE INDEX "meetings_conclusion_deliveries_order_idx" ON "meetings_conclusion_deliveries" USING btree ("_order");
  CREATE INDEX "meetings_conclusion_deliveries_parent_id_idx" ON "meetings_conclusion_deliveries" USING btree ("_parent_id");
  CREATE INDEX "meetings_conclusion_deliveries_member_idx" ON "meetings_conclusion_deliveries" USING btree ("member_id");
  CREATE INDEX "meetings_notice_deliveries_order_idx" ON "meetings_notice_deliveries" USING btree ("_order");
  CREATE INDEX "meetings_notice_deliveries_parent_id_idx" ON "meetings_notice_deliveries" USING btree ("_parent_id");
  CREATE INDEX "meetings_group_idx" ON "meetings" USING btree ("group_id");
  CREATE INDEX "meetings_kind_idx" ON "meetings" USING btree ("kind");
  CREATE INDEX "meetings_serves_month_idx" ON "meetings" USING btree ("serves_month");
  CREATE INDEX "meetings_start_idx" ON "meetings" USING btree ("start");
  CREATE INDEX "meetings_chair_idx" ON "meetings" USING btree ("chair_id");
  CREATE INDEX "meetings_convened_by_idx" ON "meetings" USING btree ("convened_by_id");
  CREATE INDEX "meetings_minutes_scan_idx" ON "meetings" USING btree ("minutes_scan_id");
  CREATE INDEX "meetings_status_idx" ON "meetings" USING btree ("status");
  CREATE INDEX "meetings_notice_late_idx" ON "meetings" USING btree ("notice_late");
  CREATE INDEX "meetings_late_in_month_idx" ON "meetings" USING btree ("late_in_month");
  CREATE INDEX "meetings_absence_without_consent_idx" ON "meetings" USING btree ("absence_without_consent");
  CREATE INDEX "meetings_created_by_idx" ON "meetings" USING btree ("created_by_id");
  CREATE INDEX "meetings_updated_by_idx" ON "meetings" USING btree ("updated_by_id");
  CREATE INDEX "meetings_updated_at_idx" ON "meetings" USING btree ("updated_at");
  CREATE INDEX "meetings_created_at_idx" ON "meetings" USING btree ("created_at");
  CREATE INDEX "meetings_rels_order_idx" ON "meetings_rels" USING btree ("order");
  CREATE INDEX "meetings_rels_parent_idx" ON "meetings_rels" USING btree ("parent_id");
  CREATE INDEX "meetings_rels_path_idx" ON "meetings_rels" USING btree ("path");
  CREATE INDEX "meetings_rels_media_id_idx" ON "meetings_rels" USING btree ("media_id");
  CREATE INDEX "meetings_rels_tasks_id_idx" ON "meetings_rels" USING btree ("tasks_id");
  CREATE INDEX "meetings_rels_members_id_idx" ON "meetings_rels" USING btree ("members_id");
  CREATE INDEX "meetings_rels_agencies_id_idx" ON "meetings_rels" USING btree ("agencies_id");
  CREATE INDEX "notifications_attachments_order_idx" ON "notifications_attachments" USING btree ("_order");
  CREATE INDEX "notifications_attachments_parent_id_idx" ON "notifications_attachments" USING btree ("_parent_id");
  CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient");
  CREATE INDEX "notifications_kind_idx" ON "notifications" USING btree ("kind");
  CREATE INDEX "notifications_related_collection_idx" ON "notifications" USING btree ("related_collection");
  CREATE INDEX "notifications_related_id_idx" ON "notifications" USING btree ("related_id");
  CREATE INDEX "notifications_status_idx" ON "notifications" USING btree ("status");
  CREATE INDEX "notifications_dedupe_key_idx" ON "notifications" USING btree ("dedupe_key");
  CREATE UNIQUE INDEX "notifications_dedupe_id_idx" ON "notifications" USING btree ("dedupe_id");
  CREATE INDEX "notifications_created_by_idx" ON "notifications" USING btree ("created_by_id");
  CREATE INDEX "notifications_updated_by_idx" ON "notifications" USING btree ("updated_by_id");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "plans_items_order_idx" ON "plans_items" USING btree ("_order");
  CREATE INDEX "plans_items_parent_id_idx" ON "plans_items" USING btree ("_parent_id");
  CREATE INDEX "plans_items_lead_agency_idx" ON "plans_items" USING btree ("lead_agency_id");
  CREATE INDEX "plans_items_task_idx" ON "plans_items" USING btree ("task_id");
  CREATE INDEX "plans_kind_idx" ON "plans" USING btree ("kind");
  CREATE INDEX "plans_year_idx" ON "plans" USING btree ("year");
  CREATE INDEX "plans_agency_idx" ON "plans" USING btree ("agency_id");
  CREATE INDEX "plans_parent_plan_idx" ON "plans" USING btree ("parent_plan_id");
  CREATE INDEX "plans_file_idx" ON "plans" USING btree ("file_id");
  CREATE INDEX "plans_status_idx" ON "plans" USING btree ("status");
  CREATE INDEX "plans_revision_of_idx" ON "plans" USING btree ("revision_of_id");
  CREATE INDEX "plans_submitted_by_idx" ON "plans" USING btree ("submitted_by_id");
  CREATE INDEX "plans_approved_by_idx" ON "plans" USING btree ("approved_by_id");
  CREATE INDEX "plans_returned_by_idx" ON "plans" USING btree ("returned_by_id");
  CREATE INDEX "plans_created_by_idx" ON "plans" USING btree ("created_by_id");
  CREATE INDEX "plans_updated_by_idx" ON "plans" USING btree ("updated_by_id");
  CREATE INDEX "plans_updated_at_idx" ON "plans" USING btree ("updated_at");
  CREATE INDEX "plans_created_at_idx" ON "plans" USING btree ("created_at");
  CREATE INDEX "documents_kind_idx" ON "documents" USING btree ("kind");
  CREATE INDEX "documents_date_idx" ON "documents" USING btree ("date");
  CREATE INDEX "documents_signer_idx" ON "documents" USING btree ("signer_id");
  CREATE INDEX "documents_file_idx" ON "documents" USING btree ("file_id");
  CREATE INDEX "documents_status_idx" ON "documents" USING btree ("status");
  CREATE INDEX "documents_symbol_idx" ON "documents" USING btree ("symbol");
  CREATE INDEX "documents_seal_agency_idx" ON "documents" USING btree ("seal_agency_id");
  CREATE INDEX "documents_signing_delegation_idx" ON "documents" USING btree ("signing_delegation_id");
  CREATE INDEX "documents_year_idx" ON "documents" USING btree ("year");
  CREATE UNIQUE INDEX "documents_register_key_idx" ON "documents" USING btree ("register_key");
  CREATE INDEX "documents_issued_by_idx" ON "documents" USING btree ("issued_by_id");
  CREATE INDEX "documents_created_by_idx" ON "documents" USING btree ("created_by_id");
  CREATE INDEX "documents_updated_by_idx" ON "documents" USING btree ("updated_by_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE INDEX "feedback_kind_idx" ON "feedback" USING btree ("kind");
  CREATE INDEX "feedback_agency_idx" ON "feedback" USING btree ("agency_id");
  CREATE INDEX "feedback_author_idx" ON "feedback" USING btree ("author_id");
  CREATE INDEX "feedback_status_idx" ON "feedback" USING btree ("status");
  CREATE INDEX "feedback_received_on_idx" ON "feedback" USING btree ("received_on");
  CREATE INDEX "feedback_routed_to_idx" ON "feedback" USING btree ("routed_to_id");
  CREATE INDEX "feedback_responded_by_idx" ON "feedback" USING btree ("responded_by_id");
  CREATE INDEX "feedback_created_by_idx" ON "feedback" USING btree ("created_by_id");
  CREATE INDEX "feedback_updated_by_idx" ON "feedback" USING btree ("updated_by_id");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "budget_lines_fiscal_year_idx" ON "budget_lines" USING btree ("fiscal_year");
  CREATE INDEX "budget_lines_category_idx" ON "budget_lines" USING btree ("category");
  CREATE INDEX "budget_lines_source_agency_idx" ON "budget_lines" USING btree ("source_agency_id");
  CREATE INDEX "budget_lines_basis_file_idx" ON "budget_lines" USING btree ("basis_file_id");
  CREATE INDEX "budget_lines_status_idx" ON "budget_lines" USING btree ("status");
  CREATE INDEX "budget_lines_created_by_idx" ON "budget_lines" USING btree ("created_by_id");
  CREATE INDEX "budget_lines_updated_by_idx" ON "budget_lines" USING btree ("updated_by_id");
  CREATE INDEX "budget_lines_updated_at_idx" ON "budget_lines" USING btree ("updated_at");
  CREATE INDEX "budget_lines_created_at_idx" ON "budget_lines" USING btree ("created_at");
  CREATE INDEX "expenditures_line_idx" ON "expenditures" USING btree ("line_id");
  CREATE INDEX "expenditures_date_idx" ON "expenditures" USING btree ("date");
  CREATE INDEX "expenditures_reverses_idx" ON "expenditures" USING btree ("reverses_id");
  CREATE INDEX "expenditures_voucher_idx" ON "expenditures" USING btree ("voucher_id");
  CREATE INDEX "expenditures_approved_by_idx" ON "expenditures" USING btree ("approved_by_id");
  CREATE INDEX "expenditures_created_by_idx" ON "expenditures" USING btree ("created_by_id");
  CREATE INDEX "expenditures_updated_by_idx" ON "expenditures" USING btree ("updated_by_id");
  CREATE INDEX "expenditures_updated_at_idx" ON "expenditures" USING btree ("updated_at");
  CREATE INDEX "expenditures_created_at_idx" ON "expenditures" USING btree ("created_at");
  CREATE UNIQUE INDEX "line_sequence_idx" ON "expenditures" USING btree ("line_id","sequence");
  CREATE INDEX "indicators_reported_by_order_idx" ON "indicators_reported_by" USING btree ("order");
  CREATE INDEX "indicators_reported_by_parent_idx" ON "indicators_reported_by" USING btree ("parent_id");
  CREATE UNIQUE INDEX "indicators_code_idx" ON "indicators" USING btree ("code");
  CREATE INDEX "indicators_group_idx" ON "indicators" USING btree ("group");
  CREATE INDEX "indicators_numerator_idx" ON "indicators" USING btree ("numerator_id");
  CREATE INDEX "indicators_denominator_idx" ON "indicators" USING btree ("denominator_id");
  CREATE INDEX "indicators_owner_idx" ON "indicators" USING btree ("owner_id");
  CREATE INDEX "indicators_order_idx" ON "indicators" USING btree ("order");
  CREATE INDEX "indicators_created_by_idx" ON "indicators" USING btree ("created_by_id");
  CREATE INDEX "indicators_updated_by_idx" ON "indicators" USING btree ("updated_by_id");
  CREATE INDEX "indicators_updated_at_idx" ON "indicators" USING btree ("updated_at");
  CREATE INDEX "indicators_created_at_idx" ON "indicators" USING btree ("created_at");
  CREATE INDEX "targets_indicator_idx" ON "targets" USING btree ("indicator_id");
  CREATE INDEX "targets_year_idx" ON "targets" USING btree ("year");
  CREATE INDEX "targets_agency_idx" ON "targets" USING btree ("agency_id");
  CREATE UNIQUE INDEX "targets_key_idx" ON "targets" USING btree ("key");
  CREATE INDEX "targets_created_by_idx" ON "targets" USING btree ("created_by_id");
  CREATE INDEX "targets_updated_by_idx" ON "targets" USING btree ("updated_by_id");
  CREATE INDEX "targets_updated_at_idx" ON "targets" USING btree ("updated_at");
  CREATE INDEX "targets_created_at_idx" ON "targets" USING btree ("created_at");
  CREATE INDEX "reports_task_lines_order_idx" ON "reports_task_lines" USING btree ("_order");
  CREATE INDEX "reports_task_lines_parent_id_idx" ON "reports_task_lines" USING btree ("_parent_id");
  CREATE INDEX "reports_task_lines_task_idx" ON "reports_task_lines" USING btree ("task_id");
  CREATE INDEX "reports_indicator_lines_order_idx" ON "reports_indicator_lines" USING btree ("_order");
  CREATE INDEX "reports_indicator_lines_parent_id_idx" ON "reports_indicator_lines" USING btree ("_parent_id");
  CREATE INDEX "reports_indicator_lines_indicator_idx" ON "reports_indicator_lines" USING btree ("indicator_id");
  CREATE INDEX "reports_proposals_order_idx" ON "reports_proposals" USING btree ("_order");
  CREATE INDEX "reports_proposals_parent_id_idx" ON "reports_proposals" USING btree ("_parent_id");
  CREATE INDEX "reports_agency_idx" ON "reports" USING btree ("agency_id");
  CREATE INDEX "reports_period_idx" ON "reports" USING btree ("period");
  CREATE INDEX "reports_signed_scan_idx" ON "reports" USING btree ("signed_scan_id");
  CREATE INDEX "reports_status_idx" ON "reports" USING btree ("status");
  CREATE INDEX "reports_submitted_at_idx" ON "reports" USING btree ("submitted_at");
  CREATE INDEX "reports_submitted_by_idx" ON "reports" USING btree ("submitted_by_id");
  CREATE INDEX "reports_timeliness_idx" ON "reports" USING btree ("timeliness");
  CREATE INDEX "reports_reviewed_by_idx" ON "reports" USING btree ("reviewed_by_id");
  CREATE INDEX "reports_created_by_idx" ON "reports" USING btree ("created_by_id");
  CREATE INDEX "reports_updated_by_idx" ON "reports" USING btree ("updated_by_id");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE UNIQUE INDEX "agency_period_idx" ON "reports" USING btree ("agency_id","period");
  CREATE INDEX "reports_rels_order_idx" ON "reports_rels" USING btree ("order");
  CREATE INDEX "reports_rels_parent_idx" ON "reports_rels" USING btree ("parent_id");
  CREATE INDEX "reports_rels_path_idx" ON "reports_rels" USING btree ("path");
  CREATE INDEX "reports_rels_media_id_idx" ON "reports_rels" USING btree ("media_id");
  CREATE INDEX "_reports_v_version_task_lines_order_idx" ON "_reports_v_version_task_lines" USING btree ("_order");
  CREATE INDEX "_reports_v_version_task_lines_parent_id_idx" ON "_reports_v_version_task_lines" USING btree ("_parent_id");
  CREATE INDEX "_reports_v_version_task_lines_task_idx" ON "_reports_v_version_task_lines" USING btree ("task_id");
  CREATE INDEX "_reports_v_version_indicator_lines_order_idx" ON "_reports_v_version_indicator_lines" USING btree ("_order");
  CREATE INDEX "_reports_v_version_indicator_lines_parent_id_idx" ON "_reports_v_version_indicator_lines" USING btree ("_parent_id");
  CREATE INDEX "_reports_v_version_indicator_lines_indicator_idx" ON "_reports_v_version_indicator_lines" USING btree ("indicator_id");
  CREATE INDEX "_reports_v_version_proposals_order_idx" ON "_reports_v_version_proposals" USING btree ("_order");
  CREATE INDEX "_reports_v_version_proposals_parent_id_idx" ON "_reports_v_version_proposals" USING btree ("_parent_id");
  CREATE INDEX "_reports_v_parent_idx" ON "_reports_v" USING btree ("parent_id");
  CREATE INDEX "_reports_v_version_version_agency_idx" ON "_reports_v" USING btree ("version_agency_id");
  CREATE INDEX "_reports_v_version_version_period_idx" ON "_reports_v" USING btree ("version_period");
  CREATE INDEX "_reports_v_version_version_signed_scan_idx" ON "_reports_v" USING btree ("version_signed_scan_id");
  CREATE INDEX "_reports_v_version_version_status_idx" ON "_reports_v" USING btree ("version_status");
  CREATE INDEX "_reports_v_version_version_submitted_at_idx" ON "_reports_v" USING btree ("version_submitted_at");
  CREATE INDEX "_reports_v_version_version_submitted_by_idx" ON "_reports_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_reports_v_version_version_timeliness_idx" ON "_reports_v" USING btree ("version_timeliness");
  CREATE INDEX "_reports_v_version_version_reviewed_by_idx" ON "_reports_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_reports_v_version_version_created_by_idx" ON "_reports_v" USING btree ("version_created_by_id");
  CREATE INDEX "_reports_v_version_version_updated_by_idx" ON "_reports_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_reports_v_version_version_updated_at_idx" ON "_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_reports_v_version_version_created_at_idx" ON "_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_reports_v_created_at_idx" ON "_reports_v" USING btree ("created_at");
  CREATE INDEX "_reports_v_updated_at_idx" ON "_reports_v" USING btree ("updated_at");
  CREATE INDEX "version_agency_version_period_idx" ON "_reports_v" USING btree ("version_agency_id","version_period");
  CREATE INDEX "_reports_v_rels_order_idx" ON "_reports_v_rels" USING btree ("order");
  CREATE INDEX "_reports_v_rels_parent_idx" ON "_reports_v_rels" USING btree ("parent_id");
  CREATE INDEX "_reports_v_rels_path_idx" ON "_reports_v_rels" USING btree ("path");
  CREATE INDEX "_reports_v_rels_media_id_idx" ON "_reports_v_rels" USING btree ("media_id");
  CREATE INDEX "reporting_periods_exceptions_order_idx" ON "reporting_periods_exceptions" USING btree ("_order");
  CREATE INDEX "reporting_periods_exceptions_parent_id_idx" ON "reporting_periods_exceptions" USING btree ("_parent_id");
  CREATE INDEX "reporting_periods_exceptions_agency_idx" ON "reporting_periods_exceptions" USING btree ("agency_id");
  CREATE INDEX "reporting_periods_exceptions_granted_by_idx" ON "reporting_periods_exceptions" USING btree ("granted_by_id");
  CREATE UNIQUE INDEX "reporting_periods_period_idx" ON "reporting_periods" USING btree ("period");
  CREATE INDEX "reporting_periods_locked_by_idx" ON "reporting_periods" USING btree ("locked_by_id");
  CREATE INDEX "reporting_periods_created_by_idx" ON "reporting_periods" USING btree ("created_by_id");
  CREATE INDEX "reporting_periods_updated_by_idx" ON "reporting_periods" USING btree ("updated_by_id");
  CREATE INDEX "reporting_periods_updated_at_idx" ON "reporting_periods" USING btree ("updated_at");
  CREATE INDEX "reporting_periods_created_at_idx" ON "reporting_periods" USING btree ("created_at");
  CREATE INDEX "_reporting_periods_v_version_exceptions_order_idx" ON "_reporting_periods_v_version_exceptions" USING btree ("_order");
  CREATE INDEX "_reporting_periods_v_version_exceptions_parent_id_idx" ON "_reporting_periods_v_version_exceptions" USING btree ("_parent_id");
  CREATE INDEX "_reporting_periods_v_version_exceptions_agency_idx" ON "_reporting_periods_v_version_exceptions" USING btree ("agency_id");
  CREATE INDEX "_reporting_periods_v_version_exceptions_granted_by_idx" ON "_reporting_periods_v_version_exceptions" USING btree ("granted_by_id");
  CREATE INDEX "_reporting_periods_v_parent_idx" ON "_reporting_periods_v" USING btree ("parent_id");
  CREATE INDEX "_reporting_periods_v_version_version_period_idx" ON "_reporting_periods_v" USING btree ("version_period");
  CREATE INDEX "_reporting_periods_v_version_version_locked_by_idx" ON "_reporting_periods_v" USING btree ("version_locked_by_id");
  CREATE INDEX "_reporting_periods_v_version_version_created_by_idx" ON "_reporting_periods_v" USING btree ("version_created_by_id");
  CREATE INDEX "_reporting_periods_v_version_version_updated_by_idx" ON "_reporting_periods_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_reporting_periods_v_version_version_updated_at_idx" ON "_reporting_periods_v" USING btree ("version_updated_at");
  CREATE INDEX "_reporting_periods_v_version_version_created_at_idx" ON "_reporting_periods_v" USING btree ("version_created_at");
  CREATE INDEX "_reporting_periods_v_created_at_idx" ON "_reporting_periods_v" USING btree ("created_at");
  CREATE INDEX "_reporting_periods_v_updated_at_idx" ON "_reporting_periods_v" USING btree ("updated_at");
  CREATE INDEX "budget_settings_closed_years_order_idx" ON "budget_settings_closed_years" USING btree ("_order");
  CREATE INDEX "budget_settings_closed_years_parent_id_idx" ON "budget_settings_closed_years" USING btree ("_parent_id");
  CREATE INDEX "budget_settings_closed_years_closed_by_idx" ON "budget_settings_closed_years" USING btree ("closed_by_id");
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meetings_fk" FOREIGN KEY ("meetings_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_plans_fk" FOREIGN KEY ("plans_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_budget_lines_fk" FOREIGN KEY ("budget_lines_id") REFERENCES "public"."budget_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_expenditures_fk" FOREIGN KEY ("expenditures_id") REFERENCES "public"."expenditures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicators_fk" FOREIGN KEY ("indicators_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_targets_fk" FOREIGN KEY ("targets_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reporting_periods_fk" FOREIGN KEY ("reporting_periods_id") REFERENCES "public"."reporting_periods"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tasks_meeting_idx" ON "tasks" USING btree ("meeting_id");
  CREATE INDEX "payload_locked_documents_rels_meetings_id_idx" ON "payload_locked_documents_rels" USING btree ("meetings_id");
  CREATE INDEX "payload_locked_documents_rels_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("plans_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");
  CREATE INDEX "payload_locked_documents_rels_budget_lines_id_idx" ON "payload_locked_documents_rels" USING btree ("budget_lines_id");
  CREATE INDEX "payload_locked_documents_rels_expenditures_id_idx" ON "payload_locked_documents_rels" USING btree ("expenditures_id");
  CREATE INDEX "payload_locked_documents_rels_indicators_id_idx" ON "payload_locked_documents_rels" USING btree ("indicators_id");
  CREATE INDEX "payload_locked_documents_rels_targets_id_idx" ON "payload_locked_documents_rels" USING btree ("targets_id");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  CREATE INDEX "payload_locked_documents_rels_reporting_periods_id_idx" ON "payload_locked_documents_rels" USING btree ("reporting_periods_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "meetings_agenda" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_guests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_attendance" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_decisions_votes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_decisions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_conclusions_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_conclusion_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_notice_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notifications_attachments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "plans_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "plans" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "budget_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "expenditures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "indicators_reported_by" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "indicators" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "targets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reports_task_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reports_indicator_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reports_proposals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reports_v_version_task_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reports_v_version_indicator_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reports_v_version_proposals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reports_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reports_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reporting_periods_exceptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reporting_periods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reporting_periods_v_version_exceptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reporting_periods_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "budget_settings_closed_years" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "budget_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "meetings_agenda" CASCADE;
  DROP TABLE "meetings_guests" CASCADE;
  DROP TABLE "meetings_attendance" CASCADE;
  DROP TABLE "meetings_decisions_votes" CASCADE;
  DROP TABLE "meetings_decisions" CASCADE;
  DROP TABLE "meetings_conclusions_items" CASCADE;
  DROP TABLE "meetings_conclusion_deliveries" CASCADE;
  DROP TABLE "meetings_notice_deliveries" CASCADE;
  DROP TABLE "meetings" CASCADE;
  DROP TABLE "meetings_rels" CASCADE;
  DROP TABLE "notifications_attachments" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "plans_items" CASCADE;
  DROP TABLE "plans" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "budget_lines" CASCADE;
  DROP TABLE "expenditures" CASCADE;
  DROP TABLE "indicators_reported_by" CASCADE;
  DROP TABLE "indicators" CASCADE;
  DROP TABLE "targets" CASCADE;
  DROP TABLE "reports_task_lines" CASCADE;
  DROP TABLE "reports_indicator_lines" CASCADE;
  DROP TABLE "reports_proposals" CASCADE;
  DROP TABLE "reports" CASCADE;
  DROP TABLE "reports_rels" CASCADE;
  DROP TABLE "_reports_v_version_task_lines" CASCADE;
  DROP TABLE "_reports_v_version_indicator_lines" CASCADE;
  DROP TABLE "_reports_v_version_proposals" CASCADE;
  DROP TABLE "_reports_v" CASCADE;
  DROP TABLE "_reports_v_rels" CASCADE;
  DROP TABLE "reporting_periods_exceptions" CASCADE;
  DROP TABLE "reporting_periods" CASCADE;
  DROP TABLE "_reporting_periods_v_version_exceptions" CASCADE;
  DROP TABLE "_reporting_periods_v" CASCADE;
  DROP TABLE "budget_settings_closed_years" CASCADE;
  DROP TABLE "budget_settings" CASCADE;
  ALTER TABLE "tasks" DROP CONSTRAINT "tasks_meeting_id_meetings_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meetings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_plans_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feedback_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_budget_lines_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_expenditures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_indicators_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_targets_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reporting_periods_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'send-email');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'send-email');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "tasks_meeting_idx";
  DROP INDEX "payload_locked_documents_rels_meetings_id_idx";
  DROP INDEX "payload_locked_documents_rels_plans_id_idx";
  DROP INDEX "payload_locked_documents_rels_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_feedback_id_idx";
  DROP INDEX "payload_locked_documents_rels_budget_lines_id_idx";
  DROP INDEX "payload_locked_documents_rels_expenditures_id_idx";
  DROP INDEX "payload_locked_documents_rels_indicators_id_idx";
  DROP INDEX "payload_locked_documents_rels_targets_id_idx";
  DROP INDEX "payload_locked_documents_rels_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_reporting_periods_id_idx";
  ALTER TABLE "tasks" DROP COLUMN "meeting_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meetings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "plans_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feedback_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "budget_lines_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "expenditures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "indicators_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "targets_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reporting_periods_id";
  ALTER TABLE "charter_settings" DROP COLUMN "document_register_issuer_symbol";
  ALTER TABLE "charter_settings" DROP COLUMN "document_register_numbering";
  ALTER TABLE "_charter_settings_v" DROP COLUMN "version_document_register_issuer_symbol";
  ALTER TABLE "_charter_settings_v" DROP COLUMN "version_document_register_numbering";
  DROP TYPE "public"."enum_meetings_attendance_presence";
  DROP TYPE "public"."enum_meetings_decisions_votes_choice";
  DROP TYPE "public"."enum_meetings_decisions_outcome";
  DROP TYPE "public"."enum_meetings_conclusion_deliveries_status";
  DROP TYPE "public"."enum_meetings_notice_deliveries_status";
  DROP TYPE "public"."enum_meetings_kind";
  DROP TYPE "public"."enum_meetings_status";
  DROP TYPE "public"."enum_notifications_kind";
  DROP TYPE "public"."enum_notifications_status";
  DROP TYPE "public"."enum_plans_kind";
  DROP TYPE "public"."enum_plans_status";
  DROP TYPE "public"."enum_documents_kind";
  DROP TYPE "public"."enum_documents_signing_form";
  DROP TYPE "public"."enum_documents_status";
  DROP TYPE "public"."enum_feedback_kind";
  DROP TYPE "public"."enum_feedback_status";
  DROP TYPE "public"."enum_feedback_origin";
  DROP TYPE "public"."enum_budget_lines_category";
  DROP TYPE "public"."enum_budget_lines_status";
  DROP TYPE "public"."enum_indicators_reported_by";
  DROP TYPE "public"."enum_indicators_group";
  DROP TYPE "public"."enum_indicators_source";
  DROP TYPE "public"."enum_indicators_aggregation";
  DROP TYPE "public"."enum_indicators_task_measure";
  DROP TYPE "public"."enum_reports_task_lines_status";
  DROP TYPE "public"."enum_reports_status";
  DROP TYPE "public"."enum_reports_timeliness";
  DROP TYPE "public"."enum__reports_v_version_task_lines_status";
  DROP TYPE "public"."enum__reports_v_version_status";
  DROP TYPE "public"."enum__reports_v_version_timeliness";
  DROP TYPE "public"."enum_charter_settings_document_register_numbering";
  DROP TYPE "public"."enum__charter_settings_v_version_document_register_numbering";`)
}
