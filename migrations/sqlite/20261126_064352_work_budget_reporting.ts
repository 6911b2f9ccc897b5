import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`meetings_agenda\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`presenter_agency_id\` integer,
  	FOREIGN KEY (\`presenter_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_agenda_order_idx\` ON \`meetings_agenda\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_agenda_parent_id_idx\` ON \`meetings_agenda\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_agenda_presenter_agency_idx\` ON \`meetings_agenda\` (\`presenter_agency_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`title\` text,
  	\`agency_id\` integer,
  	\`email\` text,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_guests_order_idx\` ON \`meetings_guests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_guests_parent_id_idx\` ON \`meetings_guests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_guests_agency_idx\` ON \`meetings_guests\` (\`agency_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_attendance\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`presence\` text DEFAULT 'present' NOT NULL,
  	\`reason\` text,
  	\`chair_consent\` integer DEFAULT false,
  	\`substitute_name\` text,
  	\`substitute_title\` text,
  	\`authorisation_id\` integer,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`authorisation_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_attendance_order_idx\` ON \`meetings_attendance\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_attendance_parent_id_idx\` ON \`meetings_attendance\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_attendance_member_idx\` ON \`meetings_attendance\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_attendance_authorisation_idx\` ON \`meetings_attendance\` (\`authorisation_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_decisions_votes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`voter_id\` integer NOT NULL,
  	\`choice\` text NOT NULL,
  	FOREIGN KEY (\`voter_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_decisions_votes_order_idx\` ON \`meetings_decisions_votes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_decisions_votes_parent_id_idx\` ON \`meetings_decisions_votes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_decisions_votes_voter_idx\` ON \`meetings_decisions_votes\` (\`voter_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_decisions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`outcome\` text,
  	\`outcome_note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_decisions_order_idx\` ON \`meetings_decisions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_decisions_parent_id_idx\` ON \`meetings_decisions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_conclusions_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`content\` text NOT NULL,
  	\`lead_agency_id\` integer,
  	\`due_date\` text,
  	\`task_id\` integer,
  	FOREIGN KEY (\`lead_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`task_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_conclusions_items_order_idx\` ON \`meetings_conclusions_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_conclusions_items_parent_id_idx\` ON \`meetings_conclusions_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_conclusions_items_lead_agency_idx\` ON \`meetings_conclusions_items\` (\`lead_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_conclusions_items_task_idx\` ON \`meetings_conclusions_items\` (\`task_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_conclusion_deliveries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`member_id\` integer,
  	\`name\` text,
  	\`email\` text,
  	\`notification_id\` text,
  	\`status\` text,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_conclusion_deliveries_order_idx\` ON \`meetings_conclusion_deliveries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_conclusion_deliveries_parent_id_idx\` ON \`meetings_conclusion_deliveries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_conclusion_deliveries_member_idx\` ON \`meetings_conclusion_deliveries\` (\`member_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_notice_deliveries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`email\` text,
  	\`notification_id\` text,
  	\`status\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_notice_deliveries_order_idx\` ON \`meetings_notice_deliveries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_notice_deliveries_parent_id_idx\` ON \`meetings_notice_deliveries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings\` (
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
  await db.run(sql`CREATE INDEX \`meetings_created_by_idx\` ON \`meetings\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_by_idx\` ON \`meetings\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_at_idx\` ON \`meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_at_idx\` ON \`meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`meetings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`tasks_id\` integer,
  	\`members_id\` integer,
  	\`agencies_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tasks_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_rels_order_idx\` ON \`meetings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_parent_idx\` ON \`meetings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_path_idx\` ON \`meetings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_media_id_idx\` ON \`meetings_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_tasks_id_idx\` ON \`meetings_rels\` (\`tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_members_id_idx\` ON \`meetings_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_agencies_id_idx\` ON \`meetings_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE TABLE \`notifications_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`filename\` text NOT NULL,
  	\`content_type\` text NOT NULL,
  	\`content_base64\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_attachments_order_idx\` ON \`notifications_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`notifications_attachments_parent_id_idx\` ON \`notifications_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`notifications\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`recipient\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`html\` text,
  	\`ics\` text,
  	\`related_collection\` text,
  	\`related_id\` text,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`sent_at\` text,
  	\`message_id\` text,
  	\`last_error\` text,
  	\`dedupe_key\` text,
  	\`dedupe_id\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient\`);`)
  await db.run(sql`CREATE INDEX \`notifications_kind_idx\` ON \`notifications\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`notifications_related_collection_idx\` ON \`notifications\` (\`related_collection\`);`)
  await db.run(sql`CREATE INDEX \`notifications_related_id_idx\` ON \`notifications\` (\`related_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_status_idx\` ON \`notifications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`notifications_dedupe_key_idx\` ON \`notifications\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`notifications_dedupe_id_idx\` ON \`notifications\` (\`dedupe_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_by_idx\` ON \`notifications\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_by_idx\` ON \`notifications\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`plans_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`content\` text NOT NULL,
  	\`lead_agency_id\` integer NOT NULL,
  	\`due_date\` text NOT NULL,
  	\`task_id\` integer,
  	FOREIGN KEY (\`lead_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`task_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_items_order_idx\` ON \`plans_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`plans_items_parent_id_idx\` ON \`plans_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_items_lead_agency_idx\` ON \`plans_items\` (\`lead_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_items_task_idx\` ON \`plans_items\` (\`task_id\`);`)
  await db.run(sql`CREATE TABLE \`plans\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`title\` text NOT NULL,
  	\`agency_id\` integer,
  	\`parent_plan_id\` integer,
  	\`file_id\` integer,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`return_comment\` text,
  	\`revision_of_id\` integer,
  	\`version\` numeric,
  	\`submitted_by_id\` integer,
  	\`submitted_on\` text,
  	\`approved_by_id\` integer,
  	\`approved_on\` text,
  	\`returned_by_id\` integer,
  	\`returned_on\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`revision_of_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`returned_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_kind_idx\` ON \`plans\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`plans_year_idx\` ON \`plans\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`plans_agency_idx\` ON \`plans\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_parent_plan_idx\` ON \`plans\` (\`parent_plan_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_file_idx\` ON \`plans\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_status_idx\` ON \`plans\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`plans_revision_of_idx\` ON \`plans\` (\`revision_of_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_submitted_by_idx\` ON \`plans\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_approved_by_idx\` ON \`plans\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_returned_by_idx\` ON \`plans\` (\`returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_created_by_idx\` ON \`plans\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_updated_by_idx\` ON \`plans\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_updated_at_idx\` ON \`plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plans_created_at_idx\` ON \`plans\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text NOT NULL,
  	\`date\` text,
  	\`title\` text NOT NULL,
  	\`signer_id\` integer,
  	\`signing_form\` text,
  	\`recipients\` text,
  	\`file_id\` integer,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`symbol\` text,
  	\`seal_agency_id\` integer,
  	\`signature_block\` text,
  	\`signing_delegation_id\` integer,
  	\`year\` numeric,
  	\`number\` numeric,
  	\`sequence\` text,
  	\`register_key\` text,
  	\`issued_by_id\` integer,
  	\`issued_at\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`signer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seal_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`signing_delegation_id\`) REFERENCES \`delegations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`issued_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_kind_idx\` ON \`documents\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`documents_date_idx\` ON \`documents\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`documents_signer_idx\` ON \`documents\` (\`signer_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_file_idx\` ON \`documents\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_status_idx\` ON \`documents\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`documents_symbol_idx\` ON \`documents\` (\`symbol\`);`)
  await db.run(sql`CREATE INDEX \`documents_seal_agency_idx\` ON \`documents\` (\`seal_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_signing_delegation_idx\` ON \`documents\` (\`signing_delegation_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_year_idx\` ON \`documents\` (\`year\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_register_key_idx\` ON \`documents\` (\`register_key\`);`)
  await db.run(sql`CREATE INDEX \`documents_issued_by_idx\` ON \`documents\` (\`issued_by_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_by_idx\` ON \`documents\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_by_idx\` ON \`documents\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text NOT NULL,
  	\`agency_id\` integer NOT NULL,
  	\`author_id\` integer,
  	\`title\` text NOT NULL,
  	\`content\` text NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`response\` text,
  	\`received_on\` text,
  	\`routed_to_id\` integer,
  	\`responded_by_id\` integer,
  	\`responded_on\` text,
  	\`origin\` text DEFAULT 'direct',
  	\`origin_ref\` text,
  	\`amendment_effective_from\` text,
  	\`amendment_basis\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`routed_to_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`responded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_kind_idx\` ON \`feedback\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`feedback_agency_idx\` ON \`feedback\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_author_idx\` ON \`feedback\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_received_on_idx\` ON \`feedback\` (\`received_on\`);`)
  await db.run(sql`CREATE INDEX \`feedback_routed_to_idx\` ON \`feedback\` (\`routed_to_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_responded_by_idx\` ON \`feedback\` (\`responded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_by_idx\` ON \`feedback\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_by_idx\` ON \`feedback\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`budget_lines\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`fiscal_year\` numeric NOT NULL,
  	\`category\` text NOT NULL,
  	\`source_agency_id\` integer NOT NULL,
  	\`allocated_amount\` numeric NOT NULL,
  	\`legal_basis\` text NOT NULL,
  	\`basis_file_id\` integer,
  	\`note\` text,
  	\`status\` text DEFAULT 'open',
  	\`spent\` numeric DEFAULT 0,
  	\`remaining\` numeric,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`source_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`basis_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`budget_lines_fiscal_year_idx\` ON \`budget_lines\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`budget_lines_category_idx\` ON \`budget_lines\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`budget_lines_source_agency_idx\` ON \`budget_lines\` (\`source_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_lines_basis_file_idx\` ON \`budget_lines\` (\`basis_file_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_lines_status_idx\` ON \`budget_lines\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`budget_lines_created_by_idx\` ON \`budget_lines\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_lines_updated_by_idx\` ON \`budget_lines\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_lines_updated_at_idx\` ON \`budget_lines\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`budget_lines_created_at_idx\` ON \`budget_lines\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`expenditures\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`line_id\` integer NOT NULL,
  	\`date\` text NOT NULL,
  	\`amount\` numeric NOT NULL,
  	\`reverses_id\` integer,
  	\`payee\` text NOT NULL,
  	\`voucher_number\` text,
  	\`purpose\` text NOT NULL,
  	\`voucher_id\` integer NOT NULL,
  	\`approved_by_id\` integer NOT NULL,
  	\`sequence\` numeric,
  	\`spent_after\` numeric,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`line_id\`) REFERENCES \`budget_lines\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reverses_id\`) REFERENCES \`expenditures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`voucher_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`expenditures_line_idx\` ON \`expenditures\` (\`line_id\`);`)
  await db.run(sql`CREATE INDEX \`expenditures_date_idx\` ON \`expenditures\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`expenditures_reverses_idx\` ON \`expenditures\` (\`reverses_id\`);`)
  await db.run(sql`CREATE INDEX \`expenditures_voucher_idx\` ON \`expenditures\` (\`voucher_id\`);`)
  await db.run(sql`CREATE INDEX \`expenditures_approved_by_idx\` ON \`expenditures\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`expenditures_created_by_idx\` ON \`expenditures\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`expenditures_updated_by_idx\` ON \`expenditures\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`expenditures_updated_at_idx\` ON \`expenditures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`expenditures_created_at_idx\` ON \`expenditures\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`line_sequence_idx\` ON \`expenditures\` (\`line_id\`,\`sequence\`);`)
  await db.run(sql`CREATE TABLE \`indicators_reported_by\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_reported_by_order_idx\` ON \`indicators_reported_by\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`indicators_reported_by_parent_idx\` ON \`indicators_reported_by\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text NOT NULL,
  	\`unit\` text NOT NULL,
  	\`group\` text NOT NULL,
  	\`name_vi\` text NOT NULL,
  	\`name_en\` text,
  	\`source\` text DEFAULT 'reported' NOT NULL,
  	\`aggregation\` text DEFAULT 'sum' NOT NULL,
  	\`task_measure\` text,
  	\`numerator_id\` integer,
  	\`denominator_id\` integer,
  	\`cumulative\` integer DEFAULT false,
  	\`whole_number\` integer DEFAULT true,
  	\`active\` integer DEFAULT true,
  	\`owner_id\` integer,
  	\`order\` numeric DEFAULT 0,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`numerator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`denominator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_code_idx\` ON \`indicators\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`indicators_group_idx\` ON \`indicators\` (\`group\`);`)
  await db.run(sql`CREATE INDEX \`indicators_numerator_idx\` ON \`indicators\` (\`numerator_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_denominator_idx\` ON \`indicators\` (\`denominator_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_owner_idx\` ON \`indicators\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_order_idx\` ON \`indicators\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_by_idx\` ON \`indicators\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_by_idx\` ON \`indicators\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`targets\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`indicator_id\` integer NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`agency_id\` integer,
  	\`value\` numeric NOT NULL,
  	\`note\` text,
  	\`key\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`targets_indicator_idx\` ON \`targets\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`targets_year_idx\` ON \`targets\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`targets_agency_idx\` ON \`targets\` (\`agency_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`targets_key_idx\` ON \`targets\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`targets_created_by_idx\` ON \`targets\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`targets_updated_by_idx\` ON \`targets\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`targets_updated_at_idx\` ON \`targets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`targets_created_at_idx\` ON \`targets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reports_task_lines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`task_id\` integer NOT NULL,
  	\`status\` text,
  	\`progress\` numeric,
  	\`result\` text,
  	\`obstacles\` text,
  	\`overdue_reason\` text,
  	FOREIGN KEY (\`task_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_task_lines_order_idx\` ON \`reports_task_lines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_task_lines_parent_id_idx\` ON \`reports_task_lines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_task_lines_task_idx\` ON \`reports_task_lines\` (\`task_id\`);`)
  await db.run(sql`CREATE TABLE \`reports_indicator_lines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`indicator_id\` integer NOT NULL,
  	\`previous_value\` numeric,
  	\`value\` numeric,
  	\`note\` text,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_indicator_lines_order_idx\` ON \`reports_indicator_lines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_indicator_lines_parent_id_idx\` ON \`reports_indicator_lines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_indicator_lines_indicator_idx\` ON \`reports_indicator_lines\` (\`indicator_id\`);`)
  await db.run(sql`CREATE TABLE \`reports_proposals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`content\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_proposals_order_idx\` ON \`reports_proposals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_proposals_parent_id_idx\` ON \`reports_proposals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reports\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`agency_id\` integer NOT NULL,
  	\`period\` text NOT NULL,
  	\`title\` text,
  	\`obstacles\` text,
  	\`signed_scan_id\` integer,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`review_comment\` text,
  	\`deadline\` text,
  	\`submitted_at\` text,
  	\`last_submitted_at\` text,
  	\`submitted_by_id\` integer,
  	\`timeliness\` text,
  	\`reviewed_at\` text,
  	\`reviewed_by_id\` integer,
  	\`open_issues\` numeric,
  	\`issue_summary\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`signed_scan_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_agency_idx\` ON \`reports\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_period_idx\` ON \`reports\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`reports_signed_scan_idx\` ON \`reports\` (\`signed_scan_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_status_idx\` ON \`reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reports_submitted_at_idx\` ON \`reports\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_submitted_by_idx\` ON \`reports\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_timeliness_idx\` ON \`reports\` (\`timeliness\`);`)
  await db.run(sql`CREATE INDEX \`reports_reviewed_by_idx\` ON \`reports\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_by_idx\` ON \`reports\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_by_idx\` ON \`reports\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`agency_period_idx\` ON \`reports\` (\`agency_id\`,\`period\`);`)
  await db.run(sql`CREATE TABLE \`reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_rels_order_idx\` ON \`reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_parent_idx\` ON \`reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_path_idx\` ON \`reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_media_id_idx\` ON \`reports_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_version_task_lines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`task_id\` integer NOT NULL,
  	\`status\` text,
  	\`progress\` numeric,
  	\`result\` text,
  	\`obstacles\` text,
  	\`overdue_reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`task_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_version_task_lines_order_idx\` ON \`_reports_v_version_task_lines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_task_lines_parent_id_idx\` ON \`_reports_v_version_task_lines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_task_lines_task_idx\` ON \`_reports_v_version_task_lines\` (\`task_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_version_indicator_lines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`indicator_id\` integer NOT NULL,
  	\`previous_value\` numeric,
  	\`value\` numeric,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_version_indicator_lines_order_idx\` ON \`_reports_v_version_indicator_lines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_indicator_lines_parent_id_idx\` ON \`_reports_v_version_indicator_lines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_indicator_lines_indicator_idx\` ON \`_reports_v_version_indicator_lines\` (\`indicator_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_version_proposals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`content\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_version_proposals_order_idx\` ON \`_reports_v_version_proposals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_proposals_parent_id_idx\` ON \`_reports_v_version_proposals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_agency_id\` integer NOT NULL,
  	\`version_period\` text NOT NULL,
  	\`version_title\` text,
  	\`version_obstacles\` text,
  	\`version_signed_scan_id\` integer,
  	\`version_status\` text DEFAULT 'draft' NOT NULL,
  	\`version_review_comment\` text,
  	\`version_deadline\` text,
  	\`version_submitted_at\` text,
  	\`version_last_submitted_at\` text,
  	\`version_submitted_by_id\` integer,
  	\`version_timeliness\` text,
  	\`version_reviewed_at\` text,
  	\`version_reviewed_by_id\` integer,
  	\`version_open_issues\` numeric,
  	\`version_issue_summary\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_signed_scan_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_parent_idx\` ON \`_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_agency_idx\` ON \`_reports_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_period_idx\` ON \`_reports_v\` (\`version_period\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_signed_scan_idx\` ON \`_reports_v\` (\`version_signed_scan_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_status_idx\` ON \`_reports_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_submitted_at_idx\` ON \`_reports_v\` (\`version_submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_submitted_by_idx\` ON \`_reports_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_timeliness_idx\` ON \`_reports_v\` (\`version_timeliness\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_reviewed_by_idx\` ON \`_reports_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_created_by_idx\` ON \`_reports_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_updated_by_idx\` ON \`_reports_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_updated_at_idx\` ON \`_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_created_at_idx\` ON \`_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_created_at_idx\` ON \`_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_updated_at_idx\` ON \`_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_agency_version_period_idx\` ON \`_reports_v\` (\`version_agency_id\`,\`version_period\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_order_idx\` ON \`_reports_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_parent_idx\` ON \`_reports_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_path_idx\` ON \`_reports_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_media_id_idx\` ON \`_reports_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`reporting_periods_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`agency_id\` integer NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`reason\` text NOT NULL,
  	\`granted_by_id\` integer,
  	\`granted_at\` text,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`granted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reporting_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reporting_periods_exceptions_order_idx\` ON \`reporting_periods_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reporting_periods_exceptions_parent_id_idx\` ON \`reporting_periods_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reporting_periods_exceptions_agency_idx\` ON \`reporting_periods_exceptions\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`reporting_periods_exceptions_granted_by_idx\` ON \`reporting_periods_exceptions\` (\`granted_by_id\`);`)
  await db.run(sql`CREATE TABLE \`reporting_periods\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`period\` text NOT NULL,
  	\`locked_at\` text,
  	\`locked_by_id\` integer,
  	\`aggregate_issued_at\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`locked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`reporting_periods_period_idx\` ON \`reporting_periods\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`reporting_periods_locked_by_idx\` ON \`reporting_periods\` (\`locked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reporting_periods_created_by_idx\` ON \`reporting_periods\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reporting_periods_updated_by_idx\` ON \`reporting_periods\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reporting_periods_updated_at_idx\` ON \`reporting_periods\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reporting_periods_created_at_idx\` ON \`reporting_periods\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_reporting_periods_v_version_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`agency_id\` integer NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`reason\` text NOT NULL,
  	\`granted_by_id\` integer,
  	\`granted_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`granted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reporting_periods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reporting_periods_v_version_exceptions_order_idx\` ON \`_reporting_periods_v_version_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_reporting_periods_v_version_exceptions_parent_id_idx\` ON \`_reporting_periods_v_version_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reporting_periods_v_version_exceptions_agency_idx\` ON \`_reporting_periods_v_version_exceptions\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_reporting_periods_v_version_exceptions_granted_by_idx\` ON \`_reporting_periods_v_version_exceptions\` (\`granted_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_reporting_periods_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_period\` text NOT NULL,
  	\`version_locked_at\` text,
  	\`version_locked_by_id\` integer,
  	\`version_aggregate_issued_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reporting_periods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_locked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_reporting_periods_v_parent_idx\` ON \`_reporting_periods_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reporting_periods_v_version_version_period_idx\` ON \`_reporting_periods_v\` (\`version_period\`);`)
  await db.run(sql`CREATE INDEX \`_reporting_periods_v_version_version_locked_by_idx\` ON \`_reporting_periods_v\` (\`version_locked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reporting_periods_v_version_version_created_by_idx\` ON \`_reporting_periods_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reporting_periods_v_version_version_updated_by_idx\` ON \`_reporting_periods_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reporting_periods_v_version_version_updated_at_idx\` ON \`_reporting_periods_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reporting_periods_v_version_version_created_at_idx\` ON \`_reporting_periods_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reporting_periods_v_created_at_idx\` ON \`_reporting_periods_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reporting_periods_v_updated_at_idx\` ON \`_reporting_periods_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`budget_settings_closed_years\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`basis\` text,
  	\`closed_on\` text,
  	\`closed_by_id\` integer,
  	FOREIGN KEY (\`closed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`budget_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`budget_settings_closed_years_order_idx\` ON \`budget_settings_closed_years\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`budget_settings_closed_years_parent_id_idx\` ON \`budget_settings_closed_years\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_settings_closed_years_closed_by_idx\` ON \`budget_settings_closed_years\` (\`closed_by_id\`);`)
  await db.run(sql`CREATE TABLE \`budget_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`tasks\` ADD \`meeting_id\` integer REFERENCES meetings(id);`)
  await db.run(sql`CREATE INDEX \`tasks_meeting_idx\` ON \`tasks\` (\`meeting_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meetings_id\` integer REFERENCES meetings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`plans_id\` integer REFERENCES plans(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`documents_id\` integer REFERENCES documents(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`feedback_id\` integer REFERENCES feedback(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`budget_lines_id\` integer REFERENCES budget_lines(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`expenditures_id\` integer REFERENCES expenditures(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`indicators_id\` integer REFERENCES indicators(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`targets_id\` integer REFERENCES targets(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reports_id\` integer REFERENCES reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reporting_periods_id\` integer REFERENCES reporting_periods(id);`)
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
  await db.run(sql`ALTER TABLE \`charter_settings\` ADD \`document_register_issuer_symbol\` text DEFAULT 'TCT' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`charter_settings\` ADD \`document_register_numbering\` text DEFAULT 'per-kind' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_charter_settings_v\` ADD \`version_document_register_issuer_symbol\` text DEFAULT 'TCT' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_charter_settings_v\` ADD \`version_document_register_numbering\` text DEFAULT 'per-kind' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`meetings_agenda\`;`)
  await db.run(sql`DROP TABLE \`meetings_guests\`;`)
  await db.run(sql`DROP TABLE \`meetings_attendance\`;`)
  await db.run(sql`DROP TABLE \`meetings_decisions_votes\`;`)
  await db.run(sql`DROP TABLE \`meetings_decisions\`;`)
  await db.run(sql`DROP TABLE \`meetings_conclusions_items\`;`)
  await db.run(sql`DROP TABLE \`meetings_conclusion_deliveries\`;`)
  await db.run(sql`DROP TABLE \`meetings_notice_deliveries\`;`)
  await db.run(sql`DROP TABLE \`meetings\`;`)
  await db.run(sql`DROP TABLE \`meetings_rels\`;`)
  await db.run(sql`DROP TABLE \`notifications_attachments\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`DROP TABLE \`plans_items\`;`)
  await db.run(sql`DROP TABLE \`plans\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`DROP TABLE \`budget_lines\`;`)
  await db.run(sql`DROP TABLE \`expenditures\`;`)
  await db.run(sql`DROP TABLE \`indicators_reported_by\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`DROP TABLE \`targets\`;`)
  await db.run(sql`DROP TABLE \`reports_task_lines\`;`)
  await db.run(sql`DROP TABLE \`reports_indicator_lines\`;`)
  await db.run(sql`DROP TABLE \`reports_proposals\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports_rels\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_task_lines\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_indicator_lines\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_proposals\`;`)
  await db.run(sql`DROP TABLE \`_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_rels\`;`)
  await db.run(sql`DROP TABLE \`reporting_periods_exceptions\`;`)
  await db.run(sql`DROP TABLE \`reporting_periods\`;`)
  await db.run(sql`DROP TABLE \`_reporting_periods_v_version_exceptions\`;`)
  await db.run(sql`DROP TABLE \`_reporting_periods_v\`;`)
  await db.run(sql`DROP TABLE \`budget_settings_closed_years\`;`)
  await db.run(sql`DROP TABLE \`budget_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_tasks\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text,
  	\`source\` text DEFAULT 'ad-hoc' NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
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
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`lead_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_tasks\`("id", "code", "source", "title", "description", "source_reference", "lead_agency_id", "assigned_by_id", "assigned_on", "start_date", "due_date", "completed_on", "recurring", "paused", "progress", "result", "status", "effective_due_date", "created_by_id", "updated_by_id", "updated_at", "created_at") SELECT "id", "code", "source", "title", "description", "source_reference", "lead_agency_id", "assigned_by_id", "assigned_on", "start_date", "due_date", "completed_on", "recurring", "paused", "progress", "result", "status", "effective_due_date", "created_by_id", "updated_by_id", "updated_at", "created_at" FROM \`tasks\`;`)
  await db.run(sql`DROP TABLE \`tasks\`;`)
  await db.run(sql`ALTER TABLE \`__new_tasks\` RENAME TO \`tasks\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`tasks_code_idx\` ON \`tasks\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`tasks_source_idx\` ON \`tasks\` (\`source\`);`)
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
  	\`users_id\` integer,
  	\`agencies_id\` integer,
  	\`working_groups_id\` integer,
  	\`members_id\` integer,
  	\`delegations_id\` integer,
  	\`media_id\` integer,
  	\`holidays_id\` integer,
  	\`tasks_id\` integer,
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
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "agencies_id", "working_groups_id", "members_id", "delegations_id", "media_id", "holidays_id", "tasks_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "users_id", "agencies_id", "working_groups_id", "members_id", "delegations_id", "media_id", "holidays_id", "tasks_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`ALTER TABLE \`charter_settings\` DROP COLUMN \`document_register_issuer_symbol\`;`)
  await db.run(sql`ALTER TABLE \`charter_settings\` DROP COLUMN \`document_register_numbering\`;`)
  await db.run(sql`ALTER TABLE \`_charter_settings_v\` DROP COLUMN \`version_document_register_issuer_symbol\`;`)
  await db.run(sql`ALTER TABLE \`_charter_settings_v\` DROP COLUMN \`version_document_register_numbering\`;`)
}
