import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Indicator, User } from '../../payload-types'
import { createUser } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectForbidden, expectInvalid } from '../helpers/refusals'
import {
  createIndicator,
  createReport,
  createReportingAgency,
  groupHead,
  setVnNow,
  updateReport,
} from '../helpers/reports'
import { toInstant } from '../../src/lib/clock'

let payload: Payload
let head: User
let secretariat: User
let indicator: Indicator

beforeAll(async () => {
  payload = await initPayload()
  head = await groupHead(payload)
  secretariat = await createUser(payload, { roles: ['secretariat'] })
  indicator = await createIndicator(payload, { reportedBy: ['department'] })
})

afterEach(() => {
  vi.useRealTimers()
})

const asSecretariat = () => ({ overrideAccess: false, user: secretariat, depth: 0 }) as const

const at = (wallTime: string) => toInstant(wallTime).toISOString()

/** The period's record, created or updated by the standing body. */
const savePeriod = async (period: string, data: Record<string, unknown>) => {
  const { docs } = await payload.find({
    collection: 'reporting-periods',
    where: { period: { equals: period } },
    depth: 0,
    limit: 1,
  })
  return docs[0]
    ? payload.update({ collection: 'reporting-periods', id: docs[0].id, data, ...asSecretariat() })
    : payload.create({
        collection: 'reporting-periods',
        data: { period, ...data },
        ...asSecretariat(),
      })
}

/** An agency with a draft report (April by default: data 15/03 to 14/04) made while its period was open. */
const draftInAprilPeriod = async (period = '2025-04', now = '2025-04-10 08:00') => {
  setVnNow(now)
  const agency = await createReportingAgency(payload, head)
  const report = await createReport(payload, agency.reporter, {
    period,
    indicatorLines: [{ indicator: indicator.id, value: 5 }],
  })
  return { ...agency, report }
}

