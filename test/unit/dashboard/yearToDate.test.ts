import { describe, expect, it } from 'vitest'

import { figureOn, isFlow, monthsForFigures } from '../../../dashboards/queries/yearToDate'

const flow = { id: 1, aggregation: 'sum' as const, source: 'reported' as const }
const level = { id: 2, aggregation: 'latest' as const, source: 'reported' as const }
const months = new Map([
  ['2024-12', { values: { '1': 100, '2': 9 } }],
  ['2025-01', { values: { '1': 5, '2': 10 } }],
  ['2025-02', { values: { '1': null, '2': 12 } }],
  ['2025-03', { values: { '1': 7, '2': 11 } }],
])

describe('indicator figures on the dashboard: flows since January, levels as they stood', () => {
  it('treats reported sums as flows and the other aggregations as levels', () => {
    expect(isFlow(flow)).toBe(true)
    expect(isFlow(level)).toBe(false)
    expect(isFlow({ aggregation: 'sum', source: 'tasks' })).toBe(false)
  })

  it('adds a flow from January to the month, never across the new year', () => {
    expect(figureOn(flow, months, '2025-01')).toBe(5)
    expect(figureOn(flow, months, '2025-02')).toBe(5)
    expect(figureOn(flow, months, '2025-03')).toBe(12)
    expect(figureOn(flow, months, '2024-12')).toBe(100)
  })

  it('gives a level as it stood that month, and nothing for a month without figures', () => {
    expect(figureOn(level, months, '2025-02')).toBe(12)
    expect(figureOn(level, months, '2025-04')).toBeNull()
    expect(figureOn(flow, new Map(), '2025-04')).toBeNull()
  })

  it('reads from January of the range’s first year', () => {
    expect(monthsForFigures(['2024-11', '2024-12', '2025-01'])).toEqual({
      from: '2024-01',
      to: '2025-01',
    })
  })
})
