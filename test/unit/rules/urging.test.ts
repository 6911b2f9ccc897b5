import { describe, expect, it } from 'vitest'

import {
  checkSomethingToUrge,
  checkUrgingIssue,
  lateReportsOn,
  overdueTasksOn,
  urgingLetterOf,
  urgingRecipients,
  type UrgingTaskInput,
} from '../../../hooks/rules/urging'
import { describeBreach } from '../../../hooks/rules/verdict'

const DAY = '2025-06-20'

const task = (data: Partial<UrgingTaskInput> & { id: number }): UrgingTaskInput => ({
  title: `Nhiệm vụ ${data.id}`,
  code: `NV-${data.id}`,
  dueDate: '2025-06-10',
  ...data,
})

describe('overdueTasksOn: the tasks an urging letter lists (R7.2)', () => {
  it('R7.2 lists the open tasks past their due date in force, with their days overdue, by due date', () => {
    const lines = overdueTasksOn(
      [
        task({ id: 1, dueDate: '2025-06-15' }),
        task({ id: 2, dueDate: '2025-05-31' }),
        task({ id: 3, dueDate: '2025-06-20' }), // due today: not yet overdue
        task({ id: 4, completedOn: '2025-06-19' }), // done
        task({ id: 5, paused: true }),
        task({ id: 6, recurring: true }),
        task({
          id: 7,
          extensions: [{ newDueDate: '2025-07-31', status: 'approved' }],
        }),
        task({ id: 8, extensions: [{ newDueDate: '2025-07-31', status: 'requested' }] }),
      ],
      DAY,
    )
    expect(lines.map((line) => [line.id, line.dueDate, line.daysOverdue])).toEqual([
      [2, '2025-05-31', 20],
      [8, '2025-06-10', 10],
      [1, '2025-06-15', 5],
    ])
  })

  it('R7.2 judges as of the day: a completion or an assignment after it is not known yet', () => {
    const lines = overdueTasksOn(
      [task({ id: 1, completedOn: '2025-06-25' }), task({ id: 2, assignedOn: '2025-06-21' })],
      DAY,
    )
    expect(lines.map((line) => line.id)).toEqual([1])
  })
})

describe('lateReportsOn: the monthly reports an urging letter lists (R7.2, R12.3a)', () => {
  it('R7.2 lists months past their deadline not sent by the day (missing) or sent after it (late)', () => {
    const lines = lateReportsOn(
      [
        { period: '2025-05', deadline: '2025-05-17', submittedOn: '2025-05-16' }, // on time
        { period: '2025-04', deadline: '2025-04-17', submittedOn: '2025-04-22' },
        { period: '2025-03', deadline: '2025-03-17', submittedOn: null },
        { period: '2025-02', deadline: '2025-02-17', submittedOn: '2025-06-25' }, // after the day
        { period: '2025-06', deadline: '2025-06-20', submittedOn: null }, // deadline not passed
      ],
      DAY,
    )
    expect(lines.map((line) => [line.period, line.state])).toEqual([
      ['2025-02', 'missing'],
      ['2025-03', 'missing'],
      ['2025-04', 'late'],
    ])
  })
})

describe('the letter and its refusals (R7.2)', () => {
  it('R7.2 refuses to draft when there is nothing to urge, naming the agency and the day', () => {
    const verdict = checkSomethingToUrge('Sở Y tế', [], [], DAY)
    expect(describeBreach(verdict)).toBe(
      'Sở Y tế không có nhiệm vụ quá hạn và không chậm, thiếu báo cáo tháng nào tính đến ngày 20/06/2025: không có nội dung để đôn đốc.',
    )
    expect(
      checkSomethingToUrge(
        'Sở Y tế',
        [],
        lateReportsOn([{ period: '2025-03', deadline: '2025-03-17', submittedOn: null }], DAY),
        DAY,
      ).ok,
    ).toBe(true)
  })

  it('R7.2 refuses to issue an urging letter without its urged agency, and only that kind', () => {
    expect(describeBreach(checkUrgingIssue({ kind: 'urging-letter', urgedAgency: null }))).toBe(
      'Vi phạm Điều 7 khoản 2: văn bản đôn đốc phải ghi rõ cơ quan được đôn đốc trước khi ban hành.',
    )
    expect(checkUrgingIssue({ kind: 'urging-letter', urgedAgency: 4 }).ok).toBe(true)
    expect(checkUrgingIssue({ kind: 'notice', urgedAgency: null }).ok).toBe(true)
  })

  it('R7.2 writes only the parts that apply, dates dd/MM/yyyy and the day to answer by', () => {
    const tasks = overdueTasksOn([task({ id: 1, title: 'Thu nhận hồ sơ căn cước' })], DAY)
    const letter = urgingLetterOf({
      agencyName: 'Sở Y tế',
      day: DAY,
      answerBy: '2025-06-27',
      tasks,
      reports: [],
    })
    expect(letter.opening).toBe(
      'Thực hiện Quy chế hoạt động của Tổ công tác triển khai Đề án 06, qua theo dõi, tổng hợp đến ngày 20/06/2025, Sở Y tế còn 1 nhiệm vụ được giao chủ trì đã quá hạn nhưng chưa hoàn thành, cụ thể như sau:',
    )
    expect(letter.tasksHeading).toBe('1. Nhiệm vụ quá hạn chưa hoàn thành:')
    expect(letter.taskRows).toEqual([['1', 'NV-1', 'Thu nhận hồ sơ căn cước', '10/06/2025', '10']])
    expect(letter.reportsHeading).toBeNull()
    expect(letter.requests).toHaveLength(1)
    expect(letter.closing).toContain('trước ngày 27/06/2025')

    const both = urgingLetterOf({
      agencyName: 'Sở Y tế',
      day: DAY,
      answerBy: '2025-06-27',
      tasks,
      reports: lateReportsOn(
        [
          { period: '2025-03', deadline: '2025-03-17', submittedOn: null },
          { period: '2025-04', deadline: '2025-04-17', submittedOn: '2025-04-22' },
        ],
        DAY,
      ),
    })
    expect(both.opening).toContain('và 2 kỳ báo cáo tháng chưa gửi hoặc gửi chậm hạn')
    expect(both.reportsHeading).toBe('2. Báo cáo tháng chưa gửi hoặc gửi chậm hạn:')
    expect(both.reportRows).toEqual([
      ['1', '03/2025', '17/03/2025', 'Chưa gửi'],
      ['2', '04/2025', '17/04/2025', 'Gửi chậm (ngày 22/04/2025)'],
    ])
    expect(both.requests).toHaveLength(3)
  })

  it('R7.2 prefills the recipients from the agency, Decree 30 style', () => {
    expect(urgingRecipients('Sở Y tế').split('\n')).toEqual([
      '- Sở Y tế;',
      '- Tổ trưởng, các Tổ phó Tổ công tác (để b/c);',
      '- Lưu: VT, TGV.',
    ])
  })
})
