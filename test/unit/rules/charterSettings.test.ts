import { describe, expect, it } from 'vitest'

import {
  CHARTER_DEFAULTS,
  checkEditions,
  settingsOn,
  type CharterNumbers,
} from '../../../hooks/rules/charterSettings'

const adopted: CharterNumbers = { effectiveFrom: '2022-07-01', ...CHARTER_DEFAULTS }
// An amendment (R14.3) moving the monthly report deadline to before the 20th from 2025-01-01.
const amended: CharterNumbers = { ...adopted, effectiveFrom: '2025-01-01', reportBeforeDay: 20 }
const editions = [adopted, amended]

const edition = (overrides: Partial<CharterNumbers> = {}): CharterNumbers => ({
  ...adopted,
  ...overrides,
})

describe('CHARTER_DEFAULTS', () => {
  it('holds the regular meeting before the 10th (R11.1a)', () => {
    expect(CHARTER_DEFAULTS.meetingBeforeDay).toBe(10)
  })

  it('takes agency reports before the 18th (R12.3a)', () => {
    expect(CHARTER_DEFAULTS.reportBeforeDay).toBe(18)
  })

  it('sends the provincial aggregate before the 22nd (R12.3b)', () => {
    expect(CHARTER_DEFAULTS.aggregateBeforeDay).toBe(22)
  })

  it('sends the meeting notice 2 working days ahead (R11.3a)', () => {
    expect(CHARTER_DEFAULTS.noticeLeadWorkingDays).toBe(2)
  })

  it("counts the majority among all members in office, the chair's side winning a tie (R2.1)", () => {
    expect(CHARTER_DEFAULTS).toMatchObject({ majorityBase: 'all-members', tieRule: 'chair-side' })
  })

  it('is a valid edition', () => {
    expect(checkEditions([adopted])).toEqual([])
  })
})

describe('settingsOn (R14.3)', () => {
  it('finds nothing when there are no editions (R14.3)', () => {
    expect(settingsOn([], '2024-01-01')).toBeNull()
  })

  it('finds nothing before the first edition takes effect (R14.3)', () => {
    expect(settingsOn(editions, '2022-06-30')).toBeNull()
  })

  it('applies the adopted edition from its effective day (R14.3)', () => {
    expect(settingsOn(editions, '2022-07-01')).toBe(adopted)
  })

  it('keeps the adopted edition on the day before the amendment takes effect (R14.3)', () => {
    expect(settingsOn(editions, '2024-12-31')).toBe(adopted)
  })

  it('applies the amendment on the day it takes effect (R14.3)', () => {
    expect(settingsOn(editions, '2025-01-01')).toBe(amended)
  })

  it('keeps applying the latest amendment afterwards (R14.3)', () => {
    expect(settingsOn(editions, '2030-06-15')).toBe(amended)
  })

  it('picks the edition in force whatever the order of the list (R14.3)', () => {
    expect(settingsOn([amended, adopted], '2024-12-31')).toBe(adopted)
  })

  it('picks the amendment from an unsorted list on its effective day (R14.3)', () => {
    expect(settingsOn([amended, adopted], '2025-01-01')).toBe(amended)
  })

  it('picks the middle of three editions between the second and third dates (R14.3)', () => {
    const third = { ...adopted, effectiveFrom: '2026-07-01', meetingBeforeDay: 8 }
    expect(settingsOn([third, adopted, amended], '2026-06-30')).toBe(amended)
  })

  it('leaves the list of editions in its order (R14.3)', () => {
    const list = [amended, adopted]
    settingsOn(list, '2025-06-01')
    expect(list).toEqual([amended, adopted])
  })

  it('works on any record with an effective date (R14.3)', () => {
    expect(
      settingsOn(
        [
          { effectiveFrom: '2024-01-01', name: 'a' },
          { effectiveFrom: '2024-03-01', name: 'b' },
        ],
        '2024-02-29',
      ),
    ).toEqual({ effectiveFrom: '2024-01-01', name: 'a' })
  })
})

