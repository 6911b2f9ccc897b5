import ExcelJS from 'exceljs'

import { TASK_STATUSES } from '../../hooks/rules/taskStatus'
import { formatDayKey } from '../../hooks/rules/terms'
import type { AggregateView } from './aggregateView'
import { taskStatusLabel } from './aggregateView'

// The aggregate report's annex: indicator totals by unit, task counts by agency, late and
// missing agencies. Each sheet's heading repeats the report's number and date (Decree 30).

export { XLSX_MIME_TYPE } from '../budget/executionReport'

export const ANNEX_SHEETS = {
  indicators: 'Chỉ tiêu',
  tasks: 'Nhiệm vụ',
  reporting: 'Chậm, thiếu báo cáo',
} as const

/** Rows above each table: the annex's title and the report it belongs to. */
export const ANNEX_HEADING_ROWS = 3

const annexHeading = (
  sheet: ExcelJS.Worksheet,
  view: AggregateView,
  title: string,
  width: number,
) => {
  const lines = [
    title,
    `(Kèm theo Báo cáo số ${view.symbol} ngày ${formatDayKey(view.day)} của ${view.issuer})`,
    '',
  ]
  lines.forEach((text, index) => {
    const row = sheet.getRow(index + 1)
    row.getCell(1).value = text
    row.font = { bold: index === 0, italic: index === 1, name: 'Times New Roman', size: 12 }
    if (width > 1) sheet.mergeCells(index + 1, 1, index + 1, width)
    row.alignment = { horizontal: 'center' }
  })
}

const table = (sheet: ExcelJS.Worksheet, header: string[], rows: (string | number | null)[][]) => {
  const head = sheet.addRow(header)
  head.font = { bold: true }
  head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  for (const row of rows) sheet.addRow(row)
  sheet.views = [{ state: 'frozen', ySplit: ANNEX_HEADING_ROWS + 1 }]
}

/** The annex as an .xlsx file. */
export const renderAggregateXlsx = async (view: AggregateView): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = view.issuer

  const indicators = workbook.addWorksheet(ANNEX_SHEETS.indicators)
  const indicatorHeader = [
    'STT',
    'Mã',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Toàn tỉnh',
    ...view.districts.map((district) => district.name),
  ]
  annexHeading(
    indicators,
    view,
    `PHỤ LỤC 1. SỐ LIỆU CHỈ TIÊU THÁNG ${view.period.slice(5)}/${view.period.slice(0, 4)}`,
    indicatorHeader.length,
  )
  table(
    indicators,
    indicatorHeader,
    view.indicators.map((row, index) => [
      index + 1,
      row.code,
      row.name,
      row.unit,
      row.province,
      ...view.districts.map((district) => row.byDistrict.get(String(district.id)) ?? null),
    ]),
  )
  indicators.getColumn(3).width = 60

  const tasks = workbook.addWorksheet(ANNEX_SHEETS.tasks)
  const taskHeader = ['STT', 'Cơ quan, đơn vị', ...TASK_STATUSES.map(taskStatusLabel), 'Tổng số']
  // What each agency reported on its task lines; the province's figures (section I.3 of the
  // report, the dashboard's) count the tasks themselves (src/figures/monthFigures.ts).
  annexHeading(
    tasks,
    view,
    'PHỤ LỤC 2. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ',
    taskHeader.length,
  )
  table(tasks, taskHeader, [
    ...view.tasks.map((row, index) => [
      index + 1,
      row.agency,
      ...TASK_STATUSES.map((status) => row.counts[status]),
      row.total,
    ]),
    [
      null,
      'Tổng cộng',
      ...TASK_STATUSES.map((status) => view.taskTotals[status]),
      view.taskTotals.total,
    ],
  ])
  tasks.getColumn(2).width = 45

  const reporting = workbook.addWorksheet(ANNEX_SHEETS.reporting)
  annexHeading(reporting, view, 'PHỤ LỤC 3. CƠ QUAN, ĐƠN VỊ GỬI BÁO CÁO CHẬM, CHƯA CÓ BÁO CÁO', 4)
  table(
    reporting,
    ['STT', 'Cơ quan, đơn vị', 'Tình trạng', 'Gửi lúc'],
    [
      ...view.late.map((row) => [row.agency, 'Gửi chậm hạn', row.submittedAt]),
      ...view.missing.map((row) => [row.agency, row.state, '']),
    ].map((row, index) => [index + 1, ...row]),
  )
  reporting.getColumn(2).width = 45
  reporting.getColumn(3).width = 30

  return Buffer.from(await workbook.xlsx.writeBuffer())
}
