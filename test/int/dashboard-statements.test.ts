// Counting is switched on before the Payload config (and its database adapter) loads.
process.env.DB_COUNT_STATEMENTS = '1'

import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Agency, Indicator, User } from '../../payload-types'
import { loadDashboard, parseFilters } from '../../dashboards/queries'
import { rebuildRollups } from '../../src/rollups/rebuild'
import { countStatements } from '../../src/db/statementCounter'
import { createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { createIndicator, createReportingAgency, groupHead, setVnNow } from '../helpers/reports'

// Issue 5 item 4: a dashboard render costs the same number of SQL statements whatever the size of
// the data (here one year vs three years of reports and tasks).

let payload: Payload
let leader: User
let head: User
const agencies: { agency: Agency; assign: (data?: Record<string, unknown>) => Promise<unknown> }[] =
  []
let indicators: Indicator[] = []

const seedYear = async (year: number) => {
  for (const { agency, assign } of agencies) {
    for (let month = 1; month <= 12; month++) {
      const period = `${year}-${String(month).padStart(2, '0')}`
      await payload.create({
        collection: 'reports',
        data: {
          agency: agency.id,
          period,
          status: 'accepted',
          timeliness: month % 4 === 0 ? 'late' : 'on-time',
          submittedAt: day(`${year}-${String(month).padStart(2, '0')}-10`),
          indicatorLines: indicators.map((indicator, index) => ({
            indicator: indicator.id,
            value: month + index,
          })),
        },
        overrideAccess: true,
        depth: 0,
        context: { seeding: true },
      })
    }
    await assign({
      assignedOn: day(`${year}-01-05`),
      dueDate: day(`${year}-06-30`),
      completedOn: day(`${year}-06-01`),
    })
    await assign({ assignedOn: day(`${year}-02-05`), dueDate: day(`${year}-09-30`) })
  }
  await rebuildRollups(payload)
}

const statementsOfDashboard = async () => {
  const req = await createLocalReq({ user: { ...leader, collection: 'users' } as never }, payload)
  const filters = parseFilters({ period: '2025-12', from: '2025-01' }, '2026-01-20')
  const { result, statements } = await countStatements(() =>
    loadDashboard(req, filters, undefined, '2026-01-20'),
  )
  return { data: result, statements }
}

beforeAll(async () => {
  payload = await initPayload()
  setVnNow('2026-01-20 09:00')
  head = await groupHead(payload)
  leader = await createUser(payload, { roles: ['leader'] })
  indicators = [
    await createIndicator(payload, { reportedBy: ['department', 'district'] }),
    await createIndicator(payload, {
      unit: '%',
      aggregation: 'latest',
      reportedBy: ['department', 'district'],
    }),
  ]
  for (let i = 0; i < 3; i++) agencies.push(await createReportingAgency(payload, head))
  agencies.push(await createReportingAgency(payload, head, 'district'))
})

afterAll(() => {
  vi.useRealTimers()
})

describe('the dashboard’s cost', () => {
  it('is the same number of statements for one year and for three years of data', async () => {
    await seedYear(2025)
    const small = await statementsOfDashboard()
    expect(small.data.headline.reports.received.value).toBe(4)
    await seedYear(2024)
    await seedYear(2023)
    const large = await statementsOfDashboard()
    expect(large.data.headline.reports.received.value).toBe(4)
    expect(large.data.heatmap.rows).toHaveLength(5)
    expect(small.statements).toBeGreaterThan(0)
    expect(large.statements).toBe(small.statements)
  }, 240_000)
})
