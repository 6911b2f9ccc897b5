import type { Where } from 'payload'

import type { AgencyInfo } from '../../hooks/rules/aggregate'
import type { AgencyMonthFacts } from '../../hooks/rules/rollup'
import { vnToday } from '../lib/clock'
import {
  agencyMonthOf,
  agencyTasksRow,
  asSystem,
  loadMeetingFactsByMonth,
  loadTaskFactsByLead,
  REPORT_FACTS_SELECT,
  type Db,
  type ReportRow,
} from './load'

// The rows the rollups hold, computed from the source rows: one way for the full rebuild
// (`rebuild.ts`) and the incremental upkeep (`refresh.ts`).

export const agencyMapOf = (agencies: readonly AgencyInfo[]): Map<string, AgencyInfo> =>
  new Map(agencies.map((agency) => [String(agency.id), agency]))

/** The agency-month facts of the reports `where` selects (at most `limit` when given). */
export const agencyMonthFacts = async (
  db: Db,
  where: Where,
  agencies: ReadonlyMap<string, AgencyInfo>,
  limit?: number,
): Promise<AgencyMonthFacts[]> => {
  const { docs } = await db.payload.find({
    collection: 'reports',
    where,
    select: REPORT_FACTS_SELECT,
    ...(limit === undefined ? {} : { limit }),
    pagination: false,
    ...asSystem(db),
  })
  return (docs as ReportRow[]).map((report) => agencyMonthOf(report, agencies))
}

/** Each lead agency's compact task list (of the tasks `where` selects), by agency id. */
export const agencyTasksRows = async (db: Db, where?: Where, today?: string) => {
  const byAgency = await loadTaskFactsByLead(db, where)
  const day = today ?? vnToday()
  return new Map([...byAgency].map(([agency, tasks]) => [agency, agencyTasksRow(tasks, day)]))
}

/** Each month's compact meetings (of the meetings `where` selects), by the month they serve. */
export const meetingMonthRows = async (db: Db, where?: Where) => {
  const byMonth = await loadMeetingFactsByMonth(db, where)
  return new Map([...byMonth].map(([month, meetings]) => [month, { meetings }]))
}
