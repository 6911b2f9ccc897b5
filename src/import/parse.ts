import ExcelJS from 'exceljs'

import { foldText, isBlank, plainCellValue, readCell } from './cells'
import type { ImportColumn, ImportSpec } from './lists'

// A filled template read into rows: each cell read by its column (./cells), every problem kept
// with its row and column ("Dòng 5, cột "Mã cơ quan": trùng với dòng 3"), nothing stopped at the
// first one. Rows are numbered as Excel shows them (the header is row 1).

export type RowProblem = { row: number | null; column: string | null; message: string }
export type ParsedRow = { row: number; values: Record<string, unknown> }
export type ParsedSheet = { rows: ParsedRow[]; problems: RowProblem[] }

/** "Dòng 5, cột "Mã cơ quan": trùng với dòng 3" (or only the parts the problem has). */
export const describeProblem = (problem: RowProblem): string => {
  const where = [
    problem.row === null ? null : `Dòng ${problem.row}`,
    problem.column === null ? null : `cột "${problem.column}"`,
  ].filter(Boolean)
  return where.length ? `${where.join(', ')}: ${problem.message}` : problem.message
}

export const NOT_XLSX =
  'Tệp tải lên không phải là tệp Excel (.xlsx) đọc được. Hãy tải mẫu, điền vào và lưu dưới dạng .xlsx.'

const MAX_ROWS = 2000

/** The key of a row (its key columns, accents and case aside), or null when one is missing. */
export const rowKey = (spec: ImportSpec, values: Record<string, unknown>): string | null => {
  const missing = (part: unknown) => part === undefined || part === null || part === ''
  const required = (key: string) => spec.columns.find((column) => column.key === key)?.required
  if (spec.keyColumns.some((key) => required(key) && missing(values[key]))) return null
  return spec.keyColumns
    .map((key) => (missing(values[key]) ? '' : foldText(String(values[key]))))
    .join('|')
}

/** Problems of rows naming the same record as an earlier row, on the first key column. */
export const duplicateProblems = (spec: ImportSpec, rows: readonly ParsedRow[]): RowProblem[] => {
  const seen = new Map<string, number>()
  const header = spec.columns.find((column) => column.key === spec.keyColumns[0])!.header
  const problems: RowProblem[] = []
  for (const { row, values } of rows) {
    const key = rowKey(spec, values)
    if (key === null) continue
    const first = seen.get(key)
    if (first === undefined) seen.set(key, row)
    else problems.push({ row, column: header, message: `trùng với dòng ${first}.` })
  }
  return problems
}

const readRow = (
  columns: readonly { column: ImportColumn; index: number }[],
  cells: (index: number) => unknown,
  row: number,
  problems: RowProblem[],
): ParsedRow => {
  const values: Record<string, unknown> = {}
  for (const { column, index } of columns) {
    const raw = plainCellValue(cells(index))
    if (isBlank(raw)) {
      if (column.required) problems.push({ row, column: column.header, message: 'chưa điền.' })
      continue
    }
    const read = readCell(column, raw)
    if (read.ok) values[column.key] = read.value
    else problems.push({ row, column: column.header, message: read.message })
  }
  return { row, values }
}

/** Reads the rows of a filled template; a file that is not an XLSX is one problem, not a throw. */
export const parseSheet = async (spec: ImportSpec, file: Uint8Array): Promise<ParsedSheet> => {
  const workbook = new ExcelJS.Workbook()
  const isZip = file.length > 4 && file[0] === 0x50 && file[1] === 0x4b
  try {
    if (!isZip) throw new Error('not a zip')
    await workbook.xlsx.load(Buffer.from(file) as never)
  } catch {
    return { rows: [], problems: [{ row: null, column: null, message: NOT_XLSX }] }
  }
  const sheet = workbook.getWorksheet(spec.sheet) ?? workbook.worksheets[0]
  if (!sheet) return { rows: [], problems: [{ row: null, column: null, message: NOT_XLSX }] }
  const headers = new Map<string, number>()
  sheet.getRow(1).eachCell((cell, index) => {
    headers.set(foldText(String(cell.text ?? '').replace(/\*$/, '')), index)
  })
  const problems: RowProblem[] = []
  const columns = spec.columns.flatMap((column) => {
    const index = headers.get(foldText(column.header))
    if (index !== undefined) return [{ column, index }]
    if (column.required) {
      problems.push({ row: 1, column: column.header, message: 'tệp thiếu cột này; hãy dùng mẫu.' })
    }
    return []
  })
  if (problems.length) return { rows: [], problems }
  const rows: ParsedRow[] = []
  for (let number = 2; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number)
    const cells = (index: number) => row.getCell(index).value
    if (columns.every(({ index }) => isBlank(plainCellValue(cells(index))))) continue
    if (rows.length >= MAX_ROWS) {
      problems.push({
        row: number,
        column: null,
        message: `mỗi lần nhập tối đa ${MAX_ROWS} dòng; hãy chia tệp.`,
      })
      break
    }
    rows.push(readRow(columns, cells, number, problems))
  }
  if (!rows.length && !problems.length) {
    problems.push({ row: null, column: null, message: 'Tệp không có dòng dữ liệu nào.' })
  }
  return { rows, problems: [...problems, ...duplicateProblems(spec, rows)] }
}
