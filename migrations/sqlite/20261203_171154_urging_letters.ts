import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` ADD \`urged_agency_id\` integer REFERENCES agencies(id);`)
  await db.run(sql`CREATE INDEX \`documents_urged_agency_idx\` ON \`documents\` (\`urged_agency_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text NOT NULL,
  	\`date\` text,
  	\`group_id\` integer,
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
  	\`search_text\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`group_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`signer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seal_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`signing_delegation_id\`) REFERENCES \`delegations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`issued_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_documents\`("id", "kind", "date", "group_id", "title", "signer_id", "signing_form", "recipients", "file_id", "status", "symbol", "seal_agency_id", "signature_block", "signing_delegation_id", "year", "number", "sequence", "register_key", "issued_by_id", "issued_at", "search_text", "created_by_id", "updated_by_id", "updated_at", "created_at") SELECT "id", "kind", "date", "group_id", "title", "signer_id", "signing_form", "recipients", "file_id", "status", "symbol", "seal_agency_id", "signature_block", "signing_delegation_id", "year", "number", "sequence", "register_key", "issued_by_id", "issued_at", "search_text", "created_by_id", "updated_by_id", "updated_at", "created_at" FROM \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_documents\` RENAME TO \`documents\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`documents_kind_idx\` ON \`documents\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`documents_date_idx\` ON \`documents\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`documents_group_idx\` ON \`documents\` (\`group_id\`);`)
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
}
