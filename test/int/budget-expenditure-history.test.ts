// Recorded expenditures are history (R13.2): nobody edits or deletes a ledger entry, not even the
// system; corrections are reversing entries.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  asUser,
  createBudgetSetup,
  createExpense,
  createLine,
  type BudgetSetup,
} from '../helpers/budget'
import { createUser } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectInvalid } from '../helpers/refusals'

const R13_2 = /Vi phạm Điều 13 khoản 2/

let payload: Payload
let setup: BudgetSetup

const countOf = async (collection: 'budget-lines' | 'expenditures') =>
  (await payload.count({ collection })).totalDocs

beforeAll(async () => {
  payload = await initPayload()
  setup = await createBudgetSetup(payload)
})

describe('recorded expenditures are history (R13.2)', () => {
  let expenseId: number

  beforeAll(async () => {
    const line = await createLine(payload, setup)
    expenseId = (await createExpense(payload, setup, line.id)).id
  })

  const storedExpense = () => payload.findByID({ collection: 'expenditures', id: expenseId })

  it('refuses the finance officer editing an expenditure, changing nothing (R13.2)', async () => {
    const before = await storedExpense()
    await expectInvalid(
      payload.update({
        collection: 'expenditures',
        id: expenseId,
        data: { amount: 500_000 },
        ...asUser(setup.finance),
      }),
      /^id: .*khoản chi đã ghi sổ không được sửa hoặc xóa; để điều chỉnh, hãy lập bút toán ghi âm/m,
    )
    expect(await storedExpense()).toEqual(before)
  })

  it('refuses an administrator editing an expenditure (R13.2)', async () => {
    const admin = await createUser(payload, { roles: ['admin'] })
    await expectInvalid(
      payload.update({
        collection: 'expenditures',
        id: expenseId,
        data: { payee: 'Người khác' },
        ...asUser(admin),
      }),
      R13_2,
    )
  })

  it('refuses even a system edit of an expenditure (R13.2)', async () => {
    await expectInvalid(
      payload.update({
        collection: 'expenditures',
        id: expenseId,
        data: { amount: 1 },
        overrideAccess: true,
      }),
      R13_2,
    )
  })

  it('refuses a bulk edit of expenditures (R13.2)', async () => {
    await expectInvalid(
      payload.update({
        collection: 'expenditures',
        where: { id: { equals: expenseId } },
        data: { payee: 'Người khác' },
        overrideAccess: true,
      }),
      R13_2,
    )
  })

  it('refuses the finance officer deleting an expenditure (R13.2)', async () => {
    await expectInvalid(
      payload.delete({ collection: 'expenditures', id: expenseId, ...asUser(setup.finance) }),
      /^id: .*khoản chi đã ghi sổ không được sửa hoặc xóa/m,
    )
    expect((await storedExpense()).id).toBe(expenseId)
  })

  it('refuses even a system delete of expenditures (R13.2)', async () => {
    const before = await countOf('expenditures')
    await expectInvalid(
      payload.delete({ collection: 'expenditures', where: {}, overrideAccess: true }),
      R13_2,
    )
    expect(await countOf('expenditures')).toBe(before)
  })

  it('offers no duplicate of an expenditure', () => {
    expect(payload.collections.expenditures.config.disableDuplicate).toBe(true)
  })

  it('keeps a line’s stored totals equal to its ledger after edits of the line (R13.2)', async () => {
    const line = await createLine(payload, setup)
    await createExpense(payload, setup, line.id, { amount: 2_500_000 })
    const updated = await payload.update({
      collection: 'budget-lines',
      id: line.id,
      data: { note: 'Bổ sung ghi chú' },
      ...asUser(setup.finance),
    })
    expect(updated).toMatchObject({ spent: 2_500_000, remaining: 97_500_000 })
  })
})
