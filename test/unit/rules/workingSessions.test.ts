import { describe, expect, it } from 'vitest'

import { conclusionVerdicts, sessionCoverage } from '../../../hooks/rules/workingSessions'

describe('the Standing’s working sessions (R12.2)', () => {
  it('accepts conclusions with a lead agency and a due date from the session day on (R12.2)', () => {
    expect(
      conclusionVerdicts(
        [
          { content: 'Hoàn thành cấp căn cước', leadAgency: 4, dueDate: '2025-03-10' },
          { content: 'Báo cáo kết quả', leadAgency: 5, dueDate: '2025-04-30' },
        ],
        '2025-03-10',
      ),
    ).toEqual([])
  })

  it('reports every faulty row at once, each on its own field (R12.2)', () => {
    const verdicts = conclusionVerdicts(
      [
        { content: 'A', leadAgency: null, dueDate: '2025-03-31' },
        { content: 'B', leadAgency: 4, dueDate: '2025-03-09' },
      ],
      '2025-03-10',
    )
    expect(verdicts.map((v) => (v.ok ? null : [v.path, v.message.vi]))).toEqual([
      ['conclusions.0.leadAgency', 'Kết luận dòng 1: chọn cơ quan chủ trì thực hiện.'],
      [
        'conclusions.1.dueDate',
        'Kết luận dòng 2: thời hạn không được trước ngày làm việc (10/03/2025).',
      ],
    ])
  })

  it('counts the sessions held with each agency in the year, zero for the others (R12.2)', () => {
    const coverage = sessionCoverage(
      [1, 2, 3],
      [
        { agency: 1, day: '2025-02-03' },
        { agency: 1, day: '2025-09-10' },
        { agency: 2, day: '2024-12-30' },
        { agency: 9, day: '2025-05-05' },
      ],
      '2025',
    )
    expect([...coverage]).toEqual([
      ['1', 2],
      ['2', 0],
      ['3', 0],
    ])
  })
})
