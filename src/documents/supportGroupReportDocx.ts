import { formatSgPeriod } from '../../hooks/rules/supportGroupReport'
import type { DateKey } from '../lib/clock'
import type { SupportGroupFigures } from '../supportGroupReport/figures'
import { resultSections } from '../supportGroupReport/sentences'
import { heading, paragraph, renderReportDocx } from './decree30'

// R7.6: the Support Group's periodic report to the Working Group in the Decree 30 layout: the
// results of both groups in the period (generated from its data, ending with the ad-hoc data calls
// sent, R7.5), the direction for the next period and the proposals the Support Group writes,
// signed "TM. TỔ GIÚP VIỆC / TỔ TRƯỞNG" (R2.4).

export type SupportGroupReportView = {
  period: string
  superior: string | null
  /** "TỔ GIÚP VIỆC TỔ CÔNG TÁC ĐỀ ÁN 06". */
  issuer: string
  symbol: string
  place: string
  day: DateKey
  summary: string
  dataPeriod: string | null
  figures: SupportGroupFigures
  nextSteps: string
  proposals: string
  recipients: string[]
  signature: { lines: string[]; name: string | null }
}

const linesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)

/** A text the Support Group wrote, one paragraph per line; "Không có." when empty. */
const written = (text: string, last = false) => {
  const lines = linesOf(text)
  if (lines.length === 0) return [paragraph(last ? 'Không có./.' : 'Không có.')]
  return lines.map((line, index) =>
    paragraph(last && index === lines.length - 1 && !line.endsWith('./.') ? `${line}/.` : line),
  )
}

const body = (view: SupportGroupReportView) => [
  paragraph(
    `Thực hiện Quy chế hoạt động của Tổ công tác, Tổ giúp việc báo cáo Tổ công tác kết quả hoạt động của Tổ công tác và Tổ giúp việc ${formatSgPeriod(view.period)} như sau:`,
  ),
  heading('I. KẾT QUẢ HOẠT ĐỘNG'),
  ...resultSections(view.figures).flatMap((section) => [
    paragraph(section.heading, { bold: true }),
    ...section.lines.map((line) => paragraph(line)),
  ]),
  heading('II. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI'),
  ...written(view.nextSteps),
  heading('III. ĐỀ XUẤT, KIẾN NGHỊ'),
  ...written(view.proposals, true),
]

/** The report as a .docx file. */
export const renderSupportGroupReportDocx = (view: SupportGroupReportView): Promise<Buffer> =>
  renderReportDocx(view, body(view))
