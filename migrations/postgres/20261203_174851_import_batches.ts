import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_import_batches_list" AS ENUM('agencies', 'users', 'members', 'indicators', 'targets');
  CREATE TABLE "import_batches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"list" "enum_import_batches_list" NOT NULL,
  	"file_name" varchar,
  	"created" numeric,
  	"updated" numeric,
  	"unchanged" numeric,
  	"records" jsonb,
  	"note" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "import_batches_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"audit_log_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "import_batches_id" integer;
  ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_batches_rels" ADD CONSTRAINT "import_batches_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_batches_rels" ADD CONSTRAINT "import_batches_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "import_batches_created_by_idx" ON "import_batches" USING btree ("created_by_id");
  CREATE INDEX "import_batches_updated_by_idx" ON "import_batches" USING btree ("updated_by_id");
  CREATE INDEX "import_batches_updated_at_idx" ON "import_batches" USING btree ("updated_at");
  CREATE INDEX "import_batches_created_at_idx" ON "import_batches" USING btree ("created_at");
  CREATE INDEX "import_batches_rels_order_idx" ON "import_batches_rels" USING btree ("order");
  CREATE INDEX "import_batches_rels_parent_idx" ON "import_batches_rels" USING btree ("parent_id");
  CREATE INDEX "import_batches_rels_path_idx" ON "import_batches_rels" USING btree ("path");
  CREATE INDEX "import_batches_rels_audit_log_id_idx" ON "import_batches_rels" USING btree ("audit_log_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_batches_fk" FOREIGN KEY ("import_batches_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_import_batches_id_idx" ON "payload_locked_documents_rels" USING btree ("import_batches_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "import_batches" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_batches_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "import_batches" CASCADE;
  DROP TABLE "import_batches_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_import_batches_fk";
  
  DROP INDEX "payload_locked_documents_rels_import_batches_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "import_batches_id";
  DROP TYPE "public"."enum_import_batches_list";`)
}
