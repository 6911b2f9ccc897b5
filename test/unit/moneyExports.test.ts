import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'

import type { DashboardData } from '../../dashboards/types'
import { toCsv } from '../../dashboards/view/csv'
import { widgetTable } from '../../dashboards/view/tables'
import { execution } from '../../hooks/rules/budget'
import { executionReportXlsx, type ExecutionReport } from '../../src/budget/executionReport'

// Money in exports reads "60.000.000 đ" (issue 13): the XLSX keeps numeric cells with a
// number format, the dashboard's CSV and print table show the amounts as text.

const report: ExecutionReport = {
  year: 2026,
  closed: false,
  lines: [
    {
      ...execution(60_000_000, 15_500_000),
      category: 'equipment',
      sourceAgency: 'Công an tỉnh',
      legalBasis: 'Quyết định 12/QĐ-UBND',
    },
  ],
  total: execution(60_000_000, 15_500_000),
}

const amountCells = async () => {
  const workbook = new ExcelJS.Workbook()
  const bytes = await executionReportXlsx(report)
  await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  const sheet = workbook.worksheets[0]!
  let found: ExcelJS.Row | undefined
  sheet.eachRow((row) => {
    if (row.getCell(5).value === 60_000_000 && !found) found = row
  })
  return [5, 6, 7].map((column) => found!.getCell(column))
}

describe('budget execution workbook', () => {
  it('keeps amounts as numbers', async () => {
    const values = (await amountCells()).map((cell) => cell.value)
    expect(values).toEqual([60_000_000, 15_500_000, 44_500_000])
  })

  it('formats amounts in đồng with thousands separators', async () => {
    const formats = (await amountCells()).map((cell) => cell.numFmt)
    expect(formats).toEqual(['#,##0 "đ"', '#,##0 "đ"', '#,##0 "đ"'])
  })
})

describe('budget widget table (CSV and print view)', () => {
  const data = {
    budget: {
      year: 2026,
      rows: [{ line: 1, name: 'Trang bị', allocated: 60_000_000, spent: 1_500_000, href: '/l' }],
    },
  } as unknown as DashboardData

  it('shows amounts as "60.000.000 đ"', () => {
    expect(widgetTable('budget', data, 'vi').rows).toEqual([
      ['Trang bị', '60.000.000 đ', '1.500.000 đ'],
    ])
  })

  it('writes them unquoted into the CSV', () => {
    expect(toCsv(widgetTable('budget', data, 'vi'))).toContain('Trang bị,60.000.000 đ,1.500.000 đ')
  })
})
