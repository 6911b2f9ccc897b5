import type { PayloadRequest, Where } from 'payload'

import { WG_POSITIONS } from '../../../hooks/rules/positions'
import { HELD_STATUSES } from '../../../hooks/rules/meetings/kinds'
import { createContext, loadCharterNumbers } from '../context'
import { idsWhere } from '../hrefs'
import { key } from './keys'
import { unknownMember, type AccountabilityParams } from './params'
import type { DelegationDoc, MemberDoc } from './types'
import { endOf, startOf } from './wheres'

const access = { overrideAccess: false, depth: 0, pagination: false } as const

/**
 * The reads of the accountability of `params.year`, judged on `day`: the Working Groups, their
 * member seats in office, then at once the agencies, tasks, held meetings, reports and
 * delegations of the year and the charter's numbers, and last the names of the people of the
 * delegations who hold no seat.
 */
export const loadAccountability = async (
  req: PayloadRequest,
  params: AccountabilityParams,
  day: string,
  today: string,
) => {
  const { year } = params
  const yearStart = `${year}-01-01`
  const yearEnd = `${year}-12-31`
  const ask = { req, user: req.user, ...access }

  const groups = await req.payload.find({
    collection: 'working-groups',
    where: { kind: { equals: 'wg' } },
    select: { kind: true },
    ...ask,
  })
  const groupIds = groups.docs.map((doc) => doc.id)
  const inYear: Where[] = [
    { from: { less_than: endOf(yearEnd) } },
    { or: [{ to: { exists: false } }, { to: { greater_than_equal: startOf(yearStart) } }] },
  ]
  const { docs: memberDocs } = await req.payload.find({
    collection: 'members',
    where: {
      and: [
        idsWhere(groupIds, 'group'),
        { position: { in: [...WG_POSITIONS].join(',') } },
        ...(day < yearStart ? [{ id: { exists: false } }] : inYear),
      ],
    },
    select: {
      title: true,
      user: true,
      group: true,
      position: true,
      agency: true,
      from: true,
      to: true,
      leave: true,
    },
    sort: 'from',
    ...ask,
  })
  const members = memberDocs as unknown as MemberDoc[]
  if (params.member !== null && !members.some((m) => String(m.id) === String(params.member)))
    throw unknownMember(String(params.member))

  const agencyIds = [...new Set(members.map((m) => key(m.agency)).filter((id) => id !== 'null'))]
  const users = [...new Set(members.map((m) => key(m.user)))]
  const ctx = createContext(
    req,
    { period: `${year}-12`, from: `${year}-01`, agencyKind: null, district: null, indicator: null },
    { agency: null },
    today,
  )
  const [agencies, tasks, meetings, reports, delegations, numbersOf] = await Promise.all([
    req.payload.find({
      collection: 'agencies',
      where: idsWhere(agencyIds),
      select: { name: true, kind: true, parent: true, validFrom: true, validTo: true },
      ...ask,
    }),
    req.payload.find({
      collection: 'tasks',
      where: {
        and: [
          idsWhere(agencyIds, 'leadAgency'),
          { assignedOn: { less_than: endOf(day) } },
          {
            or: [
              { completedOn: { exists: false } },
              { completedOn: { greater_than_equal: startOf(yearStart) } },
            ],
          },
        ],
      },
      select: {
        code: true,
        title: true,
        leadAgency: true,
        assignedOn: true,
        startDate: true,
        dueDate: true,
        effectiveDueDate: true,
        completedOn: true,
        recurring: true,
        paused: true,
      },
      sort: 'effectiveDueDate',
      ...ask,
    }),
    req.payload.find({
      collection: 'meetings',
      where: {
        and: [
          idsWhere(groupIds, 'group'),
          { status: { in: HELD_STATUSES.join(',') } },
          { servesMonth: { greater_than_equal: `${year}-01` } },
          { servesMonth: { less_than_equal: `${year}-12` } },
        ],
      },
      select: { servesMonth: true, start: true, invitedMembers: true, attendance: true },
      sort: 'start',
      ...ask,
    }),
    req.payload.find({
      collection: 'reports',
      where: {
        and: [
          idsWhere(agencyIds, 'agency'),
          { period: { greater_than_equal: `${year}-01` } },
          { period: { less_than_equal: `${year}-12` } },
        ],
      },
      select: { agency: true, period: true, timeliness: true },
      ...ask,
    }),
    req.payload.find({
      collection: 'delegations',
      where: {
        and: [
          idsWhere(groupIds, 'group'),
          { validFrom: { less_than: endOf(yearEnd) } },
          { validTo: { greater_than_equal: startOf(yearStart) } },
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
      ...ask,
    }),
    loadCharterNumbers(ctx),
  ])
  const delegationDocs = delegations.docs as unknown as DelegationDoc[]
  const otherUsers = [
    ...new Set(delegationDocs.flatMap((d) => [key(d.grantor), key(d.grantee)])),
  ].filter((id) => !users.includes(id))
  const people = otherUsers.length
    ? (
        await req.payload.find({
          collection: 'users',
          where: { id: { in: otherUsers.join(',') } },
          select: { fullName: true },
          ...ask,
        })
      ).docs
    : []
  return { members, agencies, tasks, meetings, reports, delegationDocs, people, numbersOf }
}
