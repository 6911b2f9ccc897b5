import { describe, expect, it } from 'vitest'

import type { IndicatorSpec } from '../../../hooks/rules/aggregate'
import {
  daysOverdueOn,
  dayKeyOfNumber,
  dayNumberOf,
  readStoredTask,
  reportStateOf,
  scopeKeyOf,
  scopeMonths,
  scopesOf,
  scopesUnchanged,
  storeTask,
  taskStatusOn,
  type AgencyMonthFacts,
  type TaskFact,
} from '../../../hooks/rules/rollup'

const spec = (id: number, rest: Partial<IndicatorSpec> = {}): IndicatorSpec => ({
  id,
  unit: 'hồ sơ',
  source: 'reported',
  aggregation: 'sum',
  numerator: null,
  denominator: null,
  taskMeasure: null,
  ...rest,
})

const row = (agency: string, rest: Partial<AgencyMonthFacts> = {}): AgencyMonthFacts => ({
  agency,
  district: null,
  agencyKind: 'department',
  period: '2025-03',
  report: agency,
  status: 'accepted',
  state: 'on-time',
  accepted: true,
  values: {},
  taskCounts: {},
  ...rest,
})

const task = (rest: Partial<TaskFact> = {}): TaskFact => ({
  id: 1,
  assignedOn: '2025-01-06',
  startDate: null,
  dueDate: '2025-03-15',
  effectiveDueDate: '2025-03-15',
  completedOn: null,
  recurring: false,
  paused: false,
  extensions: 0,
  ...rest,
})

describe('report state (R12.3a)', () => {
  it('counts a report never submitted as missing', () => {
    expect([reportStateOf('on-time'), reportStateOf('late'), reportStateOf(null)]).toEqual([
      'on-time',
      'late',
      'missing',
    ])
  })
})

describe('scopes', () => {
  it('puts a district unit in the province, its kind, its district and both', () => {
    expect(scopesOf({ district: '7', agencyKind: 'commune' })).toEqual([
      'province',
      'kind:commune',
      'district:7',
      'district:7|kind:commune',
    ])
    expect(scopesOf({ district: null, agencyKind: 'department' })).toEqual([
      'province',
      'kind:department',
    ])
    expect(scopeKeyOf(7, 'commune')).toBe('district:7|kind:commune')
    expect(scopeKeyOf(null, null)).toBe('province')
  })
})

describe('scope figures (R12.3b)', () => {
  const rows = [
    row('1', {
      values: { 1: 10, 2: 50, 3: 4, 4: 8 },
      taskCounts: { 'completed-on-time': 1, 'open-overdue': 1 },
    }),
    row('2', { values: { 1: 30, 2: 70, 3: 2, 4: 2 }, taskCounts: { 'completed-late': 2 } }),
    row('3', { accepted: false, state: 'late', values: { 1: 1000, 2: 0 } }),
  ]
  const indicators = [
    spec(1),
    spec(2, { unit: '%', aggregation: 'latest' }),
    spec(5, { unit: '%', source: 'derived', aggregation: 'ratio', numerator: 3, denominator: 4 }),
    spec(6, { source: 'tasks', taskMeasure: 'on-time-rate' }),
  ]
  const [province] = scopeMonths(indicators, '2025-03', rows)

  it('counts received, on time, late and accepted reports', () => {
    expect(province).toMatchObject({
      scope: 'province',
      received: 3,
      onTime: 2,
      late: 1,
      accepted: 2,
    })
  })

  it('adds flows, averages percentages, takes a ratio of totals, counts task lines; accepted reports only', () => {
    expect(province.values).toEqual({ 1: 40, 2: 60, 5: 60, 6: 25 })
  })

  it('R12.3a keeps which agencies reported on time and late, accepted or not', () => {
    expect(province.states).toEqual({ onTime: ['1', '2'], late: ['3'] })
  })
})

