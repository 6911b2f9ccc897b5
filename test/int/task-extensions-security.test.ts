import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Task } from '../../payload-types'
import { createAgency, createGroupWithHead, createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { restJson, restLogin } from '../helpers/rest'

// Issue 11 M4 (R3.2): decided extension rows are read-only to the lead agency's reporter.

let payload: Payload
let setup: Awaited<ReturnType<typeof createGroupWithHead>>
let lead: number
let token: string

const PASSWORD = 'Test@12345'

beforeAll(async () => {
  payload = await initPayload()
  setup = await createGroupWithHead(payload)
  lead = (await createAgency(payload)).id
  const reporter = await createUser(payload, { roles: ['reporter'], agency: lead })
  token = await restLogin(reporter.email, PASSWORD)
})

const decided = (status: 'approved' | 'rejected', newDueDate: string) => ({
  reason: status === 'approved' ? 'Chờ nâng cấp phần mềm' : 'Đề nghị lùi hạn',
  newDueDate: day(newDueDate),
  status,
  decidedBy: setup.deputy.id,
  decidedOn: day('2025-03-20'),
})

/** A task due 2025-03-31 with an approved extension to 2025-04-30 and a rejected one. */
const taskWithDecidedExtensions = async (): Promise<Task> =>
  payload.create({
    collection: 'tasks',
    data: {
      title: 'Làm sạch dữ liệu dân cư',
      source: 'ad-hoc',
      leadAgency: lead,
      assignedBy: setup.head.id,
      assignedOn: day('2025-02-05'),
      dueDate: day('2025-03-31'),
      extensions: [decided('approved', '2025-04-30'), decided('rejected', '2025-06-30')],
    } as never,
    overrideAccess: true,
    depth: 0,
  })

const patch = (id: number, data: Record<string, unknown>) =>
  restJson(`/tasks/${id}`, { method: 'PATCH', token, body: data })

const stored = (id: number) => payload.findByID({ collection: 'tasks', id, depth: 0 })

/** Rows as the admin form sends them back: whole rows, ids included, relations as ids. */
const asSent = (task: Task) => (task.extensions ?? []).map((row) => ({ ...row }))

describe('decided extensions are read-only to reporters (R3.2, issue 11 M4)', () => {
  it('a reporter cannot move the due date of an approved extension (R3.2, issue 11 M4)', async () => {
    const task = await taskWithDecidedExtensions()
    const rows = asSent(task)
    rows[0] = { ...rows[0]!, newDueDate: day('2029-12-31') }
    const { status, body } = await patch(task.id, { extensions: rows })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/Vi phạm Điều 3 khoản 2/)
    const after = await stored(task.id)
    expect(after.effectiveDueDate).toBe(day('2025-04-30'))
    expect(after.extensions).toEqual(task.extensions)
  })

  it('a reporter cannot reopen or change a rejected extension (R3.2, issue 11 M4)', async () => {
    const task = await taskWithDecidedExtensions()
    const rows = asSent(task)
    rows[1] = { ...rows[1]!, status: 'approved' }
    expect((await patch(task.id, { extensions: rows })).status).toBe(400)
    rows[1] = { ...asSent(task)[1]!, reason: 'Lý do khác', newDueDate: day('2026-01-31') }
    expect((await patch(task.id, { extensions: rows })).status).toBe(400)
    expect((await stored(task.id)).extensions).toEqual(task.extensions)
  })

  it('a reporter cannot add an extension row already marked approved (R3.2, issue 11 M4)', async () => {
    const task = await taskWithDecidedExtensions()
    const forged = { ...decided('approved', '2030-01-31'), reason: 'Tự duyệt' }
    const { status } = await patch(task.id, { extensions: [...asSent(task), forged] })
    expect(status).toBe(400)
    const after = await stored(task.id)
    expect(after.extensions).toEqual(task.extensions)
    expect(after.effectiveDueDate).toBe(day('2025-04-30'))
  })

  it('a reporter cannot delete a decided extension row (R3.2, issue 11 M4)', async () => {
    const task = await taskWithDecidedExtensions()
    const { status, body } = await patch(task.id, { extensions: asSent(task).slice(1) })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/không sửa, không xóa được/)
    expect((await patch(task.id, { extensions: [] })).status).toBe(400)
    expect((await stored(task.id)).extensions).toEqual(task.extensions)
  })

  it('a reporter still asks for a new extension and records progress, decided rows untouched (R3.2)', async () => {
    const task = await taskWithDecidedExtensions()
    const request = { reason: 'Chờ kinh phí', newDueDate: day('2025-07-31') }
    const { status, body } = await patch(task.id, {
      progress: 40,
      extensions: [...asSent(task), request],
    })
    expect(status).toBe(200)
    expect(body.doc.extensions).toHaveLength(3)
    expect(body.doc.extensions[2]).toMatchObject({ status: 'requested', reason: 'Chờ kinh phí' })
    expect(body.doc.effectiveDueDate).toBe(day('2025-04-30'))
    const pending = (await stored(task.id)).extensions!
    const withdrawn = await patch(task.id, { extensions: pending.slice(0, 2) })
    expect(withdrawn.status).toBe(200)
  })
})
