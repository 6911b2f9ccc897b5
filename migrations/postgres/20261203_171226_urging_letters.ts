import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_documents_kind" ADD VALUE 'urging-letter';
  ALTER TABLE "documents" ADD COLUMN "urged_agency_id" integer;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_urged_agency_id_agencies_id_fk" FOREIGN KEY ("urged_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "documents_urged_agency_idx" ON "documents" USING btree ("urged_agency_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" DROP CONSTRAINT "documents_urged_agency_id_agencies_id_fk";
  
  ALTER TABLE "documents" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_documents_kind";
  CREATE TYPE "public"."enum_documents_kind" AS ENUM('notice', 'conclusion-notice', 'report', 'plan', 'programme', 'decision', 'official-letter', 'invitation');
  ALTER TABLE "documents" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_documents_kind" USING "kind"::"public"."enum_documents_kind";
  DROP INDEX "documents_urged_agency_idx";
  ALTER TABLE "documents" DROP COLUMN "urged_agency_id";`)
}
