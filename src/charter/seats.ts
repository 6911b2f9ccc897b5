import type { PayloadRequest } from 'payload'

import type { Position } from '../../hooks/rules/positions'
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
