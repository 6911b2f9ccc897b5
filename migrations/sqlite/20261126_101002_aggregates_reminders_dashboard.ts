import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`aggregate_reports_indicator_totals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`indicator_id\` integer,
  	\`district_id\` integer,
  	\`value\` numeric,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`aggregate_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`aggregate_reports_indicator_totals_order_idx\` ON \`aggregate_reports_indicator_totals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_indicator_totals_parent_id_idx\` ON \`aggregate_reports_indicator_totals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_indicator_totals_indicator_idx\` ON \`aggregate_reports_indicator_totals\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_indicator_totals_district_idx\` ON \`aggregate_reports_indicator_totals\` (\`district_id\`);`)
  await db.run(sql`CREATE TABLE \`aggregate_reports_task_counts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`report_id\` integer,
  	\`completed_on_time\` numeric,
  	\`completed_late\` numeric,
  	\`open_within_deadline\` numeric,
  	\`open_overdue\` numeric,
  	\`not_started\` numeric,
  	\`recurring\` numeric,
  	\`paused\` numeric,
  	\`total\` numeric,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`aggregate_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`aggregate_reports_task_counts_order_idx\` ON \`aggregate_reports_task_counts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_task_counts_parent_id_idx\` ON \`aggregate_reports_task_counts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_task_counts_agency_idx\` ON \`aggregate_reports_task_counts\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_task_counts_report_idx\` ON \`aggregate_reports_task_counts\` (\`report_id\`);`)
  await db.run(sql`CREATE TABLE \`aggregate_reports_late_agencies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`report_id\` integer,
  	\`submitted_at\` text,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`aggregate_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`aggregate_reports_late_agencies_order_idx\` ON \`aggregate_reports_late_agencies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_late_agencies_parent_id_idx\` ON \`aggregate_reports_late_agencies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_late_agencies_agency_idx\` ON \`aggregate_reports_late_agencies\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_late_agencies_report_idx\` ON \`aggregate_reports_late_agencies\` (\`report_id\`);`)
  await db.run(sql`CREATE TABLE \`aggregate_reports_missing_agencies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`state\` text,
  	\`report_id\` integer,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`aggregate_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`aggregate_reports_missing_agencies_order_idx\` ON \`aggregate_reports_missing_agencies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_missing_agencies_parent_id_idx\` ON \`aggregate_reports_missing_agencies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_missing_agencies_agency_idx\` ON \`aggregate_reports_missing_agencies\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_missing_agencies_report_idx\` ON \`aggregate_reports_missing_agencies\` (\`report_id\`);`)
  await db.run(sql`CREATE TABLE \`aggregate_reports_obstacles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`text\` text,
  	\`report_id\` integer,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`aggregate_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`aggregate_reports_obstacles_order_idx\` ON \`aggregate_reports_obstacles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_obstacles_parent_id_idx\` ON \`aggregate_reports_obstacles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_obstacles_agency_idx\` ON \`aggregate_reports_obstacles\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_obstacles_report_idx\` ON \`aggregate_reports_obstacles\` (\`report_id\`);`)
  await db.run(sql`CREATE TABLE \`aggregate_reports_proposals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`text\` text,
  	\`report_id\` integer,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`aggregate_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`aggregate_reports_proposals_order_idx\` ON \`aggregate_reports_proposals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_proposals_parent_id_idx\` ON \`aggregate_reports_proposals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_proposals_agency_idx\` ON \`aggregate_reports_proposals\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_proposals_report_idx\` ON \`aggregate_reports_proposals\` (\`report_id\`);`)
  await db.run(sql`CREATE TABLE \`aggregate_reports\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`period\` text NOT NULL,
  	\`signer_id\` integer,
  	\`signing_form\` text DEFAULT 'KT',
  	\`title\` text,
  	\`recipients\` text DEFAULT '- Bộ Công an (C06);
  - TT Tỉnh ủy, HĐND tỉnh;
  - CT, các PCT UBND tỉnh;
  - Các thành viên Tổ công tác;
  - Lưu: VT, PC06.',
  	\`expected_count\` numeric,
  	\`accepted_count\` numeric,
  	\`late_count\` numeric,
  	\`missing_count\` numeric,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`computed_at\` text,
  	\`deadline\` text,
  	\`document_id\` integer,
  	\`symbol\` text,
  	\`issued_at\` text,
  	\`issued_by_id\` integer,
  	\`issued_late\` integer,
  	\`signature_block\` text,
  	\`docx_file_id\` integer,
  	\`xlsx_file_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`signer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`issued_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`docx_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`xlsx_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`aggregate_reports_period_idx\` ON \`aggregate_reports\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_signer_idx\` ON \`aggregate_reports\` (\`signer_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_status_idx\` ON \`aggregate_reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_document_idx\` ON \`aggregate_reports\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_issued_by_idx\` ON \`aggregate_reports\` (\`issued_by_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_docx_file_idx\` ON \`aggregate_reports\` (\`docx_file_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_xlsx_file_idx\` ON \`aggregate_reports\` (\`xlsx_file_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_created_by_idx\` ON \`aggregate_reports\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_updated_by_idx\` ON \`aggregate_reports\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_updated_at_idx\` ON \`aggregate_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_created_at_idx\` ON \`aggregate_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`aggregate_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`reports_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`aggregate_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`aggregate_reports_rels_order_idx\` ON \`aggregate_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_rels_parent_idx\` ON \`aggregate_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_rels_path_idx\` ON \`aggregate_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`aggregate_reports_rels_reports_id_idx\` ON \`aggregate_reports_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE TABLE \`rollup_agency_months\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`agency\` text,
  	\`district\` text,
  	\`agency_kind\` text,
  	\`period\` text,
  	\`report\` text,
  	\`status\` text,
  	\`state\` text,
  	\`accepted\` integer,
  	\`values\` text,
  	\`task_counts\` text,
  	\`refreshed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`rollup_agency_months_key_idx\` ON \`rollup_agency_months\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`rollup_agency_months_agency_idx\` ON \`rollup_agency_months\` (\`agency\`);`)
  await db.run(sql`CREATE INDEX \`rollup_agency_months_district_idx\` ON \`rollup_agency_months\` (\`district\`);`)
  await db.run(sql`CREATE INDEX \`rollup_agency_months_agency_kind_idx\` ON \`rollup_agency_months\` (\`agency_kind\`);`)
  await db.run(sql`CREATE INDEX \`rollup_agency_months_period_idx\` ON \`rollup_agency_months\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`rollup_agency_months_state_idx\` ON \`rollup_agency_months\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`rollup_agency_months_updated_at_idx\` ON \`rollup_agency_months\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rollup_agency_months_created_at_idx\` ON \`rollup_agency_months\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`rollup_scope_months\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`scope\` text,
  	\`period\` text,
  	\`received\` numeric DEFAULT 0,
  	\`on_time\` numeric DEFAULT 0,
  	\`late\` numeric DEFAULT 0,
  	\`accepted\` numeric DEFAULT 0,
  	\`values\` text,
  	\`refreshed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`rollup_scope_months_key_idx\` ON \`rollup_scope_months\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`rollup_scope_months_scope_idx\` ON \`rollup_scope_months\` (\`scope\`);`)
  await db.run(sql`CREATE INDEX \`rollup_scope_months_period_idx\` ON \`rollup_scope_months\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`rollup_scope_months_updated_at_idx\` ON \`rollup_scope_months\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rollup_scope_months_created_at_idx\` ON \`rollup_scope_months\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`rollup_agency_tasks\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`tasks\` text,
  	\`refreshed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`rollup_agency_tasks_key_idx\` ON \`rollup_agency_tasks\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`rollup_agency_tasks_updated_at_idx\` ON \`rollup_agency_tasks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rollup_agency_tasks_created_at_idx\` ON \`rollup_agency_tasks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`aggregate_reports_id\` integer REFERENCES aggregate_reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rollup_agency_months_id\` integer REFERENCES rollup_agency_months(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rollup_scope_months_id\` integer REFERENCES rollup_scope_months(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rollup_agency_tasks_id\` integer REFERENCES rollup_agency_tasks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_aggregate_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`aggregate_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rollup_agency_months_id_idx\` ON \`payload_locked_documents_rels\` (\`rollup_agency_months_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rollup_scope_months_id_idx\` ON \`payload_locked_documents_rels\` (\`rollup_scope_months_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rollup_agency_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`rollup_agency_tasks_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`aggregate_reports_indicator_totals\`;`)
  await db.run(sql`DROP TABLE \`aggregate_reports_task_counts\`;`)
  await db.run(sql`DROP TABLE \`aggregate_reports_late_agencies\`;`)
  await db.run(sql`DROP TABLE \`aggregate_reports_missing_agencies\`;`)
  await db.run(sql`DROP TABLE \`aggregate_reports_obstacles\`;`)
  await db.run(sql`DROP TABLE \`aggregate_reports_proposals\`;`)
  await db.run(sql`DROP TABLE \`aggregate_reports\`;`)
  await db.run(sql`DROP TABLE \`aggregate_reports_rels\`;`)
  await db.run(sql`DROP TABLE \`rollup_agency_months\`;`)
  await db.run(sql`DROP TABLE \`rollup_scope_months\`;`)
  await db.run(sql`DROP TABLE \`rollup_agency_tasks\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`agencies_id\` integer,
  	\`working_groups_id\` integer,
  	\`members_id\` integer,
  	\`delegations_id\` integer,
  	\`media_id\` integer,
  	\`holidays_id\` integer,
  	\`tasks_id\` integer,
  	\`meetings_id\` integer,
  	\`plans_id\` integer,
  	\`documents_id\` integer,
  	\`feedback_id\` integer,
  	\`budget_lines_id\` integer,
  	\`expenditures_id\` integer,
  	\`indicators_id\` integer,
  	\`targets_id\` integer,
  	\`reports_id\` integer,
  	\`reporting_periods_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`working_groups_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`delegations_id\`) REFERENCES \`delegations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`holidays_id\`) REFERENCES \`holidays\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tasks_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`budget_lines_id\`) REFERENCES \`budget_lines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expenditures_id\`) REFERENCES \`expenditures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`targets_id\`) REFERENCES \`targets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reporting_periods_id\`) REFERENCES \`reporting_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "agencies_id", "working_groups_id", "members_id", "delegations_id", "media_id", "holidays_id", "tasks_id", "meetings_id", "plans_id", "documents_id", "feedback_id", "budget_lines_id", "expenditures_id", "indicators_id", "targets_id", "reports_id", "reporting_periods_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "users_id", "agencies_id", "working_groups_id", "members_id", "delegations_id", "media_id", "holidays_id", "tasks_id", "meetings_id", "plans_id", "documents_id", "feedback_id", "budget_lines_id", "expenditures_id", "indicators_id", "targets_id", "reports_id", "reporting_periods_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_working_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`working_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delegations_id_idx\` ON \`payload_locked_documents_rels\` (\`delegations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_holidays_id_idx\` ON \`payload_locked_documents_rels\` (\`holidays_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_budget_lines_id_idx\` ON \`payload_locked_documents_rels\` (\`budget_lines_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_expenditures_id_idx\` ON \`payload_locked_documents_rels\` (\`expenditures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`targets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reporting_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`reporting_periods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
