import type { Payload } from 'payload'

import type { Position } from '../hooks/rules/positions'
import { dayKeyOf } from '../src/fields/dates'
import type { AgencyIds } from './agencies'
import type { GroupIds } from './groups'
import { PEOPLE, type PersonIds, type PersonKey } from './people'
import { bump, required, SEED_OPTIONS, vnDay, type Id, type Tally } from './shared'

export type MemberSeed = {
  person: PersonKey
  group: keyof GroupIds
  position: Position
  from: string
  to?: string
  appointingDecision: string
  /** sg-member only (R10): the person whose Working Group seat this member assists. */
  assists?: PersonKey
  /** R12.1: the last day of the person's post at the home agency, when it has ended. */
  postTo?: string
  /** head only (R4.2): periods on leave, when the Standing Deputy stands in by position. */
  leave?: { from: string; to: string; reason: string }[]
}

const WG_DECISION = '1645/QĐ-UBND'
const SG_DECISION = '02/QĐ-TCT'
const WG_START = '2022-07-01'
const SG_START = '2022-07-08'

const wg = (
  person: PersonKey,
  position: Position,
  term: { from?: string; to?: string; decision?: string; postTo?: string } = {},
): MemberSeed => ({
  person,
  group: 'wg',
  position,
  from: term.from ?? WG_START,
  to: term.to,
  postTo: term.postTo ?? term.to,
  appointingDecision: term.decision ?? WG_DECISION,
})

const sg = (
  person: PersonKey,
  position: Position,
  term: { to?: string; assists?: PersonKey } = {},
): MemberSeed => ({
  person,
  group: 'sg',
  position,
  from: SG_START,
  to: term.to,
  appointingDecision: SG_DECISION,
  assists: term.assists,
})

/**
 * Positions, in creation order (an assisted seat exists before its SG member). History: a deputy
 * replaced on 01/07/2024, the ICT director's seat passed to Science and Technology when the two
 * departments merged (01/03/2025), and district seats ending with the district level (30/06/2025).
 * The Head was away from 04/08 to 08/08/2025: the Standing Deputy stood in (R4.2). The education
 * director left the post on 31/10/2026 and the seat awaits a new decision (flagged, R12.1).
 */
export const MEMBERS: MemberSeed[] = [
  {
    ...wg('head', 'head'),
    leave: [
      {
        from: '2025-08-04',
        to: '2025-08-08',
        reason: 'Đi công tác nước ngoài theo Quyết định của UBND tỉnh',
      },
    ],
  },
  wg('standingDeputy', 'standing-deputy'),
  wg('formerDeputy', 'deputy', { to: '2024-06-30' }),
  wg('deputy', 'deputy', { from: '2024-07-01', decision: '1532/QĐ-UBND' }),
  wg('officeDeputy', 'deputy'),
  wg('justice', 'member'),
  wg('ict', 'member', { to: '2025-02-28' }),
  wg('science', 'member', { from: '2025-03-01', decision: '512/QĐ-UBND' }),
  wg('health', 'member'),
  wg('insurance', 'member'),
  wg('education', 'member', { postTo: '2026-10-31' }),
  wg('finances', 'member'),
  wg('tamKy', 'member', { to: '2025-06-30' }),
  wg('dienBan', 'member', { to: '2025-06-30' }),
  wg('secretary', 'secretary'),
  sg('sgHead', 'sg-head'),
  sg('sgDeputy', 'sg-deputy'),
  sg('reporter', 'sg-member', { assists: 'justice' }),
  sg('ictAide', 'sg-member', { to: '2025-02-28', assists: 'ict' }),
  sg('healthAide', 'sg-member', { assists: 'health' }),
  sg('tamKyAide', 'sg-member', { to: '2025-06-30', assists: 'tamKy' }),
]

type Context = { people: PersonIds; groups: GroupIds; agencies: AgencyIds }

/** Creates the positions that are missing (by user + group + position + first day). */
export const seedMembers = async (payload: Payload, ctx: Context, tally: Tally): Promise<void> => {
  const existing = await payload.find({
    collection: 'members',
    where: { group: { in: [ctx.groups.wg, ctx.groups.sg] } },
    pagination: false,
    ...SEED_OPTIONS,
  })
  const keyOf = (user: unknown, group: unknown, position: unknown, from: unknown) =>
    [String(user), String(group), String(position), dayKeyOf(from)].join('|')
  const ids = new Map<string, Id>(
    existing.docs.map((doc) => [keyOf(doc.user, doc.group, doc.position, doc.from), doc.id]),
  )
  const wgSeatOf = new Map<PersonKey, Id>()

  for (const seed of MEMBERS) {
    const user = required(ctx.people.get(seed.person), `user ${seed.person}`)
    const group = ctx.groups[seed.group]
    const key = keyOf(user, group, seed.position, seed.from)
    let id = ids.get(key)
    if (id === undefined) {
      const agencyKey = PEOPLE[seed.person].agency
      const doc = await payload.create({
        collection: 'members',
        data: {
          user,
          group,
          position: seed.position,
          agency: required(ctx.agencies.get(agencyKey), `agency ${agencyKey}`),
          from: vnDay(seed.from),
          to: seed.to ? vnDay(seed.to) : undefined,
          appointingDecision: seed.appointingDecision,
          // R12.1: the post held concurrently, as the person's job title says it.
          postTitle: PEOPLE[seed.person].jobTitle.replace(/\s*\(đến [^)]*\)$/, ''),
          postTo: seed.postTo ? vnDay(seed.postTo) : undefined,
          assists: seed.assists
            ? required(wgSeatOf.get(seed.assists), `WG seat of ${seed.assists}`)
            : undefined,
          leave: seed.leave?.map((period) => ({
            from: vnDay(period.from),
            to: vnDay(period.to),
            reason: period.reason,
          })),
        },
        ...SEED_OPTIONS,
      })
      id = doc.id
      ids.set(key, id)
      bump(tally, 'members')
    }
    if (seed.group === 'wg') wgSeatOf.set(seed.person, id)
  }
}
