// Back-dating (R3.2, R2.4): an act is checked on the day it is performed in Vietnam time, as well
// as on the day it records; a power held then but not today does not make a back-dated act valid.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createAgency, createGroupWithHead, createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectInvalid } from '../helpers/refusals'

let payload: Payload
let lead: number
let secretariat: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
  payload = await initPayload()
  lead = (await createAgency(payload)).id
  secretariat = await createUser(payload, { roles: ['secretariat'] })
})

/** A group whose Head and Standing Deputy left on 31/12/2025. */
const formerLeaders = async () => {
  const setup = await createGroupWithHead(payload)
  for (const seat of [setup.headSeat, setup.deputySeat]) {
    await payload.update({
      collection: 'members',
      id: seat.id,
      data: { to: day('2025-12-31') },
      overrideAccess: true,
    })
  }
  return setup
}

const taskData = (assignedBy: number) => ({
  title: 'Rà soát dữ liệu dân cư',
  source: 'meeting-conclusion',
  leadAgency: lead,
  assignedBy,
  assignedOn: day('2025-06-05'),
  dueDate: day('2025-09-30'),
})

describe('acts checked on the day they are performed (R3.2)', () => {
  it('refuses recording today a task assigned by a Head who has since left, back-dated to his/her term (R3.2)', async () => {
    const setup = await formerLeaders()
    await expectInvalid(
      payload.create({
        collection: 'tasks',
        data: taskData(setup.head.id) as never,
        overrideAccess: false,
        user: secretariat,
      }),
      /^assignedBy: Vi phạm Điều 3 khoản 2: người này không có thẩm quyền phân công nhiệm vụ cho thành viên vào ngày \d\d\/\d\d\/20\d\d/m,
    )
  })

  it('accepts the same task when trusted server code records it as performed on its own date (R3.2)', async () => {
    const setup = await formerLeaders()
    const task = await payload.create({
      collection: 'tasks',
      data: taskData(setup.head.id) as never,
      overrideAccess: true,
      context: { recordedAsDated: true },
      depth: 0,
    })
    expect(task.assignedBy).toBe(setup.head.id)
  })

  it('refuses approving today an extension back-dated to the term of a Standing Deputy who has since left (R3.2)', async () => {
    const setup = await formerLeaders()
    const task = await payload.create({
      collection: 'tasks',
      data: taskData(setup.head.id) as never,
      overrideAccess: true,
      context: { recordedAsDated: true },
      depth: 0,
    })
    await expectInvalid(
      payload.update({
        collection: 'tasks',
        id: task.id,
        data: {
          extensions: [
            {
              reason: 'Chờ nâng cấp phần mềm',
              newDueDate: day('2025-10-31'),
              status: 'approved',
              decidedBy: setup.deputy.id,
              decidedOn: day('2025-09-20'),
            },
          ],
        },
        overrideAccess: false,
        user: secretariat,
      }),
      /^extensions\.0\.decidedBy: Vi phạm Điều 3 khoản 2: người này không có thẩm quyền duyệt gia hạn nhiệm vụ/m,
    )
  })
})
