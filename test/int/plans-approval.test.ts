// Plans from draft to approval (R7.1, R3.3, R4.2): the secretariat drafts and submits, only the
// Head (or a delegate acting as Head) approves or returns, and approval turns each item into a
// task.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Plan } from '../../payload-types'
import { addDaysToKey, vnToday } from '../../src/lib/clock'
import { day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { YEAR, planActions } from '../helpers/plans'
import { expectInvalid } from '../helpers/refusals'
import { adoptCharter, createSigners, delegateFromHead, type Signers } from '../helpers/signers'

let payload: Payload
let s: Signers
const TODAY = vnToday()
const YESTERDAY = addDaysToKey(TODAY, -1)

beforeAll(async () => {
  payload = await initPayload()
  await adoptCharter(payload)
  s = await createSigners(payload)
})

const { items, draftPlan, move, submitted, stored, countTasks } = planActions(() => ({
  payload,
  s,
}))

const tasksOf = async (plan: Plan) =>
  payload.find({
    collection: 'tasks',
    where: { id: { in: (plan.items ?? []).map((item) => item.task as number) } },
    depth: 0,
    pagination: false,
  })

describe('drafting and submitting (R7.1)', () => {
  it('lets the secretariat draft and submit, recording who submitted and when (R7.1)', async () => {
    const plan = await submitted()
    expect([plan.status, plan.submittedBy, plan.submittedOn, plan.version]).toEqual([
      'submitted',
      s.users.secretary.id,
      day(TODAY),
      1,
    ])
  })

  it('refuses a leader editing a draft: the Support Group drafts (R7.1)', async () => {
    const plan = await draftPlan()
    await expectInvalid(
      move(plan.id, s.users.head, { title: 'Sửa tên' }),
      /^title: Tổ giúp việc \(Thư ký, Cơ quan thường trực\) soạn thảo và trình kế hoạch/m,
    )
  })

  it('refuses a leader submitting a draft (R7.1)', async () => {
    const plan = await draftPlan()
    await expectInvalid(
      move(plan.id, s.users.head, { status: 'submitted' }),
      /^status: .*Điều 7 khoản 1/m,
    )
  })

  it('locks the content of a submitted plan until it is approved or returned', async () => {
    const plan = await submitted()
    await expectInvalid(
      move(plan.id, s.users.secretary, { title: 'Đổi tên khi đang trình' }),
      /^status: Kế hoạch đã trình chờ phê duyệt/m,
    )
    expect((await stored(plan.id)).title).toBe(plan.title)
  })

  it('refuses approving a draft that was never submitted (R3.3)', async () => {
    const plan = await draftPlan()
    await expectInvalid(
      move(plan.id, s.users.head, { status: 'approved' }),
      /^status: Không chuyển được/m,
    )
  })
})

describe('approval by the Head only (R3.3, R4.2)', () => {
  it('lets the Head approve, recording approver and day, and turns each item into a task (R3.3)', async () => {
    const plan = await move((await submitted()).id, s.users.head, { status: 'approved' })
    const tasks = await tasksOf(plan)
    expect([plan.status, plan.approvedBy, plan.approvedOn]).toEqual([
      'approved',
      s.users.head.id,
      day(TODAY),
    ])
    expect(
      tasks.docs.map((task) => [task.source, task.assignedBy, task.leadAgency, task.title]).sort(),
    ).toEqual(
      [
        ['provincial-plan', s.users.head.id, s.agencies.justice.id, items()[0].content],
        ['provincial-plan', s.users.head.id, s.agencies.office.id, items()[1].content],
      ].sort(),
    )
  })

  it('gives the tasks the items’ due dates and the approval day as assignment day (R3.2)', async () => {
    const plan = await move((await submitted()).id, s.users.head, { status: 'approved' })
    const task = (await tasksOf(plan)).docs.find((t) => t.leadAgency === s.agencies.office.id)!
    expect([task.dueDate, task.assignedOn, task.code]).toEqual([
      day(`${YEAR}-12-15`),
      day(TODAY),
      `CTr-${YEAR}-02`,
    ])
  })

  it('refuses the Standing Deputy approving without a delegation, creating no task (R3.3)', async () => {
    const plan = await submitted()
    const before = await countTasks()
    await expectInvalid(
      move(plan.id, s.users.standingDeputy, { status: 'approved' }),
      /^status: Vi phạm Điều 3 khoản 3/m,
    )
    expect([(await stored(plan.id)).status, await countTasks()]).toEqual(['submitted', before])
  })

  it.each(['deputy', 'sgHead', 'member', 'secretary', 'outsider'] as const)(
    'refuses the %s approving (R3.3)',
    async (who) => {
      const plan = await submitted()
      await expectInvalid(move(plan.id, s.users[who], { status: 'approved' }), /Điều 3 khoản 3/)
    },
  )

  it('refuses an administrator approving on the Head’s behalf (R3.3)', async () => {
    const plan = await submitted()
    await expectInvalid(move(plan.id, s.users.admin, { status: 'approved' }), /Điều 3 khoản 3/)
    expect((await stored(plan.id)).approvedBy ?? null).toBeNull()
  })

  it('ignores an approver typed into the record: the approver is whoever approves (R3.3)', async () => {
    const plan = await submitted()
    await expectInvalid(
      move(plan.id, s.users.secretary, { status: 'approved', approvedBy: s.users.head.id }),
      /Điều 3 khoản 3/,
    )
  })

  it('refuses a system approval that names no approver (R3.3)', async () => {
    const plan = await submitted()
    await expectInvalid(
      payload.update({
        collection: 'plans',
        id: plan.id,
        data: { status: 'approved' },
        overrideAccess: true,
      }),
      /^status: Người phê duyệt phải tự mình phê duyệt/m,
    )
  })

  it('lets the Standing Deputy acting as Head by a delegation valid today approve (R4.2)', async () => {
    await delegateFromHead(
      payload,
      s,
      s.users.standingDeputy,
      ['act-as-head'],
      addDaysToKey(TODAY, -3),
      addDaysToKey(TODAY, 3),
    )
    const plan = await move((await submitted()).id, s.users.standingDeputy, { status: 'approved' })
    const tasks = await tasksOf(plan)
    expect([plan.approvedBy, tasks.docs.map((task) => task.assignedBy)]).toEqual([
      s.users.standingDeputy.id,
      [s.users.standingDeputy.id, s.users.standingDeputy.id],
    ])
  })

  it('refuses a Deputy whose act-as-head delegation expired yesterday (R3.3)', async () => {
    await delegateFromHead(
      payload,
      s,
      s.users.deputy,
      ['act-as-head'],
      addDaysToKey(TODAY, -10),
      YESTERDAY,
    )
    const plan = await submitted()
    await expectInvalid(move(plan.id, s.users.deputy, { status: 'approved' }), /Điều 3 khoản 3/)
  })
})

describe('returning (R3.3)', () => {
  it('lets the Head return a plan with a comment, and the secretariat resubmit it', async () => {
    const plan = await submitted()
    const returned = await move(plan.id, s.users.head, {
      status: 'returned',
      returnComment: 'Bổ sung chỉ tiêu cụ thể cho từng nhiệm vụ.',
    })
    const edited = await move(plan.id, s.users.secretary, { title: 'Chương trình (đã bổ sung)' })
    const again = await move(plan.id, s.users.secretary, { status: 'submitted' })
    expect([returned.returnedBy, edited.status, again.status]).toEqual([
      s.users.head.id,
      'returned',
      'submitted',
    ])
  })

  it('refuses returning a plan without a comment', async () => {
    const plan = await submitted()
    await expectInvalid(
      move(plan.id, s.users.head, { status: 'returned' }),
      /^returnComment: Ghi ý kiến khi trả lại kế hoạch\./m,
    )
  })

  it('refuses a member who may not approve returning a plan (R3.3)', async () => {
    const plan = await submitted()
    await expectInvalid(
      move(plan.id, s.users.member, { status: 'returned', returnComment: 'Không đồng ý' }),
      /Điều 3 khoản 3/,
    )
  })
})
