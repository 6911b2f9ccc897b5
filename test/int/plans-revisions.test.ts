// Approved plans are read-only; a change is a revision, a new version of the plan (R3.3).
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Plan } from '../../payload-types'
import { expectRejected } from '../helpers/errors'
import { day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { YEAR, as, planActions } from '../helpers/plans'
import { expectInvalid } from '../helpers/refusals'
import { adoptCharter, createSigners, type Signers } from '../helpers/signers'

let payload: Payload
let s: Signers

beforeAll(async () => {
  payload = await initPayload()
  await adoptCharter(payload)
  s = await createSigners(payload)
})

const { draftPlan, move, submitted, stored, countTasks } = planActions(() => ({ payload, s }))

describe('approved plans are read-only; a revision is a new version (R3.3)', () => {
  let approved: Plan
  beforeAll(async () => {
    approved = await move((await submitted()).id, s.users.head, { status: 'approved' })
  })

  it('refuses a change to an approved plan, keeping it (R3.3)', async () => {
    await expectInvalid(
      move(approved.id, s.users.secretary, { title: 'Sửa sau phê duyệt' }),
      /^status: Kế hoạch đã phê duyệt không được sửa \(Điều 3 khoản 3\)/m,
    )
    expect(await stored(approved.id)).toEqual(approved)
  })

  it('refuses the Head changing an approved plan back to a draft (R3.3)', async () => {
    await expectInvalid(move(approved.id, s.users.head, { status: 'draft' }), /\(Điều 3 khoản 3\)/)
  })

  it('refuses deleting an approved plan', async () => {
    await expectRejected(
      payload.delete({ collection: 'plans', id: approved.id, ...as(s.users.secretary) }),
      /không được xóa/,
    )
  })

  it('creates a revision as version 2 carrying the items and their tasks over (R3.3)', async () => {
    const revision = await draftPlan({ revisionOf: approved.id, items: [], title: undefined })
    expect([
      revision.version,
      revision.kind,
      revision.year,
      revision.title,
      revision.items?.map((item) => item.task),
    ]).toEqual([
      2,
      approved.kind,
      approved.year,
      approved.title,
      approved.items?.map((i) => i.task),
    ])
  })

  it('creates tasks only for the items a revision adds, on its approval (R3.3)', async () => {
    const base = await move((await submitted()).id, s.users.head, { status: 'approved' })
    const revision = await draftPlan({ revisionOf: base.id, items: [] })
    const withNewItem = await move(revision.id, s.users.secretary, {
      items: [
        ...(revision.items ?? []),
        {
          content: 'Kiểm tra việc triển khai tại cấp xã',
          leadAgency: s.agencies.police.id,
          dueDate: day(`${YEAR}-12-20`),
        },
      ],
    })
    await move(withNewItem.id, s.users.secretary, { status: 'submitted' })
    const before = await countTasks()
    const approvedRevision = await move(withNewItem.id, s.users.head, { status: 'approved' })
    expect([await countTasks(), approvedRevision.items?.[2].task !== null]).toEqual([
      before + 1,
      true,
    ])
  })

  it('refuses a second revision of the same version', async () => {
    const base = await move((await submitted()).id, s.users.head, { status: 'approved' })
    await draftPlan({ revisionOf: base.id })
    await expectInvalid(
      draftPlan({ revisionOf: base.id }),
      /^revisionOf: Kế hoạch này đã có bản sửa đổi/m,
    )
  })

  it('refuses revising a plan that is not approved', async () => {
    const plan = await draftPlan()
    await expectInvalid(
      draftPlan({ revisionOf: plan.id }),
      /^revisionOf: Chỉ sửa đổi một chương trình/m,
    )
  })

  it('refuses a revision that changes the kind of the plan', async () => {
    const base = await move((await submitted()).id, s.users.head, { status: 'approved' })
    await expectInvalid(
      draftPlan({ revisionOf: base.id, kind: 'inspection-plan' }),
      /^kind: Bản sửa đổi giữ nguyên loại và năm/m,
    )
  })
})
