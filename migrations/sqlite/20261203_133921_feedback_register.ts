import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`resolver_id\` integer REFERENCES agencies(id);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`due_on\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`source_meeting_id\` integer REFERENCES meetings(id);`)
  await db.run(sql`CREATE INDEX \`feedback_resolver_idx\` ON \`feedback\` (\`resolver_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_due_on_idx\` ON \`feedback\` (\`due_on\`);`)
  await db.run(sql`CREATE INDEX \`feedback_source_meeting_idx\` ON \`feedback\` (\`source_meeting_id\`);`)
  // R12.4: items already received are resolved by the body they were routed to.
  await db.run(sql`UPDATE \`feedback\` SET \`resolver_id\` = \`routed_to_id\` WHERE \`resolver_id\` IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_feedback\` (
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
  await db.run(sql`INSERT INTO \`__new_feedback\`("id", "kind", "agency_id", "author_id", "title", "content", "status", "response", "received_on", "routed_to_id", "responded_by_id", "responded_on", "origin", "origin_ref", "amendment_effective_from", "amendment_basis", "created_by_id", "updated_by_id", "updated_at", "created_at") SELECT "id", "kind", "agency_id", "author_id", "title", "content", "status", "response", "received_on", "routed_to_id", "responded_by_id", "responded_on", "origin", "origin_ref", "amendment_effective_from", "amendment_basis", "created_by_id", "updated_by_id", "updated_at", "created_at" FROM \`feedback\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`ALTER TABLE \`__new_feedback\` RENAME TO \`feedback\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
}
