import { describe, expect, it } from 'vitest'

import {
  aggregatePeriod,
  combineValues,
  districtOf,
  expectedAgencies,
  isAggregateLate,
  type AgencyInfo,
  type IndicatorSpec,
  type PeriodReport,
} from '../../../hooks/rules/aggregate'

const agency = (id: number, kind: string, parent: number | null = null): AgencyInfo => ({
  id,
  name: `Cơ quan ${String(id).padStart(2, '0')}`,
  kind,
  parent,
  validFrom: null,
  validTo: null,
})

const AGENCIES = [
  agency(1, 'department'),
  agency(2, 'department'),
  agency(3, 'district'),
  agency(4, 'district'),
  agency(5, 'commune', 3),
  agency(6, 'people_committee'),
]

const spec = (id: number, data: Partial<IndicatorSpec> = {}): IndicatorSpec => ({
  id,
  unit: 'hồ sơ',
  source: 'reported',
  aggregation: 'sum',
  numerator: null,
  denominator: null,
  taskMeasure: null,
  ...data,
})

let nextReport = 100
const report = (agencyId: number, data: Partial<PeriodReport> = {}): PeriodReport => ({
  id: nextReport++,
  agency: agencyId,
  status: 'accepted',
  timeliness: 'on-time',
  submittedAt: '2025-04-10T02:00:00.000Z',
  indicatorLines: [],
  taskLines: [],
  obstacles: null,
  proposals: [],
  ...data,
})

const values = (pairs: [number, number | null][]) =>
  pairs.map(([indicator, value]) => ({ indicator, value }))

const line = (status: string, data: Partial<PeriodReport['taskLines'][number]> = {}) => ({
  task: nextReport++,
  status,
  assignedInPeriod: false,
  obstacles: null,
  taskTitle: null,
  ...data,
})

const figure = (
  result: ReturnType<typeof aggregatePeriod>,
  indicator: number,
  unit: number | null,
) => result.indicatorTotals.find((row) => row.indicator === indicator && row.unit === unit)

describe('combining agencies’ values by the indicator’s aggregation (R12.3b)', () => {
  it('adds monthly flows (sum)', () => {
    expect(combineValues(spec(1), [120, 30, 50])).toBe(200)
  })

  it('adds levels across agencies (latest) but averages a percentage', () => {
    expect(combineValues(spec(1, { aggregation: 'latest' }), [12, 8])).toBe(20)
    expect(combineValues(spec(1, { aggregation: 'latest', unit: '%' }), [80, 90])).toBe(85)
  })

  it('averages (average) and rounds to two decimals', () => {
    expect(combineValues(spec(1, { aggregation: 'average' }), [1, 2, 2])).toBe(1.67)
  })

  it('has no value without any report', () => {
    expect(combineValues(spec(1), [])).toBeNull()
  })
})

