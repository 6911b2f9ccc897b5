import type { Payload } from 'payload'

import { rebuildRollups } from '../src/rollups/rebuild'
import { seedAgencies } from './agencies'
import { seedAggregates } from './aggregates'
import { seedBudget } from './budget'
import { seedCharterSettings } from './charter'
import { seedDataCalls } from './dataCalls'
import { seedDelegations } from './delegations'
import { seedDocuments } from './documents'
import { seedDraftingAssignments } from './draftingAssignments'
import { seedFeedback } from './feedback'
import { seedGroups } from './groups'
import { seedHolidays } from './holidays'
import { seedMeetings } from './meetings'
import { seedMembers } from './members'
import { demoLogins, seedPeople, type DemoLogin } from './people'
import { seedPlans } from './plans'
import { seedReports } from './reports'
import { seedSgNominations } from './sgNominations'
import { seedSupportGroupReports } from './supportGroupReports'
import { seedUrgingLetters } from './urging'
import { seedWorkingSessions } from './workingSessions'
import type { Tally } from './shared'

export { DEMO_PASSWORD, type DemoLogin } from './people'

export type SeedResult = { logins: DemoLogin[] }

/**
 * Seeds the demo province (Quảng Nam), in the order of the steps below: agencies and local units,
 * fictional people, the Working Group and Support Group with their members, delegations, the
 * official calendar and the charter settings, then plans, documents, feedback, meetings, the
 * Standing's working sessions, the budget, the agencies' monthly reports and the aggregate
 * reports, and last the dashboard's rollups. Idempotent: records are looked up by natural key and only the missing ones are created.
 */
export const seedDemo = async (payload: Payload): Promise<SeedResult> => {
  const tally: Tally = {}
  // Each step's duration goes to the log: the seed runs on every demo start and in CI.
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    const result = await run()
    payload.logger.info(`Demo seed: ${name} (${Math.round(performance.now() - started)} ms)`)
    return result
  }
  const agencies = await step('agencies', () => seedAgencies(payload, tally))
  const people = await step('people', () => seedPeople(payload, agencies, tally))
  const groups = await step('groups', () => seedGroups(payload, tally))
  await step('members', () => seedMembers(payload, { people, groups, agencies }, tally))
  await step('delegations', () => seedDelegations(payload, { people, groups, agencies }, tally))
  await step('holidays', () => seedHolidays(payload, tally))
  if (await seedCharterSettings(payload)) tally['charter-settings'] = 1
  await step('plans', () => seedPlans(payload, { people, agencies }, tally))
  await step('documents', () => seedDocuments(payload, { people }, tally))
  await step('feedback', () => seedFeedback(payload, { people, agencies }, tally))
  await step('meetings', () => seedMeetings(payload, { people, groups, agencies }, tally))
  await step('working sessions', () => seedWorkingSessions(payload, { people, agencies }, tally))
  await step('support group nominations', () =>
    seedSgNominations(payload, { people, agencies }, tally),
  )
  await step('drafting assignments', () =>
    seedDraftingAssignments(payload, { people, groups }, tally),
  )
  await step('budget', () => seedBudget(payload, { people, agencies }, tally))
  await step('reports', () => seedReports(payload, { people, agencies }, tally))
  await step('aggregate reports', () => seedAggregates(payload, { people }, tally))
  await step('data calls', () => seedDataCalls(payload, { people, agencies }, tally))
  await step('support group reports', () => seedSupportGroupReports(payload, { people }, tally))
  await step('urging letters', () => seedUrgingLetters(payload, { people, agencies }, tally))
  // The reports are written without the rollup hooks (context `seeding`): the dashboard's rollups
  // are computed once, at the end.
  await step('dashboard rollups', () => rebuildRollups(payload))
  const created = Object.entries(tally).map(([slug, count]) => `${slug}: ${count}`)
  payload.logger.info(
    `Demo seed: ${created.length ? `created ${created.join(', ')}` : 'nothing to add'}`,
  )
  return { logins: demoLogins() }
}
