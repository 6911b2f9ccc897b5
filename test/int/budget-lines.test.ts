// Budget lines and closed fiscal years (R13.1, R13.2) through the Local API as the finance
// officer's request takes them. Every refusal is a 400 naming the field and stores nothing.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { BudgetLine } from '../../payload-types'
import { vnToday } from '../../src/lib/clock'
import {
  asUser,
  closeYears,
  CLOSED_YEAR,
  createClosedYearWorld,
  createExpense,
  createLine,
  lineData,
  storedLine,
  type BudgetSetup,
  type ClosedYearWorld,
} from '../helpers/budget'
import { createAgency, createUser, day } from '../helpers/fixtures'
import { expectForbidden, expectInvalid } from '../helpers/refusals'

type Data = Record<string, unknown>

const FORGED_ID = 999999

let payload: Payload
let setup: BudgetSetup
let closedLine: BudgetLine
let countOf: ClosedYearWorld['countOf']

beforeAll(async () => {
  ;({ payload, setup, closedLine, countOf } = await createClosedYearWorld())
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
