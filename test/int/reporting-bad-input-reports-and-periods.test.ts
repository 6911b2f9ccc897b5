// Bad input on every write path of monthly reports and reporting periods, through the Local API as
// a user's request takes it. Each refusal is Payload's ValidationError (HTTP 400) naming the field,
// never a database or programming error (500), and leaves the database as it was.
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Indicator, User } from '../../payload-types'
import { toInstant } from '../../src/lib/clock'
import { createAgency, day } from '../helpers/fixtures'
import {
  as,
  createReportingBadInputWorld,
  FORGED_ID,
  INVALID_CHOICE,
  type Case,
  type Data,
  type ReportingBadInputWorld,
} from '../helpers/reportingBadInput'
import { createReportingAgency, groupHead, setVnNow } from '../helpers/reports'

let payload: Payload
let secretariat: User
let reporter: User
let agencyId: number
let indicator: Indicator
let ownTask: number
let expectCreateRefused: ReportingBadInputWorld['expectCreateRefused']
let expectUpdateRefused: ReportingBadInputWorld['expectUpdateRefused']

beforeAll(async () => {
  ;({ payload, secretariat, indicator, expectCreateRefused, expectUpdateRefused } =
    await createReportingBadInputWorld())
  const head = await groupHead(payload)
  const agency = await createReportingAgency(payload, head)
  reporter = agency.reporter
  agencyId = agency.agency.id
  ownTask = (await agency.assign()).id
})

afterEach(() => {
  vi.useRealTimers()
})

/** A new reporting agency's report for April 2025, the period written as given. */
const newAgencyReport = async (period: string) => {
  setVnNow('2025-04-10 08:00')
  const own = await createReportingAgency(payload, await groupHead(payload))
  const report = await payload.create({
    collection: 'reports',
    data: { period } as never,
    ...as(own.reporter),
  })
  return { reporter: own.reporter, report }
}

