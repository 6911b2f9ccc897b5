import type { Payload } from 'payload'

import type { BudgetLine, User } from '../../payload-types'
import { createAgency, createMedia, createUser, day, unique } from './fixtures'
import { initPayload } from './payload'

/** The provincial police (standing body), its finance officer, the approving director, a voucher. */
export const createBudgetSetup = async (payload: Payload) => {
  const police = await createAgency(payload, { kind: 'police', isStandingBody: true })
  const finance = await createUser(payload, { roles: ['finance'], agency: police.id })
  const approver = await createUser(payload, { roles: ['leader'], agency: police.id })
  const voucher = await createMedia(payload, { agency: police.id })
  return { police, finance, approver, voucher }
}

export type BudgetSetup = Awaited<ReturnType<typeof createBudgetSetup>>

export const asUser = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

/** A 2025 meetings line of 100 million đồng funded by the police. */
export const lineData = (setup: BudgetSetup, overrides: Record<string, unknown> = {}) => ({
  fiscalYear: 2025,
  category: 'meetings',
  sourceAgency: setup.police.id,
  allocatedAmount: 100_000_000,
  legalBasis: `Quyết định số ${unique('QĐ')}/QĐ-UBND ngày 15/01/2025 của UBND tỉnh`,
  ...overrides,
})

/** A 1 million đồng payment of 15/06/2025 on `line`. */
export const expenseData = (
  setup: BudgetSetup,
  line: number,
  overrides: Record<string, unknown> = {},
) => ({
  line,
  date: day('2025-06-15'),
  amount: 1_000_000,
  payee: 'Công ty TNHH In ấn Quảng Nam',
  purpose: 'In tài liệu phục vụ hội nghị sơ kết Đề án 06',
  voucherNumber: unique('PC'),
  voucher: setup.voucher.id,
  approvedBy: setup.approver.id,
  ...overrides,
})

export const createLine = (
  payload: Payload,
  setup: BudgetSetup,
  overrides: Record<string, unknown> = {},
): Promise<BudgetLine> =>
  payload.create({
    collection: 'budget-lines',
    data: lineData(setup, overrides) as never,
    ...asUser(setup.finance),
  })

export const createExpense = (
  payload: Payload,
  setup: BudgetSetup,
  line: number,
  overrides: Record<string, unknown> = {},
) =>
  payload.create({
    collection: 'expenditures',
    data: expenseData(setup, line, overrides) as never,
    ...asUser(setup.finance),
  })

export const storedLine = (payload: Payload, id: number) =>
  payload.findByID({ collection: 'budget-lines', id, depth: 0 })

/** The sum of the amounts recorded on a line, straight from the expenditures. */
export const ledgerSum = async (payload: Payload, line: number): Promise<number> => {
  const found = await payload.find({
    collection: 'expenditures',
    where: { line: { equals: line } },
    pagination: false,
    depth: 0,
    select: { amount: true },
  })
  return found.docs.reduce((sum, doc) => sum + doc.amount, 0)
}

/** Closes fiscal years as the finance officer (they must have ended). */
export const closeYears = (payload: Payload, setup: BudgetSetup, years: number[]) =>
  payload.updateGlobal({
    slug: 'budget-settings',
    data: { closedYears: years.map((year) => ({ year, basis: `Quyết toán năm ${year}` })) },
    ...asUser(setup.finance),
  })

/** The fiscal year closed by createClosedYearWorld. */
export const CLOSED_YEAR = 2023

/**
 * The test file's Payload, the budget setup, and a line of CLOSED_YEAR with one expense recorded
 * before the year was closed.
 */
export const createClosedYearWorld = async () => {
  const payload = await initPayload()
  const setup = await createBudgetSetup(payload)
  const closedLine = await createLine(payload, setup, { fiscalYear: CLOSED_YEAR })
  await createExpense(payload, setup, closedLine.id, { date: day('2023-04-20') })
  await closeYears(payload, setup, [CLOSED_YEAR])
  /** How many lines or expenditures are stored. */
  const countOf = async (collection: 'budget-lines' | 'expenditures') =>
    (await payload.count({ collection })).totalDocs
  return { payload, setup, closedLine, countOf }
}

export type ClosedYearWorld = Awaited<ReturnType<typeof createClosedYearWorld>>

/** A login token of a fixture user (password of test/helpers/fixtures.ts). */
export const tokenOf = async (payload: Payload, user: User): Promise<string> => {
  const result = await payload.login({
    collection: 'users',
    data: { email: user.email, password: 'Test@12345' },
  })
  return result.token ?? ''
}

/** A request through Payload's REST routing (custom endpoints included), as a logged-in user. */
export const rest = async (
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<Response> => {
  const { default: config } = await import('@payload-config')
  const { handleEndpoints } = await import('payload')
  const headers: Record<string, string> = {}
  if (init.token) headers.Authorization = `JWT ${init.token}`
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  return handleEndpoints({
    config,
    request: new Request(`http://localhost/api${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
  })
}
