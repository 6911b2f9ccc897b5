import { describe, expect, it } from 'vitest'

import {
  cadenceOf,
  checkEditable,
  checkPeriodEnded,
  checkPeriodKept,
  checkPeriodShape,
  checkSingleReport,
  formatSgPeriod,
  latestEndedPeriod,
  monthsOf,
  periodRange,
  sgReportSummary,
} from '../../../hooks/rules/supportGroupReport'
import { describeBreach } from '../../../hooks/rules/verdict'
import type { SupportGroupFigures } from '../../../src/supportGroupReport/figures'
import {
  contentText,
  dataCallLines,
  feedbackSentence,
  meetingSentence,
  reportSentence,
  taskSentence,
} from '../../../src/supportGroupReport/sentences'
import { expectBreach } from './expectBreach'

const R76 = { rule: 'R7.6', vi: 'Vi phạm Điều 7 khoản 6:', en: 'Breach of Article 7(6):' }

describe('the Support Group’s periodic report: periods (R7.6)', () => {
  it('R7.6 tells a month from a quarter and rejects anything else', () => {
    expect(['2026-11', '2026-Q4', '2026-13', '2026-Q5', '1999-01', 7].map(cadenceOf)).toEqual([
      'month',
      'quarter',
      null,
      null,
      null,
      null,
    ])
  })

  it('R7.6 runs a month’s data as the monthly reports do, from the 15th of the month before to the 14th', () => {
    expect(periodRange('2026-11')).toEqual({ from: '2026-10-15', to: '2026-11-14' })
  })

  it('R7.6 runs a quarter from the first month’s data to the last month’s, with the settings’ cut-off day', () => {
    expect([monthsOf('2026-Q1'), periodRange('2026-Q1', 20)]).toEqual([
      ['2026-01', '2026-02', '2026-03'],
      { from: '2025-12-21', to: '2026-03-20' },
    ])
  })

  it('R7.6 writes the period as officials do, in the title', () => {
    expect([
      formatSgPeriod('2026-03'),
      formatSgPeriod('2026-Q4'),
      sgReportSummary('2026-Q2'),
    ]).toEqual([
      'tháng 03/2026',
      'quý IV/2026',
      'Kết quả hoạt động của Tổ công tác và Tổ giúp việc quý II/2026',
    ])
  })

  it('R7.6 proposes the latest period whose data have ended, across a year’s end', () => {
    expect([
      latestEndedPeriod('month', '2026-11-15'),
      latestEndedPeriod('month', '2026-11-14'),
      latestEndedPeriod('month', '2026-01-10'),
      latestEndedPeriod('quarter', '2026-04-01'),
      latestEndedPeriod('quarter', '2026-03-14'),
    ]).toEqual(['2026-11', '2026-10', '2025-12', '2026-Q1', '2025-Q4'])
  })
})

describe('the Support Group’s periodic report: refusals (R7.6)', () => {
  it('R7.6 refuses a period not yet ended, naming its last day', () => {
    const verdict = checkPeriodEnded('2026-11', '2026-11-14')
    expectBreach(verdict, { ...R76, path: 'period' })
    expect(describeBreach(verdict)).toContain(
      'tháng 11/2026 chưa kết thúc (số liệu tính đến hết ngày 14/11/2026)',
    )
    expect(checkPeriodEnded('2026-11', '2026-11-15')).toEqual({ ok: true })
  })

  it('R7.6 refuses a second report for the same period', () => {
    expectBreach(checkSingleReport('2026-Q3', 1), { ...R76, path: 'period' })
    expect(describeBreach(checkSingleReport('2026-Q3', 1))).toContain('quý III/2026 đã được lập')
    expect(checkSingleReport('2026-Q3', 0)).toEqual({ ok: true })
  })

  it('R7.6 refuses editing an issued report, not a draft', () => {
    expectBreach(checkEditable('issued'), { ...R76, path: 'status' })
    expect([checkEditable('draft'), checkEditable(undefined)]).toEqual([{ ok: true }, { ok: true }])
  })

  it('R7.6 asks for the period in the cadence in force, in Vietnamese', () => {
    expect(describeBreach(checkPeriodShape('2026-11', 'quarter'))).toBe(
      'Tổ giúp việc báo cáo hằng quý: ghi kỳ báo cáo theo dạng quý/năm, ví dụ Quý 4/2026.',
    )
    expect(describeBreach(checkPeriodShape('2026-Q4', 'month'))).toContain('hằng tháng')
    expect(checkPeriodShape('2026-Q4', 'quarter')).toEqual({ ok: true })
  })

  it('R7.6 keeps the period of a stored report', () => {
    expect([
      checkPeriodKept('2026-10', '2026-10').ok,
      checkPeriodKept('2026-10', '2026-09').ok,
    ]).toEqual([true, false])
  })
})

