// R13.2 under concurrency, on the database the suite runs on (SQLite or PostgreSQL): simultaneous
// expenditures that together would overspend a line are checked one against the other, so exactly
// the affordable ones are recorded and the line's stored totals match its ledger.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Expenditure } from '../../payload-types'
import { recordExpenditure } from '../../src/budget/recordExpenditure'
import {
  asUser,
  createBudgetSetup,
  createLine,
  expenseData,
  ledgerSum,
  rest,
  storedLine,
  tokenOf,
  type BudgetSetup,
} from '../helpers/budget'
import { initPayload } from '../helpers/payload'

let payload: Payload
let setup: BudgetSetup

beforeAll(async () => {
  payload = await initPayload()
  setup = await createBudgetSetup(payload)
})

const simultaneously = <T>(count: number, attempt: (index: number) => Promise<T>) =>
  Promise.allSettled(Array.from({ length: count }, (_, index) => attempt(index)))

const refusals = (results: PromiseSettledResult<unknown>[]) =>
  results
    .filter((result): result is PromiseRejectedResult => result.status === 'rejected')
    .map((result) => (result.reason as { data?: { errors?: { message: string }[] } }).data)

const sequencesOf = async (line: number) =>
  (
    await payload.find({
      collection: 'expenditures',
      where: { line: { equals: line } },
      sort: 'sequence',
      pagination: false,
      depth: 0,
      select: { sequence: true },
    })
  ).docs.map((doc) => doc.sequence)

