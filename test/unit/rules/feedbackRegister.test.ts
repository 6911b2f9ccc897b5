import { describe, expect, it } from 'vitest'

import { dueDateVerdict, isOverdueFeedback, resolutionState } from '../../../hooks/rules/feedback'

describe('the obstacles register (R12.4)', () => {
  it.each([
    ['received', '2025-03-10', '2025-03-11', true],
    ['under-review', '2025-03-10', '2025-03-11', true],
    ['received', '2025-03-10', '2025-03-10', false],
    ['answered', '2025-03-10', '2025-03-20', false],
    ['forwarded-as-amendment', '2025-03-10', '2025-03-20', false],
    ['received', null, '2025-03-20', false],
  ] as const)('an item %s due %s is overdue on %s: %s (R12.4)', (status, dueOn, today, overdue) => {
    expect(isOverdueFeedback(status, dueOn, today)).toBe(overdue)
  })

  it('refuses a due date before the day received, naming that day (R12.4)', () => {
    expect(dueDateVerdict('2025-03-03', '2025-03-02')).toMatchObject({
      ok: false,
      rule: 'R12.4',
      path: 'dueOn',
      message: { vi: 'Hạn giải quyết không được trước ngày tiếp nhận (03/03/2025).' },
    })
  })

  it.each([['2025-03-03'], ['2025-04-01'], [null]])(
    'accepts a due date of %s for an item received on 03/03/2025 (R12.4)',
    (dueOn) => {
      expect(dueDateVerdict('2025-03-03', dueOn)).toEqual({ ok: true })
    },
  )

  it.each([
    [{ status: 'received', dueOn: '2025-03-10', respondedOn: null }, '2025-03-07', 'Còn 3 ngày'],
    [
      { status: 'received', dueOn: '2025-03-10', respondedOn: null },
      '2025-03-10',
      'Đến hạn hôm nay',
    ],
    [
      { status: 'under-review', dueOn: '2025-03-10', respondedOn: null },
      '2025-03-12',
      'Quá hạn 2 ngày',
    ],
    [
      { status: 'answered', dueOn: '2025-03-10', respondedOn: '2025-03-10' },
      '2025-04-01',
      'Xử lý đúng hạn',
    ],
    [
      { status: 'answered', dueOn: '2025-03-10', respondedOn: '2025-03-11' },
      '2025-04-01',
      'Xử lý quá hạn',
    ],
  ] as const)('states %o on %s as "%s" (R12.4)', (item, today, vi) => {
    expect(resolutionState(item, today)?.vi).toBe(vi)
  })

  it('states nothing for an item without a due date (R12.4)', () => {
    expect(
      resolutionState({ status: 'received', dueOn: null, respondedOn: null }, '2025-03-10'),
    ).toBeNull()
  })
})
