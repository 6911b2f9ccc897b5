// Budget lines, expenditures and closed years (R13.1, R13.2) through the Local API as the finance
// officer's request takes them. Every refusal is a 400 naming the field and stores nothing.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { BudgetLine } from '../../payload-types'
import { vnToday } from '../../src/lib/clock'
import {
  asUser,
  closeYears,
  createBudgetSetup,
  createExpense,
  createLine,
  expenseData,
  ledgerSum,
  lineData,
  storedLine,
  type BudgetSetup,
} from '../helpers/budget'
import { createAgency, createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectForbidden, expectInvalid } from '../helpers/refusals'

type Data = Record<string, unknown>

/** Extra data for a case, known before the test runs. */
const given = (data: Data) => async () => data

const FORGED_ID = 999999
const R13_2 = /Vi phạm Điều 13 khoản 2/
const CLOSED_YEAR = 2023

let payload: Payload
let setup: BudgetSetup
let closedLine: BudgetLine

const countOf = async (collection: 'budget-lines' | 'expenditures') =>
  (await payload.count({ collection })).totalDocs

beforeAll(async () => {
  payload = await initPayload()
  setup = await createBudgetSetup(payload)
  closedLine = await createLine(payload, setup, { fiscalYear: CLOSED_YEAR })
  await createExpense(payload, setup, closedLine.id, { date: day('2023-04-20') })
  await closeYears(payload, setup, [CLOSED_YEAR])
})

describe('budget lines (R13.1, R13.2)', () => {
  it('records a line for the police finance officer, open and with nothing spent (R13.1)', async () => {
    const line = await createLine(payload, setup)
    expect(line).toMatchObject({
      status: 'open',
      spent: 0,
      remaining: 100_000_000,
      createdBy: setup.finance.id,
    })
  })

  const createCases: { what: string; data: Data; error: RegExp }[] = [
    {
      what: 'a negative allocation',
      data: { allocatedAmount: -5_000_000 },
      error: /^allocatedAmount: .*Điều 13 khoản 2: dự toán được giao phải lớn hơn 0/m,
    },
    {
      what: 'a fractional allocation',
      data: { allocatedAmount: 1_000_000.5 },
      error: /^allocatedAmount: .*Điều 13 khoản 2: số tiền phải là số nguyên đồng/m,
    },
    {
      what: 'an allocation of 0',
      data: { allocatedAmount: 0 },
      error: /^allocatedAmount: .*dự toán được giao phải lớn hơn 0/m,
    },
    {
      what: 'an allocation written with thousands separators',
      data: { allocatedAmount: '100.000.000' },
      error: /^allocatedAmount: .*"100\.000\.000" không phải số nguyên/m,
    },
    {
      what: 'an allocation sent as an object',
      data: { allocatedAmount: { vnd: 1 } },
      error: /^allocatedAmount: .*cần một số/m,
    },
    {
      what: 'a fiscal year before the programme',
      data: { fiscalYear: 2021 },
      error: /^fiscalYear: .*năm ngân sách phải là một năm từ 2022 đến 2100/m,
    },
    {
      what: 'a fractional fiscal year',
      data: { fiscalYear: 2025.5 },
      error: /^fiscalYear: .*Điều 13 khoản 2/m,
    },
    {
      what: 'a closed fiscal year',
      data: { fiscalYear: CLOSED_YEAR },
      error: /^fiscalYear: .*năm ngân sách 2023 đã khóa sổ/m,
    },
    {
      what: 'a source agency that does not exist',
      data: { sourceAgency: FORGED_ID },
      error: /^sourceAgency: \S/m,
    },
    {
      what: 'no legal basis',
      data: { legalBasis: '' },
      error: /^legalBasis: \S/m,
    },
    {
      what: 'an unknown category',
      data: { category: 'bonus' },
      error: /^category: \S/m,
    },
    {
      what: 'a decision file that does not exist',
      data: { basisFile: FORGED_ID },
      error: /^basisFile: \S/m,
    },
  ]

  it.each(createCases)('refuses $what, storing nothing (R13.2)', async ({ data, error }) => {
    const before = await countOf('budget-lines')
    await expectInvalid(
      payload.create({
        collection: 'budget-lines',
        data: lineData(setup, data) as never,
        ...asUser(setup.finance),
      }),
      error,
    )
    expect(await countOf('budget-lines')).toBe(before)
  })

  it('lets the finance officer correct the legal basis of an open line', async () => {
    const line = await createLine(payload, setup)
    const updated = await payload.update({
      collection: 'budget-lines',
      id: line.id,
      data: { legalBasis: 'Quyết định số 45/QĐ-UBND ngày 20/01/2025 của UBND tỉnh' },
      ...asUser(setup.finance),
    })
    expect(updated.legalBasis).toBe('Quyết định số 45/QĐ-UBND ngày 20/01/2025 của UBND tỉnh')
  })

  const updateCases: { what: string; data: Data; error: RegExp }[] = [
    {
      what: 'a change of the allocated amount',
      data: { allocatedAmount: 120_000_000 },
      error: /^allocatedAmount: .*không được sửa số dự toán đã giao/m,
    },
    {
      what: 'a change of the fiscal year',
      data: { fiscalYear: 2026 },
      error: /^fiscalYear: .*không được đổi năm ngân sách/m,
    },
    {
      what: 'a fractional allocated amount',
      data: { allocatedAmount: 99.5 },
      error: /^allocatedAmount: .*Điều 13 khoản 2/m,
    },
  ]

  it.each(updateCases)('refuses $what, changing nothing (R13.2)', async ({ data, error }) => {
    const line = await createLine(payload, setup)
    await expectInvalid(
      payload.update({
        collection: 'budget-lines',
        id: line.id,
        data: data as never,
        ...asUser(setup.finance),
      }),
      error,
    )
    expect(await storedLine(payload, line.id)).toEqual(line)
  })

  it('refuses editing a line of a closed year, changing nothing (R13.2)', async () => {
    const before = await storedLine(payload, closedLine.id)
    await expectInvalid(
      payload.update({
        collection: 'budget-lines',
        id: closedLine.id,
        data: { note: 'Sửa sau khi khóa sổ' },
        ...asUser(setup.finance),
      }),
      /^id: .*năm ngân sách 2023 đã khóa sổ/m,
    )
    expect(await storedLine(payload, closedLine.id)).toEqual(before)
  })

  it('refuses deleting a line of a closed year (R13.2)', async () => {
    await expectInvalid(
      payload.delete({ collection: 'budget-lines', id: closedLine.id, ...asUser(setup.finance) }),
      /^id: .*đã khóa sổ/m,
    )
    expect((await storedLine(payload, closedLine.id)).id).toBe(closedLine.id)
  })

  it('refuses deleting a line that has spending (R13.2)', async () => {
    const line = await createLine(payload, setup)
    await createExpense(payload, setup, line.id)
    await expectInvalid(
      payload.delete({ collection: 'budget-lines', id: line.id, ...asUser(setup.finance) }),
      /^id: .*dòng dự toán đã có 1 khoản chi: không được xóa/m,
    )
    expect((await storedLine(payload, line.id)).id).toBe(line.id)
  })

  it('lets the finance officer delete a line recorded by mistake before any spending', async () => {
    const line = await createLine(payload, setup)
    await payload.delete({ collection: 'budget-lines', id: line.id, ...asUser(setup.finance) })
    expect(
      await payload.count({ collection: 'budget-lines', where: { id: { equals: line.id } } }),
    ).toMatchObject({ totalDocs: 0 })
  })

  it('refuses a finance officer of another agency, storing nothing (R13.1)', async () => {
    const department = await createAgency(payload)
    const outsider = await createUser(payload, { roles: ['finance'], agency: department.id })
    const before = await countOf('budget-lines')
    await expectInvalid(
      payload.create({
        collection: 'budget-lines',
        data: lineData(setup) as never,
        ...asUser(outsider),
      }),
      /Vi phạm Điều 13 khoản 1: chỉ cán bộ kế toán của Công an tỉnh/,
    )
    expect(await countOf('budget-lines')).toBe(before)
  })
})

