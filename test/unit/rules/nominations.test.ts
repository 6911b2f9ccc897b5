import { describe, expect, it } from 'vitest'

import {
  decidedOnceVerdict,
  deciderVerdict,
  decisionVerdicts,
  nomineeAgencyVerdict,
  nomineeNamedVerdict,
  notInSupportGroupVerdict,
  ownNameVerdict,
  proposerVerdict,
  seatStartOf,
} from '../../../hooks/rules/nominations'
import { describeBreach, type Verdict } from '../../../hooks/rules/verdict'

const said = (verdict: Verdict) =>
  verdict.ok ? 'OK' : [verdict.rule, verdict.path, describeBreach(verdict, 'vi')].join(' | ')

const wg = (from: string, to: string | null = null) => ({
  groupKind: 'wg' as const,
  position: 'member',
  term: { from, to },
})

describe('nominating staff to the Support Group (R6.3)', () => {
  it('R6.3 accepts a Working Group member in office on the day', () => {
    expect(proposerVerdict([wg('2024-01-01')], '2025-03-10')).toEqual({ ok: true })
  })

  it('R6.3 refuses a proposer whose seat ended, or who only sits in the Support Group', () => {
    const sg = { groupKind: 'sg' as const, position: 'sg-member', term: { from: '2024-01-01' } }
    expect([
      said(proposerVerdict([wg('2022-01-01', '2024-12-31')], '2025-03-10')),
      said(proposerVerdict([sg], '2025-03-10')),
    ]).toEqual([
      'R6.3 | proposer | Người đề cử phải là thành viên Tổ công tác đang giữ chức danh vào ngày 10/03/2025.',
      'R6.3 | proposer | Người đề cử phải là thành viên Tổ công tác đang giữ chức danh vào ngày 10/03/2025.',
    ])
  })

  it('R6.3 lets a member propose only in his own name; the standing body for anyone', () => {
    expect([
      ownNameVerdict(7, 7, false).ok,
      ownNameVerdict(7, 8, true).ok,
      said(ownNameVerdict(7, 8, false)),
    ]).toEqual([
      true,
      true,
      'R6.3 | proposer | Thành viên Tổ công tác chỉ đề cử nhân danh chính mình; Cơ quan thường trực ghi nhận đề cử thay cho thành viên.',
    ])
  })

  it('R6.3 refuses a nominee of another agency, or of none, naming both agencies', () => {
    expect([
      nomineeAgencyVerdict(3, 3).ok,
      said(nomineeAgencyVerdict(4, 3, { proposer: 'Sở Y tế', nominee: 'Sở Tư pháp' })),
      said(nomineeAgencyVerdict(null, 3)),
    ]).toEqual([
      true,
      'R6.3 | nominee | Người được đề cử phải là cán bộ của cơ quan người đề cử (Sở Y tế), không phải Sở Tư pháp.',
      'R6.3 | nominee | Người được đề cử phải là cán bộ của cơ quan người đề cử.',
    ])
  })

  it('R6.3 needs an account, or a name and an email for someone without one', () => {
    expect([
      nomineeNamedVerdict(5, null, null).ok,
      nomineeNamedVerdict(null, 'Lê Văn A', 'a@x.vn').ok,
      said(nomineeNamedVerdict(null, 'Lê Văn A', null)),
    ]).toEqual([
      true,
      true,
      'R6.3 | nominee | Chọn tài khoản của người được đề cử, hoặc ghi họ tên và thư điện tử nếu người đó chưa có tài khoản.',
    ])
  })

  it('R6.3 refuses a nominee already in the Support Group from that day, not one whose seat ended', () => {
    expect([
      notInSupportGroupVerdict([{ from: '2022-01-01', to: '2024-12-31' }], '2025-03-10').ok,
      said(notInSupportGroupVerdict([{ from: '2025-06-01', to: null }], '2025-03-10')),
    ]).toEqual([
      true,
      'R6.3 | nominee | Người được đề cử đã giữ chức danh trong Tổ giúp việc từ ngày 01/06/2025.',
    ])
  })

  it('R8–R10 lets only the Support Group Head in office on the day decide', () => {
    expect([
      deciderVerdict([{ from: '2024-01-01', to: null }], '2025-03-10').ok,
      said(deciderVerdict([{ from: '2020-01-01', to: '2024-12-31' }], '2025-03-10')),
      said(deciderVerdict([], '2025-03-10')),
    ]).toEqual([
      true,
      'R8–R10 | decidedBy | Chỉ Tổ trưởng Tổ giúp việc đương nhiệm vào ngày 10/03/2025 mới chấp thuận hoặc không chấp thuận đề cử.',
      'R8–R10 | decidedBy | Chỉ Tổ trưởng Tổ giúp việc đương nhiệm vào ngày 10/03/2025 mới chấp thuận hoặc không chấp thuận đề cử.',
    ])
  })

  it('R6.3 refuses deciding twice', () => {
    expect([
      decidedOnceVerdict('pending').ok,
      decidedOnceVerdict(null).ok,
      said(decidedOnceVerdict('accepted')),
      said(decidedOnceVerdict('declined')),
    ]).toEqual([
      true,
      true,
      'R6.3 | status | Đề cử này đã được quyết định (đã chấp thuận); không sửa hoặc quyết định lại.',
      'R6.3 | status | Đề cử này đã được quyết định (không chấp thuận); không sửa hoặc quyết định lại.',
    ])
  })

  it('R6.3 needs a reason to decline, an account to accept, and no future decision day', () => {
    const base = {
      reason: null,
      nomineeId: null,
      nomineeEmail: 'a@x.vn',
      decidedOn: '2025-03-11',
      today: '2025-03-10',
    }
    expect([
      decisionVerdicts({ ...base, status: 'declined' }).map(said),
      decisionVerdicts({ ...base, status: 'accepted', decidedOn: '2025-03-10' }).map(said),
      decisionVerdicts({ ...base, status: 'accepted', nomineeId: 4, decidedOn: null }),
      decisionVerdicts({ ...base, status: 'pending' }),
    ]).toEqual([
      [
        'R6.3 | decidedOn | Ngày quyết định không được sau hôm nay (10/03/2025).',
        'R6.3 | declineReason | Ghi lý do không chấp thuận đề cử.',
      ],
      [
        'R6.3 | nominee | Người được đề cử chưa có tài khoản. Đề nghị Cơ quan thường trực tạo tài khoản (a@x.vn), chọn tài khoản đó vào đề cử rồi mới chấp thuận.',
      ],
      [],
      [],
    ])
  })

  it('R6.3 starts the seat on the decision day, or on a later proposed day', () => {
    expect([
      seatStartOf('2025-03-01', '2025-03-10'),
      seatStartOf('2025-04-01', '2025-03-10'),
    ]).toEqual(['2025-03-10', '2025-04-01'])
  })
})
