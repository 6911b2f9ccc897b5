import { describe, expect, it } from 'vitest'

import {
  assignerVerdict,
  convenedVerdicts,
  convenerVerdict,
  datesVerdicts,
  draftingState,
} from '../../../hooks/rules/draftingAssignments'
import { describeBreach, type Verdict } from '../../../hooks/rules/verdict'

const said = (verdict: Verdict) =>
  verdict.ok ? 'OK' : [verdict.rule, verdict.path, describeBreach(verdict, 'vi')].join(' | ')

const seat = (position: string, from: string, to: string | null = null, leave = []) => ({
  position,
  term: { from, to },
  leave,
})

describe('drafting assignments of the Support Group (R12.5)', () => {
  it('R12.5 accepts the Head or the Standing Deputy in office as the one who assigns', () => {
    expect([
      assignerVerdict([seat('head', '2022-01-01')], '2025-03-10').ok,
      assignerVerdict([seat('standing-deputy', '2022-01-01')], '2025-03-10').ok,
      said(assignerVerdict([seat('deputy', '2022-01-01')], '2025-03-10')),
      said(assignerVerdict([seat('head', '2022-01-01', '2024-12-31')], '2025-03-10')),
    ]).toEqual([
      true,
      true,
      'R12.5 | assignedBy | Người giao phải là Tổ trưởng hoặc Tổ phó Thường trực Tổ công tác đương nhiệm vào ngày 10/03/2025.',
      'R12.5 | assignedBy | Người giao phải là Tổ trưởng hoặc Tổ phó Thường trực Tổ công tác đương nhiệm vào ngày 10/03/2025.',
    ])
  })

  it('R12.5 needs the SG Head in office, not on leave, on the first day of the convening', () => {
    const onLeave = {
      position: 'sg-head',
      term: { from: '2022-01-01' },
      leave: [{ from: '2025-03-09', to: '2025-03-12' }],
    }
    expect([
      convenerVerdict([seat('sg-head', '2022-01-01')], '2025-03-10').ok,
      said(convenerVerdict([seat('sg-member', '2022-01-01')], '2025-03-10')),
      said(convenerVerdict([onLeave], '2025-03-10')),
      convenerVerdict([onLeave], '2025-03-13').ok,
    ]).toEqual([
      true,
      'R12.5 | convener | Người triệu tập phải là Tổ trưởng Tổ giúp việc đương nhiệm vào ngày bắt đầu triệu tập (10/03/2025).',
      'R12.5 | convener | Tổ trưởng Tổ giúp việc đang vắng mặt (09/03/2025 – 12/03/2025) vào ngày bắt đầu triệu tập.',
      true,
    ])
  })

  it('R12.5 refuses everyone convened who is not in that Support Group for the whole period', () => {
    const period = { from: '2025-03-10', to: '2025-03-21' }
    const verdicts = convenedVerdicts(
      [
        { name: 'An', sameGroup: true, ...seat('sg-member', '2024-01-01') },
        { name: 'Bình', sameGroup: true, ...seat('sg-member', '2024-01-01', '2025-03-15') },
        { name: 'Chi', sameGroup: true, ...seat('member', '2024-01-01') },
        { name: 'Dũng', sameGroup: false, ...seat('sg-deputy', '2024-01-01') },
      ],
      period,
    )
    expect(verdicts.map(said)).toEqual(
      ['1', '2', '3'].map((index) =>
        expect.stringMatching(new RegExp(`^R12\\.5 \\| convened\\.${index} \\| `)),
      ),
    )
    expect(said(verdicts[0]!)).toContain(
      'Bình không giữ chức danh trong Tổ giúp việc suốt thời gian triệu tập (10/03/2025 – 21/03/2025).',
    )
  })

  it('R12.5 keeps the dates in order: assigned, convening, due date', () => {
    expect(
      datesVerdicts({
        assignedOn: '2025-03-10',
        dueDate: '2025-03-31',
        from: '2025-03-10',
        to: '2025-03-31',
      }),
    ).toEqual([])
    expect(
      datesVerdicts({
        assignedOn: '2025-03-10',
        dueDate: '2025-03-09',
        from: '2025-03-05',
        to: '2025-03-04',
      }).map(said),
    ).toEqual([
      'R12.5 | dueDate | Hạn hoàn thành không được trước ngày giao (10/03/2025).',
      'R12.5 | periodFrom | Thời gian triệu tập không được bắt đầu trước ngày giao (10/03/2025).',
      'R12.5 | periodTo | Ngày kết thúc triệu tập phải sau hoặc bằng ngày bắt đầu (05/03/2025).',
    ])
    expect(
      datesVerdicts({
        assignedOn: '2025-03-10',
        dueDate: '2025-03-20',
        from: '2025-03-11',
        to: '2025-03-21',
      }).map(said),
    ).toEqual([
      'R12.5 | periodTo | Thời gian triệu tập phải kết thúc chậm nhất vào hạn hoàn thành (20/03/2025).',
    ])
  })

  it('R12.5 shows "Quá hạn N ngày" once the due date has passed without the document', () => {
    expect([
      draftingState({ status: 'drafting', dueDate: '2025-03-20' }, '2025-03-23').vi,
      draftingState({ status: 'drafting', dueDate: '2025-03-20' }, '2025-03-20').vi,
      draftingState({ status: 'drafting', dueDate: '2025-03-20' }, '2025-03-15').vi,
      draftingState({ status: 'done', dueDate: '2025-03-20' }, '2025-04-30').vi,
    ]).toEqual([
      'Quá hạn 3 ngày',
      'Đang soạn — đến hạn hôm nay',
      'Đang soạn — còn 5 ngày',
      'Đã xong',
    ])
  })
})
