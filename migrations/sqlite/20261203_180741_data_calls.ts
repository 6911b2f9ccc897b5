import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`data_calls_agency_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`data_calls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`data_calls_agency_kinds_order_idx\` ON \`data_calls_agency_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`data_calls_agency_kinds_parent_idx\` ON \`data_calls_agency_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`data_calls_fields\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`indicator_id\` integer,
  	\`label\` text,
  	\`kind\` text DEFAULT 'number' NOT NULL,
  	\`required\` integer DEFAULT true,
  	\`key\` text,
  	\`unit\` text,
  	\`aggregation\` text DEFAULT 'sum',
  	\`whole_number\` integer,
  	\`choices\` text,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`data_calls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`data_calls_fields_order_idx\` ON \`data_calls_fields\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`data_calls_fields_parent_id_idx\` ON \`data_calls_fields\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`data_calls_fields_indicator_idx\` ON \`data_calls_fields\` (\`indicator_id\`);`)
  await db.run(sql`CREATE TABLE \`data_calls\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`basis_document_id\` integer,
  	\`basis_meeting_id\` integer,
  	\`basis_conclusion\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`working_days\` numeric DEFAULT 3 NOT NULL,
  	\`opened_at\` text,
  	\`due_date\` text,
  	\`late_list_sent_at\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`basis_document_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`basis_meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`data_calls_basis_document_idx\` ON \`data_calls\` (\`basis_document_id\`);`)
  await db.run(sql`CREATE INDEX \`data_calls_basis_meeting_idx\` ON \`data_calls\` (\`basis_meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`data_calls_status_idx\` ON \`data_calls\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`data_calls_due_date_idx\` ON \`data_calls\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`data_calls_created_by_idx\` ON \`data_calls\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`data_calls_updated_by_idx\` ON \`data_calls\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`data_calls_updated_at_idx\` ON \`data_calls\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`data_calls_created_at_idx\` ON \`data_calls\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`data_calls_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`agencies_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`data_calls\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`data_calls_rels_order_idx\` ON \`data_calls_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`data_calls_rels_parent_idx\` ON \`data_calls_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`data_calls_rels_path_idx\` ON \`data_calls_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`data_calls_rels_agencies_id_idx\` ON \`data_calls_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE TABLE \`data_call_responses_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`number\` numeric,
  	\`text\` text,
  	\`date\` text,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`data_call_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`data_call_responses_answers_order_idx\` ON \`data_call_responses_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`data_call_responses_answers_parent_id_idx\` ON \`data_call_responses_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`data_call_responses_answers_file_idx\` ON \`data_call_responses_answers\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`data_call_responses\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`call_id\` integer NOT NULL,
  	\`agency_id\` integer NOT NULL,
  	\`title\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`return_reason\` text,
  	\`due_date\` text,
  	\`submitted_at\` text,
  	\`submitted_by_id\` integer,
  	\`late\` integer,
  	\`source\` text,
  	\`workbook_id\` integer,
  	\`reviewed_at\` text,
  	\`reviewed_by_id\` integer,
  	\`reminded_at\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`call_id\`) REFERENCES \`data_calls\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workbook_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`data_call_responses_call_idx\` ON \`data_call_responses\` (\`call_id\`);`)
  await db.run(sql`CREATE INDEX \`data_call_responses_agency_idx\` ON \`data_call_responses\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`data_call_responses_status_idx\` ON \`data_call_responses\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`data_call_responses_submitted_at_idx\` ON \`data_call_responses\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`data_call_responses_submitted_by_idx\` ON \`data_call_responses\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`data_call_responses_workbook_idx\` ON \`data_call_responses\` (\`workbook_id\`);`)
  await db.run(sql`CREATE INDEX \`data_call_responses_reviewed_by_idx\` ON \`data_call_responses\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`data_call_responses_created_by_idx\` ON \`data_call_responses\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`data_call_responses_updated_by_idx\` ON \`data_call_responses\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`data_call_responses_updated_at_idx\` ON \`data_call_responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`data_call_responses_created_at_idx\` ON \`data_call_responses\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`call_agency_idx\` ON \`data_call_responses\` (\`call_id\`,\`agency_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`data_calls_id\` integer REFERENCES data_calls(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`data_call_responses_id\` integer REFERENCES data_call_responses(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_data_calls_id_idx\` ON \`payload_locked_documents_rels\` (\`data_calls_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_data_call_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`data_call_responses_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`data_calls_agency_kinds\`;`)
  await db.run(sql`DROP TABLE \`data_calls_fields\`;`)
  await db.run(sql`DROP TABLE \`data_calls\`;`)
  await db.run(sql`DROP TABLE \`data_calls_rels\`;`)
  await db.run(sql`DROP TABLE \`data_call_responses_answers\`;`)
  await db.run(sql`DROP TABLE \`data_call_responses\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tasks_id\` integer,
  	\`plans_id\` integer,
  	\`feedback_id\` integer,
  	\`documents_id\` integer,
  	\`media_id\` integer,
  	\`meetings_id\` integer,
  	\`working_sessions_id\` integer,
  	\`reports_id\` integer,
  	\`aggregate_reports_id\` integer,
  	\`support_group_reports_id\` integer,
  	\`indicators_id\` integer,
  	\`targets_id\` integer,
  	\`reporting_periods_id\` integer,
  	\`agencies_id\` integer,
  	\`working_groups_id\` integer,
  	\`members_id\` integer,
  	\`delegations_id\` integer,
  	\`users_id\` integer,
  	\`budget_lines_id\` integer,
  	\`expenditures_id\` integer,
  	\`holidays_id\` integer,
  	\`import_batches_id\` integer,
  	\`audit_log_id\` integer,
  	\`rollup_agency_months_id\` integer,
  	\`rollup_scope_months_id\` integer,
  	\`rollup_agency_tasks_id\` integer,
  	\`rollup_meeting_months_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tasks_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`working_sessions_id\`) REFERENCES \`working_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`aggregate_reports_id\`) REFERENCES \`aggregate_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`support_group_reports_id\`) REFERENCES \`support_group_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`targets_id\`) REFERENCES \`targets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reporting_periods_id\`) REFERENCES \`reporting_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`working_groups_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`delegations_id\`) REFERENCES \`delegations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`budget_lines_id\`) REFERENCES \`budget_lines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expenditures_id\`) REFERENCES \`expenditures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`holidays_id\`) REFERENCES \`holidays\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`import_batches_id\`) REFERENCES \`import_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rollup_agency_months_id\`) REFERENCES \`rollup_agency_months\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rollup_scope_months_id\`) REFERENCES \`rollup_scope_months\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rollup_agency_tasks_id\`) REFERENCES \`rollup_agency_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rollup_meeting_months_id\`) REFERENCES \`rollup_meeting_months\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "tasks_id", "plans_id", "feedback_id", "documents_id", "media_id", "meetings_id", "working_sessions_id", "reports_id", "aggregate_reports_id", "support_group_reports_id", "indicators_id", "targets_id", "reporting_periods_id", "agencies_id", "working_groups_id", "members_id", "delegations_id", "users_id", "budget_lines_id", "expenditures_id", "holidays_id", "import_batches_id", "audit_log_id", "rollup_agency_months_id", "rollup_scope_months_id", "rollup_agency_tasks_id", "rollup_meeting_months_id") SELECT "id", "order", "parent_id", "path", "tasks_id", "plans_id", "feedback_id", "documents_id", "media_id", "meetings_id", "working_sessions_id", "reports_id", "aggregate_reports_id", "support_group_reports_id", "indicators_id", "targets_id", "reporting_periods_id", "agencies_id", "working_groups_id", "members_id", "delegations_id", "users_id", "budget_lines_id", "expenditures_id", "holidays_id", "import_batches_id", "audit_log_id", "rollup_agency_months_id", "rollup_scope_months_id", "rollup_agency_tasks_id", "rollup_meeting_months_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_working_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`working_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_aggregate_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`aggregate_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_support_group_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`support_group_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`targets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reporting_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`reporting_periods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_working_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`working_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delegations_id_idx\` ON \`payload_locked_documents_rels\` (\`delegations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_budget_lines_id_idx\` ON \`payload_locked_documents_rels\` (\`budget_lines_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_expenditures_id_idx\` ON \`payload_locked_documents_rels\` (\`expenditures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_holidays_id_idx\` ON \`payload_locked_documents_rels\` (\`holidays_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`import_batches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rollup_agency_months_id_idx\` ON \`payload_locked_documents_rels\` (\`rollup_agency_months_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rollup_scope_months_id_idx\` ON \`payload_locked_documents_rels\` (\`rollup_scope_months_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rollup_agency_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`rollup_agency_tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rollup_meeting_months_id_idx\` ON \`payload_locked_documents_rels\` (\`rollup_meeting_months_id\`);`)
}
