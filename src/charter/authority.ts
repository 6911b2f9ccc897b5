import type { Payload, PayloadRequest, RequestContext } from 'payload'

import {
  authorityFor,
  STAND_IN_ACTS,
  type Act,
  type AuthorityBasis,
  type HeldDelegation,
  type HeldPosition,
} from '../../hooks/rules/authority'
import type { Position } from '../../hooks/rules/positions'
import { termCovers, type Term } from '../../hooks/rules/terms'
import { dayKeyOf } from '../fields/dates'
import { actDayOf } from '../lib/context'
import { idOf } from '../lib/relations'

/**
 * R2.4 / R3.2 / R3.3: an act (issuing a document, assigning a task, deciding an extension) is
 * checked on the day it is performed, in Vietnam time: today, or the act's own recorded day when
 * trusted server code recording acts of the past (the demo seed, imports) sets `recordedAsDated`
 * in the request context (src/lib/context). Requests cannot set a context.
 */
export const performedOn = (context: RequestContext, recorded: string | null): string => {
  const today = actDayOf(context)
  return context.recordedAsDated === true && recorded && recorded <= today ? recorded : today
}

const termOf = (row: { from: string; to?: string | null }): Term => ({
  from: dayKeyOf(row.from) ?? '',
  to: dayKeyOf(row.to),
})

const key = (group: unknown, user: unknown): string => `${String(group)}:${String(user)}`

/**
 * "On date D, may person P do act A?" against the database: the person's positions and the
 * delegations he/she received that are in force on D. A delegation is in force only while the
 * grantor still holds the Head's post of its group and the grantee still sits in that group
 * (R4.5, R3.4, R4.2: authority ends with the post). A system check, so it reads without access
 * control. Two queries, and a third (the grantors' Head seats) only when a delegation is needed.
 */
export const authorityOn = async (
  payload: Payload,
  userId: number | string,
  act: Act,
  day: string,
  /** The request whose transaction the check reads in (hooks of a write must pass it). */
  req?: Partial<PayloadRequest>,
  /**
   * The group the act belongs to: only seats and delegations of that group count (a seat in
   * another group grants nothing here); and whether its Head is recorded absent for the act (R4.2).
   */
  scope: { groupId?: number | string | null; headAbsent?: boolean } = {},
): Promise<AuthorityBasis> => {
  const inGroup = scope.groupId != null ? [{ group: { equals: scope.groupId } }] : []
  const [members, delegations] = await Promise.all([
    payload.find({
      collection: 'members',
      where: { and: [{ user: { equals: userId } }, ...inGroup] },
      depth: 0,
      pagination: false,
      select: { group: true, position: true, from: true, to: true },
      req,
    }),
    payload.find({
      collection: 'delegations',
      where: { and: [{ grantee: { equals: userId } }, ...inGroup] },
      depth: 0,
      pagination: false,
      select: { group: true, grantor: true, scopes: true, validFrom: true, validTo: true },
      req,
    }),
  ])
  const positions: HeldPosition[] = members.docs.map((row) => ({
    position: row.position as Position,
    term: termOf(row),
  }))
  const byPosition = authorityFor(act, day, { positions, delegations: [] })
  if (byPosition.allowed) return byPosition

  // R4.1–4.4 (Art. 4.2): the Standing Deputy stands in, by position, for a Head absent for the act or on leave.
  if (STAND_IN_ACTS.includes(act)) {
    const standing = members.docs.filter(
      (row) => row.position === 'standing-deputy' && termCovers(termOf(row), day),
    )
    for (const row of standing) {
      const absent =
        scope.headAbsent === true || (await headAbsentOn(payload, idOf(row.group)!, day, req))
      const basis = authorityFor(act, day, { positions, delegations: [], headAbsent: absent })
      if (basis.allowed) return basis
    }
  }

  // Only delegations whose own dates cover the day can grant anything: read the seats behind them.
  const candidates = delegations.docs
    .map((row) => ({
      row,
      term: { from: dayKeyOf(row.validFrom) ?? '', to: dayKeyOf(row.validTo) },
    }))
    .filter(({ term }) => termCovers(term, day))
  if (candidates.length === 0) return { allowed: false }

  const standings = await delegationSeats(
    payload,
    candidates.map(({ row }) => row),
    members.docs,
    req,
  )
  const held: HeldDelegation[] = candidates.map(({ row, term }, index) => ({
    id: row.id,
    scopes: row.scopes ?? [],
    term,
    ...standings[index]!,
  }))
  return authorityFor(act, day, { positions, delegations: held })
}

type DelegationRow = { group?: unknown; grantor?: unknown }
type SeatRow = { group?: unknown; from: string; to?: string | null }

/**
 * R4.5 / R3.4 / R4.2: the seats behind each delegation (same order as `rows`): the grantor's Head
 * terms and the grantee's terms in the delegation's group. `granteeSeats` are the grantee's
 * `members` rows (any group). One query, for the grantors' Head seats.
 */
export const delegationSeats = async (
  payload: Payload,
  rows: readonly DelegationRow[],
  granteeSeats: readonly SeatRow[],
  req?: Partial<PayloadRequest>,
): Promise<Required<Pick<HeldDelegation, 'grantorHeadTerms' | 'granteeMemberTerms'>>[]> => {
  if (rows.length === 0) return []
  const groupIds = [...new Set(rows.map((row) => String(idOf(row.group))))]
  const grantorIds = [...new Set(rows.map((row) => String(idOf(row.grantor))))]
  const heads = await payload.find({
    collection: 'members',
    where: {
      and: [
        { position: { equals: 'head' } },
        { group: { in: groupIds } },
        { user: { in: grantorIds } },
      ],
    },
    depth: 0,
    pagination: false,
    select: { group: true, user: true, from: true, to: true },
    req,
  })
  const headTerms = new Map<string, Term[]>()
  for (const row of heads.docs) {
    const k = key(idOf(row.group), idOf(row.user))
    headTerms.set(k, [...(headTerms.get(k) ?? []), termOf(row)])
  }
  const seatTerms = new Map<string, Term[]>()
  for (const row of granteeSeats) {
    const k = String(idOf(row.group))
    seatTerms.set(k, [...(seatTerms.get(k) ?? []), termOf(row)])
  }
  return rows.map((row) => ({
    grantorHeadTerms: headTerms.get(key(idOf(row.group), idOf(row.grantor))) ?? [],
    granteeMemberTerms: seatTerms.get(String(idOf(row.group))) ?? [],
  }))
}

/**
 * R4.2 (Art. 4.2): whether the Head of the group is absent on `day`: its holder is recorded on
 * leave for a period covering it. A system read.
 */
export const headAbsentOn = async (
  payload: Payload,
  groupId: number | string,
  day: string,
  req?: Partial<PayloadRequest>,
): Promise<boolean> => {
  const { docs } = await payload.find({
    collection: 'members',
    where: { and: [{ group: { equals: groupId } }, { position: { equals: 'head' } }] },
    depth: 0,
    pagination: false,
    select: { from: true, to: true, leave: true },
    req,
  })
  const seat = docs.find((row) => termCovers(termOf(row), day))
  // A vacant post is not an absence: the charter names the Head's absence, recorded as such.
  if (!seat) return false
  return (seat.leave ?? []).some((period) =>
    termCovers({ from: dayKeyOf(period.from) ?? '', to: dayKeyOf(period.to) }, day),
  )
}
