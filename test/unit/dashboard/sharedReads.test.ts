import { describe, expect, it } from 'vitest'

import { deepFreeze } from '../../../dashboards/queries/sharedReads'

// Issue 15: a dashboard read shared between requests cannot be changed by the widget given it;
// a change throws instead of altering what the next request is given.

describe('a shared dashboard read', () => {
  it('cannot be changed at any depth: objects, arrays, maps and sets', () => {
    const read = deepFreeze({
      rows: [
        { agency: 2, values: { a: 2 } },
        { agency: 1, values: { a: 1 } },
      ],
      byAgency: new Map([['1', { tasks: [{ id: 7 }] }]]),
      seen: new Set(['1']),
    })
    expect(() => {
      read.rows[0]!.values.a = 3
    }).toThrow(TypeError)
    expect(() => read.rows.push({ agency: 2, values: { a: 0 } })).toThrow(TypeError)
    expect(() => read.rows.sort((a, b) => a.agency - b.agency)).toThrow(TypeError)
    expect(() => read.byAgency.set('2', { tasks: [] })).toThrow(TypeError)
    expect(() => read.byAgency.get('1')!.tasks.push({ id: 8 })).toThrow(TypeError)
    expect(() => read.seen.add('2')).toThrow(TypeError)
    expect(() => read.byAgency.clear()).toThrow(TypeError)
    expect(read.rows[0]!.values.a).toBe(2)
    expect([...read.byAgency.keys()]).toEqual(['1'])
  })

  it('still reads as before, and leaves functions callable', () => {
    const stateOf = (agency: string) => (agency === '1' ? 'on-time' : 'missing')
    const read = deepFreeze({ stateOf, periods: ['2025-11', '2025-12'] })
    expect(read.stateOf('1')).toBe('on-time')
    expect(read.periods.map((period) => period.slice(5))).toEqual(['11', '12'])
  })
})
