// The reporting month (R12.3a, R12.3b; Decree 09/2019/NĐ-CP, art. 12): a report month's data run
// from the 15th of the month before to the 14th, the report is due before the 18th of that month.
// Through the Local API on the real database, and the data migration that moved stored periods.
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Indicator, User } from '../../payload-types'
import { moveToReportMonths, type MigrationDb } from '../../migrations/data/reportingMonth'
import { dayKeyOf } from '../../src/fields/dates'
import { day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectInvalid } from '../helpers/refusals'
import {
  createIndicator,
  createReport,
  createReportingAgency,
  groupHead,
  setVnNow,
} from '../helpers/reports'

let payload: Payload
let head: User
let indicator: Indicator

beforeAll(async () => {
  payload = await initPayload()
  head = await groupHead(payload)
  indicator = await createIndicator(payload, { reportedBy: ['department'] })
})

afterEach(() => {
  vi.useRealTimers()
})

const days = (doc: {
  dataFrom?: string | null
  dataTo?: string | null
  deadline?: string | null
}) => ({
  dataFrom: dayKeyOf(doc.dataFrom),
  dataTo: dayKeyOf(doc.dataTo),
  deadline: dayKeyOf(doc.deadline),
})

/** The raw database of the running adapter, as a migration sees it. */
const migrationDb = (): MigrationDb => {
  const drizzle = payload.db.drizzle as unknown as {
    run?: (query: unknown) => Promise<unknown>
    all?: (query: unknown) => Promise<Record<string, unknown>[]>
    execute?: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }>
  }
  const execute = drizzle.execute?.bind(drizzle)
  return {
    sql,
    run: (query) => (execute ? execute(query) : drizzle.run!(query)),
    all: async (query) => (execute ? (await execute(query)).rows : drizzle.all!(query)),
  }
}

describe('a report month on the Decree 09 calendar (R12.3a)', () => {
  it('stamps the March 2025 report with data from 15/02 to 14/03 and the deadline 17/03/2025 (R12.3a)', async () => {
    setVnNow('2025-03-16 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await createReport(payload, reporter, {
      period: '2025-03',
      indicatorLines: [{ indicator: indicator.id, value: 5 }],
    })
    expect(days(report)).toEqual({
      dataFrom: '2025-02-15',
      dataTo: '2025-03-14',
      deadline: '2025-03-17',
    })
  })

  it('judges a report submitted on 17/03 on time and one on 18/03 late (R12.3a)', async () => {
    setVnNow('2025-03-17 23:59')
    const early = await createReportingAgency(payload, head)
    const onTime = await createReport(payload, early.reporter, {
      period: '2025-03',
      indicatorLines: [{ indicator: indicator.id, value: 1 }],
      status: 'submitted',
    })
    setVnNow('2025-03-18 00:00')
    const later = await createReportingAgency(payload, head)
    const late = await createReport(payload, later.reporter, {
      period: '2025-03',
      indicatorLines: [{ indicator: indicator.id, value: 1 }],
      status: 'submitted',
    })
    expect([onTime.timeliness, late.timeliness]).toEqual(['on-time', 'late'])
  })

  it('refuses a report for a month whose data have not begun, naming their first day (R12.3a)', async () => {
    setVnNow('2025-03-14 10:00')
    const { reporter } = await createReportingAgency(payload, head)
    await expectInvalid(
      createReport(payload, reporter, { period: '2025-04' }),
      /^period: Chưa đến kỳ báo cáo tháng 04\/2025: số liệu của kỳ này tính từ ngày 15\/03\/2025\./m,
    )
  })

  it('follows the cut-off day of the charter settings (R12.3a)', async () => {
    await payload.updateGlobal({
      slug: 'charter-settings',
      data: { editions: [{ effectiveFrom: day('2022-07-01'), dataEndDay: 10 }] },
      overrideAccess: true,
    })
    setVnNow('2025-05-12 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await createReport(payload, reporter, { period: '2025-05' })
    await payload.updateGlobal({
      slug: 'charter-settings',
      data: { editions: [{ effectiveFrom: day('2022-07-01') }] },
      overrideAccess: true,
    })
    expect(days(report)).toEqual({
      dataFrom: '2025-04-11',
      dataTo: '2025-05-10',
      deadline: '2025-05-17',
    })
  })
})

describe('moving stored periods to their report month (R12.3a, R12.3b)', () => {
  it('labels a legacy March report "04/2025", keeping its deadline and its calendar-month data (R12.3a)', async () => {
    const { agency } = await createReportingAgency(payload, head)
    const legacy = await payload.create({
      collection: 'reports',
      data: {
        agency: agency.id,
        period: '2024-03',
        title: `Báo cáo tháng 03/2024 – ${agency.name}`,
        status: 'accepted',
        deadline: day('2024-04-17'),
        timeliness: 'on-time',
      },
      context: { seeding: true },
      overrideAccess: true,
      depth: 0,
    })
    const april = await payload.create({
      collection: 'reports',
      data: { agency: agency.id, period: '2024-04', status: 'draft', deadline: day('2024-05-17') },
      context: { seeding: true },
      overrideAccess: true,
      depth: 0,
    })
    await payload.create({
      collection: 'reporting-periods',
      data: { period: '2024-03', lockedAt: day('2024-04-20') },
      overrideAccess: true,
    })

    await moveToReportMonths(migrationDb())

    const moved = await payload.findByID({ collection: 'reports', id: legacy.id, depth: 0 })
    expect({ period: moved.period, title: moved.title, ...days(moved) }).toEqual({
      period: '2024-04',
      title: `Báo cáo tháng 04/2024 – ${agency.name}`,
      dataFrom: '2024-03-01',
      dataTo: '2024-03-31',
      deadline: '2024-04-17',
    })
    const next = await payload.findByID({ collection: 'reports', id: april.id, depth: 0 })
    expect(next.period).toBe('2024-05')
    const { docs } = await payload.find({
      collection: 'reporting-periods',
      where: { lockedAt: { equals: day('2024-04-20') } },
      depth: 0,
    })
    expect(docs.map((doc) => doc.period)).toEqual(['2024-04'])
  })
})
