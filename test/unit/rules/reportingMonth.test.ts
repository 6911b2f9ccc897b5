import { describe, expect, it } from 'vitest'

import { CHARTER_DEFAULTS, checkEditions } from '../../../hooks/rules/charterSettings'
import {
  aggregateDeadline,
  dataPeriodOf,
  formatDataPeriod,
  latestClosedPeriod,
  lockDayOf,
  periodOfDay,
  reportDeadline,
} from '../../../hooks/rules/reportPeriods'
import { reminderText } from '../../../src/jobs/reportReminderMessages'
import { toInstant } from '../../../src/lib/clock'

// Decree 09/2019/NĐ-CP, art. 12: a monthly report's data run from the 15th of the month before
// to the 14th of the report month; the charter's deadlines fall in that same month.

const adopted = { effectiveFrom: '2022-07-01', ...CHARTER_DEFAULTS }

describe('the reporting month (R12.3a, R12.3b)', () => {
  it('cuts the data off on the 14th by default (R12.3a)', () => {
    expect(CHARTER_DEFAULTS.dataEndDay).toBe(14)
  })

  it('makes the March report due on 17/03/2025 and the aggregate on 21/03/2025 (R12.3a, R12.3b)', () => {
    expect(reportDeadline('2025-03', 18)).toBe('2025-03-17')
    expect(aggregateDeadline('2025-03', 22)).toBe('2025-03-21')
  })

  it('prints the data period as officials write it (R12.3a)', () => {
    expect(formatDataPeriod('2025-03')).toBe('Số liệu từ ngày 15/02/2025 đến ngày 14/03/2025')
  })

  it('follows a cut-off day set in the charter settings (R12.3a)', () => {
    expect(dataPeriodOf('2025-03', 20)).toEqual({ from: '2025-02-21', to: '2025-03-20' })
  })

  it('puts the 14th in the month and the 15th in the next one, Vietnam time (R12.3a)', () => {
    expect(periodOfDay('2025-03-14')).toBe('2025-03')
    expect(periodOfDay('2025-03-15')).toBe('2025-04')
    expect(periodOfDay('2024-12-31')).toBe('2025-01')
    expect(periodOfDay(toInstant('2025-03-15 00:30'))).toBe('2025-04')
  })

  it('offers the latest month whose data are complete (R12.3a)', () => {
    expect(latestClosedPeriod('2025-03-14')).toBe('2025-02')
    expect(latestClosedPeriod('2025-03-15')).toBe('2025-03')
    expect(latestClosedPeriod('2025-03-15', 20)).toBe('2025-02')
  })

  it('locks the period on the 25th of the report month (R12.3a)', () => {
    expect(lockDayOf('2025-03', CHARTER_DEFAULTS.lockDay)).toBe('2025-03-25')
  })
})

describe('the cut-off day in the charter settings (R12.3a)', () => {
  it('accepts a cut-off two days before the report day (R12.3a)', () => {
    expect(checkEditions([{ ...adopted, dataEndDay: 16 }])).toEqual([])
  })

  it('refuses a cut-off that leaves no day to report (R12.3a)', () => {
    expect(checkEditions([{ ...adopted, dataEndDay: 17 }])).toEqual([
      {
        index: 0,
        field: 'dataEndDay',
        vi: 'Ngày chốt số liệu phải trước hạn gửi báo cáo ít nhất một ngày.',
        en: 'The data cut-off day comes at least one day before the report is due.',
      },
    ])
  })

  it('refuses a cut-off day outside 1 to 26 (R12.3a)', () => {
    expect(checkEditions([{ ...adopted, dataEndDay: 0 }])).toEqual([
      expect.objectContaining({
        field: 'dataEndDay',
        vi: 'Ngày chốt số liệu phải là số nguyên từ 1 đến 26.',
      }),
    ])
  })

  it('refuses a lock day before the report day (R12.3a)', () => {
    expect(checkEditions([{ ...adopted, lockDay: 17 }])).toEqual([
      expect.objectContaining({ field: 'lockDay' }),
    ])
  })
})

describe('the reminder names the data period (R12.3a)', () => {
  it('tells the agency which days the April report covers (R12.3a)', () => {
    const text = reminderText({
      agencyName: 'Sở Y tế',
      period: '2025-04',
      dataPeriod: formatDataPeriod('2025-04'),
      deadline: '2025-04-17',
      reportBeforeDay: 18,
      today: '2025-04-15',
      status: null,
      reportsUrl: null,
    })
    expect(text).toContain(
      'Báo cáo tháng 04/2025 (số liệu từ ngày 15/03/2025 đến ngày 14/04/2025) phải gửi chậm nhất trong ngày 17/04/2025.',
    )
  })
})
