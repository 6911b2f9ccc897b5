// An agency's detailed plan (R6.4): approved by the WG member representing the agency, on the day
// his/her seat covers.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Plan } from '../../payload-types'
import { addDaysToKey, vnToday } from '../../src/lib/clock'
import { createMember } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { YEAR, planActions } from '../helpers/plans'
import { expectInvalid } from '../helpers/refusals'
import { adoptCharter, createSigners, type Signers } from '../helpers/signers'

let payload: Payload
let s: Signers
const TODAY = vnToday()
const YESTERDAY = addDaysToKey(TODAY, -1)

beforeAll(async () => {
  payload = await initPayload()
  await adoptCharter(payload)
  s = await createSigners(payload)
})

const { draftPlan, move, submitted, countTasks } = planActions(() => ({ payload, s }))

describe("an agency's detailed plan (R6.4)", () => {
  let provincial: Plan
  beforeAll(async () => {
    provincial = await move((await submitted({ kind: 'work-plan' })).id, s.users.head, {
      status: 'approved',
    })
  })

  const detailed = (data: Record<string, unknown> = {}) =>
    submitted({
      kind: 'agency-detailed-plan',
      title: 'Kế hoạch chi tiết của Sở Tư pháp',
      agency: s.agencies.justice.id,
      parentPlan: provincial.id,
      ...data,
    })

  it('lets the WG member representing the agency approve its detailed plan, creating no WG task (R6.4)', async () => {
    const before = await countTasks()
    const plan = await move((await detailed()).id, s.users.member, { status: 'approved' })
    expect([plan.status, plan.approvedBy, await countTasks()]).toEqual([
      'approved',
      s.users.member.id,
      before,
    ])
  })

  it('refuses the WG Head approving an agency’s own detailed plan (R6.4)', async () => {
    const plan = await detailed()
    await expectInvalid(
      move(plan.id, s.users.head, { status: 'approved' }),
      /^status: Vi phạm Điều 6 khoản 4/m,
    )
  })

  it('refuses a detailed plan without its agency (R6.4)', async () => {
    await expectInvalid(
      detailed({ agency: null }),
      /^agency: Kế hoạch chi tiết phải ghi rõ cơ quan/m,
    )
  })

  it('refuses a detailed plan that details no approved provincial plan (R6.4)', async () => {
    const draftOnly = await draftPlan()
    await expectInvalid(
      detailed({ parentPlan: draftOnly.id }),
      /^parentPlan: Kế hoạch chi tiết phải chi tiết hóa/m,
    )
  })

  it('refuses a detailed plan of another year than the plan it details (R6.4)', async () => {
    await expectInvalid(
      detailed({ year: YEAR - 1, items: [] }),
      /^parentPlan: Kế hoạch chi tiết phải chi tiết hóa/m,
    )
  })
})

describe('plans: a member changing agency keeps the detailed plan approval dated', () => {
  it('refuses a former representative of the agency after his/her seat ended yesterday (R6.4)', async () => {
    const provincial = await move((await submitted({ kind: 'work-plan' })).id, s.users.head, {
      status: 'approved',
    })
    const former = s.users.outsider
    await createMember(payload, {
      user: former.id,
      group: s.wg.id,
      position: 'member',
      agency: s.agencies.office.id,
      from: '2023-01-01',
      to: YESTERDAY,
    })
    const plan = await submitted({
      kind: 'agency-detailed-plan',
      agency: s.agencies.office.id,
      parentPlan: provincial.id,
    })
    await expectInvalid(move(plan.id, former, { status: 'approved' }), /Điều 6 khoản 4/)
  })
})
