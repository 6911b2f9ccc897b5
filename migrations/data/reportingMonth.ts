import type { sql as Sql } from '@payloadcms/db-sqlite'

import { aggregateSummary } from '../../collections/AggregateReports/hooks'
import { formatPeriod, nextPeriod } from '../../hooks/rules/reportPeriods'
import { vnDayStart } from '../../src/lib/clock'

// R12.3a, R12.3b: the reporting month moves to the report month (Decree 09/2019/NĐ-CP, art. 12).
// Until now a period was the calendar month of the data, due before the 18th of the month after:
// the report '03/2025' (data 01/03–31/03) was due on 17/04/2025. It is now labelled by the month
// in which it is due: '04/2025', due on 17/04/2025 as before. So every stored period moves one
// month later and every deadline, lateness, lock day and reminder keeps its date. The data period
// of a stored report is the calendar month it covered (printed as such on the form and in the
// DOCX); new reports cover the 15th of the month before to the 14th. An issued aggregate report
// keeps the summary it was issued with.
//
// Periods are moved latest first, so a unique (agency, period) never meets a row not yet moved.
// Plain SQL, the same text on SQLite and PostgreSQL.

type Row = Record<string, unknown>
type SQL = ReturnType<typeof Sql>
export type MigrationDb = {
  /** The adapter's `sql` tag (drizzle's, the same on both adapters). */
  sql: typeof Sql
  run: (query: SQL) => Promise<unknown>
  all: (query: SQL) => Promise<Row[]>
}

const distinctPeriods = async (db: MigrationDb, table: string, column: string) => {
  const { sql } = db
  const rows = await db.all(
    sql`SELECT DISTINCT ${sql.identifier(column)} AS period FROM ${sql.identifier(table)}`,
  )
  return rows
    .map((row) => String(row.period ?? ''))
    .filter((period) => /^\d{4}-\d{2}$/.test(period))
    .sort()
    .reverse()
}

/** The calendar month the legacy period's data covered, as stored instants (00:00 Vietnam time). */
const calendarMonthOf = (period: string) => ({
  from: vnDayStart(`${period}-01`).toISOString(),
  to: vnDayStart(`${period}-${new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).getUTCDate()}`).toISOString(),
})


const moveReports = async (db: MigrationDb) => {
  const { sql } = db
  const table = (name: string) => sql.identifier(name)
  for (const old of await distinctPeriods(db, 'reports', 'period')) {
    const period = nextPeriod(old)
    const { from, to } = calendarMonthOf(old)
    await db.run(
      sql`UPDATE ${table('reports')} SET "period" = ${period}, "data_from" = ${from}, "data_to" = ${to},
        "title" = REPLACE("title", ${`Báo cáo tháng ${formatPeriod(old)}`}, ${`Báo cáo tháng ${formatPeriod(period)}`})
        WHERE "period" = ${old}`,
    )
  }
  for (const old of await distinctPeriods(db, '_reports_v', 'version_period')) {
    const period = nextPeriod(old)
    const { from, to } = calendarMonthOf(old)
    await db.run(
      sql`UPDATE ${table('_reports_v')} SET "version_period" = ${period}, "version_data_from" = ${from},
        "version_data_to" = ${to},
        "version_title" = REPLACE("version_title", ${`Báo cáo tháng ${formatPeriod(old)}`}, ${`Báo cáo tháng ${formatPeriod(period)}`})
        WHERE "version_period" = ${old}`,
    )
  }
}

const moveAggregates = async (db: MigrationDb) => {
  const { sql } = db
  const table = (name: string) => sql.identifier(name)
  for (const old of await distinctPeriods(db, 'aggregate_reports', 'period')) {
    const period = nextPeriod(old)
    const { from, to } = calendarMonthOf(old)
    await db.run(
      sql`UPDATE ${table('aggregate_reports')} SET "period" = ${period}, "data_from" = ${from}, "data_to" = ${to},
        "title" = CASE WHEN "status" = 'issued' THEN "title" ELSE ${aggregateSummary(period)} END
        WHERE "period" = ${old}`,
    )
  }
}

const movePlain = async (db: MigrationDb, name: string, column: string) => {
  const { sql } = db
  const table = (name: string) => sql.identifier(name)
  for (const old of await distinctPeriods(db, name, column)) {
    await db.run(
      sql`UPDATE ${table(name)} SET ${sql.identifier(column)} = ${nextPeriod(old)} WHERE ${sql.identifier(column)} = ${old}`,
    )
  }
}

const moveRollups = async (db: MigrationDb) => {
  const { sql } = db
  const table = (name: string) => sql.identifier(name)
  for (const name of ['rollup_agency_months', 'rollup_scope_months']) {
    for (const old of await distinctPeriods(db, name, 'period')) {
      const period = nextPeriod(old)
      await db.run(
        sql`UPDATE ${table(name)} SET "period" = ${period}, "key" = REPLACE("key", ${`@${old}`}, ${`@${period}`})
          WHERE "period" = ${old}`,
      )
    }
  }
}

// The reminders' dedupe keys name the period ('report-reminder:2025-03:12'): moved with it, so a
// catch-up after the migration does not send again what went out before it.
const REMINDER_KEY = /^(report-reminder|late-report-list):(\d{4}-\d{2})(:|$)/

const moveReminderKeys = async (db: MigrationDb) => {
  const { sql } = db
  const table = (name: string) => sql.identifier(name)
  const rows = await db.all(
    sql`SELECT "id", "dedupe_key" AS "key", "dedupe_id" AS "dedupeId" FROM ${table('notifications')}
      WHERE "dedupe_key" LIKE 'report-reminder:%' OR "dedupe_key" LIKE 'late-report-list:%'`,
  )
  const moves = rows
    .map((row) => ({ row, match: REMINDER_KEY.exec(String(row.key ?? '')) }))
    .filter((move) => move.match !== null)
    .sort((a, b) => (a.match![2] < b.match![2] ? 1 : -1))
  for (const { row, match } of moves) {
    const [, kind, old] = match!
    const shift = (value: unknown) =>
      typeof value === 'string'
        ? value.replace(`${kind}:${old}`, `${kind}:${nextPeriod(old)}`)
        : value
    await db.run(
      sql`UPDATE ${table('notifications')} SET "dedupe_key" = ${shift(row.key)}, "dedupe_id" = ${shift(row.dedupeId)}
        WHERE "id" = ${row.id}`,
    )
  }
}

/** Moves every stored reporting period to its report month (see above). */
export const moveToReportMonths = async (db: MigrationDb): Promise<void> => {
  await moveReports(db)
  await moveAggregates(db)
  await movePlain(db, 'reporting_periods', 'period')
  await movePlain(db, '_reporting_periods_v', 'version_period')
  await moveRollups(db)
  await moveReminderKeys(db)
}
