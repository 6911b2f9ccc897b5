import { describe, expect, it } from 'vitest'

import { CHARTER_DEFAULTS, type CharterNumbers } from '../../../hooks/rules/charterSettings'
import {
  isReportingAgency,
  lateListDayOf,
  planReportReminders,
  reminderDayOf,
  reminderPeriodOf,
  reportingNumbersOf,
  type AgencyReportState,
} from '../../../hooks/rules/reportReminders'
import { addDaysToKey } from '../../../src/lib/clock'

const DEFAULTS = { reportBeforeDay: 18, reminderDaysBefore: 3 }

const agency = (
  name: string,
  report: AgencyReportState['report'],
  extra: Partial<AgencyReportState> = {},
): AgencyReportState => ({
  id: name,
  name,
  kind: 'department',
  validFrom: null,
  validTo: null,
  report,
  ...extra,
})

const AGENCIES = [
  agency('Sở Y tế', null),
  agency('Sở Tư pháp', { status: 'draft', timeliness: null }),
  agency('Sở Nội vụ', { status: 'returned', timeliness: 'on-time' }),
  agency('Sở Tài chính', { status: 'submitted', timeliness: 'on-time' }),
  agency('Sở Công Thương', { status: 'accepted', timeliness: 'on-time' }),
  agency('Sở Xây dựng', { status: 'resubmitted', timeliness: 'late' }),
  agency('Sở Giáo dục và Đào tạo', { status: 'submitted', timeliness: 'late' }),
]

const plan = (today: string, numbers = DEFAULTS, agencies = AGENCIES) =>
  planReportReminders({ today, numbers, agencies })

const names = (refs: { name: string }[] | null | undefined) => refs?.map((ref) => ref.name)

const edition = (effectiveFrom: string, numbers: Partial<CharterNumbers>): CharterNumbers => ({
  ...CHARTER_DEFAULTS,
  effectiveFrom,
  ...numbers,
})

describe('report reminder days (R12.3a)', () => {
  it('reminds about the report month itself: in April, the April reports (R12.3a)', () => {
    expect(reminderPeriodOf('2025-04-15')).toBe('2025-04')
  })

  it('counts N back from the 18th, the first late day: N = 3 reminds on the 15th (R12.3a)', () => {
    expect(reminderDayOf('2025-04', DEFAULTS)).toBe('2025-04-15')
  })

  it('sends the late/missing list on the 18th, the day after the last on-time day (R12.3a)', () => {
    expect(lateListDayOf('2025-04', DEFAULTS)).toBe('2025-04-18')
    expect(plan('2025-04-18').deadline).toBe('2025-04-17')
  })

  it('takes N and the deadline day from the settings (R12.3a)', () => {
    expect(reminderDayOf('2025-04', { reportBeforeDay: 18, reminderDaysBefore: 5 })).toBe(
      '2025-04-13',
    )
    expect(reminderDayOf('2025-04', { reportBeforeDay: 20, reminderDaysBefore: 3 })).toBe(
      '2025-04-17',
    )
    expect(lateListDayOf('2025-04', { reportBeforeDay: 20, reminderDaysBefore: 3 })).toBe(
      '2025-04-20',
    )
  })

  it('sends no reminder at all when N is 0 (R12.3a)', () => {
    const numbers = { reportBeforeDay: 18, reminderDaysBefore: 0 }
    expect(reminderDayOf('2025-04', numbers)).toBeNull()
    const days = Array.from({ length: 30 }, (_, index) => addDaysToKey('2025-04-01', index))
    expect(days.filter((day) => plan(day, numbers).remind !== null)).toEqual([])
  })

  it('reminds in January about the January report, due on 17/01/2026 (R12.3a)', () => {
    const january = plan('2026-01-15')
    expect(january).toMatchObject({
      period: '2026-01',
      deadline: '2026-01-17',
      reminderDay: '2026-01-15',
      lateListDay: '2026-01-18',
    })
    expect(names(january.remind)).toHaveLength(3)
    expect(plan('2026-01-18').lateList).not.toBeNull()
  })

  it('acts only on the reminder day and the 18th in a whole month (R12.3a)', () => {
    const days = Array.from({ length: 30 }, (_, index) => addDaysToKey('2025-04-01', index))
    expect(days.filter((day) => plan(day).remind !== null)).toEqual(['2025-04-15'])
    expect(days.filter((day) => plan(day).lateList !== null)).toEqual(['2025-04-18'])
  })
})

describe('who is reminded and who is listed (R12.3a)', () => {
  it('reminds on the 15th the agencies without a report, with a draft or a returned one (R12.3a)', () => {
    expect(names(plan('2025-04-15').remind)).toEqual(['Sở Nội vụ', 'Sở Tư pháp', 'Sở Y tế'])
  })

  it('reminds nobody on the 14th, 16th and 17th (R12.3a)', () => {
    for (const day of ['2025-04-14', '2025-04-16', '2025-04-17']) {
      expect(plan(day)).toMatchObject({ remind: null, lateList: null })
    }
  })

  it('lists on the 18th the agencies that never submitted as missing, the late ones as late (R12.3a)', () => {
    const { lateList, remind } = plan('2025-04-18')
    expect(remind).toBeNull()
    expect(names(lateList?.missing)).toEqual(['Sở Tư pháp', 'Sở Y tế'])
    expect(names(lateList?.late)).toEqual(['Sở Giáo dục và Đào tạo', 'Sở Xây dựng'])
  })

  it('lists an empty late/missing list on the 18th when every agency reported on time (R12.3a)', () => {
    const onTime = [agency('Sở Y tế', { status: 'accepted', timeliness: 'on-time' })]
    expect(plan('2025-04-18', DEFAULTS, onTime).lateList).toEqual({ late: [], missing: [] })
  })

  it('leaves out agencies that do not report to the standing body or did not exist in the data period, 15/03 to 14/04 (R12.3a)', () => {
    const others = [
      agency('Xã A', null, { kind: 'commune' }),
      agency('UBND tỉnh', null, { kind: 'people_committee' }),
      agency('Sở đã sáp nhập', null, { validTo: '2025-03-14' }),
      agency('Sở thành lập sau', null, { validFrom: '2025-04-15' }),
      agency('Sở sáp nhập giữa kỳ', null, { validTo: '2025-03-15' }),
    ]
    expect(names(plan('2025-04-15', DEFAULTS, others).remind)).toEqual(['Sở sáp nhập giữa kỳ'])
    expect(isReportingAgency(agency('Huyện B', null, { kind: 'district' }), '2025-03')).toBe(true)
  })
})

describe('the charter edition in force (R12.3a, R14.3)', () => {
  it('falls back to the charter as adopted: before the 18th, 3 days ahead (R12.3a)', () => {
    expect(reportingNumbersOf([], '2025-03')).toMatchObject(DEFAULTS)
  })

  it('uses the edition in force on the first day of the report month (R12.3a, R14.3)', () => {
    const editions = [
      edition('2022-07-01', {}),
      edition('2025-04-01', { reminderDaysBefore: 5 }),
      edition('2025-04-02', { reminderDaysBefore: 7, reportBeforeDay: 20 }),
    ]
    const april = reportingNumbersOf(editions, '2025-04')
    expect(april).toMatchObject({ reminderDaysBefore: 5, reportBeforeDay: 18 })
    expect(reminderDayOf('2025-04', april)).toBe('2025-04-13')
    const may = reportingNumbersOf(editions, '2025-05')
    expect(reminderDayOf('2025-05', may)).toBe('2025-05-13')
    expect(lateListDayOf('2025-05', may)).toBe('2025-05-20')
  })
})
