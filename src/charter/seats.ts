import type { PayloadRequest } from 'payload'

import { delegationsCutBySeat, type CutDelegation } from '../../hooks/rules/delegations'
import type { Position } from '../../hooks/rules/positions'
import type { Term } from '../../hooks/rules/terms'
import { dayKeyOf } from '../fields/dates'
import { vnDayEnd, vnDayStart } from '../lib/clock'
import { idOf } from '../lib/relations'

export type Seat = {
  id: number | string
  user: number | string
  agency: number | string | null
  position: Position
  from: string
  to: string | null
}

/** The positions (`members` rows) of a group held on `day`. A system read. */
export const seatsOn = async (
  req: PayloadRequest,
  groupId: number | string,
  day: string,
): Promise<Seat[]> => {
  const { docs } = await req.payload.find({
    collection: 'members',
    where: {
      and: [
        { group: { equals: groupId } },
        { from: { less_than_equal: vnDayEnd(day).toISOString() } },
        {
          or: [
            { to: { exists: false } },
            { to: { greater_than_equal: vnDayStart(day).toISOString() } },
          ],
        },
      ],
    },
    select: { user: true, agency: true, position: true, from: true, to: true },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({
    id: doc.id,
    user: idOf(doc.user) ?? '',
    agency: idOf(doc.agency),
    position: doc.position as Position,
    from: dayKeyOf(doc.from) ?? '',
    to: dayKeyOf(doc.to),
  }))
}

export type Person = { id: number | string; fullName: string; email: string | null }

/** Names and email addresses of users, by id. A system read. */
export const peopleByIds = async (
  req: PayloadRequest,
  ids: readonly (number | string)[],
): Promise<Map<string, Person>> => {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: [...new Set(ids.map(String))] } },
    select: { fullName: true, email: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(
    docs.map((doc) => [
      String(doc.id),
      { id: doc.id, fullName: doc.fullName, email: doc.email || null },
    ]),
  )
}

/**
 * R4.5 / R3.4 / R4.2: the delegations of the seat's group that ending the seat (a `members` row)
 * on `to` would stop, each with the first day it no longer gives authority. For a warning when a
 * member's term is shortened or ended; nothing is refused. A system read, in `req`'s transaction.
 */
export const delegationsCutBySeatEnd = async (
  req: PayloadRequest,
  seatId: number | string,
  to: string,
): Promise<CutDelegation[]> => {
  const seat = await req.payload.findByID({
    collection: 'members',
    id: seatId,
    select: { user: true, group: true, position: true, from: true, to: true },
    depth: 0,
    overrideAccess: true,
    req,
  })
  const userId = idOf(seat.user)
  const groupId = idOf(seat.group)
  if (userId === null || groupId === null) return []
  const isHead = seat.position === 'head'
  const [delegations, others] = await Promise.all([
    req.payload.find({
      collection: 'delegations',
      where: {
        and: [
          { group: { equals: groupId } },
          { or: [{ grantor: { equals: userId } }, { grantee: { equals: userId } }] },
        ],
      },
      select: { grantor: true, grantee: true, validFrom: true, validTo: true },
      sort: 'validFrom',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
    req.payload.find({
      collection: 'members',
      where: {
        and: [
          { group: { equals: groupId } },
          { user: { equals: userId } },
          { id: { not_equals: seatId } },
          ...(isHead ? [{ position: { equals: 'head' } }] : []),
        ],
      },
      select: { from: true, to: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  ])
  const termOf = (from: string, end?: string | null): Term => ({
    from: dayKeyOf(from) ?? '',
    to: dayKeyOf(end),
  })
  return delegationsCutBySeat(
    {
      userId,
      isHead,
      before: termOf(seat.from, seat.to),
      after: { from: dayKeyOf(seat.from) ?? '', to },
      otherTerms: others.docs.map((row) => termOf(row.from, row.to)),
    },
    delegations.docs.map((row) => ({
      id: row.id,
      grantorId: idOf(row.grantor) ?? '',
      granteeId: idOf(row.grantee) ?? '',
      term: termOf(row.validFrom, row.validTo),
    })),
  )
}
