import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_drafting_assignments_document_kind" AS ENUM('notice', 'conclusion-notice', 'report', 'plan', 'programme', 'decision', 'official-letter', 'invitation', 'urging-letter');
  CREATE TYPE "public"."enum_drafting_assignments_status" AS ENUM('drafting', 'done');
  CREATE TYPE "public"."enum_sg_nominations_status" AS ENUM('pending', 'accepted', 'declined');
  CREATE TABLE "drafting_assignments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"document_kind" "enum_drafting_assignments_document_kind" NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"assigned_by_id" integer NOT NULL,
  	"assigned_on" timestamp(3) with time zone NOT NULL,
  	"convener_id" integer NOT NULL,
  	"period_from" timestamp(3) with time zone NOT NULL,
  	"period_to" timestamp(3) with time zone NOT NULL,
  	"working_days" numeric,
  	"note" varchar,
  	"document_id" integer,
  	"status" "enum_drafting_assignments_status" DEFAULT 'drafting',
  	"support_group_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "drafting_assignments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"members_id" integer
  );
  
  CREATE TABLE "sg_nominations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"proposer_id" integer NOT NULL,
  	"agency_id" integer,
  	"nominee_id" integer,
  	"nominee_name" varchar,
  	"nominee_job_title" varchar,
  	"nominee_email" varchar,
  	"assists_id" integer,
  	"from" timestamp(3) with time zone NOT NULL,
  	"note" varchar,
  	"nomination_file_id" integer,
  	"status" "enum_sg_nominations_status" DEFAULT 'pending' NOT NULL,
  	"decided_by_id" integer,
  	"decided_on" timestamp(3) with time zone,
  	"decline_reason" varchar,
  	"decision_number" varchar,
  	"decision_file_id" integer,
  	"proposed_on" timestamp(3) with time zone,
  	"proposer_seat_id" integer,
  	"support_group_id" integer,
  	"seat_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "drafting_assignments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sg_nominations_id" integer;
  ALTER TABLE "drafting_assignments" ADD CONSTRAINT "drafting_assignments_assigned_by_id_users_id_fk" FOREIGN KEY ("assigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drafting_assignments" ADD CONSTRAINT "drafting_assignments_convener_id_users_id_fk" FOREIGN KEY ("convener_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drafting_assignments" ADD CONSTRAINT "drafting_assignments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drafting_assignments" ADD CONSTRAINT "drafting_assignments_support_group_id_working_groups_id_fk" FOREIGN KEY ("support_group_id") REFERENCES "public"."working_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drafting_assignments" ADD CONSTRAINT "drafting_assignments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drafting_assignments" ADD CONSTRAINT "drafting_assignments_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drafting_assignments_rels" ADD CONSTRAINT "drafting_assignments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."drafting_assignments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drafting_assignments_rels" ADD CONSTRAINT "drafting_assignments_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sg_nominations" ADD CONSTRAINT "sg_nominations_proposer_id_users_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sg_nominations" ADD CONSTRAINT "sg_nominations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sg_nominations" ADD CONSTRAINT "sg_nominations_nominee_id_users_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sg_nominations" ADD CONSTRAINT "sg_nominations_assists_id_members_id_fk" FOREIGN KEY ("assists_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sg_nominations" ADD CONSTRAINT "sg_nominations_nomination_file_id_media_id_fk" FOREIGN KEY ("nomination_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sg_nominations" ADD CONSTRAINT "sg_nominations_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sg_nominations" ADD CONSTRAINT "sg_nominations_decision_file_id_media_id_fk" FOREIGN KEY ("decision_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sg_nominations" ADD CONSTRAINT "sg_nominations_proposer_seat_id_members_id_fk" FOREIGN KEY ("proposer_seat_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sg_nominations" ADD CONSTRAINT "sg_nominations_support_group_id_working_groups_id_fk" FOREIGN KEY ("support_group_id") REFERENCES "public"."working_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sg_nominations" ADD CONSTRAINT "sg_nominations_seat_id_members_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sg_nominations" ADD CONSTRAINT "sg_nominations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sg_nominations" ADD CONSTRAINT "sg_nominations_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "drafting_assignments_due_date_idx" ON "drafting_assignments" USING btree ("due_date");
  CREATE INDEX "drafting_assignments_assigned_by_idx" ON "drafting_assignments" USING btree ("assigned_by_id");
  CREATE INDEX "drafting_assignments_convener_idx" ON "drafting_assignments" USING btree ("convener_id");
  CREATE INDEX "drafting_assignments_document_idx" ON "drafting_assignments" USING btree ("document_id");
  CREATE INDEX "drafting_assignments_status_idx" ON "drafting_assignments" USING btree ("status");
  CREATE INDEX "drafting_assignments_support_group_idx" ON "drafting_assignments" USING btree ("support_group_id");
  CREATE INDEX "drafting_assignments_created_by_idx" ON "drafting_assignments" USING btree ("created_by_id");
  CREATE INDEX "drafting_assignments_updated_by_idx" ON "drafting_assignments" USING btree ("updated_by_id");
  CREATE INDEX "drafting_assignments_updated_at_idx" ON "drafting_assignments" USING btree ("updated_at");
  CREATE INDEX "drafting_assignments_created_at_idx" ON "drafting_assignments" USING btree ("created_at");
  CREATE INDEX "drafting_assignments_rels_order_idx" ON "drafting_assignments_rels" USING btree ("order");
  CREATE INDEX "drafting_assignments_rels_parent_idx" ON "drafting_assignments_rels" USING btree ("parent_id");
  CREATE INDEX "drafting_assignments_rels_path_idx" ON "drafting_assignments_rels" USING btree ("path");
  CREATE INDEX "drafting_assignments_rels_members_id_idx" ON "drafting_assignments_rels" USING btree ("members_id");
  CREATE INDEX "sg_nominations_proposer_idx" ON "sg_nominations" USING btree ("proposer_id");
  CREATE INDEX "sg_nominations_agency_idx" ON "sg_nominations" USING btree ("agency_id");
  CREATE INDEX "sg_nominations_nominee_idx" ON "sg_nominations" USING btree ("nominee_id");
  CREATE INDEX "sg_nominations_assists_idx" ON "sg_nominations" USING btree ("assists_id");
  CREATE INDEX "sg_nominations_nomination_file_idx" ON "sg_nominations" USING btree ("nomination_file_id");
  CREATE INDEX "sg_nominations_status_idx" ON "sg_nominations" USING btree ("status");
  CREATE INDEX "sg_nominations_decided_by_idx" ON "sg_nominations" USING btree ("decided_by_id");
  CREATE INDEX "sg_nominations_decision_file_idx" ON "sg_nominations" USING btree ("decision_file_id");
  CREATE INDEX "sg_nominations_proposer_seat_idx" ON "sg_nominations" USING btree ("proposer_seat_id");
  CREATE INDEX "sg_nominations_support_group_idx" ON "sg_nominations" USING btree ("support_group_id");
  CREATE INDEX "sg_nominations_seat_idx" ON "sg_nominations" USING btree ("seat_id");
  CREATE INDEX "sg_nominations_created_by_idx" ON "sg_nominations" USING btree ("created_by_id");
  CREATE INDEX "sg_nominations_updated_by_idx" ON "sg_nominations" USING btree ("updated_by_id");
  CREATE INDEX "sg_nominations_updated_at_idx" ON "sg_nominations" USING btree ("updated_at");
  CREATE INDEX "sg_nominations_created_at_idx" ON "sg_nominations" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_drafting_assignments_fk" FOREIGN KEY ("drafting_assignments_id") REFERENCES "public"."drafting_assignments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sg_nominations_fk" FOREIGN KEY ("sg_nominations_id") REFERENCES "public"."sg_nominations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_drafting_assignments_id_idx" ON "payload_locked_documents_rels" USING btree ("drafting_assignments_id");
  CREATE INDEX "payload_locked_documents_rels_sg_nominations_id_idx" ON "payload_locked_documents_rels" USING btree ("sg_nominations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "drafting_assignments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "drafting_assignments_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sg_nominations" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "drafting_assignments" CASCADE;
  DROP TABLE "drafting_assignments_rels" CASCADE;
  DROP TABLE "sg_nominations" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_drafting_assignments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sg_nominations_fk";
  
  DROP INDEX "payload_locked_documents_rels_drafting_assignments_id_idx";
  DROP INDEX "payload_locked_documents_rels_sg_nominations_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "drafting_assignments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sg_nominations_id";
  DROP TYPE "public"."enum_drafting_assignments_document_kind";
  DROP TYPE "public"."enum_drafting_assignments_status";
  DROP TYPE "public"."enum_sg_nominations_status";`)
}
