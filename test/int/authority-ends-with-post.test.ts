// Authority ends with the post (R4.5, R3.4, R4.2, R11.1c): a delegation gives authority on a day
// only while the grantor still holds the Head's post of its group and the grantee still sits in it.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { authorityOn } from '../../src/charter/authority'
import { delegationsCutBySeatEnd } from '../../src/charter/seats'
import { expectRejected } from '../helpers/errors'
import { createMedia, createMember, createUser, day } from '../helpers/fixtures'
import {
  createMeetingWorld,
  freshMonth,
  planMeeting,
  requestOf,
  type MeetingWorld,
} from '../helpers/meetings'
import { initPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await initPayload()
})

const delegate = async (
  world: MeetingWorld,
  grantee: number,
  scopes: string[],
  validFrom: string,
  validTo: string,
) =>
  payload.create({
    collection: 'delegations',
    data: {
      group: world.group.id,
      grantor: world.head.id,
      grantee,
      scopes: scopes as never,
      validFrom: day(validFrom),
      validTo: day(validTo),
      basisNumber: `${validFrom}/GUQ`,
      basis: (await createMedia(payload)).id,
    },
    overrideAccess: true,
    depth: 0,
  })

const endSeat = (id: number, to: string) =>
  payload.update({
    collection: 'members',
    id,
    data: { to: day(to) },
    overrideAccess: true,
    depth: 0,
  })

/** The Head is replaced: his/her seat ends on `lastDay`, a new Head sits from the next day. */
const replaceHead = async (world: MeetingWorld, lastDay: string, firstDay: string) => {
  await endSeat(world.headSeat.id, lastDay)
  const newHead = await createUser(payload, { agency: world.agency.id, roles: ['leader'] })
  await createMember(payload, {
    user: newHead.id,
    group: world.group.id,
    position: 'head',
    agency: world.agency.id,
    from: firstDay,
  })
  return newHead
}

describe('authority ends with the post (R4.5, R3.4, R11.1c)', () => {
  it('a delegate whose own term ended cannot chair under the delegation (R3.4)', async () => {
    const world = await createMeetingWorld(payload)
    const month = freshMonth()
    const member = world.members[0]!
    const delegation = await delegate(
      world,
      member.user.id,
      ['chair'],
      `${month}-01`,
      `${month}-28`,
    )
    await endSeat(member.seat.id, `${month}-03`)

    expect(await authorityOn(payload, member.user.id, 'chair-meeting', `${month}-03`)).toEqual({
      allowed: true,
      via: 'delegation',
      delegationId: delegation.id,
      scope: 'chair',
    })
    expect(await authorityOn(payload, member.user.id, 'chair-meeting', `${month}-04`)).toEqual({
      allowed: false,
    })
    await expectRejected(
      planMeeting(payload, world, month, { chair: member.user.id }),
      /^chair: Vi phạm Điều 3 khoản 4/m,
    )
  })

  it('a delegation from a Head who was replaced no longer gives authority while the new Head has it (R4.5, R11.1c, R3.4)', async () => {
    const world = await createMeetingWorld(payload)
    const month = freshMonth()
    await delegate(world, world.deputy.id, ['act-as-head'], `${month}-01`, `${month}-28`)
    const newHead = await replaceHead(world, `${month}-02`, `${month}-03`)

    const before = `${month}-02`
    const after = `${month}-05`
    for (const act of ['call-extraordinary-meeting', 'chair-meeting', 'sign-for-head'] as const) {
      expect((await authorityOn(payload, world.deputy.id, act, before)).allowed).toBe(true)
      expect(await authorityOn(payload, world.deputy.id, act, after)).toEqual({ allowed: false })
    }
    expect(await authorityOn(payload, newHead.id, 'call-extraordinary-meeting', after)).toEqual({
      allowed: true,
      via: 'position',
      position: 'head',
    })
    await expectRejected(
      planMeeting(payload, world, month, { chair: world.deputy.id }),
      /^chair: Vi phạm Điều 3 khoản 4/m,
    )
    const meeting = await planMeeting(payload, world, month, { chair: newHead.id })
    expect(meeting.chair).toBe(newHead.id)
  })

  it('a delegation is still valid when both still hold their posts (R4.5, R3.4)', async () => {
    const world = await createMeetingWorld(payload)
    const month = freshMonth()
    const member = world.members[1]!
    const delegation = await delegate(
      world,
      member.user.id,
      ['chair', 'sign-for-head'],
      `${month}-01`,
      `${month}-28`,
    )
    // Terms that end after the day of the act change nothing.
    await endSeat(member.seat.id, `${month}-20`)
    await endSeat(world.headSeat.id, `${month}-20`)

    expect(await authorityOn(payload, member.user.id, 'sign-for-head', `${month}-05`)).toEqual({
      allowed: true,
      via: 'delegation',
      delegationId: delegation.id,
      scope: 'sign-for-head',
    })
    const meeting = await planMeeting(payload, world, month, { chair: member.user.id })
    expect(meeting.chair).toBe(member.user.id)
  })
})

describe('ending a seat shows the delegations it stops (R4.5, R3.4)', () => {
  it('lists the delegations a Head who leaves gave and those a member who leaves received (R4.5, R3.4)', async () => {
    const world = await createMeetingWorld(payload)
    const month = freshMonth()
    const member = world.members[2]!
    const toMember = await delegate(world, member.user.id, ['chair'], `${month}-01`, `${month}-28`)
    const toDeputy = await delegate(
      world,
      world.deputy.id,
      ['act-as-head'],
      `${month}-10`,
      `${month}-20`,
    )
    const req = await requestOf(payload, world.secretariat)

    expect(await delegationsCutBySeatEnd(req, world.headSeat.id, `${month}-15`)).toEqual([
      { id: toMember.id, lapse: 'grantor-left-post', from: `${month}-16` },
      { id: toDeputy.id, lapse: 'grantor-left-post', from: `${month}-16` },
    ])
    expect(await delegationsCutBySeatEnd(req, member.seat.id, `${month}-03`)).toEqual([
      { id: toMember.id, lapse: 'grantee-left-group', from: `${month}-04` },
    ])
    expect(await delegationsCutBySeatEnd(req, member.seat.id, `${month}-28`)).toEqual([])
  })
})
