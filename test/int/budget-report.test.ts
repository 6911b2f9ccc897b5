// The budget execution report (R13.2): GET /api/budget-lines/execution-report?year=YYYY returns an
// .xlsx whose lines and totals match the database.
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { TOTAL_LABEL, XLSX_MIME_TYPE } from '../../src/budget/executionReport'
import {
  createBudgetSetup,
  createExpense,
  createLine,
  rest,
  tokenOf,
  type BudgetSetup,
} from '../helpers/budget'
import { createAgency, createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'

let payload: Payload
let setup: BudgetSetup
let financeToken: string

const report = (year: string, token?: string) =>
  rest(`/budget-lines/execution-report?year=${year}`, { token })

const readWorkbook = async (response: Response) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await response.arrayBuffer())
  const sheet = workbook.worksheets[0]
  const rows: unknown[][] = []
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return { sheet, rows }
}

const totalsRow = (rows: unknown[][]) => rows.find((row) => row[1] === TOTAL_LABEL) ?? []

/** Allocated and spent of a year, straight from the database: lines and their expenditures. */
const databaseTotals = async (year: number) => {
  const lines = await payload.find({
    collection: 'budget-lines',
    where: { fiscalYear: { equals: year } },
    pagination: false,
    depth: 0,
  })
  const expenses = await payload.find({
    collection: 'expenditures',
    where: { line: { in: lines.docs.map((line) => line.id) } },
    pagination: false,
    depth: 0,
  })
  const allocated = lines.docs.reduce((sum, line) => sum + line.allocatedAmount, 0)
  const spent = expenses.docs.reduce((sum, expense) => sum + expense.amount, 0)
  return { lines: lines.docs.length, allocated, spent, remaining: allocated - spent }
}

beforeAll(async () => {
  payload = await initPayload()
  setup = await createBudgetSetup(payload)
  const department = await createAgency(payload, { name: 'Sở Khoa học và Công nghệ' })
  const meetings = await createLine(payload, setup, { allocatedAmount: 120_000_000 })
  const software = await createLine(payload, setup, {
    category: 'software-data',
    sourceAgency: department.id,
    allocatedAmount: 450_000_000,
  })
  await createLine(payload, setup, { category: 'training', allocatedAmount: 80_000_000 })
  const other = await createLine(payload, setup, { fiscalYear: 2024, allocatedAmount: 9_000_000 })
  const hall = await createExpense(payload, setup, meetings.id, { amount: 35_500_000 })
  await createExpense(payload, setup, meetings.id, {
    amount: -1_500_000,
    reverses: hall.id,
    date: day('2025-07-01'),
  })
  await createExpense(payload, setup, software.id, { amount: 300_000_000 })
  await createExpense(payload, setup, other.id, { amount: 1_000_000, date: day('2024-03-03') })
  financeToken = await tokenOf(payload, setup.finance)
})

describe('budget execution report (R13.2)', () => {
  it('returns an Excel file for the finance officer', async () => {
    const response = await report('2025', financeToken)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(XLSX_MIME_TYPE)
    expect(response.headers.get('content-disposition')).toMatch(/thuc-hien-du-toan-2025\.xlsx/)
  })

  it('totals allocation, spending and remaining as the database does (R13.2)', async () => {
    const { rows } = await readWorkbook(await report('2025', financeToken))
    const expected = await databaseTotals(2025)
    expect(totalsRow(rows).slice(4, 7)).toEqual([
      expected.allocated,
      expected.spent,
      expected.remaining,
    ])
  })

  it('gives the execution rate of the totals (R13.2)', async () => {
    const { rows } = await readWorkbook(await report('2025', financeToken))
    expect(totalsRow(rows)[7]).toBeCloseTo(334_000_000 / 650_000_000, 10)
  })

  it('lists one row per line of the year, with its category and source (R13.2)', async () => {
    const { rows } = await readWorkbook(await report('2025', financeToken))
    const lines = rows.filter((row) => typeof row[0] === 'number')
    expect(lines.map((row) => row.slice(1, 3))).toEqual([
      ['Phần mềm, cơ sở dữ liệu', 'Sở Khoa học và Công nghệ'],
      ['Đào tạo, tập huấn', setup.police.name],
      ['Hội nghị, hội thảo, họp', setup.police.name],
    ])
  })

  it('shows each line’s spending net of its reversing entries (R13.2)', async () => {
    const { rows } = await readWorkbook(await report('2025', financeToken))
    const meetingsRow = rows.find((row) => row[1] === 'Hội nghị, hội thảo, họp') ?? []
    expect(meetingsRow.slice(4, 7)).toEqual([120_000_000, 34_000_000, 86_000_000])
  })

  it('names the year in the title', async () => {
    const { rows } = await readWorkbook(await report('2025', financeToken))
    expect(rows[1]?.[0]).toBe('BÁO CÁO TÌNH HÌNH THỰC HIỆN DỰ TOÁN KINH PHÍ NĂM 2025')
  })

  it('reports a year without lines with zero totals', async () => {
    const { rows } = await readWorkbook(await report('2030', financeToken))
    expect(totalsRow(rows).slice(4, 8)).toEqual([0, 0, 0, 0])
  })

  it('refuses a year outside the fiscal years with a 400', async () => {
    expect((await report('1999', financeToken)).status).toBe(400)
  })

  it('refuses a malformed year with a 400', async () => {
    expect((await report('2025abc', financeToken)).status).toBe(400)
  })

  const readers: [string, User['roles'], number][] = [
    ['an administrator', ['admin'], 200],
    ['the secretariat', ['secretariat'], 200],
    ['a leader', ['leader'], 200],
    ['a viewer', ['viewer'], 403],
    ['a reporter', ['reporter'], 403],
  ]

  it.each(readers)('answers %s with %i (R13.1)', async (_who, roles, status) => {
    const user = await createUser(payload, { roles, agency: setup.police.id })
    expect((await report('2025', await tokenOf(payload, user))).status).toBe(status)
  })

  it('refuses an anonymous request with a 401 (R13.1)', async () => {
    expect((await report('2025')).status).toBe(401)
  })
})
