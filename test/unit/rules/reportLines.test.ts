import { describe, expect, it } from 'vitest'

import {
  checkLineMembership,
  indicatorsForAgency,
  prefillIndicatorLines,
  prefillTaskLines,
  type IndicatorDefinition,
} from '../../../hooks/rules/reportLines'

const indicator = (id: number, extra: Partial<IndicatorDefinition> = {}): IndicatorDefinition => ({
  id,
  source: 'reported',
  owner: null,
  reportedBy: [],
  active: true,
  ...extra,
})

describe('which indicators an agency reports', () => {
  const catalogue = [
    indicator(1, { reportedBy: ['district'] }),
    indicator(2, { owner: 40 }),
    indicator(3, { owner: 41 }),
    indicator(4, { reportedBy: ['district'], active: false }),
    indicator(5, { reportedBy: ['district'], source: 'derived' }),
    indicator(6, { reportedBy: ['department'] }),
  ]

  it('gives a district the indicators districts report', () => {
    expect(indicatorsForAgency(catalogue, { id: 90, kind: 'district' }).map((i) => i.id)).toEqual([
      1,
    ])
  })

  it('gives an agency the indicators it owns and those of the agencies merged into it', () => {
    const own = indicatorsForAgency(catalogue, { id: 40, kind: 'police' }, [41])
    expect(own.map((i) => i.id)).toEqual([2, 3])
  })
})

describe('pre-fill', () => {
  it('puts last month’s value beside each indicator and keeps values sent for it', () => {
    const lines = prefillIndicatorLines([{ id: 1 }, { id: 2 }], new Map([['1', 120]]), [
      { indicator: 2, value: 7, note: 'Ước tính' },
    ])
    expect(lines).toEqual([
      { indicator: 1, previousValue: 120, value: null, note: null },
      { indicator: 2, previousValue: null, value: 7, note: 'Ước tính' },
    ])
  })

  it('lists open tasks with their status and progress', () => {
    expect(prefillTaskLines([{ id: 9, status: 'open-overdue', progress: 40 }], [])).toEqual([
      {
        task: 9,
        status: 'open-overdue',
        progress: 40,
        result: null,
        obstacles: null,
        overdueReason: null,
      },
    ])
  })
})

describe('lines belong to the report', () => {
  it('points at an indicator the agency does not report and at a repeated task', () => {
    const issues = checkLineMembership({
      indicatorLines: [{ indicator: 1 }, { indicator: 3 }],
      allowedIndicators: new Set(['1']),
      taskLines: [{ task: 9 }, { task: 9 }],
      allowedTasks: new Set(['9']),
    })
    expect(issues.map((issue) => issue.path)).toEqual([
      'indicatorLines.1.indicator',
      'taskLines.1.task',
    ])
  })
})
