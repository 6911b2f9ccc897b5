import ExcelJS from 'exceljs'
import type { Payload, PayloadRequest } from 'payload'

import {
  BUDGET_CATEGORIES,
  CATEGORY_LABELS,
  execution,
  totalExecution,
  type BudgetCategory,
  type Execution,
} from '../../hooks/rules/budget'
import { formatDayKey } from '../../hooks/rules/terms'
import { vnToday } from '../lib/clock'
import { BUDGET_LINES, BUDGET_SETTINGS } from './ledger'

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export type ExecutionLine = Execution & {
  category: BudgetCategory
  sourceAgency: string
  legalBasis: string
}

export type ExecutionReport = {
  year: number
  closed: boolean
  lines: ExecutionLine[]
  total: Execution
}

const categoryRank = (category: string) => BUDGET_CATEGORIES.indexOf(category as BudgetCategory)

/**
 * The execution of a fiscal year's budget: each line's allocation, spending (the ledger totals
 * stored on the line) and what remains, with the totals. Reads as the requesting user.
 */
export const executionReportOf = async (
  payload: Payload,
  year: number,
  req: Partial<PayloadRequest>,
): Promise<ExecutionReport> => {
  const asUser = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  const found = await payload.find({
    collection: BUDGET_LINES,
    where: { fiscalYear: { equals: year } },
    pagination: false,
    select: {
      category: true,
      sourceAgency: true,
      legalBasis: true,
      allocatedAmount: true,
      spent: true,
    },
    ...asUser,
  })
  const agencyIds = [...new Set(found.docs.map((line) => line.sourceAgency as number | string))]
  const agencies = await payload.find({
    collection: 'agencies',
    where: { id: { in: agencyIds } },
    pagination: false,
    select: { name: true },
    ...asUser,
  })
  const nameOf = new Map(agencies.docs.map((agency) => [String(agency.id), agency.name]))
  const settings = await payload.findGlobal({ slug: BUDGET_SETTINGS, ...asUser })
  const lines = found.docs
    .map((line) => ({
      category: line.category,
      sourceAgency: nameOf.get(String(line.sourceAgency)) ?? '',
      legalBasis: line.legalBasis,
      ...execution(line.allocatedAmount, line.spent ?? 0),
    }))
    .sort(
      (a, b) =>
        categoryRank(a.category) - categoryRank(b.category) ||
        a.sourceAgency.localeCompare(b.sourceAgency, 'vi') ||
        a.legalBasis.localeCompare(b.legalBasis, 'vi'),
    )
  return {
    year,
    closed: (settings.closedYears ?? []).some((row) => row.year === year),
    lines,
    total: totalExecution(lines),
  }
}

const HEADERS = [
  'STT',
  'Nội dung chi',
  'Nguồn kinh phí',
  'Căn cứ giao dự toán',
  'Dự toán được giao',
  'Đã chi',
  'Còn lại',
  'Tỷ lệ thực hiện',
]

/** The row of the totals is labelled so in the second column. */
export const TOTAL_LABEL = 'Tổng cộng'

// Amounts stay numbers (sums and filters work) and read "60.000.000 đ" in a Vietnamese Excel.
export const AMOUNT_FORMAT = '#,##0 "đ"'
const RATE_FORMAT = '0.0%'

/** The report as an Excel workbook (amounts in đồng, the rate as a percentage). */
export const executionWorkbook = (report: ExecutionReport): ExcelJS.Workbook => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Tổ công tác Đề án 06'
  const sheet = workbook.addWorksheet(`Thực hiện dự toán ${report.year}`)
  sheet.columns = [
    { width: 6 },
    { width: 30 },
    { width: 32 },
    { width: 44 },
    { width: 18, style: { numFmt: AMOUNT_FORMAT } },
    { width: 18, style: { numFmt: AMOUNT_FORMAT } },
    { width: 18, style: { numFmt: AMOUNT_FORMAT } },
    { width: 14, style: { numFmt: RATE_FORMAT } },
  ]
  const heading = (text: string, bold: boolean) => {
    const row = sheet.addRow([text])
    sheet.mergeCells(row.number, 1, row.number, HEADERS.length)
    row.font = { bold }
    row.alignment = { horizontal: 'center' }
  }
  heading('TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN 06', true)
  heading(`BÁO CÁO TÌNH HÌNH THỰC HIỆN DỰ TOÁN KINH PHÍ NĂM ${report.year}`, true)
  heading(
    `Đơn vị tính: đồng. Lập ngày ${formatDayKey(vnToday())}. Năm ngân sách ${report.closed ? 'đã khóa sổ' : 'đang thực hiện'}.`,
    false,
  )
  sheet.addRow([])
  const header = sheet.addRow(HEADERS)
  header.font = { bold: true }
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  sheet.views = [{ state: 'frozen', ySplit: header.number }]
  report.lines.forEach((line, index) => {
    sheet.addRow([
      index + 1,
      CATEGORY_LABELS[line.category]?.vi ?? line.category,
      line.sourceAgency,
      line.legalBasis,
      line.allocated,
      line.spent,
      line.remaining,
      line.rate,
    ])
  })
  const total = sheet.addRow([
    '',
    TOTAL_LABEL,
    '',
    '',
    report.total.allocated,
    report.total.spent,
    report.total.remaining,
    report.total.rate,
  ])
  total.font = { bold: true }
  return workbook
}

/** The report as the bytes of an .xlsx file. */
export const executionReportXlsx = async (report: ExecutionReport): Promise<Buffer> =>
  Buffer.from(await executionWorkbook(report).xlsx.writeBuffer())
