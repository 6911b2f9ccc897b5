// R12.5: the Standing assigns the Support Group drafting work; the SG Head in office convenes
// Support Group members for a period that ends by the due date.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Member, User } from '../../payload-types'
import { addDaysToKey, vnToday } from '../../src/lib/clock'
import {
  createAgency,
  createGroup,
  createGroupWithHead,
  createMember,
  createUser,
  day,
} from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectForbidden, expectInvalid } from '../helpers/refusals'

let payload: Payload
let head: User
let deputy: User
let member: User
let sgHead: User
let secretariat: User
let aides: Member[]
let formerAide: Member
let memberSeat: Member
let sgHeadSeat: Member

const system = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  payload = await initPayload()
  const world = await createGroupWithHead(payload)
  ;({ head, deputy } = world)
  const sg = await createGroup(payload, { kind: 'sg', parent: world.group.id })
  const agency = world.agency.id
  member = await createUser(payload, { agency, fullName: 'Phạm Minh Đức' })
  memberSeat = await createMember(payload, {
    user: member.id,
    group: world.group.id,
    position: 'deputy',
    agency,
    from: '2022-01-01',
  })
  sgHead = await createUser(payload, { agency, fullName: 'Trần Văn Tâm' })
  sgHeadSeat = await createMember(payload, {
    user: sgHead.id,
    group: sg.id,
    position: 'sg-head',
    agency,
    from: '2022-01-01',
  })
  const aide = async (fullName: string, to?: string) =>
    createMember(payload, {
      user: (await createUser(payload, { agency, fullName })).id,
      group: sg.id,
      position: 'sg-member',
      agency,
      assists: world.headSeat.id,
      from: '2022-01-01',
      to,
    })
  aides = [await aide('Hồ Thị Uyên'), await aide('Võ Minh Tuấn')]
  formerAide = await aide('Đinh Công Vinh', '2025-03-14')
  secretariat = await createUser(payload, { roles: ['secretariat'], agency })
})

const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

const assign = (data: Record<string, unknown> = {}, user: User = secretariat) =>
  payload.create({
    collection: 'drafting-assignments',
    data: {
      title: 'Dự thảo Kế hoạch triển khai Đề án 06 năm 2026',
      documentKind: 'plan',
      assignedBy: head.id,
      assignedOn: day('2025-03-03'),
      dueDate: day('2025-03-31'),
      convener: sgHead.id,
      periodFrom: day('2025-03-10'),
      periodTo: day('2025-03-21'),
      convened: aides.map((seat) => seat.id),
      ...data,
    } as never,
    ...as(user),
  })

const count = async () => (await payload.count({ collection: 'drafting-assignments' })).totalDocs

