import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { rebuildRollups } from '../../src/rollups/rebuild'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`rollup_meeting_months\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`meetings\` text,
  	\`refreshed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`rollup_meeting_months_key_idx\` ON \`rollup_meeting_months\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`rollup_meeting_months_updated_at_idx\` ON \`rollup_meeting_months\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rollup_meeting_months_created_at_idx\` ON \`rollup_meeting_months\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`rollup_scope_months\` ADD \`states\` text;`)
  await db.run(sql`ALTER TABLE \`rollup_agency_tasks\` ADD \`settled\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rollup_meeting_months_id\` integer REFERENCES rollup_meeting_months(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rollup_meeting_months_id_idx\` ON \`payload_locked_documents_rels\` (\`rollup_meeting_months_id\`);`)
  // The rollups' rows changed shape (agencies that reported per month, compact meetings and
  // tasks, settled task counts): recompute them from the source records.
  await rebuildRollups(payload, { req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`rollup_meeting_months\`;`)
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
  	\`aggregate_reports_id\` integer,
  	\`audit_log_id\` integer,
  	\`rollup_agency_months_id\` integer,
  	\`rollup_scope_months_id\` integer,
  	\`rollup_agency_tasks_id\` integer,
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
  	FOREIGN KEY (\`aggregate_reports_id\`) REFERENCES \`aggregate_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rollup_agency_months_id\`) REFERENCES \`rollup_agency_months\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rollup_scope_months_id\`) REFERENCES \`rollup_scope_months\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rollup_agency_tasks_id\`) REFERENCES \`rollup_agency_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "agencies_id", "working_groups_id", "members_id", "delegations_id", "media_id", "holidays_id", "tasks_id", "meetings_id", "plans_id", "documents_id", "feedback_id", "budget_lines_id", "expenditures_id", "indicators_id", "targets_id", "reports_id", "reporting_periods_id", "aggregate_reports_id", "audit_log_id", "rollup_agency_months_id", "rollup_scope_months_id", "rollup_agency_tasks_id") SELECT "id", "order", "parent_id", "path", "users_id", "agencies_id", "working_groups_id", "members_id", "delegations_id", "media_id", "holidays_id", "tasks_id", "meetings_id", "plans_id", "documents_id", "feedback_id", "budget_lines_id", "expenditures_id", "indicators_id", "targets_id", "reports_id", "reporting_periods_id", "aggregate_reports_id", "audit_log_id", "rollup_agency_months_id", "rollup_scope_months_id", "rollup_agency_tasks_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_aggregate_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`aggregate_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rollup_agency_months_id_idx\` ON \`payload_locked_documents_rels\` (\`rollup_agency_months_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rollup_scope_months_id_idx\` ON \`payload_locked_documents_rels\` (\`rollup_scope_months_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rollup_agency_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`rollup_agency_tasks_id\`);`)
  await db.run(sql`ALTER TABLE \`rollup_scope_months\` DROP COLUMN \`states\`;`)
  await db.run(sql`ALTER TABLE \`rollup_agency_tasks\` DROP COLUMN \`settled\`;`)
}
