import { formatPeriod } from '../../hooks/rules/reportPeriods'
import type { AggregateView } from './aggregateView'
import { dataTable, heading, paragraph, renderReportDocx } from './decree30'

// R12.3b: the province's monthly report in the Decree 30 layout, sections I–IV as the standing
// body writes them, figures from the accepted reports; the annex (XLSX) carries them by unit.

/** Vietnamese figures: thousands with dots, decimals with a comma ("12.345,6"). */
export const formatFigure = (value: number | null): string =>
  value === null ? '–' : value.toLocaleString('vi-VN', { maximumFractionDigits: 2 })

const listOr = (rows: string[], none: string) =>
  rows.length ? rows.map((row) => paragraph(`- ${row}`)) : [paragraph(none)]

const body = (view: AggregateView) => {
  const month = formatPeriod(view.period)
  const { counts, taskFigures } = view
  const lastProposal = view.proposals.length === 0
  return [
    paragraph(
      `Thực hiện chế độ báo cáo theo Quy chế hoạt động của Tổ công tác, trên cơ sở báo cáo của các cơ quan, đơn vị đã được Cơ quan thường trực tiếp nhận, Tổ công tác báo cáo kết quả triển khai Đề án 06 tháng ${month} như sau:`,
    ),
    heading('I. KẾT QUẢ THỰC HIỆN'),
    paragraph(
      `1. Tình hình báo cáo: ${counts.accepted}/${counts.expected} cơ quan, đơn vị có báo cáo được tiếp nhận; ${counts.late} báo cáo gửi chậm hạn; ${counts.missing} cơ quan, đơn vị chưa có báo cáo được tiếp nhận.`,
    ),
    paragraph('2. Kết quả thực hiện các chỉ tiêu trên địa bàn toàn tỉnh:'),
    dataTable(
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Toàn tỉnh'],
      view.indicators.map((row, index) => [
        index + 1,
        row.name,
        row.unit,
        formatFigure(row.province),
      ]),
    ),
    paragraph(`3. Tình hình thực hiện nhiệm vụ được giao: ${taskSentence(taskFigures)}`),
    paragraph(`(${taskFigures.definition})`, { italics: true }),
    paragraph('(Số liệu chi tiết theo từng đơn vị tại Phụ lục kèm theo.)', { italics: true }),
    heading('II. TỒN TẠI, HẠN CHẾ, NGUYÊN NHÂN'),
    paragraph('1. Cơ quan, đơn vị gửi báo cáo chậm hạn:'),
    ...listOr(
      view.late.map((row) => `${row.agency} (gửi lúc ${row.submittedAt})`),
      'Không có.',
    ),
    paragraph('2. Cơ quan, đơn vị chưa có báo cáo được tiếp nhận:'),
    ...listOr(
      view.missing.map((row) => `${row.agency}: ${row.state.toLocaleLowerCase('vi')}`),
      'Không có.',
    ),
    paragraph('3. Khó khăn, vướng mắc:'),
    ...listOr(
      view.obstacles.map((row) => `${row.agency}: ${row.text}`),
      'Không có.',
    ),
    heading('III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI'),
    paragraph(nextSteps(taskFigures.overdue, counts.missing)),
    heading('IV. ĐỀ XUẤT, KIẾN NGHỊ'),
    ...(lastProposal
      ? [paragraph('Không có./.')]
      : view.proposals.map((row, index) =>
          paragraph(
            `- ${row.agency}: ${row.text}${index === view.proposals.length - 1 ? './.' : ''}`,
          ),
        )),
  ]
}

/**
 * Section I.3: the province's task figures, as the dashboard shows them (src/figures/monthFigures.ts);
 * a figure that is zero is left out rather than printed as "0 nhiệm vụ quá hạn".
 */
export const taskSentence = (figures: AggregateView['taskFigures']): string => {
  const rate = figures.onTimeRate === null ? null : formatFigure(figures.onTimeRate)
  return (
    [
      `tổng số ${formatFigure(figures.total)} nhiệm vụ đã giao`,
      figures.completed > 0
        ? `đã hoàn thành ${formatFigure(figures.completed)} nhiệm vụ (tỷ lệ đúng hạn ${rate} %)`
        : 'chưa có nhiệm vụ hoàn thành',
      figures.overdue > 0
        ? `${formatFigure(figures.overdue)} nhiệm vụ quá hạn chưa hoàn thành`
        : null,
    ]
      .filter(Boolean)
      .join('; ') + '.'
  )
}

/** Section III: only the sentences that apply (never "0 nhiệm vụ quá hạn"). */
export const nextSteps = (overdue: number, missing: number): string =>
  [
    'Các cơ quan, đơn vị tiếp tục triển khai các nhiệm vụ được giao',
    overdue > 0 ? `khẩn trương hoàn thành ${overdue} nhiệm vụ quá hạn` : null,
    missing > 0
      ? 'các cơ quan, đơn vị chưa có báo cáo được tiếp nhận hoàn thiện, gửi báo cáo về Cơ quan thường trực'
      : null,
  ]
    .filter(Boolean)
    .join('; ') + '.'

/** The aggregate report as a .docx file. */
export const renderAggregateDocx = (view: AggregateView): Promise<Buffer> =>
  renderReportDocx(view, body(view))
