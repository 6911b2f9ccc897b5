import { describe, expect, it } from 'vitest'

import {
  blockingIssues,
  checkIndicatorLine,
  checkReport,
  checkTaskLine,
  type IndicatorFacts,
} from '../../../hooks/rules/reportValidation'

const count: IndicatorFacts = {
  nameVi: 'Số hồ sơ trực tuyến',
  nameEn: 'Online applications',
  unit: 'hồ sơ',
  wholeNumber: true,
}
const percent: IndicatorFacts = { nameVi: 'Tỷ lệ số hóa', unit: '%' }
const stock: IndicatorFacts = {
  nameVi: 'Số điểm có đầu đọc chip',
  unit: 'điểm',
  cumulative: true,
  wholeNumber: true,
}

const line = (value: unknown, extra: Record<string, unknown> = {}) => ({
  indicator: 1,
  value,
  ...extra,
})

describe('indicator values, checked like DHIS2', () => {
  it('accepts zero and whole counts', () => {
    expect(checkIndicatorLine(line(0), 0, count)).toEqual([])
    expect(checkIndicatorLine(line(1250), 0, count)).toEqual([])
  })

  it('refuses a negative value, naming the indicator and pointing at the line', () => {
    expect(checkIndicatorLine(line(-1), 3, count)).toEqual([
      {
        path: 'indicatorLines.3.value',
        severity: 'invalid',
        message: {
          vi: 'Chỉ tiêu "Số hồ sơ trực tuyến": số liệu không được âm.',
          en: 'Indicator "Online applications": the value cannot be negative.',
        },
      },
    ])
  })

  it('refuses a percentage above 100 and accepts 100', () => {
    expect(checkIndicatorLine(line(100.01), 0, percent)[0]).toMatchObject({ severity: 'invalid' })
    expect(checkIndicatorLine(line(100), 0, percent)).toEqual([])
  })

  it('accepts a fractional percentage but not a fractional count', () => {
    expect(checkIndicatorLine(line(56.5), 0, percent)).toEqual([])
    expect(checkIndicatorLine(line(56.5), 0, count)[0]).toMatchObject({ severity: 'invalid' })
  })

  it('refuses something that is not a number', () => {
    expect(checkIndicatorLine(line('12a'), 0, count)[0]).toMatchObject({
      severity: 'invalid',
      message: { vi: 'Chỉ tiêu "Số hồ sơ trực tuyến": số liệu phải là một số.' },
    })
  })

  it('lets a draft miss a value but not a submission', () => {
    const issues = checkIndicatorLine(line(null), 0, count)
    expect(issues[0]).toMatchObject({ severity: 'incomplete', path: 'indicatorLines.0.value' })
    expect(blockingIssues(issues, false)).toEqual([])
    expect(blockingIssues(issues, true)).toEqual(issues)
  })

  it('asks for a note when a cumulative figure falls below last month’s, pointing at the note', () => {
    expect(checkIndicatorLine(line(12, { previousValue: 14 }), 2, stock)).toEqual([
      {
        path: 'indicatorLines.2.note',
        severity: 'incomplete',
        message: {
          vi: 'Chỉ tiêu "Số điểm có đầu đọc chip": số lũy kế (12) thấp hơn tháng trước (14); ghi rõ lý do ở cột ghi chú.',
          en: 'Indicator "Số điểm có đầu đọc chip": the cumulative figure (12) is lower than last month\'s (14); explain why in the note.',
        },
      },
    ])
  })

  it('accepts a fall of a cumulative figure that the note explains, and any fall of a monthly one', () => {
    expect(
      checkIndicatorLine(line(12, { previousValue: 14, note: 'Sáp nhập 2 điểm' }), 0, stock),
    ).toEqual([])
    expect(checkIndicatorLine(line(12, { previousValue: 14 }), 0, count)).toEqual([])
  })
})

describe('task lines', () => {
  it('asks an overdue task for the reason of the delay, naming the task', () => {
    expect(
      checkTaskLine({ task: 5, taskTitle: 'Số hóa hộ tịch', status: 'open-overdue' }, 1),
    ).toEqual([
      {
        path: 'taskLines.1.overdueReason',
        severity: 'incomplete',
        message: {
          vi: 'Nhiệm vụ "Số hóa hộ tịch" đang quá hạn: ghi rõ lý do chậm.',
          en: 'Task "Số hóa hộ tịch" is overdue: give the reason for the delay.',
        },
      },
    ])
  })

  it('asks nothing of a task within its deadline, or of an overdue one with a reason', () => {
    expect(checkTaskLine({ task: 5, status: 'open-within-deadline' }, 0)).toEqual([])
    expect(
      checkTaskLine({ task: 5, status: 'open-overdue', overdueReason: 'Chờ kinh phí' }, 0),
    ).toEqual([])
  })
})

describe('a whole report', () => {
  it('lists the issues of task lines, then of indicator lines, each at its line', () => {
    const issues = checkReport({
      taskLines: [{ task: 5, status: 'open-overdue' }],
      indicatorLines: [line(-1), { indicator: 2, value: 101 }],
      indicators: new Map([
        ['1', count],
        ['2', percent],
      ]),
    })
    expect(issues.map((issue) => issue.path)).toEqual([
      'taskLines.0.overdueReason',
      'indicatorLines.0.value',
      'indicatorLines.1.value',
    ])
  })
})