describe('aggregatePeriod (R12.3b)', () => {
  const period = '2025-03'
  const indicators = [
    spec(10),
    spec(11, { aggregation: 'latest', unit: '%' }),
    spec(12, { aggregation: 'average' }),
    spec(13, { unit: 'hồ sơ' }),
    spec(14, {
      source: 'derived',
      aggregation: 'ratio',
      unit: '%',
      numerator: 13,
      denominator: 10,
    }),
    spec(15, { source: 'tasks', taskMeasure: 'completed-on-time' }),
    spec(16, { source: 'tasks', aggregation: 'ratio', unit: '%', taskMeasure: 'on-time-rate' }),
    spec(17, { source: 'tasks', taskMeasure: 'assigned' }),
  ]
  const dept1 = report(1, {
    indicatorLines: values([
      [10, 100],
      [11, 80],
      [12, 4],
      [13, 50],
    ]),
    taskLines: [
      line('completed-on-time', { assignedInPeriod: true }),
      line('open-overdue', { obstacles: 'Chờ kinh phí', taskTitle: 'Nâng cấp phần mềm' }),
    ],
    obstacles: 'Thiếu cán bộ chuyên trách.',
    proposals: ['Bổ sung kinh phí mua thiết bị.', '  '],
  })
  const district3 = report(3, {
    indicatorLines: values([
      [10, 40],
      [11, 90],
      [12, 6],
      [13, 30],
    ]),
    taskLines: [line('completed-late'), line('completed-on-time')],
  })
  const commune5 = report(5, { indicatorLines: values([[10, 10]]) })
  const submittedOnly = report(2, {
    status: 'submitted',
    timeliness: 'late',
    indicatorLines: values([[10, 999]]),
  })
  const lateAccepted = report(4, {
    timeliness: 'late',
    indicatorLines: values([[10, 1]]),
  })
  const result = aggregatePeriod({
    period,
    indicators,
    agencies: AGENCIES,
    reports: [dept1, district3, commune5, submittedOnly, lateAccepted],
  })

  it('counts only accepted reports: a submitted report adds nothing', () => {
    expect(figure(result, 10, null)).toEqual({
      indicator: 10,
      unit: null,
      value: 151,
      sources: [dept1.id, district3.id, commune5.id, lateAccepted.id],
    })
  })

  it('counts a commune to its district and a department to the province only', () => {
    expect(figure(result, 10, 3)).toMatchObject({ value: 50, sources: [district3.id, commune5.id] })
    expect(figure(result, 10, 4)).toMatchObject({ value: 1, sources: [lateAccepted.id] })
    expect(result.indicatorTotals.filter((row) => row.unit === 1)).toEqual([])
  })

  it('averages a percentage level and an average indicator', () => {
    expect(figure(result, 11, null)?.value).toBe(85)
    expect(figure(result, 12, null)?.value).toBe(5)
  })

  it('computes a derived ratio as the ratio of totals, with both terms’ reports as sources', () => {
    // (50 + 30) / (100 + 40 + 10 + 1) = 52.98 %
    expect(figure(result, 14, null)).toMatchObject({ value: 52.98 })
    expect(figure(result, 14, null)?.sources).toEqual(
      expect.arrayContaining([dept1.id, district3.id, commune5.id, lateAccepted.id]),
    )
    expect(figure(result, 14, 3)).toMatchObject({ value: 60 })
  })

  it('counts task measures from the task lines of accepted reports', () => {
    expect(figure(result, 15, null)).toMatchObject({ value: 2, sources: [dept1.id, district3.id] })
    // Due: 2 on time, 1 late, 1 overdue → 50 %.
    expect(figure(result, 16, null)?.value).toBe(50)
    expect(figure(result, 17, null)?.value).toBe(1)
  })

  it('counts task statuses by agency, with the source report', () => {
    expect(result.taskCounts.map((row) => [row.agency, row.report, row.counts.total])).toEqual([
      [1, dept1.id, 2],
      [3, district3.id, 2],
    ])
    expect(result.taskCounts[0].counts).toMatchObject({
      'completed-on-time': 1,
      'open-overdue': 1,
      'completed-late': 0,
    })
  })

  it('lists late reports (any submitted one) and missing agencies with why', () => {
    expect(result.late.map((row) => [row.agency, row.report])).toEqual([
      [2, submittedOnly.id],
      [4, lateAccepted.id],
    ])
    // The commune and the People's Committee do not report to the province.
    expect(result.missing).toEqual([
      { agency: 2, state: 'awaiting-review', report: submittedOnly.id },
    ])
    expect(result.counts).toEqual({ expected: 4, accepted: 4, late: 2, missing: 1 })
  })

  it('collects obstacles (the report’s and its task lines’) and non-blank proposals', () => {
    expect(result.obstacles.map((row) => row.text)).toEqual([
      'Thiếu cán bộ chuyên trách.',
      'Nâng cấp phần mềm: Chờ kinh phí',
    ])
    expect(result.proposals).toEqual([
      { agency: 1, report: dept1.id, text: 'Bổ sung kinh phí mua thiết bị.' },
    ])
  })

  it('marks an agency without a report, or with a draft or a returned one, as missing', () => {
    const none = aggregatePeriod({
      period,
      indicators: [],
      agencies: AGENCIES,
      reports: [report(1, { status: 'draft' }), report(3, { status: 'returned' })],
    })
    expect(none.missing.map((row) => [row.agency, row.state])).toEqual([
      [1, 'not-submitted'],
      [2, 'not-submitted'],
      [3, 'returned'],
      [4, 'not-submitted'],
    ])
  })
})

describe('who is expected to report, and where a commune counts', () => {
  it('expects reporting kinds that existed during the data period, 15/02 to 14/03, only (R12.3a)', () => {
    const agencies = [
      { ...agency(1, 'department'), validTo: '2025-02-14' },
      { ...agency(2, 'department'), validFrom: '2025-03-14' },
      { ...agency(3, 'department'), validFrom: '2025-03-15' },
      agency(4, 'local_working_group'),
      { ...agency(5, 'department'), validTo: '2025-02-15' },
    ]
    expect(expectedAgencies(agencies, '2025-03').map((row) => row.id)).toEqual([2, 5])
  })

  it('finds a commune’s district through its parent', () => {
    const byId = new Map(AGENCIES.map((row) => [String(row.id), row]))
    expect([districtOf(5, byId), districtOf(3, byId), districtOf(1, byId)]).toEqual([3, 3, null])
  })
})

describe('late issuing of the aggregate report (R12.3b)', () => {
  it('is on time on the 21st of the report month and late from the 22nd, Vietnam time (R12.3b)', () => {
    expect(isAggregateLate('2025-03-21T16:59:59.000Z', '2025-03', 22)).toBe(false)
    expect(isAggregateLate('2025-03-21T17:00:00.000Z', '2025-03', 22)).toBe(true)
  })
})
