import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Plan, User } from '../../payload-types'
import { addDaysToKey, vnToday } from '../../src/lib/clock'
import { expectRejected } from '../helpers/errors'
import { createMember, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectForbidden, expectInvalid } from '../helpers/refusals'
import { adoptCharter, createSigners, delegateFromHead, type Signers } from '../helpers/signers'

let payload: Payload
let s: Signers
const TODAY = vnToday()
const YEAR = Number(TODAY.slice(0, 4))
const YESTERDAY = addDaysToKey(TODAY, -1)

beforeAll(async () => {
  payload = await initPayload()
  await adoptCharter(payload)
  s = await createSigners(payload)
})

const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

const items = () => [
  {
    content: 'Hoàn thành làm sạch dữ liệu hộ tịch',
    leadAgency: s.agencies.justice.id,
    dueDate: day(`${YEAR}-12-31`),
  },
  {
    content: 'Triển khai 25 dịch vụ công thiết yếu',
    leadAgency: s.agencies.office.id,
    dueDate: day(`${YEAR}-12-15`),
  },
]

const draftPlan = (data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'plans',
    data: {
      kind: 'annual-programme',
      year: YEAR,
      title: `Chương trình công tác năm ${YEAR}`,
      items: items(),
      ...data,
    } as never,
    ...as(s.users.secretary),
  })

const move = (id: number, user: User, data: Record<string, unknown>) =>
  payload.update({ collection: 'plans', id, data: data as never, ...as(user) })

const submitted = async (data: Record<string, unknown> = {}) => {
  const plan = await draftPlan(data)
  return move(plan.id, s.users.secretary, { status: 'submitted' })
}

const stored = (id: number) => payload.findByID({ collection: 'plans', id, depth: 0 })

const tasksOf = async (plan: Plan) =>
  payload.find({
    collection: 'tasks',
    where: { id: { in: (plan.items ?? []).map((item) => item.task as number) } },
    depth: 0,
    pagination: false,
  })

const countTasks = async () => (await payload.count({ collection: 'tasks' })).totalDocs

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
    await expectInvalid(
      draftPlan({ revisionOf: approved.id, kind: 'inspection-plan' }),
      /^kind: Bản sửa đổi giữ nguyên loại và năm/m,
    )
  })
})

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
