import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`working_sessions_conclusions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`content\` text NOT NULL,
  	\`lead_agency_id\` integer,
  	\`due_date\` text NOT NULL,
  	\`task_id\` integer,
  	FOREIGN KEY (\`lead_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`task_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`working_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`working_sessions_conclusions_order_idx\` ON \`working_sessions_conclusions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`working_sessions_conclusions_parent_id_idx\` ON \`working_sessions_conclusions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`working_sessions_conclusions_lead_agency_idx\` ON \`working_sessions_conclusions\` (\`lead_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`working_sessions_conclusions_task_idx\` ON \`working_sessions_conclusions\` (\`task_id\`);`)
  await db.run(sql`CREATE TABLE \`working_sessions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`date\` text NOT NULL,
  	\`kind\` text DEFAULT 'periodic' NOT NULL,
  	\`agency_id\` integer NOT NULL,
  	\`chair_id\` integer NOT NULL,
  	\`subject\` text NOT NULL,
  	\`participants\` text,
  	\`content\` text,
  	\`minutes_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`chair_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`minutes_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`working_sessions_date_idx\` ON \`working_sessions\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`working_sessions_agency_idx\` ON \`working_sessions\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`working_sessions_chair_idx\` ON \`working_sessions\` (\`chair_id\`);`)
  await db.run(sql`CREATE INDEX \`working_sessions_minutes_idx\` ON \`working_sessions\` (\`minutes_id\`);`)
  await db.run(sql`CREATE INDEX \`working_sessions_created_by_idx\` ON \`working_sessions\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`working_sessions_updated_by_idx\` ON \`working_sessions\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`working_sessions_updated_at_idx\` ON \`working_sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`working_sessions_created_at_idx\` ON \`working_sessions\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`tasks\` ADD \`working_session_id\` integer REFERENCES working_sessions(id);`)
  await db.run(sql`CREATE INDEX \`tasks_working_session_idx\` ON \`tasks\` (\`working_session_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`working_sessions_id\` integer REFERENCES working_sessions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_working_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`working_sessions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`working_sessions_conclusions\`;`)
  await db.run(sql`DROP TABLE \`working_sessions\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_tasks\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text,
  	\`source\` text DEFAULT 'ad-hoc' NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`meeting_id\` integer,
  	\`source_reference\` text,
  	\`lead_agency_id\` integer NOT NULL,
  	\`assigned_by_id\` integer NOT NULL,
  	\`assigned_on\` text NOT NULL,
  	\`start_date\` text,
  	\`due_date\` text,
  	\`completed_on\` text,
  	\`recurring\` integer DEFAULT false,
  	\`paused\` integer DEFAULT false,
  	\`progress\` numeric DEFAULT 0,
  	\`result\` text,
  	\`status\` text,
  	\`effective_due_date\` text,
  	\`search_text\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_tasks\`("id", "code", "source", "title", "description", "meeting_id", "source_reference", "lead_agency_id", "assigned_by_id", "assigned_on", "start_date", "due_date", "completed_on", "recurring", "paused", "progress", "result", "status", "effective_due_date", "search_text", "created_by_id", "updated_by_id", "updated_at", "created_at") SELECT "id", "code", "source", "title", "description", "meeting_id", "source_reference", "lead_agency_id", "assigned_by_id", "assigned_on", "start_date", "due_date", "completed_on", "recurring", "paused", "progress", "result", "status", "effective_due_date", "search_text", "created_by_id", "updated_by_id", "updated_at", "created_at" FROM \`tasks\`;`)
  await db.run(sql`DROP TABLE \`tasks\`;`)
  await db.run(sql`ALTER TABLE \`__new_tasks\` RENAME TO \`tasks\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`tasks_code_idx\` ON \`tasks\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`tasks_source_idx\` ON \`tasks\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`tasks_meeting_idx\` ON \`tasks\` (\`meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_lead_agency_idx\` ON \`tasks\` (\`lead_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_assigned_by_idx\` ON \`tasks\` (\`assigned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_due_date_idx\` ON \`tasks\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`tasks_status_idx\` ON \`tasks\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`tasks_effective_due_date_idx\` ON \`tasks\` (\`effective_due_date\`);`)
  await db.run(sql`CREATE INDEX \`tasks_created_by_idx\` ON \`tasks\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_updated_by_idx\` ON \`tasks\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_updated_at_idx\` ON \`tasks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tasks_created_at_idx\` ON \`tasks\` (\`created_at\`);`)
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
  	\`reports_id\` integer,
  	\`aggregate_reports_id\` integer,
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
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`aggregate_reports_id\`) REFERENCES \`aggregate_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rollup_agency_months_id\`) REFERENCES \`rollup_agency_months\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rollup_scope_months_id\`) REFERENCES \`rollup_scope_months\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rollup_agency_tasks_id\`) REFERENCES \`rollup_agency_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rollup_meeting_months_id\`) REFERENCES \`rollup_meeting_months\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "tasks_id", "plans_id", "feedback_id", "documents_id", "media_id", "meetings_id", "reports_id", "aggregate_reports_id", "indicators_id", "targets_id", "reporting_periods_id", "agencies_id", "working_groups_id", "members_id", "delegations_id", "users_id", "budget_lines_id", "expenditures_id", "holidays_id", "audit_log_id", "rollup_agency_months_id", "rollup_scope_months_id", "rollup_agency_tasks_id", "rollup_meeting_months_id") SELECT "id", "order", "parent_id", "path", "tasks_id", "plans_id", "feedback_id", "documents_id", "media_id", "meetings_id", "reports_id", "aggregate_reports_id", "indicators_id", "targets_id", "reporting_periods_id", "agencies_id", "working_groups_id", "members_id", "delegations_id", "users_id", "budget_lines_id", "expenditures_id", "holidays_id", "audit_log_id", "rollup_agency_months_id", "rollup_scope_months_id", "rollup_agency_tasks_id", "rollup_meeting_months_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_aggregate_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`aggregate_reports_id\`);`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rollup_agency_months_id_idx\` ON \`payload_locked_documents_rels\` (\`rollup_agency_months_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rollup_scope_months_id_idx\` ON \`payload_locked_documents_rels\` (\`rollup_scope_months_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rollup_agency_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`rollup_agency_tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rollup_meeting_months_id_idx\` ON \`payload_locked_documents_rels\` (\`rollup_meeting_months_id\`);`)
}
