import { MEETING_KIND_LABELS, type MeetingKind } from '../../hooks/rules/meetings'
import { formatDayKey } from '../../hooks/rules/terms'
import { formatViNumber } from '../fields/viNumber'
import type { DataCallLine, MeetingLine, SupportGroupFigures } from './figures'

// R7.6: the sentences of the Support Group's periodic report, from its figures (pure). A figure
// that is zero is said in words ("không có") rather than printed as "0 cuộc họp quá hạn".

const n = (value: number) => formatViNumber(value)

const kindLabel = (kind: string) =>
  (MEETING_KIND_LABELS as Record<string, { vi: string } | undefined>)[kind as MeetingKind]?.vi ??
  'Cuộc họp'

/** "Họp thường kỳ ngày 05/11/2026: 9/10 thành viên dự họp; đã ban hành Thông báo kết luận số 12/TB-TCT". */
export const meetingSentence = (meeting: MeetingLine): string =>
  `${kindLabel(meeting.kind)} ngày ${formatDayKey(meeting.day)}: ${meeting.attended}/${meeting.invited} thành viên dự họp; ` +
  (meeting.conclusions
    ? `đã ban hành Thông báo kết luận số ${meeting.conclusions}`
    : 'chưa ban hành thông báo kết luận')

const meetingsOf = (figures: SupportGroupFigures, group: 'wg' | 'sg', body: string) => {
  const rows = figures.meetings.filter((meeting) => meeting.group === group)
  if (rows.length === 0) return [`${body} không tổ chức cuộc họp trong kỳ.`]
  return [
    `${body} tổ chức ${n(rows.length)} cuộc họp:`,
    ...rows.map((row) => `- ${meetingSentence(row)}.`),
  ]
}

export const taskSentence = (tasks: SupportGroupFigures['tasks']): string => {
  const rate = tasks.onTimeRate === null ? null : formatViNumber(tasks.onTimeRate)
  return (
    [
      `Trong kỳ giao ${n(tasks.assignedInPeriod)} nhiệm vụ, hoàn thành ${n(tasks.completedInPeriod)} nhiệm vụ`,
      `lũy kế đến hết ngày ${formatDayKey(tasks.day)}: ${n(tasks.total)} nhiệm vụ đã giao, đã hoàn thành ${n(tasks.completed)} nhiệm vụ` +
        (rate === null ? '' : ` (đúng hạn ${n(tasks.completedOnTime)}, tỷ lệ đúng hạn ${rate} %)`),
      tasks.overdue > 0
        ? `${n(tasks.overdue)} nhiệm vụ quá hạn chưa hoàn thành`
        : 'không có nhiệm vụ quá hạn chưa hoàn thành',
    ].join('; ') + '.'
  )
}

export const reportSentence = (month: SupportGroupFigures['reports'][number]): string =>
  `Báo cáo tháng ${month.period.slice(5, 7)}/${month.period.slice(0, 4)}: ${n(month.expected)} cơ quan, đơn vị phải báo cáo; ` +
  `${n(month.onTime)} gửi đúng hạn, ${n(month.late)} gửi chậm hạn, ${n(month.missing)} chưa gửi.`

export const feedbackSentence = (feedback: SupportGroupFigures['feedback']): string =>
  `Tiếp nhận ${n(feedback.received)} phản ánh, kiến nghị, khó khăn, vướng mắc; đã giải quyết, trả lời ${n(feedback.resolved)}; ` +
  (feedback.overdue > 0
    ? `${n(feedback.overdue)} nội dung quá hạn giải quyết đến cuối kỳ.`
    : 'không có nội dung quá hạn giải quyết đến cuối kỳ.')

export const sessionLines = (figures: SupportGroupFigures): string[] =>
  figures.sessions.length === 0
    ? ['Thường trực Tổ công tác không có buổi làm việc với cơ quan, đơn vị, địa phương trong kỳ.']
    : [
        `Thường trực Tổ công tác làm việc ${n(figures.sessions.length)} buổi với cơ quan, đơn vị, địa phương:`,
        ...figures.sessions.map(
          (row) =>
            `- Ngày ${formatDayKey(row.day)}, ${row.agency}: ${row.subject}` +
            (row.conclusions > 0
              ? ` (${n(row.conclusions)} kết luận được giao thành nhiệm vụ).`
              : '.'),
        ),
      ]

/**
 * R7.5: "Kết quả thu nhận hồ sơ căn cước (gửi ngày 24/04/2025, hạn trả lời 29/04/2025): 3 cơ quan,
 * đơn vị, địa phương được đề nghị; 1 trả lời đúng hạn, 0 trả lời chậm hạn, 2 chưa trả lời; đã
 * tiếp nhận số liệu của 1 cơ quan, đơn vị."
 */
export const dataCallSentence = (call: DataCallLine): string =>
  `${call.title} (gửi ngày ${formatDayKey(call.sentOn)}` +
  (call.dueOn ? `, hạn trả lời ${formatDayKey(call.dueOn)}` : '') +
  `): ${n(call.asked)} cơ quan, đơn vị, địa phương được đề nghị; ` +
  `${n(call.onTime)} trả lời đúng hạn, ${n(call.late)} trả lời chậm hạn, ${n(call.missing)} chưa trả lời; ` +
  `đã tiếp nhận số liệu của ${n(call.accepted)} cơ quan, đơn vị.`

export const dataCallLines = (calls: readonly DataCallLine[]): string[] =>
  calls.length === 0
    ? ['Tổ giúp việc không gửi yêu cầu báo cáo nhanh số liệu trong kỳ.']
    : [
        `Tổ giúp việc gửi ${n(calls.length)} yêu cầu báo cáo nhanh số liệu:`,
        ...calls.map((call) => `- ${dataCallSentence(call)}`),
      ]

export type ReportSection = { heading: string; lines: string[] }

/** The sections of part I (results), in the order the report prints them. */
export const resultSections = (figures: SupportGroupFigures): ReportSection[] => [
  {
    heading: '1. Hoạt động của Tổ công tác',
    lines: meetingsOf(figures, 'wg', 'Tổ công tác'),
  },
  {
    heading: '2. Hoạt động của Tổ giúp việc',
    lines: meetingsOf(figures, 'sg', 'Tổ giúp việc'),
  },
  { heading: '3. Tình hình thực hiện nhiệm vụ được giao', lines: [taskSentence(figures.tasks)] },
  {
    heading: '4. Tình hình báo cáo định kỳ của các cơ quan, đơn vị',
    lines: figures.reports.map(reportSentence),
  },
  {
    heading: '5. Tiếp nhận, xử lý khó khăn, vướng mắc, kiến nghị',
    lines: [feedbackSentence(figures.feedback)],
  },
  {
    heading: '6. Thường trực Tổ công tác làm việc với cơ quan, đơn vị, địa phương',
    lines: sessionLines(figures),
  },
  // R7.5: a report gathered before data calls existed keeps its six sections.
  ...(figures.dataCalls
    ? [
        {
          heading: '7. Yêu cầu cơ quan, đơn vị, địa phương báo cáo nhanh số liệu',
          lines: dataCallLines(figures.dataCalls),
        },
      ]
    : []),
]

/** The generated content as the record shows it (plain text). */
export const contentText = (figures: SupportGroupFigures): string =>
  resultSections(figures)
    .map((section) => [section.heading, ...section.lines].join('\n'))
    .join('\n\n')