describe('simultaneous expenditures (R13.2)', () => {
  it('accepts exactly one of two simultaneous expenditures that together overspend (R13.2)', async () => {
    const line = await createLine(payload, setup, { allocatedAmount: 10_000_000 })
    const results = await simultaneously(2, () =>
      recordExpenditure(payload, {
        data: expenseData(setup, line.id, { amount: 6_000_000 }),
        user: setup.finance,
      }),
    )
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect(await ledgerSum(payload, line.id)).toBe(6_000_000)
  })

  it('accepts exactly the affordable ten of twenty simultaneous expenditures (R13.2)', async () => {
    const line = await createLine(payload, setup, { allocatedAmount: 10_000_000 })
    const results = await simultaneously(20, () =>
      recordExpenditure(payload, {
        data: expenseData(setup, line.id, { amount: 1_000_000 }),
        user: setup.finance,
      }),
    )
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(10)
    expect(refusals(results)).toEqual(
      Array.from({ length: 10 }, () => ({
        collection: 'expenditures',
        errors: [
          {
            path: 'amount',
            message:
              'Vi phạm Điều 13 khoản 2: Vượt dự toán còn lại: dòng dự toán chỉ còn 0 đồng, khoản chi 1.000.000 đồng.',
          },
        ],
      })),
    )
    expect(await ledgerSum(payload, line.id)).toBe(10_000_000)
  })

  it('numbers simultaneous entries 1, 2, 3… without gaps or repeats (R13.2)', async () => {
    const line = await createLine(payload, setup, { allocatedAmount: 10_000_000 })
    await simultaneously(20, () =>
      recordExpenditure(payload, {
        data: expenseData(setup, line.id, { amount: 700_000 }),
        user: setup.finance,
      }),
    )
    expect(await sequencesOf(line.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
  })

  it('keeps the line’s stored spent and remaining equal to its ledger (R13.2)', async () => {
    const line = await createLine(payload, setup, { allocatedAmount: 10_000_000 })
    await simultaneously(20, (index) =>
      recordExpenditure(payload, {
        data: expenseData(setup, line.id, { amount: 300_000 + index * 100_000 }),
        user: setup.finance,
      }),
    )
    const spent = await ledgerSum(payload, line.id)
    expect(await storedLine(payload, line.id)).toMatchObject({
      spent,
      remaining: 10_000_000 - spent,
    })
  })

  it('never overspends through plain simultaneous creates either (R13.2)', async () => {
    const line = await createLine(payload, setup, { allocatedAmount: 10_000_000 })
    await simultaneously(20, () =>
      payload.create({
        collection: 'expenditures',
        data: expenseData(setup, line.id, { amount: 1_000_000 }) as never,
        ...asUser(setup.finance),
      }),
    )
    const spent = await ledgerSum(payload, line.id)
    expect(spent).toBeLessThanOrEqual(10_000_000)
    expect((await storedLine(payload, line.id)).spent).toBe(spent)
  })

  it('stores every plain simultaneous create it reports as recorded (R13.2)', async () => {
    const line = await createLine(payload, setup, { allocatedAmount: 10_000_000 })
    const results = await simultaneously(20, () =>
      payload.create({
        collection: 'expenditures',
        data: expenseData(setup, line.id, { amount: 1_000_000 }) as never,
        ...asUser(setup.finance),
      }),
    )
    const reported = results
      .filter((result) => result.status === 'fulfilled')
      .map((result) => (result as PromiseFulfilledResult<Expenditure>).value.id)
    const stored = await payload.find({
      collection: 'expenditures',
      where: { line: { equals: line.id } },
      pagination: false,
      depth: 0,
      select: { sequence: true },
    })
    expect(reported.sort()).toEqual(stored.docs.map((doc) => doc.id).sort())
  })

  it('refuses plain simultaneous creates only with validation errors (R13.2)', async () => {
    const line = await createLine(payload, setup, { allocatedAmount: 3_000_000 })
    const results = await simultaneously(10, () =>
      payload.create({
        collection: 'expenditures',
        data: expenseData(setup, line.id, { amount: 1_000_000 }) as never,
        ...asUser(setup.finance),
      }),
    )
    const names = results
      .filter((result): result is PromiseRejectedResult => result.status === 'rejected')
      .map((result) => [
        (result.reason as Error).name,
        (result.reason as { status: number }).status,
      ])
    expect(new Set(names.map(String))).toEqual(new Set(['ValidationError,400']))
  })
})

describe('expenditures over REST (R13.2)', () => {
  let token: string

  beforeAll(async () => {
    token = await tokenOf(payload, setup.finance)
  })

  it('records an entry posted to /api/expenditures as the next of its line (R13.2)', async () => {
    const line = await createLine(payload, setup)
    const response = await rest('/expenditures', {
      method: 'POST',
      token,
      body: expenseData(setup, line.id, { amount: 2_000_000 }),
    })
    expect(response.status).toBe(201)
    expect((await response.json()).doc).toMatchObject({ sequence: 1, spentAfter: 2_000_000 })
  })

  it('answers an overspending entry posted to /api/expenditures with a 400 (R13.2)', async () => {
    const line = await createLine(payload, setup, { allocatedAmount: 1_000_000 })
    const response = await rest('/expenditures', {
      method: 'POST',
      token,
      body: expenseData(setup, line.id, { amount: 1_000_001 }),
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/Vượt dự toán còn lại/)
  })

  it('accepts exactly the affordable ones of twenty simultaneous posts (R13.2)', async () => {
    const line = await createLine(payload, setup, { allocatedAmount: 5_000_000 })
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        rest('/expenditures', {
          method: 'POST',
          token,
          body: expenseData(setup, line.id, { amount: 1_000_000 }),
        }),
      ),
    )
    expect(responses.map((response) => response.status).sort()).toEqual([
      ...Array<number>(5).fill(201),
      ...Array<number>(15).fill(400),
    ])
    expect(await ledgerSum(payload, line.id)).toBe(5_000_000)
  })

  it('refuses a post by a user without the finance role (R13.1)', async () => {
    const line = await createLine(payload, setup)
    const response = await rest('/expenditures', {
      method: 'POST',
      token: await tokenOf(payload, setup.approver),
      body: expenseData(setup, line.id),
    })
    expect(response.status).toBe(403)
    expect(await ledgerSum(payload, line.id)).toBe(0)
  })
})
