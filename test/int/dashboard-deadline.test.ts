import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { loadDashboard, parseFilters } from '../../dashboards/queries'
import type { DashboardData } from '../../dashboards/types'
import type { Agency, User } from '../../payload-types'
import { charterNumbersOn } from '../../src/charter/settings'
import { vnToday } from '../../src/lib/clock'
import { createUser } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { createReportingAgency, groupHead, setVnNow } from '../helpers/reports'

// R12.3a: the dashboard opens on the last month whose report deadline (before the 18th, from the
// charter settings) has passed, Vietnam time; an agency that has not sent its report is shown as
// a breach only after the deadline of that month.

let payload: Payload
let leader: User
let silent: Agency

const requestOf = (user: User): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

/** The month the dashboard opens on now, as its view computes it. */
const openingMonth = async () => {
  const req = await requestOf(leader)
  const { reportBeforeDay } = await charterNumbersOn(req, vnToday())
  return parseFilters({}, vnToday(), reportBeforeDay).period
}

const dashboardFor = async (period: string): Promise<DashboardData> =>
  loadDashboard(await requestOf(leader), parseFilters({ period, from: period }, vnToday()))

const cellOf = (data: DashboardData) =>
  data.heatmap.rows.find((row) => row.agency === silent.id)?.cells.at(-1)?.state

beforeAll(async () => {
  payload = await initPayload()
  const head = await groupHead(payload)
  leader = await createUser(payload, { roles: ['leader'] })
  silent = (await createReportingAgency(payload, head)).agency
})

afterAll(() => {
  vi.useRealTimers()
})

describe('the month the dashboard opens on and reports not sent yet (R12.3a)', () => {
  it('opens on the month before while this month’s deadline has not passed', async () => {
    setVnNow('2026-12-17 23:59')
    expect(await openingMonth()).toBe('2026-11')
  })

  it('opens on this month once its deadline has passed, Vietnam time', async () => {
    // Half past midnight on the 18th in Vietnam is still the 17th in UTC.
    setVnNow('2026-12-18 00:30')
    expect(await openingMonth()).toBe('2026-12')
  })

  it('shows a report not sent before the deadline as not due, not as a breach', async () => {
    setVnNow('2026-12-10 09:00')
    const data = await dashboardFor('2026-12')
    expect(cellOf(data)).toBe('not-due')
    expect(data.headline.reports).toMatchObject({ deadline: '2026-12-17', due: false })
    expect(data.headline.reports.missing.value).toBeGreaterThanOrEqual(1)
  })

  it('shows a report not sent after the deadline as missing', async () => {
    setVnNow('2026-12-18 09:00')
    const data = await dashboardFor('2026-12')
    expect(cellOf(data)).toBe('missing')
    expect(data.headline.reports.due).toBe(true)
  })
})
