import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "members" ADD COLUMN "post_title" varchar;
  ALTER TABLE "members" ADD COLUMN "post_from" timestamp(3) with time zone;
  ALTER TABLE "members" ADD COLUMN "post_to" timestamp(3) with time zone;`)
  // R12.1: a seat already held takes its holder's job title as the concurrent post.
  await db.execute(sql`UPDATE "members" SET "post_title" = (SELECT "job_title" FROM "users" WHERE "users"."id" = "members"."user_id") WHERE "post_title" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "members" DROP COLUMN "post_title";
  ALTER TABLE "members" DROP COLUMN "post_from";
  ALTER TABLE "members" DROP COLUMN "post_to";`)
}
