import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`meetings_preparation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`step\` text NOT NULL,
  	\`owner_id\` integer,
  	\`due_on\` text,
  	\`done_on\` text,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_preparation_order_idx\` ON \`meetings_preparation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_preparation_parent_id_idx\` ON \`meetings_preparation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_preparation_owner_idx\` ON \`meetings_preparation\` (\`owner_id\`);`)
  await db.run(sql`ALTER TABLE \`meetings_agenda\` ADD \`feedback_id\` integer REFERENCES feedback(id);`)
  await db.run(sql`CREATE INDEX \`meetings_agenda_feedback_idx\` ON \`meetings_agenda\` (\`feedback_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`meetings_preparation\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_meetings_agenda\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`presenter_agency_id\` integer,
  	FOREIGN KEY (\`presenter_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_meetings_agenda\`("_order", "_parent_id", "id", "title", "presenter_agency_id") SELECT "_order", "_parent_id", "id", "title", "presenter_agency_id" FROM \`meetings_agenda\`;`)
  await db.run(sql`DROP TABLE \`meetings_agenda\`;`)
  await db.run(sql`ALTER TABLE \`__new_meetings_agenda\` RENAME TO \`meetings_agenda\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`meetings_agenda_order_idx\` ON \`meetings_agenda\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_agenda_parent_id_idx\` ON \`meetings_agenda\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_agenda_presenter_agency_idx\` ON \`meetings_agenda\` (\`presenter_agency_id\`);`)
}
