import { describe, expect, it } from 'vitest'

import { seatNeedsReview, seatReviewNote } from '../../../hooks/rules/homePost'

describe('a seat resting on a concurrent post (R12.1)', () => {
  it.each([
    [{ seatTo: null, postTo: '2025-02-28' }, '2025-03-01', true],
    [{ seatTo: null, postTo: '2025-02-28' }, '2025-02-28', false],
    [{ seatTo: '2025-02-28', postTo: '2025-02-28' }, '2025-04-01', false],
    [{ seatTo: '2025-01-31', postTo: '2025-02-28' }, '2025-04-01', false],
    [{ seatTo: '2025-03-31', postTo: '2025-02-28' }, '2025-04-01', true],
    [{ seatTo: null, postTo: null }, '2025-04-01', false],
  ])('seat %o on %s needs review: %s (R12.1)', (seat, today, expected) => {
    expect(seatNeedsReview(seat, today)).toBe(expected)
  })

  it('says when the post ended (R12.1)', () => {
    expect(seatReviewNote({ seatTo: null, postTo: '2025-02-28' }, '2025-04-01')).toEqual({
      vi: 'Cần rà soát: chức vụ tại cơ quan đã thôi từ 28/02/2025',
      en: 'To review: the post at the home agency ended on 28/02/2025',
    })
  })
})
