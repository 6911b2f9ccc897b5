// Counting is switched on before the Payload config (and its database adapter) loads.
process.env.DB_COUNT_STATEMENTS = '1'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { memberAccountability } from '../../dashboards/queries/memberAccountability'
import { countStatements } from '../../src/db/statementCounter'
import { createAgency, createMember, createUser, day, unique } from '../helpers/fixtures'
import { createMeetingWorld, requestOf, type MeetingWorld } from '../helpers/meetings'
import { initPayload } from '../helpers/payload'

// R2.2: the accountability view costs the same number of SQL statements however many members,
// tasks and reports there are (one read per collection, not one per member).

let payload: Payload
let world: MeetingWorld
let leader: User

const addMembers = async (count: number) => {
  for (let i = 0; i < count; i++) {
    const agency = await createAgency(payload)
    const user = await createUser(payload, { agency: agency.id })
    await createMember(payload, {
      user: user.id,
      group: world.group.id,
      position: 'member',
      agency: agency.id,
      from: '2023-01-01',
    })
    for (const due of ['2025-03-31', '2025-09-30'])
      await payload.create({
        collection: 'tasks',
        data: {
          title: unique('Nhiệm vụ'),
          source: 'provincial-plan',
          leadAgency: agency.id,
          assignedBy: world.head.id,
          assignedOn: day('2025-01-06'),
          dueDate: day(due),
        } as never,
        overrideAccess: true,
        depth: 0,
      })
  }
}

const statements = async () => {
  const req = await requestOf(payload, leader)
  const { result, statements } = await countStatements(() =>
    memberAccountability(req, { year: 2025, member: world.headSeat.id }, '2025-08-20'),
  )
  return { rows: result.rows.length, statements }
}

beforeAll(async () => {
  payload = await initPayload()
  world = await createMeetingWorld(payload)
  leader = await createUser(payload, { roles: ['leader'] })
})

describe('the accountability view’s cost (R2.2)', () => {
  it('R2.2: is the same number of statements for 5 members and for 15', async () => {
    const small = await statements()
    await addMembers(10)
    const large = await statements()
    expect([small.rows, large.rows]).toEqual([5, 15])
    expect(small.statements).toBeGreaterThan(0)
    expect(large.statements).toBe(small.statements)
    console.log(`accountability view: ${large.statements} SQL statements`)
  }, 120_000)
})
