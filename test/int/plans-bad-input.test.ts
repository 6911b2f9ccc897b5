// Bad input on every write path of plans: a 400 naming the field, nothing stored or changed.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { YEAR, planActions } from '../helpers/plans'
import { expectInvalid } from '../helpers/refusals'
import { adoptCharter, createSigners, type Signers } from '../helpers/signers'

let payload: Payload
let s: Signers

beforeAll(async () => {
  payload = await initPayload()
  await adoptCharter(payload)
  s = await createSigners(payload)
})

const { items, draftPlan, move, submitted, stored } = planActions(() => ({ payload, s }))

describe('plans: bad input on every write path, nothing stored', () => {
  const tooLong = (n: number) => 'x'.repeat(n + 1)
  const countPlans = async () => (await payload.count({ collection: 'plans' })).totalDocs

  it.each([
    ['an unknown kind', { kind: 'five-year-plan' }, /^kind: /m],
    ['a title over 300 characters', { title: tooLong(300) }, /^title: .*300/m],
    ['a year before the programme', { year: 2021, items: [] }, /^year: /m],
    ['a year after the programme', { year: 2031, items: [] }, /^year: /m],
    [
      'a year that is not a whole number',
      { year: 2025.5, items: [] },
      /^year: Năm của kế hoạch là số nguyên từ 2022 đến 2030\./m,
    ],
    ['an unknown status', { status: 'published' }, /^status: /m],
    ['an approved status at once', { status: 'approved' }, /^status: Không chuyển được/m],
    ['a file that does not exist', { file: 999999 }, /^file: /m],
    [
      'an agency detailed plan whose parent does not exist',
      { kind: 'agency-detailed-plan', agency: 1, parentPlan: 999999 },
      /^parentPlan: /m,
    ],
    ['a revision of a plan that does not exist', { revisionOf: 999999 }, /^revisionOf: /m],
  ])('refuses a plan with %s', async (_what, data, error) => {
    const before = await countPlans()
    await expectInvalid(draftPlan(data), error)
    expect(await countPlans()).toBe(before)
  })

  it.each([
    [
      'an item due after the plan year',
      { dueDate: day(`${YEAR + 1}-01-05`) },
      /^items\.0\.dueDate: Hạn hoàn thành .* phải nằm trong năm/m,
    ],
    [
      'an item due before the plan year',
      { dueDate: day(`${YEAR - 1}-12-31`) },
      /^items\.0\.dueDate: /m,
    ],
    ['an item without a due date', { dueDate: null }, /^items\.0\.dueDate: /m],
    [
      'an item whose lead agency does not exist',
      { leadAgency: 999999 },
      /^items\.0\.leadAgency: /m,
    ],
    [
      'an item whose content is over 500 characters',
      { content: tooLong(500) },
      /^items\.0\.content: .*500/m,
    ],
    ['an item without content', { content: '' }, /^items\.0\.content: /m],
  ])('refuses a plan with %s', async (_what, item, error) => {
    const before = await countPlans()
    await expectInvalid(draftPlan({ items: [{ ...items()[0], ...item }] }), error)
    expect(await countPlans()).toBe(before)
  })

  it.each([
    ['a title over 300 characters', { title: tooLong(300) }, /^title: .*300/m],
    ['an unknown kind', { kind: 'five-year-plan' }, /^kind: /m],
    ['a year out of range', { year: 2035 }, /^year: /m],
    ['a file that does not exist', { file: 999999 }, /^file: /m],
    [
      'a return comment over 2000 characters',
      { returnComment: tooLong(2000) },
      /^returnComment: .*2000/m,
    ],
  ])('refuses updating a draft with %s, keeping the plan', async (_what, data, error) => {
    const plan = await draftPlan()
    await expectInvalid(move(plan.id, s.users.secretary, data), error)
    expect(await stored(plan.id)).toEqual(plan)
  })

  it('refuses an update with an item due outside the year, keeping the plan', async () => {
    const plan = await draftPlan()
    await expectInvalid(
      move(plan.id, s.users.secretary, {
        items: [{ ...items()[0], dueDate: day(`${YEAR + 1}-02-01`) }],
      }),
      /^items\.0\.dueDate: /m,
    )
    expect(await stored(plan.id)).toEqual(plan)
  })

  it('refuses a detailed plan for an agency that does not exist', async () => {
    const provincial = await move((await submitted({ kind: 'work-plan' })).id, s.users.head, {
      status: 'approved',
    })
    const before = await countPlans()
    await expectInvalid(
      draftPlan({ kind: 'agency-detailed-plan', agency: 999999, parentPlan: provincial.id }),
      /^agency: /m,
    )
    expect(await countPlans()).toBe(before)
  })
})