describe('checkEditions (R14.3)', () => {
  it('accepts an adopted edition and an amendment (R14.3)', () => {
    expect(checkEditions(editions)).toEqual([])
  })

  it('accepts no editions at all', () => {
    expect(checkEditions([])).toEqual([])
  })

  it('rejects two editions with the same effective date, pointing at the second (R14.3)', () => {
    expect(checkEditions([adopted, edition({ reportBeforeDay: 19 })])).toEqual([
      {
        index: 1,
        field: 'effectiveFrom',
        vi: 'Hai phiên bản không được có cùng ngày hiệu lực.',
        en: 'Two editions cannot share an effective date.',
      },
    ])
  })

  it('reports every repeat of an effective date (R14.3)', () => {
    const problems = checkEditions([adopted, amended, edition(), edition()])
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [2, 'effectiveFrom'],
      [3, 'effectiveFrom'],
    ])
  })

  it.each([
    ['meetingBeforeDay', 1],
    ['meetingBeforeDay', 0],
    ['meetingBeforeDay', -10],
    ['aggregateBeforeDay', 29],
    ['aggregateBeforeDay', 31],
  ] as const)('rejects %s = %d, outside 2–28 (R11.1a, R12.3a, R12.3b)', (field, value) => {
    expect(checkEditions([edition({ [field]: value })])).toEqual([
      {
        index: 0,
        field,
        vi: 'Ngày hạn phải là số nguyên từ 2 đến 28.',
        en: 'A deadline day is a whole number from 2 to 28.',
      },
    ])
  })

  it('rejects a fractional deadline day (R11.1a)', () => {
    expect(checkEditions([edition({ meetingBeforeDay: 9.5 })])).toEqual([
      expect.objectContaining({ index: 0, field: 'meetingBeforeDay' }),
    ])
  })

  it('rejects a deadline day that is not a number (R12.3a)', () => {
    expect(checkEditions([edition({ reportBeforeDay: NaN })])).toEqual([
      expect.objectContaining({ index: 0, field: 'reportBeforeDay' }),
    ])
  })

  it('accepts the smallest meeting day, 2 (R11.1a)', () => {
    expect(checkEditions([edition({ meetingBeforeDay: 2 })])).toEqual([])
  })

  it('accepts the largest aggregate day, 28 (R12.3b)', () => {
    expect(checkEditions([edition({ aggregateBeforeDay: 28 })])).toEqual([])
  })

  it('rejects a report deadline on the meeting deadline (R12.3a)', () => {
    expect(checkEditions([edition({ reportBeforeDay: 10, dataEndDay: 5 })])).toEqual([
      {
        index: 0,
        field: 'reportBeforeDay',
        vi: 'Hạn tổng hợp phải sau hạn báo cáo, hạn báo cáo sau hạn họp.',
        en: 'The aggregate deadline follows the report deadline, which follows the meeting deadline.',
      },
    ])
  })

  it('rejects a report deadline before the meeting deadline (R12.3a)', () => {
    expect(checkEditions([edition({ reportBeforeDay: 9, dataEndDay: 5 })])).toEqual([
      expect.objectContaining({ index: 0, field: 'reportBeforeDay' }),
    ])
  })

  it('rejects an aggregate deadline on the report deadline (R12.3b)', () => {
    expect(checkEditions([edition({ aggregateBeforeDay: 18 })])).toEqual([
      expect.objectContaining({ index: 0, field: 'aggregateBeforeDay' }),
    ])
  })

  it('rejects an aggregate deadline before the report deadline (R12.3b)', () => {
    expect(checkEditions([edition({ aggregateBeforeDay: 12 })])).toEqual([
      expect.objectContaining({ index: 0, field: 'aggregateBeforeDay' }),
    ])
  })

  it('accepts deadlines one day apart (R11.1a, R12.3a, R12.3b)', () => {
    expect(
      checkEditions([
        edition({ meetingBeforeDay: 10, dataEndDay: 9, reportBeforeDay: 11, aggregateBeforeDay: 12 }),
      ]),
    ).toEqual([])
  })

  it('reports the index of the faulty edition (R14.3)', () => {
    expect(checkEditions([adopted, { ...amended, aggregateBeforeDay: 30 }])).toEqual([
      expect.objectContaining({ index: 1, field: 'aggregateBeforeDay' }),
    ])
  })

  it('reports several problems in one edition (R14.3)', () => {
    const problems = checkEditions([
      adopted,
      edition({ meetingBeforeDay: 1, aggregateBeforeDay: 17 }),
    ])
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [1, 'effectiveFrom'],
      [1, 'meetingBeforeDay'],
      [1, 'aggregateBeforeDay'],
    ])
  })
})
