import type { PayloadRequest } from 'payload'

import { TASK_STATUS_LABELS, type TaskStatus } from '../../hooks/rules/taskStatus'
import { storedDataPeriod } from '../../hooks/rules/reportPeriods'
import type { Report } from '../../payload-types'
import { toVnDateKey } from '../lib/clock'
import { idOf } from '../lib/relations'
import { formatFigure } from './aggregateDocx'
import { dataTable, heading, paragraph, renderDecree30 } from './decree30'
import { agencyIssuerOf } from './issuers'
import type { Id } from '../lib/ids'

// R12.3a: an agency's monthly report as a DOCX in the Decree 30 layout, the agency as issuing
// body: the soft copy sent to the standing body on submission. Not numbered: the agency numbers
// its own signed copy.

const system = (req: PayloadRequest) =>
  ({ depth: 0, overrideAccess: true, pagination: false, req }) as const

const ids = (values: unknown[]) => [
  ...new Set(values.map(idOf).filter((id): id is Id => id !== null)),
]

const statusLabel = (status: string | null | undefined) =>
  status && status in TASK_STATUS_LABELS ? TASK_STATUS_LABELS[status as TaskStatus].vi : ''

const blank = (text: string | null | undefined) => !text || !text.trim()

export const reportSummary = (period: string) =>
  `Kết quả triển khai Đề án 06 tháng ${Number(period.slice(5, 7))} năm ${period.slice(0, 4)}`

/** The report's DOCX, dated the day of its (last) submission. */
export const renderReportDocx = async (
  req: PayloadRequest,
  report: Report,
): Promise<{ docx: Buffer; agencyName: string }> => {
  const indicatorLines = report.indicatorLines ?? []
  const taskLines = report.taskLines ?? []
  const submitted = report.lastSubmittedAt ?? report.submittedAt ?? new Date().toISOString()
  const day = toVnDateKey(submitted)
  const [header, indicators, tasks, standingBody] = await Promise.all([
    agencyIssuerOf(req, idOf(report.agency)!, day),
    req.payload.find({
      collection: 'indicators',
      where: { id: { in: ids(indicatorLines.map((line) => line.indicator)) } },
      select: { nameVi: true, unit: true },
      ...system(req),
    }),
    req.payload.find({
      collection: 'tasks',
      where: { id: { in: ids(taskLines.map((line) => line.task)) } },
      select: { title: true },
      ...system(req),
    }),
    req.payload.find({
      collection: 'agencies',
      where: { isStandingBody: { equals: true } },
      select: { name: true },
      limit: 1,
      ...system(req),
    }),
  ])
  const indicator = new Map(indicators.docs.map((doc) => [String(doc.id), doc]))
  const task = new Map(tasks.docs.map((doc) => [String(doc.id), doc.title]))
  const obstacles = [
    ...(blank(report.obstacles) ? [] : [report.obstacles!.trim()]),
    ...taskLines
      .filter((line) => !blank(line.obstacles))
      .map((line) => `${task.get(String(idOf(line.task))) ?? ''}: ${line.obstacles!.trim()}`),
  ]
  const proposals = (report.proposals ?? []).map((row) => row.content?.trim() ?? '').filter(Boolean)
  const list = (rows: string[], last = false) =>
    rows.length
      ? rows.map((row, index) =>
          paragraph(`- ${row}${last && index === rows.length - 1 ? './.' : ''}`),
        )
      : [paragraph(last ? 'Không có./.' : 'Không có.')]

  const docx = await renderDecree30({
    superior: header.superior,
    issuer: header.issuer,
    // The agency writes its own number on the signed copy.
    symbol: `      /BC-${header.code}`,
    place: header.place,
    day,
    kindTitle: 'BÁO CÁO',
    summary: reportSummary(report.period),
    dataPeriod: storedDataPeriod(report),
    body: [
      heading('I. KẾT QUẢ THỰC HIỆN'),
      paragraph('1. Kết quả các chỉ tiêu:'),
      dataTable(
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Tháng trước', 'Tháng này', 'Ghi chú'],
        indicatorLines.map((line, index) => {
          const definition = indicator.get(String(idOf(line.indicator)))
          return [
            index + 1,
            definition?.nameVi ?? '',
            definition?.unit ?? '',
            formatFigure(line.previousValue ?? null),
            formatFigure(line.value ?? null),
            line.note ?? '',
          ]
        }),
      ),
      paragraph('2. Tình hình thực hiện nhiệm vụ được giao:'),
      dataTable(
        ['STT', 'Nhiệm vụ', 'Tình trạng', 'Tiến độ (%)', 'Kết quả'],
        taskLines.map((line, index) => [
          index + 1,
          task.get(String(idOf(line.task))) ?? '',
          statusLabel(line.status),
          line.progress ?? '',
          line.result ?? '',
        ]),
      ),
      heading('II. KHÓ KHĂN, VƯỚNG MẮC'),
      ...list(obstacles),
      heading('III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI'),
      paragraph('Tiếp tục thực hiện các nhiệm vụ được giao theo kế hoạch của Tổ công tác.'),
      heading('IV. ĐỀ XUẤT, KIẾN NGHỊ'),
      ...list(proposals, true),
    ],
    recipients: [
      `- ${standingBody.docs[0]?.name ?? 'Cơ quan thường trực'} (Cơ quan thường trực Tổ công tác);`,
      '- Lưu: VT.',
    ],
    signature: { lines: ['THỦ TRƯỞNG CƠ QUAN'], name: null },
  })
  return { docx, agencyName: header.issuer }
}
