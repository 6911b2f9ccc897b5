// The benchmark province in an empty database: the small tables and the meetings through the
// Local API, the reports, indicator lines and tasks in bulk (bulkInsert.ts).
import type { Payload } from 'payload'
import { performance } from 'node:perf_hooks'

import { vnToday } from '../../src/lib/clock'
import { insertReports, insertTasks } from './bulkInsert'
import { seedMeetings } from './meetings'
import { seedOrganisation, type Organisation } from './organisation'
import { provincePlan, type ProvincePlan } from './plan'

export type Generated = {
  plan: ProvincePlan
  org: Organisation
  counts: Record<string, number>
  seconds: Record<string, number>
}

const log = (text: string) => process.stderr.write(`  ${text}\n`)

export const generateProvince = async (payload: Payload, years: number): Promise<Generated> => {
  const now = new Date()
  const today = vnToday(now)
  const plan = provincePlan(years, today)
  const seconds: Record<string, number> = {}
  const timed = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    const start = performance.now()
    const result = await run()
    seconds[label] = (performance.now() - start) / 1000
    log(`${label}: ${seconds[label].toFixed(1)} s`)
    return result
  }
  const org = await timed('organisation', () => seedOrganisation(payload, plan, today))
  const meetings = await timed('meetings', () => seedMeetings(payload, org, plan.months, today))
  const reports = await timed('reports', () => insertReports(payload, plan, org, now))
  const tasks = await timed('tasks', () => insertTasks(payload, plan, org, meetings, today))
  return {
    plan,
    org,
    counts: {
      agencies: org.agencies.length,
      indicators: org.indicators.length,
      months: plan.months.length,
      meetings: meetings.length,
      reports: reports.reports,
      values: reports.lines,
      tasks,
    },
    seconds,
  }
}
