import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  createAgency,
  createGroup,
  createGroupWithHead,
  createMember,
  createUser,
} from '../helpers/fixtures'
import { expectRejected } from '../helpers/errors'
import { initPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await initPayload()
})

const countMembers = async (group: number) =>
  (await payload.count({ collection: 'members', where: { group: { equals: group } } })).totalDocs

describe('members: positions in a group', () => {
  it('rejects a second Head whose term overlaps the first, storing nothing (R3.2)', async () => {
    const { agency, group } = await createGroupWithHead(payload)
    const rival = await createUser(payload, { agency: agency.id })
    const before = await countMembers(group.id)
    await expectRejected(
      createMember(payload, {
        user: rival.id,
        group: group.id,
        position: 'head',
        agency: agency.id,
        from: '2024-03-01',
      }),
      /Vi phạm Điều 3/,
    )
    expect(await countMembers(group.id)).toBe(before)
  })

  it('accepts a new Head from the day after the previous term ended (R3.2)', async () => {
    const agency = await createAgency(payload)
    const group = await createGroup(payload)
    const first = await createUser(payload, { agency: agency.id })
    const second = await createUser(payload, { agency: agency.id })
    await createMember(payload, {
      user: first.id,
      group: group.id,
      position: 'head',
      agency: agency.id,
      from: '2022-01-01',
      to: '2024-06-30',
    })
    const next = await createMember(payload, {
      user: second.id,
      group: group.id,
      position: 'head',
      agency: agency.id,
      from: '2024-07-01',
    })
    expect(next.title).toContain('Tổ trưởng')
  })

  it('rejects a second Standing Deputy for an overlapping term (R4.1–4.4)', async () => {
    const { agency, group } = await createGroupWithHead(payload)
    const rival = await createUser(payload, { agency: agency.id })
    await expectRejected(
      createMember(payload, {
        user: rival.id,
        group: group.id,
        position: 'standing-deputy',
        agency: agency.id,
        from: '2021-06-01',
        to: '2022-01-01',
      }),
      /Vi phạm Điều 4/,
    )
  })

  it('rejects moving an existing Head term onto another Head term by update (R3.2)', async () => {
    const agency = await createAgency(payload)
    const group = await createGroup(payload)
    const first = await createUser(payload, { agency: agency.id })
    const second = await createUser(payload, { agency: agency.id })
    await createMember(payload, {
      user: first.id,
      group: group.id,
      position: 'head',
      agency: agency.id,
      from: '2022-01-01',
      to: '2022-12-31',
    })
    const later = await createMember(payload, {
      user: second.id,
      group: group.id,
      position: 'head',
      agency: agency.id,
      from: '2023-01-01',
    })
    await expectRejected(
      payload.update({
        collection: 'members',
        id: later.id,
        data: { from: '2022-06-01T00:00:00.000Z' },
      }),
      /Vi phạm Điều 3:/,
    )
    const stored = await payload.findByID({ collection: 'members', id: later.id })
    expect(stored.from.slice(0, 10)).toBe('2022-12-31')
  })

  it('rejects a Support Group position in a Working Group (R8–R10)', async () => {
    const { agency, group } = await createGroupWithHead(payload)
    const person = await createUser(payload, { agency: agency.id })
    await expectRejected(
      createMember(payload, {
        user: person.id,
        group: group.id,
        position: 'sg-member',
        agency: agency.id,
        from: '2024-01-01',
      }),
      /Vi phạm Điều 8 – Điều 10:/,
    )
  })

  it('rejects a term that ends before it starts', async () => {
    const { agency, group } = await createGroupWithHead(payload)
    const person = await createUser(payload, { agency: agency.id })
    await expectRejected(
      createMember(payload, {
        user: person.id,
        group: group.id,
        position: 'member',
        agency: agency.id,
        from: '2024-05-01',
        to: '2024-04-30',
      }),
      /Ngày kết thúc/,
    )
  })
})

describe('members: the Support Group (R10)', () => {
  const supportGroupOf = async (wg: number) => createGroup(payload, { kind: 'sg', parent: wg })

  it('rejects a Support Group member who assists nobody (R10)', async () => {
    const { agency, group } = await createGroupWithHead(payload)
    const sg = await supportGroupOf(group.id)
    const helper = await createUser(payload, { agency: agency.id })
    await expectRejected(
      createMember(payload, {
        user: helper.id,
        group: sg.id,
        position: 'sg-member',
        agency: agency.id,
        from: '2024-01-01',
      }),
      /Vi phạm Điều 10/,
    )
  })

  it('accepts a Support Group member assisting a WG member for a term inside the WG term (R10)', async () => {
    const { agency, group, headSeat } = await createGroupWithHead(payload)
    const sg = await supportGroupOf(group.id)
    const helper = await createUser(payload, { agency: agency.id })
    const seat = await createMember(payload, {
      user: helper.id,
      group: sg.id,
      position: 'sg-member',
      agency: agency.id,
      from: '2024-01-01',
      to: '2024-12-31',
      assists: headSeat.id,
    })
    expect(seat.assists).toBe(headSeat.id)
  })

  it('rejects a Support Group member whose term outlasts the assisted member’s term (R10)', async () => {
    const agency = await createAgency(payload)
    const group = await createGroup(payload)
    const member = await createUser(payload, { agency: agency.id })
    const seat = await createMember(payload, {
      user: member.id,
      group: group.id,
      position: 'member',
      agency: agency.id,
      from: '2023-01-01',
      to: '2023-12-31',
    })
    const sg = await supportGroupOf(group.id)
    const helper = await createUser(payload, { agency: agency.id })
    await expectRejected(
      createMember(payload, {
        user: helper.id,
        group: sg.id,
        position: 'sg-member',
        agency: agency.id,
        from: '2023-06-01',
        assists: seat.id,
      }),
      /Vi phạm Điều 10:/,
    )
  })

  it('rejects assisting a member of another Working Group (R10)', async () => {
    const { agency, group } = await createGroupWithHead(payload)
    const other = await createGroupWithHead(payload)
    const sg = await supportGroupOf(group.id)
    const helper = await createUser(payload, { agency: agency.id })
    await expectRejected(
      createMember(payload, {
        user: helper.id,
        group: sg.id,
        position: 'sg-member',
        agency: agency.id,
        from: '2024-01-01',
        to: '2024-02-01',
        assists: other.headSeat.id,
      }),
      /Vi phạm Điều 10:/,
    )
  })

  it('refuses a Support Group without a parent Working Group (R1.1)', async () => {
    await expectRejected(createGroup(payload, { kind: 'sg' }), /Điều 1/)
  })
})
