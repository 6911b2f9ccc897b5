import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`drafting_assignments\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`document_kind\` text NOT NULL,
  	\`due_date\` text NOT NULL,
  	\`assigned_by_id\` integer NOT NULL,
  	\`assigned_on\` text NOT NULL,
  	\`convener_id\` integer NOT NULL,
  	\`period_from\` text NOT NULL,
  	\`period_to\` text NOT NULL,
  	\`working_days\` numeric,
  	\`note\` text,
  	\`document_id\` integer,
  	\`status\` text DEFAULT 'drafting',
  	\`support_group_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assigned_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`convener_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`support_group_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`drafting_assignments_due_date_idx\` ON \`drafting_assignments\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`drafting_assignments_assigned_by_idx\` ON \`drafting_assignments\` (\`assigned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`drafting_assignments_convener_idx\` ON \`drafting_assignments\` (\`convener_id\`);`)
  await db.run(sql`CREATE INDEX \`drafting_assignments_document_idx\` ON \`drafting_assignments\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`drafting_assignments_status_idx\` ON \`drafting_assignments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`drafting_assignments_support_group_idx\` ON \`drafting_assignments\` (\`support_group_id\`);`)
  await db.run(sql`CREATE INDEX \`drafting_assignments_created_by_idx\` ON \`drafting_assignments\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`drafting_assignments_updated_by_idx\` ON \`drafting_assignments\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`drafting_assignments_updated_at_idx\` ON \`drafting_assignments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`drafting_assignments_created_at_idx\` ON \`drafting_assignments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`drafting_assignments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`members_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`drafting_assignments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`drafting_assignments_rels_order_idx\` ON \`drafting_assignments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`drafting_assignments_rels_parent_idx\` ON \`drafting_assignments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`drafting_assignments_rels_path_idx\` ON \`drafting_assignments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`drafting_assignments_rels_members_id_idx\` ON \`drafting_assignments_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE TABLE \`sg_nominations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`proposer_id\` integer NOT NULL,
  	\`agency_id\` integer,
  	\`nominee_id\` integer,
  	\`nominee_name\` text,
  	\`nominee_job_title\` text,
  	\`nominee_email\` text,
  	\`assists_id\` integer,
  	\`from\` text NOT NULL,
  	\`note\` text,
  	\`nomination_file_id\` integer,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`decided_by_id\` integer,
  	\`decided_on\` text,
  	\`decline_reason\` text,
  	\`decision_number\` text,
  	\`decision_file_id\` integer,
  	\`proposed_on\` text,
  	\`proposer_seat_id\` integer,
  	\`support_group_id\` integer,
  	\`seat_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`proposer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`nominee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assists_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`nomination_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decision_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proposer_seat_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`support_group_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seat_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sg_nominations_proposer_idx\` ON \`sg_nominations\` (\`proposer_id\`);`)
  await db.run(sql`CREATE INDEX \`sg_nominations_agency_idx\` ON \`sg_nominations\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`sg_nominations_nominee_idx\` ON \`sg_nominations\` (\`nominee_id\`);`)
  await db.run(sql`CREATE INDEX \`sg_nominations_assists_idx\` ON \`sg_nominations\` (\`assists_id\`);`)
  await db.run(sql`CREATE INDEX \`sg_nominations_nomination_file_idx\` ON \`sg_nominations\` (\`nomination_file_id\`);`)
  await db.run(sql`CREATE INDEX \`sg_nominations_status_idx\` ON \`sg_nominations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`sg_nominations_decided_by_idx\` ON \`sg_nominations\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sg_nominations_decision_file_idx\` ON \`sg_nominations\` (\`decision_file_id\`);`)
  await db.run(sql`CREATE INDEX \`sg_nominations_proposer_seat_idx\` ON \`sg_nominations\` (\`proposer_seat_id\`);`)
  await db.run(sql`CREATE INDEX \`sg_nominations_support_group_idx\` ON \`sg_nominations\` (\`support_group_id\`);`)
  await db.run(sql`CREATE INDEX \`sg_nominations_seat_idx\` ON \`sg_nominations\` (\`seat_id\`);`)
  await db.run(sql`CREATE INDEX \`sg_nominations_created_by_idx\` ON \`sg_nominations\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sg_nominations_updated_by_idx\` ON \`sg_nominations\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sg_nominations_updated_at_idx\` ON \`sg_nominations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sg_nominations_created_at_idx\` ON \`sg_nominations\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`drafting_assignments_id\` integer REFERENCES drafting_assignments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sg_nominations_id\` integer REFERENCES sg_nominations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_drafting_assignments_id_idx\` ON \`payload_locked_documents_rels\` (\`drafting_assignments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sg_nominations_id_idx\` ON \`payload_locked_documents_rels\` (\`sg_nominations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`drafting_assignments\`;`)
  await db.run(sql`DROP TABLE \`drafting_assignments_rels\`;`)
  await db.run(sql`DROP TABLE \`sg_nominations\`;`)
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
  	\`data_calls_id\` integer,
  	\`data_call_responses_id\` integer,
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
  	FOREIGN KEY (\`data_calls_id\`) REFERENCES \`data_calls\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`data_call_responses_id\`) REFERENCES \`data_call_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "tasks_id", "plans_id", "feedback_id", "documents_id", "media_id", "meetings_id", "working_sessions_id", "reports_id", "data_calls_id", "data_call_responses_id", "aggregate_reports_id", "support_group_reports_id", "indicators_id", "targets_id", "reporting_periods_id", "agencies_id", "working_groups_id", "members_id", "delegations_id", "users_id", "budget_lines_id", "expenditures_id", "holidays_id", "import_batches_id", "audit_log_id", "rollup_agency_months_id", "rollup_scope_months_id", "rollup_agency_tasks_id", "rollup_meeting_months_id") SELECT "id", "order", "parent_id", "path", "tasks_id", "plans_id", "feedback_id", "documents_id", "media_id", "meetings_id", "working_sessions_id", "reports_id", "data_calls_id", "data_call_responses_id", "aggregate_reports_id", "support_group_reports_id", "indicators_id", "targets_id", "reporting_periods_id", "agencies_id", "working_groups_id", "members_id", "delegations_id", "users_id", "budget_lines_id", "expenditures_id", "holidays_id", "import_batches_id", "audit_log_id", "rollup_agency_months_id", "rollup_scope_months_id", "rollup_agency_tasks_id", "rollup_meeting_months_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_data_calls_id_idx\` ON \`payload_locked_documents_rels\` (\`data_calls_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_data_call_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`data_call_responses_id\`);`)
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