describe('drafting assignments of the Support Group (R12.5)', () => {
  it('R12.5 records the assignment with the period’s working days, overdue once past due', async () => {
    const saved = await assign()
    const read = await payload.findByID({
      collection: 'drafting-assignments',
      id: saved.id,
      ...as(secretariat),
    })
    expect([read.status, read.workingDays, read.state]).toEqual([
      'drafting',
      10,
      expect.stringMatching(/^Quá hạn \d+ ngày$/),
    ])
  })

  it('R12.5 accepts the Standing Deputy as the one who assigns and closes with the document', async () => {
    const document = await payload.create({
      collection: 'documents',
      data: {
        kind: 'plan',
        title: 'Kế hoạch triển khai Đề án 06 năm 2026',
        date: day('2025-03-28'),
        signer: head.id,
        signingForm: 'TM',
        recipients: '- Các thành viên Tổ công tác;\n- Lưu: VT, PC06.',
      } as never,
      ...system,
    })
    const due = addDaysToKey(vnToday(), 20)
    const saved = await assign({
      assignedBy: deputy.id,
      assignedOn: day(vnToday()),
      periodFrom: day(vnToday()),
      periodTo: day(due),
      dueDate: day(due),
    })
    expect(saved.state).toBe('Đang soạn — còn 20 ngày')
    const done = await payload.update({
      collection: 'drafting-assignments',
      id: saved.id,
      data: { document: document.id },
      ...as(secretariat),
    })
    expect([done.status, done.state]).toEqual(['done', 'Đã xong'])
  })

  it('R12.5 refuses an assigner who is neither the Head nor the Standing Deputy, storing nothing', async () => {
    const before = await count()
    await expectInvalid(
      assign({ assignedBy: member.id }),
      /^assignedBy: Người giao phải là Tổ trưởng hoặc Tổ phó Thường trực Tổ công tác đương nhiệm vào ngày 03\/03\/2025\.$/m,
    )
    expect(await count()).toBe(before)
  })

  it('R12.5 refuses a convener who is not the SG Head on the first day', async () => {
    await expectInvalid(
      assign({ convener: head.id }),
      /^convener: Người triệu tập phải là Tổ trưởng Tổ giúp việc đương nhiệm vào ngày bắt đầu triệu tập \(10\/03\/2025\)\.$/m,
    )
  })

  it('R12.5 refuses a convening that starts while the SG Head is on leave', async () => {
    await payload.update({
      collection: 'members',
      id: sgHeadSeat.id,
      data: { leave: [{ from: day('2025-06-02'), to: day('2025-06-06'), reason: 'Công tác' }] },
      ...system,
    })
    await expectInvalid(
      assign({
        assignedOn: day('2025-06-02'),
        periodFrom: day('2025-06-04'),
        periodTo: day('2025-06-10'),
        dueDate: day('2025-06-30'),
      }),
      /^convener: Tổ trưởng Tổ giúp việc đang vắng mặt \(02\/06\/2025 – 06\/06\/2025\) vào ngày bắt đầu triệu tập\.$/m,
    )
  })

  it('R12.5 refuses everyone convened who is not in the Support Group for the whole period', async () => {
    const messages = await expectInvalid(
      assign({ convened: [aides[0]!.id, formerAide.id, memberSeat.id] }),
      /^convened\.1: Đinh Công Vinh không giữ chức danh trong Tổ giúp việc suốt thời gian triệu tập \(10\/03\/2025 – 21\/03\/2025\)\.$/m,
    )
    expect(messages.join('\n')).toMatch(/^convened\.2: Phạm Minh Đức không giữ chức danh/m)
  })

  it('R12.5 refuses a period past the due date and a due date before the assignment', async () => {
    const messages = await expectInvalid(
      assign({ dueDate: day('2025-03-01') }),
      /^dueDate: Hạn hoàn thành không được trước ngày giao \(03\/03\/2025\)\.$/m,
    )
    expect(messages.join('\n')).toMatch(
      /^periodTo: Thời gian triệu tập phải kết thúc chậm nhất vào hạn hoàn thành \(01\/03\/2025\)\.$/m,
    )
  })

  it('R12.5 refuses missing and malformed input with the fields’ messages', async () => {
    await expectInvalid(assign({ title: null }), /^title: /m)
    await expectInvalid(assign({ periodFrom: 'tuần sau' }), /^periodFrom: /m)
    await expectInvalid(assign({ documentKind: 'thư tay' }), /^documentKind: /m)
    await expectInvalid(assign({ convened: [] }), /^convened: /m)
    await expectInvalid(assign({ convened: ['một người'] }), /^convened/m)
  })

  it('R12.5 refuses a leader or a reporter recording an assignment, and shows a reporter nothing', async () => {
    const reporter = await createUser(payload, {
      roles: ['reporter'],
      agency: (await createAgency(payload)).id,
    })
    await expectForbidden(assign({}, head))
    await expectForbidden(assign({}, reporter))
    await expectForbidden(payload.find({ collection: 'drafting-assignments', ...as(reporter) }))
  })
})
