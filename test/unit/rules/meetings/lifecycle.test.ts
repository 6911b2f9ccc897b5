import { describe, expect, it } from 'vitest'

import { checkStatusChange, isVerdict, type Problem } from '../../../../hooks/rules/meetings'
import type { Verdict } from '../../../../hooks/rules/verdict'
import { expectBreach } from '../expectBreach'

describe('the lifecycle of a meeting (R11.3a, R11.3b)', () => {
  it('lets the notice action move a draft to "notice sent" (R11.3a)', () => {
    expect(checkStatusChange('draft', 'notice-sent', 'send-notice')).toBeNull()
  })

  it('refuses "notice sent" set by hand instead of the action (R11.3a)', () => {
    expect((checkStatusChange('draft', 'notice-sent', null) as Problem).path).toBe('status')
  })

  it('refuses marking a draft held before its notice went out (R11.3a)', () => {
    expectBreach(checkStatusChange('draft', 'held', null) as Verdict, {
      rule: 'R11.3a',
      vi: 'Vi phạm Điều 11 khoản 3 (R11.3a):',
      en: 'Breach of Article 11(3) (R11.3a):',
      path: 'status',
    })
  })

  it('lets a meeting whose notice went out be marked held (R11.3a)', () => {
    expect(checkStatusChange('notice-sent', 'held', null)).toBeNull()
  })

  it('refuses conclusions for a meeting not yet held (R11.3b)', () => {
    expectBreach(
      checkStatusChange('notice-sent', 'conclusions-issued', 'issue-conclusions') as Verdict,
      {
        rule: 'R11.3b',
        vi: 'Vi phạm Điều 11 khoản 3 (R11.3b):',
        en: 'Breach of Article 11(3) (R11.3b):',
        path: 'status',
      },
    )
  })

  it('lets the conclusions action close a held meeting (R11.3b)', () => {
    expect(checkStatusChange('held', 'conclusions-issued', 'issue-conclusions')).toBeNull()
  })

  it('refuses reopening a cancelled meeting', () => {
    const result = checkStatusChange('cancelled', 'draft', null)
    expect(result !== null && !isVerdict(result) && result.message.vi).toMatch(
      /Không thể chuyển trạng thái/,
    )
  })

  it('lets a draft or a noticed meeting be cancelled', () => {
    expect([
      checkStatusChange('draft', 'cancelled', null),
      checkStatusChange('notice-sent', 'cancelled', null),
    ]).toEqual([null, null])
  })
})
