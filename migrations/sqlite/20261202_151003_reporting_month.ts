import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { moveToReportMonths } from '../data/reportingMonth'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`members_leave\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`members_leave_order_idx\` ON \`members_leave\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`members_leave_parent_id_idx\` ON \`members_leave\` (\`_parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_notifications_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`media_id\` integer,
  	\`filename\` text,
  	\`sent_as\` text,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications_attachments\`("_order", "_parent_id", "id", "filename") SELECT "_order", "_parent_id", "id", "filename" FROM \`notifications_attachments\`;`)
  await db.run(sql`DROP TABLE \`notifications_attachments\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications_attachments\` RENAME TO \`notifications_attachments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`notifications_attachments_order_idx\` ON \`notifications_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`notifications_attachments_parent_id_idx\` ON \`notifications_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_attachments_media_idx\` ON \`notifications_attachments\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_charter_settings_editions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`effective_from\` text NOT NULL,
  	\`basis\` text,
  	\`meeting_before_day\` numeric DEFAULT 10 NOT NULL,
  	\`data_end_day\` numeric DEFAULT 14 NOT NULL,
  	\`report_before_day\` numeric DEFAULT 18 NOT NULL,
  	\`aggregate_before_day\` numeric DEFAULT 22 NOT NULL,
  	\`lock_day\` numeric DEFAULT 25 NOT NULL,
  	\`notice_lead_working_days\` numeric DEFAULT 2 NOT NULL,
  	\`reminder_days_before\` numeric DEFAULT 3 NOT NULL,
  	\`majority_base\` text DEFAULT 'all-members' NOT NULL,
  	\`tie_rule\` text DEFAULT 'chair-side' NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`charter_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_charter_settings_editions\`("_order", "_parent_id", "id", "effective_from", "basis", "meeting_before_day", "report_before_day", "aggregate_before_day", "lock_day", "notice_lead_working_days", "reminder_days_before", "majority_base", "tie_rule") SELECT "_order", "_parent_id", "id", "effective_from", "basis", "meeting_before_day", "report_before_day", "aggregate_before_day", "lock_day", "notice_lead_working_days", "reminder_days_before", "majority_base", "tie_rule" FROM \`charter_settings_editions\`;`)
  await db.run(sql`DROP TABLE \`charter_settings_editions\`;`)
  await db.run(sql`ALTER TABLE \`__new_charter_settings_editions\` RENAME TO \`charter_settings_editions\`;`)
  await db.run(sql`CREATE INDEX \`charter_settings_editions_order_idx\` ON \`charter_settings_editions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`charter_settings_editions_parent_id_idx\` ON \`charter_settings_editions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__charter_settings_v_version_editions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`effective_from\` text NOT NULL,
  	\`basis\` text,
  	\`meeting_before_day\` numeric DEFAULT 10 NOT NULL,
  	\`data_end_day\` numeric DEFAULT 14 NOT NULL,
  	\`report_before_day\` numeric DEFAULT 18 NOT NULL,
  	\`aggregate_before_day\` numeric DEFAULT 22 NOT NULL,
  	\`lock_day\` numeric DEFAULT 25 NOT NULL,
  	\`notice_lead_working_days\` numeric DEFAULT 2 NOT NULL,
  	\`reminder_days_before\` numeric DEFAULT 3 NOT NULL,
  	\`majority_base\` text DEFAULT 'all-members' NOT NULL,
  	\`tie_rule\` text DEFAULT 'chair-side' NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_charter_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__charter_settings_v_version_editions\`("_order", "_parent_id", "id", "effective_from", "basis", "meeting_before_day", "report_before_day", "aggregate_before_day", "lock_day", "notice_lead_working_days", "reminder_days_before", "majority_base", "tie_rule", "_uuid") SELECT "_order", "_parent_id", "id", "effective_from", "basis", "meeting_before_day", "report_before_day", "aggregate_before_day", "lock_day", "notice_lead_working_days", "reminder_days_before", "majority_base", "tie_rule", "_uuid" FROM \`_charter_settings_v_version_editions\`;`)
  await db.run(sql`DROP TABLE \`_charter_settings_v_version_editions\`;`)
  await db.run(sql`ALTER TABLE \`__new__charter_settings_v_version_editions\` RENAME TO \`_charter_settings_v_version_editions\`;`)
  await db.run(sql`CREATE INDEX \`_charter_settings_v_version_editions_order_idx\` ON \`_charter_settings_v_version_editions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_charter_settings_v_version_editions_parent_id_idx\` ON \`_charter_settings_v_version_editions\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`head_absent\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`invitees_set_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`invitees_set_at\` text;`)
  await db.run(sql`CREATE INDEX \`meetings_invitees_set_by_idx\` ON \`meetings\` (\`invitees_set_by_id\`);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`data_from\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`data_to\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_data_from\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_data_to\` text;`)
  await db.run(sql`ALTER TABLE \`aggregate_reports\` ADD \`data_from\` text;`)
  await db.run(sql`ALTER TABLE \`aggregate_reports\` ADD \`data_to\` text;`)
  await db.run(sql`ALTER TABLE \`charter_settings\` ADD \`document_register_backdate_allowance_days\` numeric DEFAULT 0 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_charter_settings_v\` ADD \`version_document_register_backdate_allowance_days\` numeric DEFAULT 0 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`budget_settings\` ADD \`settlement_month\` numeric DEFAULT 1 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`budget_settings\` ADD \`settlement_day\` numeric DEFAULT 31 NOT NULL;`)
  // R12.3a, R12.3b: stored periods move to their report month (migrations/data/reportingMonth.ts).
  await moveToReportMonths({
    sql,
    run: (query) => db.run(query),
    all: (query) => db.all(query),
  })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`members_leave\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_meetings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`group_id\` integer NOT NULL,
  	\`kind\` text DEFAULT 'regular' NOT NULL,
  	\`serves_month\` text,
  	\`start\` text NOT NULL,
  	\`end\` text,
  	\`place\` text,
  	\`online_link\` text,
  	\`chair_id\` integer,
  	\`convened_by_id\` integer,
  	\`called_on\` text,
  	\`minutes\` text,
  	\`minutes_scan_id\` integer,
  	\`conclusions_number\` text,
  	\`conclusions_issued_at\` text,
  	\`conclusions_summary\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`notice_sent_at\` text,
  	\`notice_deadline\` text,
  	\`notice_late\` integer,
  	\`late_in_month\` integer,
  	\`absence_without_consent\` numeric,
  	\`absence_without_substitute\` numeric,
  	\`attendance_warnings\` text,
  	\`title\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`group_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`chair_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`convened_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`minutes_scan_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_meetings\`("id", "group_id", "kind", "serves_month", "start", "end", "place", "online_link", "chair_id", "convened_by_id", "called_on", "minutes", "minutes_scan_id", "conclusions_number", "conclusions_issued_at", "conclusions_summary", "status", "notice_sent_at", "notice_deadline", "notice_late", "late_in_month", "absence_without_consent", "absence_without_substitute", "attendance_warnings", "title", "created_by_id", "updated_by_id", "updated_at", "created_at") SELECT "id", "group_id", "kind", "serves_month", "start", "end", "place", "online_link", "chair_id", "convened_by_id", "called_on", "minutes", "minutes_scan_id", "conclusions_number", "conclusions_issued_at", "conclusions_summary", "status", "notice_sent_at", "notice_deadline", "notice_late", "late_in_month", "absence_without_consent", "absence_without_substitute", "attendance_warnings", "title", "created_by_id", "updated_by_id", "updated_at", "created_at" FROM \`meetings\`;`)
  await db.run(sql`DROP TABLE \`meetings\`;`)
  await db.run(sql`ALTER TABLE \`__new_meetings\` RENAME TO \`meetings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`meetings_group_idx\` ON \`meetings\` (\`group_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_kind_idx\` ON \`meetings\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`meetings_serves_month_idx\` ON \`meetings\` (\`serves_month\`);`)
  await db.run(sql`CREATE INDEX \`meetings_start_idx\` ON \`meetings\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`meetings_chair_idx\` ON \`meetings\` (\`chair_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_convened_by_idx\` ON \`meetings\` (\`convened_by_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_minutes_scan_idx\` ON \`meetings\` (\`minutes_scan_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_status_idx\` ON \`meetings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`meetings_notice_late_idx\` ON \`meetings\` (\`notice_late\`);`)
  await db.run(sql`CREATE INDEX \`meetings_late_in_month_idx\` ON \`meetings\` (\`late_in_month\`);`)
  await db.run(sql`CREATE INDEX \`meetings_absence_without_consent_idx\` ON \`meetings\` (\`absence_without_consent\`);`)
  await db.run(sql`CREATE INDEX \`meetings_absence_without_substitute_idx\` ON \`meetings\` (\`absence_without_substitute\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_by_idx\` ON \`meetings\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_by_idx\` ON \`meetings\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_at_idx\` ON \`meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_at_idx\` ON \`meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_notifications_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`filename\` text NOT NULL,
  	\`content_type\` text NOT NULL,
  	\`content_base64\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications_attachments\`("_order", "_parent_id", "id", "filename", "content_type", "content_base64") SELECT "_order", "_parent_id", "id", "filename", "content_type", "content_base64" FROM \`notifications_attachments\`;`)
  await db.run(sql`DROP TABLE \`notifications_attachments\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications_attachments\` RENAME TO \`notifications_attachments\`;`)
  await db.run(sql`CREATE INDEX \`notifications_attachments_order_idx\` ON \`notifications_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`notifications_attachments_parent_id_idx\` ON \`notifications_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_charter_settings_editions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`effective_from\` text NOT NULL,
  	\`basis\` text,
  	\`meeting_before_day\` numeric DEFAULT 10 NOT NULL,
  	\`report_before_day\` numeric DEFAULT 18 NOT NULL,
  	\`aggregate_before_day\` numeric DEFAULT 22 NOT NULL,
  	\`lock_day\` numeric DEFAULT 25 NOT NULL,
  	\`notice_lead_working_days\` numeric DEFAULT 2 NOT NULL,
  	\`reminder_days_before\` numeric DEFAULT 3 NOT NULL,
  	\`majority_base\` text DEFAULT 'present' NOT NULL,
  	\`tie_rule\` text DEFAULT 'chair-side' NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`charter_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_charter_settings_editions\`("_order", "_parent_id", "id", "effective_from", "basis", "meeting_before_day", "report_before_day", "aggregate_before_day", "lock_day", "notice_lead_working_days", "reminder_days_before", "majority_base", "tie_rule") SELECT "_order", "_parent_id", "id", "effective_from", "basis", "meeting_before_day", "report_before_day", "aggregate_before_day", "lock_day", "notice_lead_working_days", "reminder_days_before", "majority_base", "tie_rule" FROM \`charter_settings_editions\`;`)
  await db.run(sql`DROP TABLE \`charter_settings_editions\`;`)
  await db.run(sql`ALTER TABLE \`__new_charter_settings_editions\` RENAME TO \`charter_settings_editions\`;`)
  await db.run(sql`CREATE INDEX \`charter_settings_editions_order_idx\` ON \`charter_settings_editions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`charter_settings_editions_parent_id_idx\` ON \`charter_settings_editions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__charter_settings_v_version_editions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`effective_from\` text NOT NULL,
  	\`basis\` text,
  	\`meeting_before_day\` numeric DEFAULT 10 NOT NULL,
  	\`report_before_day\` numeric DEFAULT 18 NOT NULL,
  	\`aggregate_before_day\` numeric DEFAULT 22 NOT NULL,
  	\`lock_day\` numeric DEFAULT 25 NOT NULL,
  	\`notice_lead_working_days\` numeric DEFAULT 2 NOT NULL,
  	\`reminder_days_before\` numeric DEFAULT 3 NOT NULL,
  	\`majority_base\` text DEFAULT 'present' NOT NULL,
  	\`tie_rule\` text DEFAULT 'chair-side' NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_charter_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__charter_settings_v_version_editions\`("_order", "_parent_id", "id", "effective_from", "basis", "meeting_before_day", "report_before_day", "aggregate_before_day", "lock_day", "notice_lead_working_days", "reminder_days_before", "majority_base", "tie_rule", "_uuid") SELECT "_order", "_parent_id", "id", "effective_from", "basis", "meeting_before_day", "report_before_day", "aggregate_before_day", "lock_day", "notice_lead_working_days", "reminder_days_before", "majority_base", "tie_rule", "_uuid" FROM \`_charter_settings_v_version_editions\`;`)
  await db.run(sql`DROP TABLE \`_charter_settings_v_version_editions\`;`)
  await db.run(sql`ALTER TABLE \`__new__charter_settings_v_version_editions\` RENAME TO \`_charter_settings_v_version_editions\`;`)
  await db.run(sql`CREATE INDEX \`_charter_settings_v_version_editions_order_idx\` ON \`_charter_settings_v_version_editions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_charter_settings_v_version_editions_parent_id_idx\` ON \`_charter_settings_v_version_editions\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`data_from\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`data_to\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_data_from\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_data_to\`;`)
  await db.run(sql`ALTER TABLE \`aggregate_reports\` DROP COLUMN \`data_from\`;`)
  await db.run(sql`ALTER TABLE \`aggregate_reports\` DROP COLUMN \`data_to\`;`)
  await db.run(sql`ALTER TABLE \`charter_settings\` DROP COLUMN \`document_register_backdate_allowance_days\`;`)
  await db.run(sql`ALTER TABLE \`_charter_settings_v\` DROP COLUMN \`version_document_register_backdate_allowance_days\`;`)
  await db.run(sql`ALTER TABLE \`budget_settings\` DROP COLUMN \`settlement_month\`;`)
  await db.run(sql`ALTER TABLE \`budget_settings\` DROP COLUMN \`settlement_day\`;`)
}