describe('tasks as the rollup stores them', () => {
  it('reads back every fact of a stored task: days, flags and extensions', () => {
    const facts = [
      task({ completedOn: '2024-02-29', effectiveDueDate: '2024-03-31', extensions: 2 }),
      task({ assignedOn: null, startDate: null, dueDate: null, effectiveDueDate: null }),
      task({ recurring: true }),
      task({ paused: true, recurring: true }),
    ]
    for (const fact of facts) expect(readStoredTask(storeTask(fact))).toEqual(fact)
  })

  it('stores days as day numbers since 1970-01-01, across month ends and leap days', () => {
    expect(dayNumberOf('1970-01-02')).toBe(1)
    expect(dayNumberOf('2024-03-01')! - dayNumberOf('2024-02-28')!).toBe(2)
    expect(dayKeyOfNumber(dayNumberOf('2024-02-29'))).toBe('2024-02-29')
    expect([dayNumberOf(null), dayKeyOfNumber(null)]).toEqual([null, null])
  })
})

describe('task status on a day (R3.2)', () => {
  it('treats a completion after the day as not yet done', () => {
    const done = task({ completedOn: '2025-04-02' })
    expect(taskStatusOn(done, '2025-03-31')).toBe('open-overdue')
    expect(taskStatusOn(done, '2025-04-02')).toBe('completed-late')
    expect(daysOverdueOn(done, '2025-03-31')).toBe(16)
  })

  it('judges against the due date in force (an approved extension)', () => {
    expect(taskStatusOn(task({ effectiveDueDate: '2025-04-30' }), '2025-03-31')).toBe(
      'open-within-deadline',
    )
  })
})

describe('R12.3a a rewritten agency month that leaves its scopes as they were', () => {
  const indicators = [spec(1), spec(2, { aggregation: 'average', unit: '%' })]
  const draft = row('7', { status: 'draft', state: 'missing', accepted: false, values: { 1: 5 } })
  const variants: AgencyMonthFacts[] = [
    draft,
    { ...draft, values: { 1: 9, 2: 40 } },
    { ...draft, taskCounts: { 'open-overdue': 2 } },
    { ...draft, status: 'submitted', state: 'on-time' },
    { ...draft, status: 'submitted', state: 'late' },
    { ...draft, status: 'accepted', state: 'on-time', accepted: true },
    { ...draft, status: 'accepted', state: 'on-time', accepted: true, values: { 1: 6 } },
    { ...draft, status: 'accepted', state: 'on-time', accepted: true, taskCounts: { x: 1 } },
    { ...draft, district: '3' },
    { ...draft, agencyKind: 'commune' },
  ]
  const others = [row('8', { values: { 1: 2, 2: 50 } }), row('9', { district: '3' })]

  it('R12.3a skips the scopes for a draft saved with other values', () => {
    expect(scopesUnchanged(draft, { ...draft, values: { 1: 9 } })).toBe(true)
  })

  it('R12.3a recomputes them for a first report, a submission, an acceptance or a move', () => {
    expect(scopesUnchanged(null, draft)).toBe(false)
    expect(scopesUnchanged(draft, null)).toBe(false)
    expect(scopesUnchanged(draft, variants[3]!)).toBe(false)
    expect(scopesUnchanged(draft, variants[5]!)).toBe(false)
    expect(scopesUnchanged(variants[5]!, variants[6]!)).toBe(false)
    expect(scopesUnchanged(draft, variants[8]!)).toBe(false)
  })

  it('R12.3a whenever it skips, every scope computed from the month is the same', () => {
    let skipped = 0
    for (const before of variants)
      for (const after of variants) {
        if (!scopesUnchanged(before, after)) continue
        skipped++
        expect(scopeMonths(indicators, '2025-03', [...others, after])).toEqual(
          scopeMonths(indicators, '2025-03', [...others, before]),
        )
      }
    expect(skipped).toBeGreaterThan(variants.length)
  })
})