const figures: SupportGroupFigures = {
  period: '2026-11',
  from: '2026-10-15',
  to: '2026-11-14',
  meetings: [
    {
      group: 'wg',
      day: '2026-11-05',
      kind: 'regular',
      invited: 10,
      attended: 9,
      conclusions: '12/TB-TCT',
    },
  ],
  tasks: {
    total: 1234,
    completed: 40,
    completedOnTime: 30,
    onTimeRate: 75,
    overdue: 0,
    day: '2026-11-14',
    assignedInPeriod: 5,
    completedInPeriod: 3,
  },
  reports: [{ period: '2026-11', expected: 20, onTime: 15, late: 3, missing: 2 }],
  feedback: { received: 4, resolved: 2, overdue: 1 },
  sessions: [],
  dataCalls: [],
}

describe('the Support Group’s periodic report: sentences (R7.6)', () => {
  it('R7.6 says a meeting with its attendance and its conclusions notice', () => {
    expect(meetingSentence(figures.meetings[0]!)).toBe(
      'Họp thường kỳ ngày 05/11/2026: 9/10 thành viên dự họp; đã ban hành Thông báo kết luận số 12/TB-TCT',
    )
  })

  it('R7.6 writes task figures the Vietnamese way and never "0 nhiệm vụ quá hạn"', () => {
    expect(taskSentence(figures.tasks)).toBe(
      'Trong kỳ giao 5 nhiệm vụ, hoàn thành 3 nhiệm vụ; lũy kế đến hết ngày 14/11/2026: 1.234 nhiệm vụ đã giao, đã hoàn thành 40 nhiệm vụ (đúng hạn 30, tỷ lệ đúng hạn 75 %); không có nhiệm vụ quá hạn chưa hoàn thành.',
    )
  })

  it('R7.6 says the monthly reports and the obstacles register', () => {
    expect([reportSentence(figures.reports[0]!), feedbackSentence(figures.feedback)]).toEqual([
      'Báo cáo tháng 11/2026: 20 cơ quan, đơn vị phải báo cáo; 15 gửi đúng hạn, 3 gửi chậm hạn, 2 chưa gửi.',
      'Tiếp nhận 4 phản ánh, kiến nghị, khó khăn, vướng mắc; đã giải quyết, trả lời 2; 1 nội dung quá hạn giải quyết đến cuối kỳ.',
    ])
  })

  it('R7.6 lists every section, saying so when a group held no meeting', () => {
    const text = contentText(figures)
    expect(text.split('\n').filter((line) => /^\d\. /.test(line))).toEqual([
      '1. Hoạt động của Tổ công tác',
      '2. Hoạt động của Tổ giúp việc',
      '3. Tình hình thực hiện nhiệm vụ được giao',
      '4. Tình hình báo cáo định kỳ của các cơ quan, đơn vị',
      '5. Tiếp nhận, xử lý khó khăn, vướng mắc, kiến nghị',
      '6. Thường trực Tổ công tác làm việc với cơ quan, đơn vị, địa phương',
      '7. Yêu cầu cơ quan, đơn vị, địa phương báo cáo nhanh số liệu',
    ])
    expect(text).toContain('Tổ giúp việc không tổ chức cuộc họp trong kỳ.')
  })
})

describe('the Support Group’s periodic report: data calls (R7.6, R7.5)', () => {
  it('R7.6 R7.5 lists each call sent with its dates and its answers on time, late, missing and accepted', () => {
    expect(
      dataCallLines([
        {
          title: 'Kết quả thu nhận hồ sơ căn cước',
          sentOn: '2026-10-20',
          dueOn: '2026-10-23',
          asked: 1200,
          onTime: 1,
          late: 0,
          missing: 1199,
          accepted: 1,
        },
      ]),
    ).toEqual([
      'Tổ giúp việc gửi 1 yêu cầu báo cáo nhanh số liệu:',
      '- Kết quả thu nhận hồ sơ căn cước (gửi ngày 20/10/2026, hạn trả lời 23/10/2026): 1.200 cơ quan, đơn vị, địa phương được đề nghị; 1 trả lời đúng hạn, 0 trả lời chậm hạn, 1.199 chưa trả lời; đã tiếp nhận số liệu của 1 cơ quan, đơn vị.',
    ])
  })

  it('R7.6 R7.5 says in one sentence that no call was sent, and keeps six sections for a report gathered before calls existed', () => {
    expect(contentText(figures)).toContain(
      '7. Yêu cầu cơ quan, đơn vị, địa phương báo cáo nhanh số liệu\nTổ giúp việc không gửi yêu cầu báo cáo nhanh số liệu trong kỳ.',
    )
    const older = contentText({ ...figures, dataCalls: undefined })
    expect([older.includes('7. '), older.includes('6. Thường trực')]).toEqual([false, true])
  })
})
