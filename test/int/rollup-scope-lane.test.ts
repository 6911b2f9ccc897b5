import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Report, User } from '../../payload-types'
import { runAfterCommit } from '../../src/db/requestScope'
import { withTransaction } from '../../src/db/withTransaction'
import { rebuildRollups } from '../../src/rollups/rebuild'
import { recomputePendingScopes } from '../../src/rollups/refresh'
import { ROLLUP_SLUGS } from '../../src/rollups/slugs'
import { createUser } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import {
  createIndicator,
  createReport,
  createReportingAgency,
  groupHead,
  setVnNow,
  updateReport,
} from '../helpers/reports'

// The month's scope rows (province, district, kind) are recomputed once the submitting
// transaction has committed, in the month's lane (src/rollups/scopeLane.ts): concurrent
// submissions share recomputations, the writer reads figures that count its report, and a row a
// crash left marked is recomputed when the server starts.

let payload: Payload
let secretariat: User
const units: Awaited<ReturnType<typeof createReportingAgency>>[] = []
const PERIOD = '2025-03'
const system = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  payload = await initPayload()
  const head = await groupHead(payload)
  secretariat = await createUser(payload, { roles: ['secretariat'] })
  await createIndicator(payload, { reportedBy: ['department', 'district'], order: 1 })
  for (let index = 0; index < 8; index++)
    units.push(await createReportingAgency(payload, head, index % 2 ? 'district' : 'department'))
  setVnNow('2025-03-16 09:00') // March's report open, before its 18th (R12.3a)
})

afterAll(() => {
  vi.useRealTimers()
})

const provinceRow = async () => {
  const { docs } = await payload.find({
    collection: ROLLUP_SLUGS.scopeMonths,
    where: { key: { equals: `province@${PERIOD}` } },
    ...system,
  })
  return docs[0] as { id: number; received: number; values: Record<string, number> } | undefined
}

const pendingRows = async () =>
  (
    await payload.find({
      collection: ROLLUP_SLUGS.agencyMonths,
      where: { scopesPending: { equals: true } },
      pagination: false,
      ...system,
    })
  ).totalDocs

/** A draft of every unit's March report, its indicator filled in. */
const drafts = async (): Promise<Report[]> =>
  Promise.all(
    units.map(async (unit, index) => {
      const report = await createReport(payload, unit.reporter, {
        agency: unit.agency.id,
        period: PERIOD,
      })
      return updateReport(payload, unit.reporter, report.id, {
        indicatorLines: (report.indicatorLines ?? []).map((line) => ({
          ...line,
          value: 10 * (index + 1),
        })),
      })
    }),
  )

describe('scope rollups recomputed after the commit (R12.3a)', () => {
  it('count every one of 8 concurrent submissions and leave no row marked', async () => {
    const reports = await drafts()
    expect((await provinceRow())?.received ?? 0).toBe(0)
    await Promise.all(
      reports.map((report, index) =>
        updateReport(payload, units[index]!.reporter, report.id, { status: 'submitted' }),
      ),
    )
    expect((await provinceRow())?.received).toBe(units.length)
    expect(await pendingRows()).toBe(0)
    expect(await rebuildRollups(payload)).toMatchObject({ written: 0, deleted: 0 })
  }, 120_000)

  it('show the writer its own submission as soon as its save returns', async () => {
    const { docs } = await payload.find({
      collection: 'reports',
      where: { agency: { equals: units[0]!.agency.id } },
      ...system,
    })
    const before = (await provinceRow())!
    await updateReport(payload, secretariat, docs[0]!.id, { status: 'accepted' })
    const after = (await provinceRow())!
    // The province's figure counts accepted reports only: this one's 10 is in it now.
    expect(Object.values(after.values)[0]).toBe((Object.values(before.values)[0] ?? 0) + 10)
  })

  it('recompute on start a month a crash left marked, and clear its marks', async () => {
    const province = (await provinceRow())!
    // What a crash between a submission's commit and its recomputation leaves: a marked row and
    // a province row that does not count it yet.
    await payload.db.updateOne({
      collection: ROLLUP_SLUGS.scopeMonths,
      id: province.id,
      data: { received: 0 },
      returning: false,
    })
    const { docs } = await payload.find({
      collection: ROLLUP_SLUGS.agencyMonths,
      where: { period: { equals: PERIOD } },
      limit: 1,
      ...system,
    })
    await payload.db.updateOne({
      collection: ROLLUP_SLUGS.agencyMonths,
      id: docs[0]!.id,
      data: { scopesPending: true },
      returning: false,
    })
    expect(await pendingRows()).toBe(1)

    expect(await recomputePendingScopes(payload)).toBe(1)
    expect((await provinceRow())?.received).toBe(units.length)
    expect(await pendingRows()).toBe(0)
    expect(await recomputePendingScopes(payload)).toBe(0)
  })
})

describe('work after a commit (src/db/requestScope.ts)', () => {
  it('runs once the transaction has committed, seeing what it stored', async () => {
    const req = await createLocalReq({}, payload)
    const seen: number[] = []
    let id = 0
    await withTransaction(req, async () => {
      const indicator = await payload.create({
        collection: 'indicators',
        data: {
          code: 'CT_SAU_COMMIT',
          nameVi: 'Số hồ sơ',
          unit: 'hồ sơ',
          group: 'G1',
          source: 'reported',
          aggregation: 'sum',
        },
        req,
        ...system,
      })
      id = indicator.id
      const registered = runAfterCommit(req, async () => {
        // Read outside the transaction: only a committed row is there to count.
        const { totalDocs } = await payload.count({
          collection: 'indicators',
          where: { id: { equals: id } },
          overrideAccess: true,
        })
        seen.push(totalDocs)
      })
      expect(registered).toBe(true)
      expect(seen).toEqual([])
    })
    expect(seen).toEqual([1])
  })

  it('is dropped when the transaction rolls back', async () => {
    const req = await createLocalReq({}, payload)
    let ran = false
    await expect(
      withTransaction(req, async () => {
        runAfterCommit(req, async () => {
          ran = true
        })
        throw new Error('rolled back')
      }),
    ).rejects.toThrow('rolled back')
    expect(ran).toBe(false)
  })

  it('is refused without a transaction, so the caller does the work itself', () => {
    expect(runAfterCommit({}, async () => {})).toBe(false)
  })
})