describe('reports: bad input', () => {
  const cases: Case[] = [
    {
      what: 'a period that is not a month',
      data: () => ({ period: 'tháng 3/2025' }),
      error: /^period: Kỳ báo cáo ghi theo dạng tháng\/năm, ví dụ 03\/2025\./m,
    },
    {
      what: 'month 13',
      data: () => ({ period: '2025-13' }),
      error: /^period: Kỳ báo cáo ghi theo dạng/m,
    },
    { what: 'a period sent as a number', data: () => ({ period: 202503 }), error: /^period: \S/m },
    {
      what: 'an agency that does not exist',
      data: () => ({ period: '2025-04', agency: FORGED_ID }),
      error: /^agency: \S/m,
      bySecretariat: true,
    },
    {
      what: 'an agency id that is not a number',
      data: () => ({ period: '2025-04', agency: 'so-tu-phap' }),
      error: /^agency: \S/m,
      bySecretariat: true,
    },
    {
      what: 'an unknown status',
      data: () => ({ period: '2025-04', status: 'approved' }),
      error: new RegExp(`^status: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'a report already accepted',
      data: () => ({ period: '2025-04', status: 'accepted' }),
      error: /^status: Vi phạm Điều 12 khoản 3: Báo cáo mới chỉ ở trạng thái/m,
    },
    {
      what: 'indicator lines that are not a list',
      data: () => ({ period: '2025-04', indicatorLines: 'nhiều' }),
      error: /^indicatorLines: \S/m,
    },
    {
      what: 'a value that is not a number',
      data: () => ({
        period: '2025-04',
        indicatorLines: [{ indicator: indicator.id, value: 'mười' }],
      }),
      error: /^indicatorLines\.0\.value: \S/m,
    },
    {
      what: 'a negative value',
      data: () => ({ period: '2025-04', indicatorLines: [{ indicator: indicator.id, value: -1 }] }),
      error: /^indicatorLines\.0\.value: .*không được âm/m,
    },
    {
      what: 'a task line for a task that does not exist',
      data: () => ({ period: '2025-04', taskLines: [{ task: FORGED_ID, progress: 10 }] }),
      error: /^taskLines\.0\.task: \S/m,
    },
    {
      what: 'a progress above 100%',
      data: () => ({ period: '2025-04', taskLines: [{ task: ownTask, progress: 150 }] }),
      error: /^taskLines\.0\.progress: \S/m,
    },
    {
      what: 'a proposal without content',
      data: () => ({ period: '2025-04', proposals: [{ content: '' }] }),
      error: /^proposals\.0\.content: \S/m,
    },
    {
      what: 'a signed scan that does not exist',
      data: () => ({ period: '2025-04', signedScan: FORGED_ID }),
      error: /^signedScan: \S/m,
    },
  ]
  for (const { what, data, error, bySecretariat } of cases) {
    it(`refuses to create a report with ${what}, storing nothing`, async () => {
      setVnNow('2025-04-10 08:00')
      await expectCreateRefused('reports', bySecretariat ? secretariat : reporter, data(), error)
    })
  }

  const updateCases: { what: string; data: () => Data; error: RegExp }[] = [
    {
      what: 'a different period',
      data: () => ({ period: '2025-03' }),
      error: /^period: Không đổi cơ quan hoặc kỳ/m,
    },
    {
      what: 'an unknown status',
      data: () => ({ status: 'done' }),
      error: new RegExp(`^status: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'a value that is not a number',
      data: () => ({ indicatorLines: [{ indicator: indicator.id, value: 'mười' }] }),
      error: /^indicatorLines\.0\.value: \S/m,
    },
    {
      what: 'an obstacles section sent as a list',
      data: () => ({ obstacles: ['thiếu người'] }),
      error: /^obstacles: \S/m,
    },
    {
      what: 'attachments that do not exist',
      data: () => ({ attachments: [FORGED_ID] }),
      error: /^attachments: \S/m,
    },
  ]
  for (const { what, data, error } of updateCases) {
    it(`refuses to update a report with ${what}, keeping the record`, async () => {
      const { reporter: own, report } = await newAgencyReport('2025-04')
      await expectUpdateRefused('reports', own, report.id, data(), error)
    })
  }

  it('R12.3a takes the month as officials write it (04/2025) and stores it year-month', async () => {
    const { report } = await newAgencyReport('04/2025')
    expect(report.period).toBe('2025-04')
  })

  it('refuses a report for an agency that no longer existed that month, storing nothing', async () => {
    setVnNow('2025-04-10 08:00')
    const merged = await createAgency(payload, { validTo: day('2025-02-28') })
    await expectCreateRefused(
      'reports',
      secretariat,
      { period: '2025-04', agency: merged.id },
      /^agency: Cơ quan không hoạt động trong tháng 04\/2025 \(đã sáp nhập, giải thể hoặc chưa thành lập\)\./m,
    )
  })
})

describe('reporting periods: bad input', () => {
  const at = (wallTime: string) => toInstant(wallTime).toISOString()
  const cases: Case[] = [
    {
      what: 'a period that is not a month',
      data: () => ({ period: '2025/03' }),
      error: /^period: Kỳ báo cáo ghi theo dạng tháng\/năm, ví dụ 03\/2025\./m,
    },
    {
      what: 'a lock time that is not a date',
      data: () => ({ period: '2024-02', lockedAt: 'hôm qua' }),
      error: /^lockedAt: \S/m,
    },
    {
      what: 'an exception for an agency that does not exist',
      data: () => ({
        period: '2024-03',
        exceptions: [{ agency: FORGED_ID, reason: 'Muộn', expiresAt: at('2099-01-01 00:00') }],
      }),
      error: /^exceptions\.0\.agency: \S/m,
    },
    {
      what: 'an exception without an expiry',
      data: () => ({ period: '2024-04', exceptions: [{ agency: agencyId, reason: 'Muộn' }] }),
      error: /^exceptions\.0\.expiresAt: \S/m,
    },
    {
      what: 'exceptions that are not a list',
      data: () => ({ period: '2024-05', exceptions: 'Sở Tư pháp' }),
      error: /^exceptions: \S/m,
    },
  ]
  for (const { what, data, error } of cases) {
    it(`refuses to create a reporting period with ${what}, storing nothing`, async () => {
      await expectCreateRefused('reporting-periods', secretariat, data(), error)
    })
  }

  it('refuses a second record for the same period, storing nothing', async () => {
    await payload.create({
      collection: 'reporting-periods',
      data: { period: '2024-06' },
      ...as(secretariat),
    })
    await expectCreateRefused(
      'reporting-periods',
      secretariat,
      { period: '2024-06' },
      /^period: \S/m,
    )
  })

  it('refuses changing the period of a record, keeping it', async () => {
    const record = await payload.create({
      collection: 'reporting-periods',
      data: { period: '2024-07' },
      ...as(secretariat),
    })
    await expectUpdateRefused(
      'reporting-periods',
      secretariat,
      record.id,
      { period: '2024-08' },
      /^period: Không đổi kỳ của một bản ghi kỳ báo cáo đã lập\./m,
    )
  })
})
