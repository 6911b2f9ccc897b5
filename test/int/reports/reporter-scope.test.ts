// A reporter sees and writes only the own agency's monthly reports.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { expectForbidden, expectInvalid } from '../../helpers/refusals'
import { createReport, createReportingAgency, setVnNow, updateReport } from '../../helpers/reports'
import {
  completeReport,
  countReports,
  head,
  initReportWorld,
  leader,
  payload,
} from '../../helpers/reportWorld'

beforeAll(initReportWorld)

afterEach(() => {
  vi.useRealTimers()
})

describe('a reporter sees and writes only the own agency’s reports', () => {
  const twoAgencies = async () => {
    setVnNow('2025-03-16 08:00')
    const own = await createReportingAgency(payload, head)
    const other = await createReportingAgency(payload, head)
    const ownReport = await completeReport(own.reporter)
    const otherReport = await completeReport(other.reporter)
    return { own, other, ownReport, otherReport }
  }

  it('hides another agency’s report from a reporter', async () => {
    const { own, otherReport } = await twoAgencies()
    await expect(
      payload.findByID({
        collection: 'reports',
        id: otherReport.id,
        overrideAccess: false,
        user: own.reporter,
      }),
    ).rejects.toMatchObject({ status: 404 })
  })

  it('lists only the own agency’s reports to a reporter', async () => {
    const { own, ownReport } = await twoAgencies()
    const { docs } = await payload.find({
      collection: 'reports',
      overrideAccess: false,
      user: own.reporter,
      depth: 0,
    })
    expect(docs.map((doc) => doc.id)).toEqual([ownReport.id])
  })

  it('lists only the own agency’s report versions to a reporter', async () => {
    const { own, ownReport } = await twoAgencies()
    const { docs } = await payload.findVersions({
      collection: 'reports',
      overrideAccess: false,
      user: own.reporter,
      depth: 0,
      pagination: false,
    })
    expect(new Set(docs.map((doc) => doc.parent))).toEqual(new Set([ownReport.id]))
  })

  it('hides another agency’s report version from a reporter', async () => {
    const { own, otherReport } = await twoAgencies()
    const { docs } = await payload.findVersions({
      collection: 'reports',
      where: { parent: { equals: otherReport.id } },
      depth: 0,
      limit: 1,
    })
    await expectForbidden(
      payload.findVersionByID({
        collection: 'reports',
        id: String(docs[0].id),
        overrideAccess: false,
        user: own.reporter,
      }),
    )
  })

  it('refuses a reporter updating another agency’s report, changing nothing', async () => {
    const { own, otherReport } = await twoAgencies()
    await expectForbidden(
      updateReport(payload, own.reporter, otherReport.id, { obstacles: 'Sửa hộ' }),
    )
    const stored = await payload.findByID({ collection: 'reports', id: otherReport.id, depth: 0 })
    expect(stored.obstacles ?? null).toBeNull()
  })

  it('refuses a reporter creating a report for another agency, storing nothing', async () => {
    const { own, other } = await twoAgencies()
    const before = await countReports()
    await expectForbidden(
      createReport(payload, own.reporter, { agency: other.agency.id, period: '2025-02' }),
    )
    expect(await countReports()).toBe(before)
  })

  it('refuses a reporter moving the own report to another agency', async () => {
    const { own, other, ownReport } = await twoAgencies()
    await expectInvalid(
      updateReport(payload, own.reporter, ownReport.id, { agency: other.agency.id }),
      /^agency: Không đổi cơ quan hoặc kỳ của báo cáo đã lập/m,
    )
  })

  it('refuses a reporter deleting another agency’s report', async () => {
    const { own, otherReport } = await twoAgencies()
    await expectForbidden(
      payload.delete({
        collection: 'reports',
        id: otherReport.id,
        overrideAccess: false,
        user: own.reporter,
      }),
    )
  })

  it('refuses the own reporter deleting a submitted report', async () => {
    const { own, ownReport } = await twoAgencies()
    await updateReport(payload, own.reporter, ownReport.id, { status: 'submitted' })
    await expectForbidden(
      payload.delete({
        collection: 'reports',
        id: ownReport.id,
        overrideAccess: false,
        user: own.reporter,
      }),
    )
  })

  it('lets a leader read every agency’s reports', async () => {
    const { ownReport, otherReport } = await twoAgencies()
    const { docs } = await payload.find({
      collection: 'reports',
      where: { id: { in: [ownReport.id, otherReport.id] } },
      overrideAccess: false,
      user: leader,
      depth: 0,
    })
    expect(docs).toHaveLength(2)
  })
})
