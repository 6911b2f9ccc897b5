// The monthly report's deadline (R12.3a).
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { day } from '../../helpers/fixtures'
import { expectInvalid } from '../../helpers/refusals'
import { createReport, createReportingAgency, setVnNow, updateReport } from '../../helpers/reports'
import {
  completeReport,
  flow,
  head,
  initReportWorld,
  payload,
  rate,
  secretariat,
  stock,
} from '../../helpers/reportWorld'

beforeAll(initReportWorld)

afterEach(() => {
  vi.useRealTimers()
})

describe('deadline of the monthly report (R12.3a)', () => {
  it('stamps a report submitted at 23:59:59 on the 17th, Vietnam time, as on time (R12.3a)', async () => {
    setVnNow('2025-03-16 08:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await completeReport(reporter)
    setVnNow('2025-03-17 23:59:59')
    const submitted = await updateReport(payload, reporter, report.id, { status: 'submitted' })
    expect(submitted).toMatchObject({
      timeliness: 'on-time',
      submittedAt: '2025-03-17T16:59:59.000Z',
      deadline: day('2025-03-17'),
    })
  })

  it('stamps a report submitted at 00:00 on the 18th, Vietnam time, as late (R12.3a)', async () => {
    setVnNow('2025-03-16 08:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await completeReport(reporter)
    setVnNow('2025-03-18 00:00')
    const submitted = await updateReport(payload, reporter, report.id, { status: 'submitted' })
    expect(submitted).toMatchObject({ timeliness: 'late', submittedAt: '2025-03-17T17:00:00.000Z' })
  })

  it('follows the report deadline of the charter settings in force (R12.3a, R14.3)', async () => {
    await payload.updateGlobal({
      slug: 'charter-settings',
      data: {
        editions: [
          {
            effectiveFrom: day('2022-07-01'),
            meetingBeforeDay: 10,
            dataEndDay: 14,
            reportBeforeDay: 18,
            aggregateBeforeDay: 22,
            noticeLeadWorkingDays: 2,
            majorityBase: 'present',
            tieRule: 'chair-side',
            lockDay: 25,
            reminderDaysBefore: 3,
          },
          {
            effectiveFrom: day('2025-08-01'),
            meetingBeforeDay: 10,
            dataEndDay: 14,
            reportBeforeDay: 16,
            aggregateBeforeDay: 20,
            noticeLeadWorkingDays: 2,
            majorityBase: 'present',
            tieRule: 'chair-side',
            lockDay: 25,
            reminderDaysBefore: 3,
          },
        ],
      },
      overrideAccess: true,
    })
    // The edition in force on the first day of the report month (01/08) governs period 2025-08.
    setVnNow('2025-08-10 08:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await createReport(payload, reporter, {
      period: '2025-08',
      indicatorLines: [
        { indicator: flow.id, value: 1 },
        { indicator: rate.id, value: 1 },
        { indicator: stock.id, value: 1 },
      ],
    })
    setVnNow('2025-08-15 18:00')
    const submitted = await updateReport(payload, reporter, report.id, { status: 'submitted' })
    expect(submitted).toMatchObject({ timeliness: 'on-time', deadline: day('2025-08-15') })
    setVnNow('2025-08-16 08:00')
    const other = await createReportingAgency(payload, head)
    const late = await createReport(payload, other.reporter, {
      period: '2025-08',
      status: 'submitted',
      indicatorLines: [
        { indicator: flow.id, value: 1 },
        { indicator: rate.id, value: 1 },
        { indicator: stock.id, value: 1 },
      ],
    })
    expect(late.timeliness).toBe('late')
  })

  it('keeps the timeliness of the first submission when a returned report is resubmitted (R12.3a)', async () => {
    setVnNow('2025-03-16 08:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await completeReport(reporter)
    await updateReport(payload, reporter, report.id, { status: 'submitted' })
    await updateReport(payload, secretariat, report.id, {
      status: 'returned',
      reviewComment: 'Bổ sung số liệu tháng 3',
    })
    setVnNow('2025-03-20 08:00')
    const resubmitted = await updateReport(payload, reporter, report.id, { status: 'resubmitted' })
    expect(resubmitted).toMatchObject({
      timeliness: 'on-time',
      lastSubmittedAt: '2025-03-20T01:00:00.000Z',
    })
  })

  it('refuses a report for a month that has not begun', async () => {
    setVnNow('2025-03-16 08:00')
    const { reporter } = await createReportingAgency(payload, head)
    await expectInvalid(
      createReport(payload, reporter, { period: '2025-05' }),
      /^period: Chưa đến kỳ báo cáo tháng 05\/2025: số liệu của kỳ này tính từ ngày 15\/04\/2025\./m,
    )
  })
})