describe('closed fiscal years (R13.2)', () => {
  it('marks the lines of a closed year closed (R13.2)', async () => {
    expect((await storedLine(payload, closedLine.id)).status).toBe('closed')
  })

  it('records who closed the year and when (R13.2)', async () => {
    const settings = await payload.findGlobal({ slug: 'budget-settings', depth: 0 })
    expect(settings.closedYears?.[0]).toMatchObject({
      year: CLOSED_YEAR,
      closedBy: setup.finance.id,
      closedOn: day(vnToday()),
    })
  })

  it('refuses reopening a closed year (R13.2)', async () => {
    await expectInvalid(
      payload.updateGlobal({
        slug: 'budget-settings',
        data: { closedYears: [] },
        ...asUser(setup.finance),
      }),
      /^closedYears: .*năm ngân sách 2023 đã khóa sổ, không được mở lại/m,
    )
    const settings = await payload.findGlobal({ slug: 'budget-settings', depth: 0 })
    expect(settings.closedYears?.map((row) => row.year)).toEqual([CLOSED_YEAR])
  })

  it('refuses closing the current year (R13.2)', async () => {
    const year = Number(vnToday().slice(0, 4))
    await expectInvalid(
      closeYears(payload, setup, [CLOSED_YEAR, year]),
      /^closedYears\.1\.year: .*chỉ khóa sổ năm ngân sách đã kết thúc/m,
    )
    const settings = await payload.findGlobal({ slug: 'budget-settings', depth: 0 })
    expect(settings.closedYears?.map((row) => row.year)).toEqual([CLOSED_YEAR])
  })

  it('keeps the closed years when an update does not list them (R13.2)', async () => {
    await payload.updateGlobal({ slug: 'budget-settings', data: {}, ...asUser(setup.finance) })
    const settings = await payload.findGlobal({ slug: 'budget-settings', depth: 0 })
    expect(settings.closedYears?.map((row) => row.year)).toEqual([CLOSED_YEAR])
  })

  it('refuses closing a year to someone without the finance role (R13.1)', async () => {
    const leader = await createUser(payload, { roles: ['leader'], agency: setup.police.id })
    await expectForbidden(
      payload.updateGlobal({
        slug: 'budget-settings',
        data: { closedYears: [{ year: CLOSED_YEAR }, { year: 2022 }] },
        ...asUser(leader),
      }),
    )
  })
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
