// One monthly report per agency and month (R12.3a).
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { expectInvalid } from '../../helpers/refusals'
import { createReport, createReportingAgency, setVnNow } from '../../helpers/reports'
import { countReports, head, initReportWorld, payload } from '../../helpers/reportWorld'

beforeAll(initReportWorld)

afterEach(() => {
  vi.useRealTimers()
})

describe('one report per agency and month (R12.3a)', () => {
  it('keeps exactly one of 20 simultaneous creations and refuses the others clearly', async () => {
    setVnNow('2025-03-16 08:00')
    const { agency, reporter } = await createReportingAgency(payload, head)
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => createReport(payload, reporter, { period: '2025-03' })),
    )
    const refusals = results.filter((result) => result.status === 'rejected')
    const stored = await payload.count({
      collection: 'reports',
      where: { and: [{ agency: { equals: agency.id } }, { period: { equals: '2025-03' } }] },
    })
    expect(stored.totalDocs).toBe(1)
    expect(refusals).toHaveLength(19)
    for (const refusal of refusals) {
      const error = (refusal as PromiseRejectedResult).reason as {
        name: string
        status: number
        data: { errors: { message: string }[] }
      }
      expect({
        name: error.name,
        status: error.status,
        message: error.data.errors[0].message,
      }).toEqual({
        name: 'ValidationError',
        status: 400,
        message: 'Báo cáo tháng 03/2025 của cơ quan này đã tồn tại.',
      })
    }
  })

  it('refuses a second report of the same agency and month, storing nothing', async () => {
    setVnNow('2025-03-16 08:00')
    const { reporter } = await createReportingAgency(payload, head)
    await createReport(payload, reporter, { period: '2025-03' })
    const before = await countReports()
    await expectInvalid(
      createReport(payload, reporter, { period: '2025-03' }),
      /Báo cáo tháng 03\/2025 của cơ quan này đã tồn tại\./,
    )
    expect(await countReports()).toBe(before)
  })
})
