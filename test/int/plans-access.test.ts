// Who reads and writes plans: reporters see their own agency's detailed plan and approved
// provincial plans only (R6.4).
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Plan, User } from '../../payload-types'
import { initPayload } from '../helpers/payload'
import { YEAR, as, planActions } from '../helpers/plans'
import { expectForbidden } from '../helpers/refusals'
import { adoptCharter, createSigners, type Signers } from '../helpers/signers'

let payload: Payload
let s: Signers

beforeAll(async () => {
  payload = await initPayload()
  await adoptCharter(payload)
  s = await createSigners(payload)
})

const { draftPlan, move, submitted } = planActions(() => ({ payload, s }))

describe('plans: access', () => {
  let justicePlan: Plan
  let officePlan: Plan
  let approved: Plan
  let draftOnly: Plan
  beforeAll(async () => {
    const provincial = await move((await submitted({ kind: 'inspection-plan' })).id, s.users.head, {
      status: 'approved',
    })
    const detailedFor = (agency: number) =>
      draftPlan({
        kind: 'agency-detailed-plan',
        agency,
        parentPlan: provincial.id,
        title: 'Kế hoạch chi tiết',
      })
    justicePlan = await detailedFor(s.agencies.justice.id)
    officePlan = await detailedFor(s.agencies.office.id)
    approved = provincial
    draftOnly = await draftPlan()
  })

  const visibleTo = async (user: User) =>
    (
      await payload.find({
        collection: 'plans',
        where: { id: { in: [justicePlan.id, officePlan.id, approved.id, draftOnly.id] } },
        pagination: false,
        ...as(user),
      })
    ).docs
      .map((doc) => doc.id)
      .sort((a, b) => a - b)

  it("lets a reporter read the own agency's detailed plan and approved provincial plans only (R6.4)", async () => {
    expect(await visibleTo(s.users.reporter)).toEqual(
      [approved.id, justicePlan.id].sort((a, b) => a - b),
    )
  })

  it('lets a leader read every plan', async () => {
    expect(await visibleTo(s.users.head)).toHaveLength(4)
  })

  it('refuses a reporter drafting a plan', async () => {
    await expectForbidden(
      payload.create({
        collection: 'plans',
        data: { kind: 'work-plan', year: YEAR, title: 'x' } as never,
        ...as(s.users.reporter),
      }),
    )
  })

  it('refuses a reporter approving the own agency’s detailed plan', async () => {
    await expectForbidden(move(justicePlan.id, s.users.reporter, { status: 'approved' }))
  })
})
