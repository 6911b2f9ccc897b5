// Expenditures on budget lines (R13.2) through the Local API as the finance officer's request takes
// them: the ledger sequence, reversing entries and every refusal, a 400 naming the field that
// stores nothing.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { BudgetLine } from '../../payload-types'
import {
  asUser,
  createClosedYearWorld,
  createExpense,
  createLine,
  expenseData,
  ledgerSum,
  storedLine,
  type BudgetSetup,
  type ClosedYearWorld,
} from '../helpers/budget'
import { day } from '../helpers/fixtures'
import { expectInvalid } from '../helpers/refusals'

type Data = Record<string, unknown>

/** Extra data for a case, known before the test runs. */
const given = (data: Data) => async () => data

const FORGED_ID = 999999

let payload: Payload
let setup: BudgetSetup
let closedLine: BudgetLine
let countOf: ClosedYearWorld['countOf']

beforeAll(async () => {
  ;({ payload, setup, closedLine, countOf } = await createClosedYearWorld())
})

describe('expenditures (R13.2)', () => {
  it('records an expenditure as the next entry of its line and updates the line (R13.2)', async () => {
    const line = await createLine(payload, setup)
    await createExpense(payload, setup, line.id, { amount: 4_000_000 })
    const second = await createExpense(payload, setup, line.id, { amount: 6_000_000 })
    expect(second).toMatchObject({ sequence: 2, spentAfter: 10_000_000 })
    expect(await storedLine(payload, line.id)).toMatchObject({
      spent: 10_000_000,
      remaining: 90_000_000,
    })
  })

  it('stores the day of the expense as 00:00 Vietnam time', async () => {
    const line = await createLine(payload, setup)
    const expense = await createExpense(payload, setup, line.id, {
      date: '2025-06-15T10:30:00+07:00',
    })
    expect(expense.date).toBe(day('2025-06-15'))
  })

  it('records a reversing entry that takes spending back (R13.2)', async () => {
    const line = await createLine(payload, setup)
    const original = await createExpense(payload, setup, line.id, { amount: 8_000_000 })
    const correction = await createExpense(payload, setup, line.id, {
      amount: -3_000_000,
      reverses: original.id,
      date: day('2025-06-20'),
      purpose: 'Điều chỉnh giảm do nhà cung cấp hoàn trả tiền in thừa',
    })
    expect(correction).toMatchObject({ sequence: 2, spentAfter: 5_000_000 })
    expect((await storedLine(payload, line.id)).spent).toBe(5_000_000)
  })

  it('refuses a second reversal beyond what is left of the original (R13.2)', async () => {
    const line = await createLine(payload, setup)
    const original = await createExpense(payload, setup, line.id, { amount: 8_000_000 })
    await createExpense(payload, setup, line.id, { amount: -5_000_000, reverses: original.id })
    await expectInvalid(
      createExpense(payload, setup, line.id, { amount: -3_000_001, reverses: original.id }),
      /^amount: .*tối đa 3\.000\.000 đồng/m,
    )
    expect(await ledgerSum(payload, line.id)).toBe(3_000_000)
  })

  it('refuses an expense over the remaining allocation, storing nothing (R13.2)', async () => {
    const line = await createLine(payload, setup, { allocatedAmount: 10_000_000 })
    await createExpense(payload, setup, line.id, { amount: 7_000_000 })
    await expectInvalid(
      createExpense(payload, setup, line.id, { amount: 3_000_001 }),
      /^amount: Vi phạm Điều 13 khoản 2: Vượt dự toán còn lại: dòng dự toán chỉ còn 3\.000\.000 đồng/m,
    )
    expect(await storedLine(payload, line.id)).toMatchObject({ spent: 7_000_000 })
    expect(await ledgerSum(payload, line.id)).toBe(7_000_000)
  })

  it('refuses an expense on a line of a closed year, storing nothing (R13.2)', async () => {
    const before = await countOf('expenditures')
    await expectInvalid(
      createExpense(payload, setup, closedLine.id, { date: day('2023-05-05') }),
      /^line: .*năm ngân sách 2023 đã khóa sổ/m,
    )
    expect(await countOf('expenditures')).toBe(before)
  })

  it('refuses a finance officer approving his/her own payment, storing nothing', async () => {
    const line = await createLine(payload, setup)
    await expectInvalid(
      createExpense(payload, setup, line.id, { approvedBy: setup.finance.id }),
      /^approvedBy: Người duyệt chi phải là thủ trưởng/m,
    )
    expect(await ledgerSum(payload, line.id)).toBe(0)
  })

  const badExpenses: { what: string; data: () => Promise<Data>; error: RegExp }[] = [
    {
      what: 'a negative amount that reverses nothing',
      data: given({ amount: -1_000_000 }),
      error: /^reverses: .*phải chọn khoản chi được điều chỉnh/m,
    },
    {
      what: 'a fractional amount',
      data: given({ amount: 1_000_000.75 }),
      error: /^amount: .*số tiền phải là số nguyên đồng/m,
    },
    {
      what: 'an amount of 0',
      data: given({ amount: 0 }),
      error: /^amount: .*khoản chi phải khác 0 đồng/m,
    },
    {
      what: 'an amount written with thousands separators',
      data: given({ amount: '1.000.000' }),
      error: /^amount: .*"1\.000\.000" không phải số nguyên/m,
    },
    {
      what: 'an amount with trailing letters',
      data: given({ amount: '12abc' }),
      error: /^amount: .*"12abc" không phải số nguyên/m,
    },
    {
      what: 'no amount',
      data: given({ amount: null }),
      error: /^amount: .*phải nhập số tiền/m,
    },
    {
      what: 'an expense dated on the last day of the previous year',
      data: given({ date: day('2024-12-31') }),
      error: /^date: .*ngày chi phải thuộc năm ngân sách 2025/m,
    },
    {
      what: 'an expense dated on the first day after the settlement period',
      data: given({ date: day('2026-02-01') }),
      error: /^date: .*ngày chi phải thuộc năm ngân sách 2025/m,
    },
    {
      what: 'a date that is not a date',
      data: given({ date: 'hôm qua' }),
      error: /^date: \S/m,
    },
    {
      what: 'no date',
      data: given({ date: null }),
      error: /^date: \S/m,
    },
    {
      what: 'a budget line that does not exist',
      data: given({ line: FORGED_ID }),
      error: /^line: .*không tồn tại/m,
    },
    {
      what: 'a budget line id that is not an id',
      data: given({ line: 'abc' }),
      error: /^line: .*không tồn tại/m,
    },
    {
      what: 'no voucher',
      data: given({ voucher: null }),
      error: /^voucher: \S/m,
    },
    {
      what: 'a voucher that does not exist',
      data: given({ voucher: FORGED_ID }),
      error: /^voucher: \S/m,
    },
    {
      what: 'no approver',
      data: given({ approvedBy: null }),
      error: /^approvedBy: \S/m,
    },
    {
      what: 'an approver who does not exist',
      data: given({ approvedBy: FORGED_ID }),
      error: /^approvedBy: \S/m,
    },
    {
      what: 'no payee',
      data: given({ payee: '' }),
      error: /^payee: \S/m,
    },
    {
      what: 'no purpose',
      data: given({ purpose: '' }),
      error: /^purpose: \S/m,
    },
    {
      what: 'a reversal of an expenditure that does not exist',
      data: given({ amount: -1_000, reverses: FORGED_ID }),
      error: /^reverses: .*không tồn tại/m,
    },
    {
      what: 'a positive amount that references an expenditure',
      data: async () => ({
        reverses: (await createExpense(payload, setup, (await createLine(payload, setup)).id)).id,
      }),
      error: /^reverses: .*chỉ bút toán ghi âm/m,
    },
    {
      what: 'a reversal of an expenditure of another line',
      data: async () => ({
        amount: -1_000,
        reverses: (await createExpense(payload, setup, (await createLine(payload, setup)).id)).id,
      }),
      error: /^reverses: .*không tồn tại trên dòng dự toán này/m,
    },
  ]

  it.each(badExpenses)('refuses $what, storing nothing (R13.2)', async ({ data, error }) => {
    const line = await createLine(payload, setup)
    await createExpense(payload, setup, line.id, { amount: 2_000_000 })
    const extra = await data()
    const before = await countOf('expenditures')
    await expectInvalid(
      payload.create({
        collection: 'expenditures',
        data: expenseData(setup, line.id, extra) as never,
        ...asUser(setup.finance),
      }),
      error,
    )
    expect(await countOf('expenditures')).toBe(before)
    expect(await storedLine(payload, line.id)).toMatchObject({
      spent: 2_000_000,
      remaining: 98_000_000,
    })
  })

  it('refuses reversing a reversing entry (R13.2)', async () => {
    const line = await createLine(payload, setup)
    const original = await createExpense(payload, setup, line.id, { amount: 8_000_000 })
    const correction = await createExpense(payload, setup, line.id, {
      amount: -1_000_000,
      reverses: original.id,
    })
    await expectInvalid(
      createExpense(payload, setup, line.id, { amount: -500_000, reverses: correction.id }),
      /^reverses: .*không điều chỉnh một bút toán điều chỉnh/m,
    )
    expect(await ledgerSum(payload, line.id)).toBe(7_000_000)
  })

  it('refuses a reversal dated before the expenditure it corrects (R13.2)', async () => {
    const line = await createLine(payload, setup)
    const original = await createExpense(payload, setup, line.id, { amount: 8_000_000 })
    await expectInvalid(
      createExpense(payload, setup, line.id, {
        amount: -1_000_000,
        reverses: original.id,
        date: day('2025-06-14'),
      }),
      /^date: .*không được lập trước ngày của khoản chi gốc \(15\/06\/2025\)/m,
    )
    expect(await ledgerSum(payload, line.id)).toBe(8_000_000)
  })
})
