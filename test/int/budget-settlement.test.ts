// R13.2: an expense dated in the settlement period (chỉnh lý quyết toán; by default until 31/01 of
// the next year, a budget setting) may be charged to the previous year's line.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  asUser,
  createBudgetSetup,
  createExpense,
  createLine,
  type BudgetSetup,
} from '../helpers/budget'
import { day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectInvalid } from '../helpers/refusals'

let payload: Payload
let setup: BudgetSetup

beforeAll(async () => {
  payload = await initPayload()
  setup = await createBudgetSetup(payload)
})

describe('the settlement period (R13.2)', () => {
  it('charges an expense dated 31/01 of the next year to the 2025 line by default (R13.2)', async () => {
    const line = await createLine(payload, setup)
    const expense = await createExpense(payload, setup, line.id, { date: day('2026-01-31') })
    expect(expense.date).toBe(day('2026-01-31'))
  })

  it('follows a longer period set in the budget settings, and refuses the day after it (R13.2)', async () => {
    await payload.updateGlobal({
      slug: 'budget-settings',
      data: { settlementMonth: 3, settlementDay: 31 },
      ...asUser(setup.finance),
    })
    try {
      const line = await createLine(payload, setup)
      await createExpense(payload, setup, line.id, { date: day('2026-03-31') })
      await expectInvalid(
        createExpense(payload, setup, line.id, { date: day('2026-04-01') }),
        /^date: Vi phạm Điều 13 khoản 2: .*hoặc thời gian chỉnh lý quyết toán \(đến 31\/03\/2026\)/m,
      )
    } finally {
      await payload.updateGlobal({
        slug: 'budget-settings',
        data: { settlementMonth: 1, settlementDay: 31 },
        overrideAccess: true,
      })
    }
  })
})
