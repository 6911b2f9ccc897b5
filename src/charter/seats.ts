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

type SeatRow = {
  id: number | string
  user?: unknown
  group?: unknown
  position?: string | null
  from: string
  to?: string | null
}

const termOf = (from: string, end?: string | null): Term => ({
  from: dayKeyOf(from) ?? '',
  to: dayKeyOf(end),
})

/** A delegation a seat's end stops, with what the member's record shows of it. */
export type StoppedDelegation = CutDelegation & {
  grantor: number | string
  grantee: number | string
  scopes: string[]
  term: Term
  basisNumber: string | null
}

/** The core of both readers: the seat's group's delegations that ending `before` at `after` stops. */
const delegationsCut = async (
  req: PayloadRequest,
  seat: SeatRow,
  before: Term,
  after: Term,
): Promise<StoppedDelegation[]> => {
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
      select: {
        grantor: true,
        grantee: true,
        scopes: true,
        validFrom: true,
        validTo: true,
        basisNumber: true,
      },
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
          { id: { not_equals: seat.id } },
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
  const rows = new Map(delegations.docs.map((row) => [String(row.id), row]))
  const cut = delegationsCutBySeat(
    {
      userId,
      isHead,
      before,
      after,
      otherTerms: others.docs.map((row) => termOf(row.from, row.to)),
    },
    delegations.docs.map((row) => ({
      id: row.id,
      grantorId: idOf(row.grantor) ?? '',
      granteeId: idOf(row.grantee) ?? '',
      term: termOf(row.validFrom, row.validTo),
    })),
  )
  return cut.map((entry) => {
    const row = rows.get(String(entry.id))!
    return {
      ...entry,
      grantor: idOf(row.grantor) ?? '',
      grantee: idOf(row.grantee) ?? '',
      scopes: [...(row.scopes ?? [])],
      term: termOf(row.validFrom, row.validTo),
      basisNumber: row.basisNumber ?? null,
    }
  })
}

const readSeat = (req: PayloadRequest, seatId: number | string) =>
  req.payload.findByID({
    collection: 'members',
    id: seatId,
    select: { user: true, group: true, position: true, from: true, to: true },
    depth: 0,
    overrideAccess: true,
    req,
  })

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
  const seat = await readSeat(req, seatId)
  const cut = await delegationsCut(req, seat, termOf(seat.from, seat.to), {
    from: dayKeyOf(seat.from) ?? '',
    to,
  })
  return cut.map(({ id, lapse, from }) => ({ id, lapse, from }))
}

/**
 * R4.5 / R3.4 / R4.2, for the member's record: the delegations the seat's end date stops (as if
 * the seat had stayed open), whether that end is past or still to come. None for an open seat.
 */
export const delegationsStoppedBySeat = (
  req: PayloadRequest,
  seat: SeatRow,
): Promise<StoppedDelegation[]> =>
  seat.to
    ? delegationsCut(
        req,
        seat,
        { from: dayKeyOf(seat.from) ?? '', to: null },
        termOf(seat.from, seat.to),
      )
    : Promise.resolve([])

/**
 * R10 (Art. 10.1), for the member's record: the Support Group seats assigned to assist this seat.
 * Their assignments end when the seat ends (a change that would strand one is refused). A system read.
 */
export const assistantsOfSeat = async (
  req: PayloadRequest,
  seatId: number | string,
): Promise<Seat[]> => {
  const { docs } = await req.payload.find({
    collection: 'members',
    where: { assists: { equals: seatId } },
    select: { user: true, agency: true, position: true, from: true, to: true },
    sort: 'from',
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
