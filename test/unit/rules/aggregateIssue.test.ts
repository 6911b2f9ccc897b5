import { describe, expect, it } from 'vitest'

import { checkIssueReason, issueConcerns } from '../../../hooks/rules/aggregateIssue'

const facts = { today: '2026-12-20', reportDeadline: '2026-12-17', expected: 24, accepted: 24 }

describe('R12.3b: issuing the aggregate report early or incomplete needs a reason', () => {
  it('R12.3b: after the reports’ deadline with every report accepted, no reason is needed', () => {
    expect(issueConcerns(facts)).toEqual([])
    expect(checkIssueReason(facts, '')).toEqual({ ok: true })
  })

  it('R12.3b: before the deadline (the deadline day included) a reason is needed', () => {
    const early = { ...facts, today: '2026-12-17' }
    expect(issueConcerns(early).map((c) => c.vi)).toEqual([
      'chưa hết hạn gửi báo cáo của các cơ quan, đơn vị (hết ngày 17/12/2026)',
    ])
    const verdict = checkIssueReason(early, '  ')
    expect(verdict).toMatchObject({ ok: false, rule: 'R12.3b', path: 'issueReason' })
    expect(checkIssueReason(early, 'Chỉ đạo của Tổ trưởng ngày 16/12')).toEqual({ ok: true })
  })

  it('R12.3b: with reports not accepted a reason is needed, naming how many', () => {
    const incomplete = { ...facts, accepted: 1 }
    const verdict = checkIssueReason(incomplete, 'gấp')
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) {
      expect(verdict.message.vi).toContain(
        'còn 23/24 cơ quan, đơn vị chưa có báo cáo được tiếp nhận',
      )
      expect(verdict.message.vi).toContain('kỳ báo cáo bị khóa')
    }
  })

  it('R12.3b: early and incomplete: both concerns are named at once', () => {
    const both = { ...facts, today: '2026-12-01', accepted: 1 }
    expect(issueConcerns(both)).toHaveLength(2)
  })
})
