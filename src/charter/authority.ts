import type { Payload, PayloadRequest } from 'payload'

import { authorityFor, type Act, type AuthorityBasis } from '../../hooks/rules/authority'
import type { Position } from '../../hooks/rules/positions'
import { dayKeyOf } from '../fields/dates'

/**
 * "On date D, may person P do act A?" against the database: the person's positions and the
 * delegations he/she received that cover D. A system check, so it reads without access control.
 */
export const authorityOn = async (
  payload: Payload,
  userId: number | string,
  act: Act,
  day: string,
  /** The request whose transaction the check reads in (hooks of a write must pass it). */
  req?: Partial<PayloadRequest>,
): Promise<AuthorityBasis> => {
  const [members, delegations] = await Promise.all([
    payload.find({
      collection: 'members',
      where: { user: { equals: userId } },
      depth: 0,
      pagination: false,
      select: { position: true, from: true, to: true },
      req,
    }),
    payload.find({
      collection: 'delegations',
      where: { grantee: { equals: userId } },
      depth: 0,
      pagination: false,
      select: { scopes: true, validFrom: true, validTo: true },
      req,
    }),
  ])
  return authorityFor(act, day, {
    positions: members.docs.map((row) => ({
      position: row.position as Position,
      term: { from: dayKeyOf(row.from) ?? '', to: dayKeyOf(row.to) },
    })),
    delegations: delegations.docs.map((row) => ({
      id: row.id,
      scopes: row.scopes ?? [],
      term: { from: dayKeyOf(row.validFrom) ?? '', to: dayKeyOf(row.validTo) },
    })),
  })
}
