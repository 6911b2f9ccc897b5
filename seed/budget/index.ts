import type { Payload } from 'payload'
import type { User } from '../../payload-types'
import { vnToday } from '../../src/lib/clock'
import type { AgencyIds } from '../agencies'
import { ensurePdf } from '../files'
import type { PersonIds } from '../people'
import { bump, required, SEED_OPTIONS, vnDay, type Id, type Tally } from '../shared'
import { type ExpenseSeed, POLICE } from './terms'
import { BUDGET_LINES } from './data'

type Context = { people: PersonIds; agencies: AgencyIds }

const lineKey = (year: number, basis: string, category: string) => `${year}|${basis}|${category}`

/** The scanned voucher of a payment (ASCII text: the PDF uses a standard font). */
const voucherPdf = (expense: ExpenseSeed, agency: Id) => {
  const [day, month, year] = expense.date.split('-').reverse()
  return {
    title: `Phiếu chi số ${expense.voucher} ngày ${day}/${month}/${year}`,
    filename: `${expense.voucher.replace('/', '-').toLowerCase()}.pdf`,
    lines: [
      'CONG AN TINH QUANG NAM (demo)',
      `PHIEU CHI So ${expense.voucher}, ngay ${day}/${month}/${year}`,
      `So tien: ${expense.amount} dong`,
      'Kinh phi hoat dong To cong tac De an 06',
      'Chung tu gia lap, chi dung cho du lieu mau.',
    ],
    agency,
  }
}

/**
 * R13: budget lines of every fiscal year 2022–2026 with their spending (one reversing entry in
 * 2024), recorded as the demo finance officer and approved by the police director; the years
 * before the current one are then closed. Lines are found by year, decision and category,
 * expenditures by voucher number, closed years by year.
 */
export const seedBudget = async (payload: Payload, ctx: Context, tally: Tally): Promise<void> => {
  const finance = await payload.findByID({
    collection: 'users',
    id: required(ctx.people.get('finance'), 'user finance'),
    depth: 0,
    overrideAccess: true,
  })
  const approver = required(ctx.people.get('standingDeputy'), 'user standingDeputy')
  const police = required(ctx.agencies.get(POLICE), `agency ${POLICE}`)
  const asFinance = { ...SEED_OPTIONS, user: finance }

  const lines = await payload.find({
    collection: 'budget-lines',
    pagination: false,
    select: { fiscalYear: true, legalBasis: true, category: true },
    ...SEED_OPTIONS,
  })
  const lineIds = new Map(
    lines.docs.map((doc) => [lineKey(doc.fiscalYear, doc.legalBasis, doc.category), doc.id]),
  )
  const expenses = await payload.find({
    collection: 'expenditures',
    where: {
      voucherNumber: {
        in: BUDGET_LINES.flatMap((line) => line.expenses.map((expense) => expense.voucher)),
      },
    },
    pagination: false,
    select: { voucherNumber: true },
    ...SEED_OPTIONS,
  })
  const expenseIds = new Map(expenses.docs.map((doc) => [doc.voucherNumber ?? '', doc.id]))

  for (const seed of BUDGET_LINES) {
    const key = lineKey(seed.year, seed.basis, seed.category)
    let lineId = lineIds.get(key)
    if (lineId === undefined) {
      const line = await payload.create({
        collection: 'budget-lines',
        data: {
          fiscalYear: seed.year,
          category: seed.category,
          sourceAgency: required(ctx.agencies.get(seed.source), `agency ${seed.source}`),
          allocatedAmount: seed.allocated,
          legalBasis: seed.basis,
          note: seed.note,
        },
        ...asFinance,
      })
      lineId = line.id
      lineIds.set(key, lineId)
      bump(tally, 'budget-lines')
    }
    for (const expense of seed.expenses) {
      if (expenseIds.has(expense.voucher)) continue
      const voucher = await ensurePdf(payload, voucherPdf(expense, police), tally)
      const doc = await payload.create({
        collection: 'expenditures',
        data: {
          line: lineId,
          date: vnDay(expense.date),
          amount: expense.amount,
          payee: expense.payee,
          purpose: expense.purpose,
          voucherNumber: expense.voucher,
          voucher,
          approvedBy: approver,
          reverses: expense.reverses
            ? required(expenseIds.get(expense.reverses), `expenditure ${expense.reverses}`)
            : undefined,
        },
        ...asFinance,
      })
      expenseIds.set(expense.voucher, doc.id)
      bump(tally, 'expenditures')
    }
  }
  await closeEndedYears(payload, finance)
}

/** Closes the seeded fiscal years before the current one that are not closed yet. */
const closeEndedYears = async (payload: Payload, finance: User): Promise<void> => {
  const currentYear = Number(vnToday().slice(0, 4))
  const settings = await payload.findGlobal({ slug: 'budget-settings', ...SEED_OPTIONS })
  const closed = (settings.closedYears ?? []).map((row) => ({ year: row.year, basis: row.basis }))
  const toClose = [...new Set(BUDGET_LINES.map((line) => line.year))].filter(
    (year) => year < currentYear && !closed.some((row) => row.year === year),
  )
  if (toClose.length === 0) return
  await payload.updateGlobal({
    slug: 'budget-settings',
    data: {
      closedYears: [
        ...closed,
        ...toClose.map((year) => ({
          year,
          basis: `Báo cáo quyết toán kinh phí hoạt động năm ${year} của Tổ công tác Đề án 06`,
        })),
      ],
    },
    ...SEED_OPTIONS,
    user: finance,
  })
}
export { BUDGET_LINES } from './data'
