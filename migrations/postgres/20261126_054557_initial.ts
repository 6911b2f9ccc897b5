import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'secretariat', 'leader', 'reporter', 'finance', 'viewer');
  CREATE TYPE "public"."enum_agencies_kind" AS ENUM('police', 'people_committee', 'provincial_office', 'department', 'vertical_agency', 'state_enterprise', 'mass_organization', 'media', 'district', 'commune', 'local_working_group');
  CREATE TYPE "public"."enum_working_groups_kind" AS ENUM('wg', 'sg');
  CREATE TYPE "public"."enum_members_position" AS ENUM('head', 'standing-deputy', 'deputy', 'member', 'secretary', 'sg-head', 'sg-deputy', 'sg-member');
  CREATE TYPE "public"."enum_delegations_scopes" AS ENUM('chair', 'sign-for-head', 'approve-plans', 'act-as-head');
  CREATE TYPE "public"."enum_holidays_kind" AS ENUM('day-off', 'working-day');
  CREATE TYPE "public"."enum_tasks_extensions_status" AS ENUM('requested', 'approved', 'rejected');
  CREATE TYPE "public"."enum_tasks_source" AS ENUM('national-programme', 'provincial-plan', 'meeting-conclusion', 'ad-hoc');
  CREATE TYPE "public"."enum_tasks_status" AS ENUM('completed-on-time', 'completed-late', 'open-within-deadline', 'open-overdue', 'not-started', 'recurring', 'paused');
  CREATE TYPE "public"."enum_audit_log_operation" AS ENUM('create', 'update', 'delete');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'send-email');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'send-email');
  CREATE TYPE "public"."enum_charter_settings_editions_majority_base" AS ENUM('present', 'all-members');
  CREATE TYPE "public"."enum_charter_settings_editions_tie_rule" AS ENUM('chair-side', 'not-passed');
  CREATE TYPE "public"."enum__charter_settings_v_version_editions_majority_base" AS ENUM('present', 'all-members');
  CREATE TYPE "public"."enum__charter_settings_v_version_editions_tie_rule" AS ENUM('chair-side', 'not-passed');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"full_name" varchar NOT NULL,
  	"phone" varchar,
  	"agency_id" integer,
  	"job_title" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "agencies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"name_en" varchar,
  	"code" varchar NOT NULL,
  	"kind" "enum_agencies_kind" NOT NULL,
  	"admin_unit_code" varchar,
  	"parent_id" integer,
  	"valid_from" timestamp(3) with time zone,
  	"valid_to" timestamp(3) with time zone,
  	"replaced_by_id" integer,
  	"contact_email" varchar,
  	"standing_body_lock" varchar,
  	"is_standing_body" boolean DEFAULT false,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "working_groups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_working_groups_kind" NOT NULL,
  	"parent_id" integer,
  	"founding_decision_number" varchar,
  	"founding_decision_date" timestamp(3) with time zone,
  	"founding_decision_file_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "members" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"user_id" integer NOT NULL,
  	"group_id" integer NOT NULL,
  	"position" "enum_members_position" NOT NULL,
  	"agency_id" integer NOT NULL,
  	"from" timestamp(3) with time zone NOT NULL,
  	"to" timestamp(3) with time zone,
  	"appointing_decision" varchar,
  	"appointing_decision_file_id" integer,
  	"assists_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "delegations_scopes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_delegations_scopes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "delegations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"group_id" integer NOT NULL,
  	"grantor_id" integer NOT NULL,
  	"grantee_id" integer NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone NOT NULL,
  	"basis_number" varchar NOT NULL,
  	"basis_id" integer NOT NULL,
  	"note" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"agency_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "holidays" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"kind" "enum_holidays_kind" NOT NULL,
  	"name_vi" varchar NOT NULL,
  	"name_en" varchar,
  	"year" numeric,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tasks_extensions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reason" varchar NOT NULL,
  	"new_due_date" timestamp(3) with time zone NOT NULL,
  	"status" "enum_tasks_extensions_status" DEFAULT 'requested' NOT NULL,
  	"decided_by_id" integer,
  	"decided_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "tasks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"source" "enum_tasks_source" DEFAULT 'ad-hoc' NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"source_reference" varchar,
  	"lead_agency_id" integer NOT NULL,
  	"assigned_by_id" integer NOT NULL,
  	"assigned_on" timestamp(3) with time zone NOT NULL,
  	"start_date" timestamp(3) with time zone,
  	"due_date" timestamp(3) with time zone,
  	"completed_on" timestamp(3) with time zone,
  	"recurring" boolean DEFAULT false,
  	"paused" boolean DEFAULT false,
  	"progress" numeric DEFAULT 0,
  	"result" varchar,
  	"status" "enum_tasks_status",
  	"effective_due_date" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tasks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"agencies_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"operation" "enum_audit_log_operation" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"agencies_id" integer,
  	"working_groups_id" integer,
  	"members_id" integer,
  	"delegations_id" integer,
  	"media_id" integer,
  	"holidays_id" integer,
  	"tasks_id" integer,
  	"audit_log_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "charter_settings_editions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"effective_from" timestamp(3) with time zone NOT NULL,
  	"basis" varchar,
  	"meeting_before_day" numeric DEFAULT 10 NOT NULL,
  	"report_before_day" numeric DEFAULT 18 NOT NULL,
  	"aggregate_before_day" numeric DEFAULT 22 NOT NULL,
  	"lock_day" numeric DEFAULT 25 NOT NULL,
  	"notice_lead_working_days" numeric DEFAULT 2 NOT NULL,
  	"reminder_days_before" numeric DEFAULT 3 NOT NULL,
  	"majority_base" "enum_charter_settings_editions_majority_base" DEFAULT 'present' NOT NULL,
  	"tie_rule" "enum_charter_settings_editions_tie_rule" DEFAULT 'chair-side' NOT NULL
  );
  
  CREATE TABLE "charter_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"standing_body_email" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_charter_settings_v_version_editions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"effective_from" timestamp(3) with time zone NOT NULL,
  	"basis" varchar,
  	"meeting_before_day" numeric DEFAULT 10 NOT NULL,
  	"report_before_day" numeric DEFAULT 18 NOT NULL,
  	"aggregate_before_day" numeric DEFAULT 22 NOT NULL,
  	"lock_day" numeric DEFAULT 25 NOT NULL,
  	"notice_lead_working_days" numeric DEFAULT 2 NOT NULL,
  	"reminder_days_before" numeric DEFAULT 3 NOT NULL,
  	"majority_base" "enum__charter_settings_v_version_editions_majority_base" DEFAULT 'present' NOT NULL,
  	"tie_rule" "enum__charter_settings_v_version_editions_tie_rule" DEFAULT 'chair-side' NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_charter_settings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_standing_body_email" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agencies" ADD CONSTRAINT "agencies_parent_id_agencies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agencies" ADD CONSTRAINT "agencies_replaced_by_id_agencies_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agencies" ADD CONSTRAINT "agencies_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agencies" ADD CONSTRAINT "agencies_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_parent_id_working_groups_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."working_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_founding_decision_file_id_media_id_fk" FOREIGN KEY ("founding_decision_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_appointing_decision_file_id_media_id_fk" FOREIGN KEY ("appointing_decision_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_assists_id_members_id_fk" FOREIGN KEY ("assists_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delegations_scopes" ADD CONSTRAINT "delegations_scopes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "delegations" ADD CONSTRAINT "delegations_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delegations" ADD CONSTRAINT "delegations_grantor_id_users_id_fk" FOREIGN KEY ("grantor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delegations" ADD CONSTRAINT "delegations_grantee_id_users_id_fk" FOREIGN KEY ("grantee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delegations" ADD CONSTRAINT "delegations_basis_id_media_id_fk" FOREIGN KEY ("basis_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delegations" ADD CONSTRAINT "delegations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delegations" ADD CONSTRAINT "delegations_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "holidays" ADD CONSTRAINT "holidays_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "holidays" ADD CONSTRAINT "holidays_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks_extensions" ADD CONSTRAINT "tasks_extensions_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks_extensions" ADD CONSTRAINT "tasks_extensions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_lead_agency_id_agencies_id_fk" FOREIGN KEY ("lead_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assigned_by_id_users_id_fk" FOREIGN KEY ("assigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log_texts" ADD CONSTRAINT "audit_log_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_working_groups_fk" FOREIGN KEY ("working_groups_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_delegations_fk" FOREIGN KEY ("delegations_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_holidays_fk" FOREIGN KEY ("holidays_id") REFERENCES "public"."holidays"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tasks_fk" FOREIGN KEY ("tasks_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "charter_settings_editions" ADD CONSTRAINT "charter_settings_editions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."charter_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_charter_settings_v_version_editions" ADD CONSTRAINT "_charter_settings_v_version_editions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_charter_settings_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_agency_idx" ON "users" USING btree ("agency_id");
  CREATE INDEX "users_created_by_idx" ON "users" USING btree ("created_by_id");
  CREATE INDEX "users_updated_by_idx" ON "users" USING btree ("updated_by_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "agencies_code_idx" ON "agencies" USING btree ("code");
  CREATE INDEX "agencies_kind_idx" ON "agencies" USING btree ("kind");
  CREATE INDEX "agencies_parent_idx" ON "agencies" USING btree ("parent_id");
  CREATE INDEX "agencies_replaced_by_idx" ON "agencies" USING btree ("replaced_by_id");
  CREATE UNIQUE INDEX "agencies_standing_body_lock_idx" ON "agencies" USING btree ("standing_body_lock");
  CREATE INDEX "agencies_is_standing_body_idx" ON "agencies" USING btree ("is_standing_body");
  CREATE INDEX "agencies_created_by_idx" ON "agencies" USING btree ("created_by_id");
  CREATE INDEX "agencies_updated_by_idx" ON "agencies" USING btree ("updated_by_id");
  CREATE INDEX "agencies_updated_at_idx" ON "agencies" USING btree ("updated_at");
  CREATE INDEX "agencies_created_at_idx" ON "agencies" USING btree ("created_at");
  CREATE INDEX "working_groups_parent_idx" ON "working_groups" USING btree ("parent_id");
  CREATE INDEX "working_groups_founding_decision_file_idx" ON "working_groups" USING btree ("founding_decision_file_id");
  CREATE INDEX "working_groups_created_by_idx" ON "working_groups" USING btree ("created_by_id");
  CREATE INDEX "working_groups_updated_by_idx" ON "working_groups" USING btree ("updated_by_id");
  CREATE INDEX "working_groups_updated_at_idx" ON "working_groups" USING btree ("updated_at");
  CREATE INDEX "working_groups_created_at_idx" ON "working_groups" USING btree ("created_at");
  CREATE INDEX "members_user_idx" ON "members" USING btree ("user_id");
  CREATE INDEX "members_group_idx" ON "members" USING btree ("group_id");
  CREATE INDEX "members_position_idx" ON "members" USING btree ("position");
  CREATE INDEX "members_agency_idx" ON "members" USING btree ("agency_id");
  CREATE INDEX "members_appointing_decision_file_idx" ON "members" USING btree ("appointing_decision_file_id");
  CREATE INDEX "members_assists_idx" ON "members" USING btree ("assists_id");
  CREATE INDEX "members_created_by_idx" ON "members" USING btree ("created_by_id");
  CREATE INDEX "members_updated_by_idx" ON "members" USING btree ("updated_by_id");
  CREATE INDEX "members_updated_at_idx" ON "members" USING btree ("updated_at");
  CREATE INDEX "members_created_at_idx" ON "members" USING btree ("created_at");
  CREATE INDEX "delegations_scopes_order_idx" ON "delegations_scopes" USING btree ("order");
  CREATE INDEX "delegations_scopes_parent_idx" ON "delegations_scopes" USING btree ("parent_id");
  CREATE INDEX "delegations_group_idx" ON "delegations" USING btree ("group_id");
  CREATE INDEX "delegations_grantor_idx" ON "delegations" USING btree ("grantor_id");
  CREATE INDEX "delegations_grantee_idx" ON "delegations" USING btree ("grantee_id");
  CREATE INDEX "delegations_valid_from_idx" ON "delegations" USING btree ("valid_from");
  CREATE INDEX "delegations_valid_to_idx" ON "delegations" USING btree ("valid_to");
  CREATE INDEX "delegations_basis_idx" ON "delegations" USING btree ("basis_id");
  CREATE INDEX "delegations_created_by_idx" ON "delegations" USING btree ("created_by_id");
  CREATE INDEX "delegations_updated_by_idx" ON "delegations" USING btree ("updated_by_id");
  CREATE INDEX "delegations_updated_at_idx" ON "delegations" USING btree ("updated_at");
  CREATE INDEX "delegations_created_at_idx" ON "delegations" USING btree ("created_at");
  CREATE INDEX "media_agency_idx" ON "media" USING btree ("agency_id");
  CREATE INDEX "media_created_by_idx" ON "media" USING btree ("created_by_id");
  CREATE INDEX "media_updated_by_idx" ON "media" USING btree ("updated_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "holidays_date_idx" ON "holidays" USING btree ("date");
  CREATE INDEX "holidays_year_idx" ON "holidays" USING btree ("year");
  CREATE INDEX "holidays_created_by_idx" ON "holidays" USING btree ("created_by_id");
  CREATE INDEX "holidays_updated_by_idx" ON "holidays" USING btree ("updated_by_id");
  CREATE INDEX "holidays_updated_at_idx" ON "holidays" USING btree ("updated_at");
  CREATE INDEX "holidays_created_at_idx" ON "holidays" USING btree ("created_at");
  CREATE INDEX "tasks_extensions_order_idx" ON "tasks_extensions" USING btree ("_order");
  CREATE INDEX "tasks_extensions_parent_id_idx" ON "tasks_extensions" USING btree ("_parent_id");
  CREATE INDEX "tasks_extensions_decided_by_idx" ON "tasks_extensions" USING btree ("decided_by_id");
  CREATE INDEX "tasks_code_idx" ON "tasks" USING btree ("code");
  CREATE INDEX "tasks_source_idx" ON "tasks" USING btree ("source");
  CREATE INDEX "tasks_lead_agency_idx" ON "tasks" USING btree ("lead_agency_id");
  CREATE INDEX "tasks_assigned_by_idx" ON "tasks" USING btree ("assigned_by_id");
  CREATE INDEX "tasks_due_date_idx" ON "tasks" USING btree ("due_date");
  CREATE INDEX "tasks_status_idx" ON "tasks" USING btree ("status");
  CREATE INDEX "tasks_effective_due_date_idx" ON "tasks" USING btree ("effective_due_date");
  CREATE INDEX "tasks_created_by_idx" ON "tasks" USING btree ("created_by_id");
  CREATE INDEX "tasks_updated_by_idx" ON "tasks" USING btree ("updated_by_id");
  CREATE INDEX "tasks_updated_at_idx" ON "tasks" USING btree ("updated_at");
  CREATE INDEX "tasks_created_at_idx" ON "tasks" USING btree ("created_at");
  CREATE INDEX "tasks_rels_order_idx" ON "tasks_rels" USING btree ("order");
  CREATE INDEX "tasks_rels_parent_idx" ON "tasks_rels" USING btree ("parent_id");
  CREATE INDEX "tasks_rels_path_idx" ON "tasks_rels" USING btree ("path");
  CREATE INDEX "tasks_rels_agencies_id_idx" ON "tasks_rels" USING btree ("agencies_id");
  CREATE INDEX "tasks_rels_media_id_idx" ON "tasks_rels" USING btree ("media_id");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_collection_slug_idx" ON "audit_log" USING btree ("collection_slug");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "audit_log_texts_order_parent" ON "audit_log_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_agencies_id_idx" ON "payload_locked_documents_rels" USING btree ("agencies_id");
  CREATE INDEX "payload_locked_documents_rels_working_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("working_groups_id");
  CREATE INDEX "payload_locked_documents_rels_members_id_idx" ON "payload_locked_documents_rels" USING btree ("members_id");
  CREATE INDEX "payload_locked_documents_rels_delegations_id_idx" ON "payload_locked_documents_rels" USING btree ("delegations_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_holidays_id_idx" ON "payload_locked_documents_rels" USING btree ("holidays_id");
  CREATE INDEX "payload_locked_documents_rels_tasks_id_idx" ON "payload_locked_documents_rels" USING btree ("tasks_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "charter_settings_editions_order_idx" ON "charter_settings_editions" USING btree ("_order");
  CREATE INDEX "charter_settings_editions_parent_id_idx" ON "charter_settings_editions" USING btree ("_parent_id");
  CREATE INDEX "_charter_settings_v_version_editions_order_idx" ON "_charter_settings_v_version_editions" USING btree ("_order");
  CREATE INDEX "_charter_settings_v_version_editions_parent_id_idx" ON "_charter_settings_v_version_editions" USING btree ("_parent_id");
  CREATE INDEX "_charter_settings_v_created_at_idx" ON "_charter_settings_v" USING btree ("created_at");
  CREATE INDEX "_charter_settings_v_updated_at_idx" ON "_charter_settings_v" USING btree ("updated_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "agencies" CASCADE;
  DROP TABLE "working_groups" CASCADE;
  DROP TABLE "members" CASCADE;
  DROP TABLE "delegations_scopes" CASCADE;
  DROP TABLE "delegations" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "holidays" CASCADE;
  DROP TABLE "tasks_extensions" CASCADE;
  DROP TABLE "tasks" CASCADE;
  DROP TABLE "tasks_rels" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "audit_log_texts" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "charter_settings_editions" CASCADE;
  DROP TABLE "charter_settings" CASCADE;
  DROP TABLE "_charter_settings_v_version_editions" CASCADE;
  DROP TABLE "_charter_settings_v" CASCADE;
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_agencies_kind";
  DROP TYPE "public"."enum_working_groups_kind";
  DROP TYPE "public"."enum_members_position";
  DROP TYPE "public"."enum_delegations_scopes";
  DROP TYPE "public"."enum_holidays_kind";
  DROP TYPE "public"."enum_tasks_extensions_status";
  DROP TYPE "public"."enum_tasks_source";
  DROP TYPE "public"."enum_tasks_status";
  DROP TYPE "public"."enum_audit_log_operation";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_charter_settings_editions_majority_base";
  DROP TYPE "public"."enum_charter_settings_editions_tie_rule";
  DROP TYPE "public"."enum__charter_settings_v_version_editions_majority_base";
  DROP TYPE "public"."enum__charter_settings_v_version_editions_tie_rule";`)
}
