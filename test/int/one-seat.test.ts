// R2.1 and R1.1 through the Local API: one seat per person per group on any day (no two votes),
// one Working Group per province and one Support Group per Working Group at a time.
import type { Payload } from 'payload'
import { beforeAll, describe, it } from 'vitest'

import { expectRejected } from '../helpers/errors'
import { createAgency, createGroup, createMember, createUser } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await initPayload()
})

describe('no two votes (R2.1) and one group per scope (R1.1)', () => {
  it('refuses a second seat for a member who already sits in the group (R2.1)', async () => {
    const agency = await createAgency(payload)
    const group = await createGroup(payload)
    const user = await createUser(payload, { agency: agency.id })
    const seat = { user: user.id, group: group.id, agency: agency.id, from: '2024-01-01' }
    await createMember(payload, { ...seat, position: 'member' })
    await expectRejected(
      createMember(payload, { ...seat, position: 'secretary', from: '2024-06-01' }),
      /^from: Vi phạm Điều 2 khoản 1: người này đã giữ chức danh Thành viên trong Tổ này/m,
    )
  })

  it('refuses a second Working Group for the same province and a second Support Group (R1.1)', async () => {
    const scope = `Tỉnh thử ${Date.now()}`
    const wg = await createGroup(payload, { scope } as never)
    await expectRejected(
      createGroup(payload, { scope } as never),
      /^scope: Vi phạm Điều 1 khoản 1/m,
    )
    await createGroup(payload, { kind: 'sg', parent: wg.id })
    await expectRejected(
      createGroup(payload, { kind: 'sg', parent: wg.id }),
      /^parent: Vi phạm Điều 1 khoản 1/m,
    )
  })
})
