import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { refreshAllSearchText } from '../../src/search'

// Issue 13, item 12: the hidden search column of the searched collections (src/search), filled
// for the records stored before it existed through the Local API (no record's hooks run, no
// timestamps change).

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tasks" ADD COLUMN "search_text" varchar;
  ALTER TABLE "plans" ADD COLUMN "search_text" varchar;
  ALTER TABLE "documents" ADD COLUMN "search_text" varchar;
  ALTER TABLE "meetings" ADD COLUMN "search_text" varchar;
  ALTER TABLE "reports" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "indicators" ADD COLUMN "search_text" varchar;
  ALTER TABLE "agencies" ADD COLUMN "search_text" varchar;
  ALTER TABLE "members" ADD COLUMN "search_text" varchar;`)
  await refreshAllSearchText(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tasks" DROP COLUMN "search_text";
  ALTER TABLE "plans" DROP COLUMN "search_text";
  ALTER TABLE "documents" DROP COLUMN "search_text";
  ALTER TABLE "meetings" DROP COLUMN "search_text";
  ALTER TABLE "reports" DROP COLUMN "search_text";
  ALTER TABLE "_reports_v" DROP COLUMN "version_search_text";
  ALTER TABLE "indicators" DROP COLUMN "search_text";
  ALTER TABLE "agencies" DROP COLUMN "search_text";
  ALTER TABLE "members" DROP COLUMN "search_text";`)
}
