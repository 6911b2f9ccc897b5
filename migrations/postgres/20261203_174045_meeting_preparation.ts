import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_meetings_preparation_step" AS ENUM('agenda', 'materials', 'notice', 'minutes');
  CREATE TABLE "meetings_preparation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step" "enum_meetings_preparation_step" NOT NULL,
  	"owner_id" integer,
  	"due_on" timestamp(3) with time zone,
  	"done_on" timestamp(3) with time zone
  );
  
  ALTER TABLE "meetings_agenda" ADD COLUMN "feedback_id" integer;
  ALTER TABLE "meetings_preparation" ADD CONSTRAINT "meetings_preparation_owner_id_members_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_preparation" ADD CONSTRAINT "meetings_preparation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "meetings_preparation_order_idx" ON "meetings_preparation" USING btree ("_order");
  CREATE INDEX "meetings_preparation_parent_id_idx" ON "meetings_preparation" USING btree ("_parent_id");
  CREATE INDEX "meetings_preparation_owner_idx" ON "meetings_preparation" USING btree ("owner_id");
  ALTER TABLE "meetings_agenda" ADD CONSTRAINT "meetings_agenda_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "meetings_agenda_feedback_idx" ON "meetings_agenda" USING btree ("feedback_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "meetings_preparation" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "meetings_preparation" CASCADE;
  ALTER TABLE "meetings_agenda" DROP CONSTRAINT "meetings_agenda_feedback_id_feedback_id_fk";
  
  DROP INDEX "meetings_agenda_feedback_idx";
  ALTER TABLE "meetings_agenda" DROP COLUMN "feedback_id";
  DROP TYPE "public"."enum_meetings_preparation_step";`)
}