describe('period lock and late-entry exceptions (R12.3a)', () => {
  it('lets an agency submit late until the lock day (R12.3a)', async () => {
    const { reporter, report } = await draftInAprilPeriod()
    setVnNow('2025-04-24 23:59')
    const submitted = await updateReport(payload, reporter, report.id, { status: 'submitted' })
    expect(submitted.timeliness).toBe('late')
  })

  it('refuses an agency’s edit from 00:00 on the lock day, the 25th of the report month (R12.3a)', async () => {
    const { reporter, report } = await draftInAprilPeriod()
    setVnNow('2025-04-25 00:00')
    await expectInvalid(
      updateReport(payload, reporter, report.id, { status: 'submitted' }),
      /^period: Vi phạm Điều 12 khoản 3: Kỳ báo cáo tháng 04\/2025 đã khóa từ ngày 25\/04\/2025 \(đến ngày khóa sổ\)/m,
    )
  })

  it('refuses creating a report for a locked period, storing nothing (R12.3a)', async () => {
    setVnNow('2025-05-02 08:00')
    const { reporter } = await createReportingAgency(payload, head)
    const before = (await payload.count({ collection: 'reports' })).totalDocs
    await expectInvalid(createReport(payload, reporter, { period: '2025-04' }), /Điều 12 khoản 3.*đã khóa/)
    expect((await payload.count({ collection: 'reports' })).totalDocs).toBe(before)
  })

  it('locks the period once the aggregate report is issued, before the lock day (R12.3a, R12.3b)', async () => {
    const { reporter, report } = await draftInAprilPeriod('2025-03', '2025-03-10 08:00')
    setVnNow('2025-03-19 09:00')
    await savePeriod('2025-03', { aggregateIssuedAt: at('2025-03-19 08:30') })
    await expectInvalid(
      updateReport(payload, reporter, report.id, { status: 'submitted' }),
      /đã khóa từ ngày 19\/03\/2025 \(báo cáo tổng hợp của tỉnh đã ban hành\)/,
    )
  })

  it('lets the standing body lock a period by hand and records who did (R12.3a)', async () => {
    setVnNow('2025-05-03 09:00')
    const period = await savePeriod('2025-05', { lockedAt: at('2025-05-03 09:00') })
    expect(period.lockedBy).toBe(secretariat.id)
  })

  it('lets an agency with an unexpired exception submit in a locked period (R12.3a)', async () => {
    const { agency, reporter, report } = await draftInAprilPeriod()
    setVnNow('2025-04-28 09:00')
    await savePeriod('2025-04', {
      exceptions: [
        { agency: agency.id, reason: 'Mất điện hệ thống', expiresAt: at('2025-04-30 17:00') },
      ],
    })
    const submitted = await updateReport(payload, reporter, report.id, { status: 'submitted' })
    expect(submitted.status).toBe('submitted')
  })

  it('refuses the agency once its exception has expired (R12.3a)', async () => {
    const { agency, reporter, report } = await draftInAprilPeriod()
    setVnNow('2025-04-28 09:00')
    await savePeriod('2025-04', {
      exceptions: [{ agency: agency.id, reason: 'Chờ số liệu', expiresAt: at('2025-04-29 17:00') }],
    })
    setVnNow('2025-04-29 17:00')
    await expectInvalid(
      updateReport(payload, reporter, report.id, { status: 'submitted' }),
      /Điều 12 khoản 3.*đã khóa/,
    )
  })

  it('does not open the period to another agency through an exception (R12.3a)', async () => {
    const { reporter, report } = await draftInAprilPeriod()
    const other = await createReportingAgency(payload, head)
    setVnNow('2025-04-28 09:00')
    await savePeriod('2025-04', {
      exceptions: [
        { agency: other.agency.id, reason: 'Chờ số liệu', expiresAt: at('2025-05-05 17:00') },
      ],
    })
    await expectInvalid(
      updateReport(payload, reporter, report.id, { status: 'submitted' }),
      /Điều 12 khoản 3.*đã khóa/,
    )
  })

  it('records who granted an exception and when, whatever the request says (R12.3a)', async () => {
    const { agency } = await draftInAprilPeriod()
    const reporterOfAnother = await createUser(payload, { roles: ['reporter'] })
    setVnNow('2025-04-28 09:00')
    const period = await savePeriod('2025-04', {
      exceptions: [
        {
          agency: agency.id,
          reason: 'Cán bộ đầu mối nghỉ ốm',
          expiresAt: at('2025-05-02 17:00'),
          grantedBy: reporterOfAnother.id,
          grantedAt: at('2025-01-01 00:00'),
        },
      ],
    })
    const granted = period.exceptions?.find((row) => row.agency === agency.id)
    expect(granted).toMatchObject({ grantedBy: secretariat.id, grantedAt: at('2025-04-28 09:00') })
  })

  it('refuses an exception without a reason (R12.3a)', async () => {
    setVnNow('2025-06-28 09:00')
    const { agency } = await createReportingAgency(payload, head)
    await expectInvalid(
      savePeriod('2025-06', {
        exceptions: [{ agency: agency.id, reason: ' ', expiresAt: at('2025-07-02 17:00') }],
      }),
      /^exceptions\.0\.reason: Cho phép nhập muộn phải ghi rõ lý do\./m,
    )
  })

  it('refuses an exception that has already expired (R12.3a)', async () => {
    setVnNow('2025-06-28 09:00')
    const { agency } = await createReportingAgency(payload, head)
    await expectInvalid(
      savePeriod('2025-06', {
        exceptions: [{ agency: agency.id, reason: 'Muộn', expiresAt: at('2025-06-27 17:00') }],
      }),
      /^exceptions\.0\.expiresAt: Thời hạn cho phép nhập muộn phải ở tương lai\./m,
    )
  })

  it('refuses a reporter granting an exception: only the standing body does (R12.3a)', async () => {
    setVnNow('2025-06-28 09:00')
    const { agency, reporter } = await createReportingAgency(payload, head)
    await expectForbidden(
      payload.create({
        collection: 'reporting-periods',
        data: {
          period: '2025-02',
          exceptions: [
            { agency: agency.id, reason: 'Tự cho phép', expiresAt: at('2025-07-01 00:00') },
          ],
        },
        overrideAccess: false,
        user: reporter,
      }),
    )
  })

  it('writes every exception granted into the audit log (R12.3a)', async () => {
    setVnNow('2025-07-28 09:00')
    const { agency } = await createReportingAgency(payload, head)
    const period = await savePeriod('2025-07', {
      exceptions: [{ agency: agency.id, reason: 'Chờ ký', expiresAt: at('2025-08-01 17:00') }],
    })
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { collectionSlug: { equals: 'reporting-periods' } },
          { documentId: { equals: String(period.id) } },
        ],
      },
      depth: 0,
    })
    expect(docs.map(({ user, changedFields }) => ({ user, changedFields }))).toContainEqual({
      user: secretariat.id,
      changedFields: expect.arrayContaining(['exceptions']),
    })
  })

  it('lets the standing body still accept a report after the lock (R12.3b)', async () => {
    const { reporter, report } = await draftInAprilPeriod()
    await updateReport(payload, reporter, report.id, { status: 'submitted' })
    setVnNow('2025-05-10 09:00')
    const accepted = await updateReport(payload, secretariat, report.id, { status: 'accepted' })
    expect(accepted.status).toBe('accepted')
  })
})
