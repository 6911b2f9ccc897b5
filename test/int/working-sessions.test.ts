// R12.2: the Standing's working sessions with agencies: recorded with their conclusions, each
// conclusion followed as a task of the agency that leads it.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { dayKeyOf } from '../../src/fields/dates'
import { createAgency, createGroupWithHead, createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectForbidden, expectInvalid } from '../helpers/refusals'

let payload: Payload
let head: User
let secretariat: User

beforeAll(async () => {
  payload = await initPayload()
  const world = await createGroupWithHead(payload)
  head = world.head
  secretariat = await createUser(payload, { roles: ['secretariat'], agency: world.agency.id })
})

const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

const hold = async (
  data: Record<string, unknown> = {},
  user: User = secretariat,
  agencyId?: number,
) => {
  const agency = agencyId ?? (await createAgency(payload, { kind: 'district' })).id
  return payload.create({
    collection: 'working-sessions',
    data: {
      date: day('2025-03-10'),
      kind: 'periodic',
      agency,
      chair: head.id,
      subject: 'Nghe báo cáo tiến độ thu nhận hồ sơ căn cước cấp xã',
      conclusions: [
        { content: 'Hoàn thành thu nhận hồ sơ cho người cao tuổi', dueDate: day('2025-04-30') },
      ],
      ...data,
    } as never,
    ...as(user),
  })
}

const sessionsCount = async () =>
  (await payload.count({ collection: 'working-sessions' })).totalDocs

describe('the Standing’s working sessions (R12.2)', () => {
  it('turns each conclusion into a task of the session’s agency, assigned by the chair on the day (R12.2)', async () => {
    const session = await hold()
    const taskId = session.conclusions![0].task as number
    const task = await payload.findByID({ collection: 'tasks', id: taskId, depth: 0 })
    expect({
      source: task.source,
      workingSession: task.workingSession,
      leadAgency: task.leadAgency,
      assignedBy: task.assignedBy,
      assignedOn: dayKeyOf(task.assignedOn),
      dueDate: dayKeyOf(task.dueDate),
      title: task.title,
    }).toEqual({
      source: 'standing-session',
      workingSession: session.id,
      leadAgency: session.agency,
      assignedBy: head.id,
      assignedOn: '2025-03-10',
      dueDate: '2025-04-30',
      title: 'Hoàn thành thu nhận hồ sơ cho người cao tuổi',
    })
  })

  it('adds a task only for a conclusion added later, keeping the earlier one (R12.2)', async () => {
    const session = await hold()
    const first = session.conclusions![0]
    const updated = await payload.update({
      collection: 'working-sessions',
      id: session.id,
      data: {
        conclusions: [
          { id: first.id, content: first.content, dueDate: first.dueDate },
          { content: 'Rà soát thiết bị đọc căn cước', dueDate: day('2025-05-15') },
        ],
      } as never,
      ...as(secretariat),
    })
    const tasks = await payload.count({
      collection: 'tasks',
      where: { workingSession: { equals: session.id } },
    })
    expect([updated.conclusions![0].task, tasks.totalDocs]).toEqual([first.task, 2])
  })

  it('refuses conclusions due before the session and without a lead agency, all at once, storing nothing (R12.2)', async () => {
    const before = await sessionsCount()
    const messages = await expectInvalid(
      hold({
        agency: null,
        conclusions: [
          { content: 'A', dueDate: day('2025-03-09') },
          { content: 'B', dueDate: day('2025-03-31') },
        ],
      }),
      /conclusions\.0\.dueDate: Kết luận dòng 1: thời hạn không được trước ngày làm việc \(10\/03\/2025\)\./,
    )
    expect([messages.join('\n'), await sessionsCount()]).toEqual([
      expect.stringContaining('Kết luận dòng 2: chọn cơ quan chủ trì thực hiện.'),
      before,
    ])
  })

  it('refuses a chair who cannot assign tasks, storing nothing (R12.2, R3.2)', async () => {
    const before = await sessionsCount()
    const clerk = await createUser(payload, { roles: ['viewer'] })
    await expectInvalid(hold({ chair: clerk.id }), /^chair: /m)
    expect(await sessionsCount()).toBe(before)
  })

  it('refuses a conclusion without a due date, storing nothing (R12.2)', async () => {
    const before = await sessionsCount()
    await expectInvalid(hold({ conclusions: [{ content: 'Không thời hạn' }] }), /dueDate/)
    expect(await sessionsCount()).toBe(before)
  })

  it('refuses a date that is not a date, storing nothing (R12.2)', async () => {
    const before = await sessionsCount()
    await expectInvalid(hold({ date: 'thứ hai' }), /^date: /m)
    expect(await sessionsCount()).toBe(before)
  })

  it('refuses a reporter recording a session (R12.2)', async () => {
    const agency = await createAgency(payload)
    const reporter = await createUser(payload, { roles: ['reporter'], agency: agency.id })
    await expectForbidden(hold({}, reporter, agency.id))
  })

  it('shows a reporter the sessions with the own agency only (R12.2)', async () => {
    const agency = await createAgency(payload)
    const reporter = await createUser(payload, { roles: ['reporter'], agency: agency.id })
    const own = await hold({}, secretariat, agency.id)
    await hold()
    const { docs } = await payload.find({ collection: 'working-sessions', ...as(reporter) })
    expect(docs.map((doc) => doc.id)).toEqual([own.id])
  })
})
