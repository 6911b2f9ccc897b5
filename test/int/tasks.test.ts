import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { expectRejected } from '../helpers/errors'
import { createAgency, createGroupWithHead, createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'

let payload: Payload
let setup: Awaited<ReturnType<typeof createGroupWithHead>>
let lead: number
let secretariat: Awaited<ReturnType<typeof createUser>>
let reporter: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
  payload = await initPayload()
  setup = await createGroupWithHead(payload)
  lead = (await createAgency(payload)).id
  secretariat = await createUser(payload, { roles: ['secretariat'] })
  reporter = await createUser(payload, { roles: ['reporter'], agency: lead })
})

const assign = (data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'tasks',
    data: {
      title: 'Làm sạch dữ liệu hộ tịch',
      source: 'meeting-conclusion',
      leadAgency: lead,
      assignedBy: setup.head.id,
      assignedOn: day('2025-02-05'),
      dueDate: day('2025-03-31'),
      ...data,
    } as never,
    overrideAccess: false,
    user: secretariat,
    depth: 0,
  })

const countTasks = async () => (await payload.count({ collection: 'tasks' })).totalDocs

describe('tasks (R3.2)', () => {
  it('accepts a task assigned by the Head and computes its status', async () => {
    const task = await assign({ completedOn: day('2025-03-30') })
    expect(task.status).toBe('completed-on-time')
    expect(task.progress).toBe(100)
  })

  it('refuses a task assigned by someone with neither the Head’s post nor a delegation, storing nothing (R3.2)', async () => {
    const before = await countTasks()
    await expectRejected(assign({ assignedBy: setup.deputy.id }), /Vi phạm Điều 3 khoản 2/)
    expect(await countTasks()).toBe(before)
  })

  it('refuses a task without a due date unless it is recurring', async () => {
    await expectRejected(assign({ dueDate: null }), /dueDate/)
    const recurring = await assign({ dueDate: null, recurring: true })
    expect(recurring.status).toBe('recurring')
  })

  it('lets the lead agency’s reporter record progress', async () => {
    const task = await assign()
    const updated = await payload.update({
      collection: 'tasks',
      id: task.id,
      data: { progress: 60, result: 'Đã rà soát 60% hồ sơ' },
      overrideAccess: false,
      user: reporter,
      depth: 0,
    })
    expect(updated.progress).toBe(60)
  })

  it('refuses a reporter changing the assignment itself, changing nothing', async () => {
    const task = await assign()
    await expectRejected(
      payload.update({
        collection: 'tasks',
        id: task.id,
        data: { dueDate: day('2026-12-31') },
        overrideAccess: false,
        user: reporter,
      }),
      /Cơ quan chỉ cập nhật tiến độ/,
    )
    const stored = await payload.findByID({ collection: 'tasks', id: task.id, depth: 0 })
    expect(stored.dueDate).toBe(task.dueDate)
  })

  it('refuses a reporter approving his/her own extension request (R3.2)', async () => {
    const task = await assign()
    await expectRejected(
      payload.update({
        collection: 'tasks',
        id: task.id,
        data: {
          extensions: [
            { reason: 'Chờ phần mềm', newDueDate: day('2025-04-30'), status: 'approved' },
          ],
        },
        overrideAccess: false,
        user: reporter,
      }),
      /Chỉ Tổ trưởng hoặc Tổ phó Thường trực duyệt gia hạn/,
    )
  })

  it('applies an extension approved by the Standing Deputy and keeps the original due date (R3.2)', async () => {
    const task = await assign()
    const updated = await payload.update({
      collection: 'tasks',
      id: task.id,
      data: {
        extensions: [
          {
            reason: 'Chờ nâng cấp phần mềm',
            newDueDate: day('2025-04-30'),
            status: 'approved',
            decidedBy: setup.deputy.id,
            decidedOn: day('2025-03-20'),
          },
        ],
      },
      overrideAccess: false,
      user: secretariat,
      depth: 0,
    })
    expect(updated.dueDate).toBe(task.dueDate)
    expect(updated.effectiveDueDate).toBe(day('2025-04-30'))
  })

  it('refuses an extension approved by someone who is neither Head nor Standing Deputy (R3.2)', async () => {
    const task = await assign()
    const outsider = await createUser(payload)
    await expectRejected(
      payload.update({
        collection: 'tasks',
        id: task.id,
        data: {
          extensions: [
            {
              reason: 'x',
              newDueDate: day('2025-04-30'),
              status: 'approved',
              decidedBy: outsider.id,
              decidedOn: day('2025-03-20'),
            },
          ],
        },
        overrideAccess: false,
        user: secretariat,
      }),
      /Điều 3 khoản 2/,
    )
  })

  it('hides another agency’s task from a reporter', async () => {
    const other = await assign({ leadAgency: (await createAgency(payload)).id })
    await expect(
      payload.findByID({
        collection: 'tasks',
        id: other.id,
        overrideAccess: false,
        user: reporter,
      }),
    ).rejects.toThrow()
  })
})
