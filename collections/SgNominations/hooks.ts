import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import {
  decidedOnceVerdict,
  deciderVerdict,
  decisionVerdicts,
  nomineeAgencyVerdict,
  nomineeNamedVerdict,
  notInSupportGroupVerdict,
  ownNameVerdict,
  proposerVerdict,
  seatStartOf,
  type HeldSeat,
  type NominationStatus,
} from '../../hooks/rules/nominations'
import { termCovers } from '../../hooks/rules/terms'
import { isOrgEditor } from '../../src/access/roles'
import { dayKeyOf } from '../../src/fields/dates'
import { assertField, assertVerdict, assertVerdicts } from '../../src/lib/assertVerdict'
import { vnDayStart, vnToday } from '../../src/lib/clock'
import { actDayOf } from '../../src/lib/context'
import { idOf } from '../../src/lib/relations'

const COLLECTION = 'sg-nominations'

type Id = number | string
type SeatRow = HeldSeat & { id: Id; groupId: Id; parentId: Id | null; agencyId: Id | null }

/** A person's seats with the kind of their group (and the WG an SG serves). A system read. */
const seatsOfUser = async (req: PayloadRequest, userId: Id): Promise<SeatRow[]> => {
  const { docs } = await req.payload.find({
    collection: 'members',
    where: { user: { equals: userId } },
    select: { group: true, position: true, from: true, to: true, agency: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const groupIds = [...new Set(docs.map((doc) => String(idOf(doc.group))))]
  const groups =
    groupIds.length === 0
      ? []
      : (
          await req.payload.find({
            collection: 'working-groups',
            where: { id: { in: groupIds } },
            select: { kind: true, parent: true },
            depth: 0,
            pagination: false,
            overrideAccess: true,
            req,
          })
        ).docs
  const byId = new Map(groups.map((group) => [String(group.id), group]))
  return docs.map((doc) => {
    const group = byId.get(String(idOf(doc.group)))
    return {
      id: doc.id,
      groupId: idOf(doc.group)!,
      groupKind: group?.kind === 'sg' ? 'sg' : 'wg',
      parentId: idOf(group?.parent),
      position: doc.position,
      agencyId: idOf(doc.agency),
      term: { from: dayKeyOf(doc.from) ?? '', to: dayKeyOf(doc.to) },
    }
  })
}

const userOf = (req: PayloadRequest, id: Id) =>
  req.payload
    .find({
      collection: 'users',
      where: { id: { equals: id } },
      select: { fullName: true, agency: true },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    .then(({ docs }) => docs[0] ?? null)

const agencyNameOf = async (req: PayloadRequest, id: Id | null) => {
  if (id === null) return undefined
  const agency = await req.payload.findByID({
    collection: 'agencies',
    id,
    select: { name: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return agency?.name ?? undefined
}

/** The Support Group serving a Working Group (one at a time, R1.1). */
const supportGroupOf = async (req: PayloadRequest, wgId: Id) => {
  const { docs } = await req.payload.find({
    collection: 'working-groups',
    where: { and: [{ kind: { equals: 'sg' } }, { parent: { equals: wgId } }] },
    select: { kind: true },
    sort: '-createdAt',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0]?.id ?? null
}

const DECISION_KEYS = ['status', 'declineReason', 'decisionNumber', 'decisionFile']

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null

/**
 * R6.3: a WG member in office proposes staff of his own agency who is not yet in the Support
 * Group; R8–R10: the SG Head in office on the day decides, once; accepting creates the SG seat
 * (through the members collection and its rules, in this request's transaction).
 */
export const checkNomination: CollectionBeforeChangeHook = async ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const user = req.user
  const standingBody = !user || isOrgEditor(user)
  const previous = (originalDoc?.status ?? null) as NominationStatus | null
  if (operation === 'update') assertVerdict(decidedOnceVerdict(previous), req, COLLECTION)
  if (operation === 'create') {
    data.status = 'pending'
    data.proposedOn = vnDayStart(actDayOf(context)).toISOString()
  }
  // The SG Head's update carries his decision only; what was proposed stays as proposed.
  if (operation === 'update' && !standingBody) {
    for (const key of Object.keys(data)) {
      if (!DECISION_KEYS.includes(key) && originalDoc && key in originalDoc) {
        data[key] = originalDoc[key]
      }
    }
  }
  const merged = { ...originalDoc, ...data }
  const proposerId = idOf(merged.proposer)
  const deciding = merged.status === 'accepted' || merged.status === 'declined'
  // A member's own account proposes in his name; on an update it may only decide (the SG Head).
  if (user && !standingBody && operation === 'create') {
    assertVerdict(ownNameVerdict(user.id, proposerId, false), req, COLLECTION)
  }
  assertField(
    standingBody || operation === 'create' || deciding,
    req,
    'status',
    {
      vi: 'Chỉ Cơ quan thường trực sửa đề cử; Tổ trưởng Tổ giúp việc chỉ chấp thuận hoặc không chấp thuận.',
      en: 'Only the standing body edits a nomination; the SG Head only accepts or declines it.',
    },
    COLLECTION,
  )
  if (proposerId === null) return data // left to the field's required check
  const proposedOn = dayKeyOf(merged.proposedOn) ?? actDayOf(context)
  const proposerSeats = await seatsOfUser(req, proposerId)
  assertVerdict(proposerVerdict(proposerSeats, proposedOn), req, COLLECTION)
  const seat = proposerSeats.find((s) => s.groupKind === 'wg' && termCovers(s.term, proposedOn))!
  data.agency = seat.agencyId
  data.proposerSeat = seat.id
  if (idOf(merged.assists) === null) data.assists = seat.id

  const nomineeId = idOf(merged.nominee)
  const nomineeName = text(merged.nomineeName)
  assertVerdict(
    nomineeNamedVerdict(nomineeId, nomineeName, text(merged.nomineeEmail)),
    req,
    COLLECTION,
  )
  const nominee = nomineeId === null ? null : await userOf(req, nomineeId)
  if (nominee) {
    const nomineeAgency = idOf(nominee.agency)
    const agreed = nomineeAgencyVerdict(nomineeAgency, seat.agencyId)
    assertVerdict(
      agreed.ok
        ? agreed
        : nomineeAgencyVerdict(nomineeAgency, seat.agencyId, {
            proposer: await agencyNameOf(req, seat.agencyId),
            nominee: await agencyNameOf(req, nomineeAgency),
          }),
      req,
      COLLECTION,
    )
    const from = dayKeyOf(merged.from)
    if (from) {
      const sgTerms = (await seatsOfUser(req, nominee.id))
        .filter((s) => s.groupKind === 'sg')
        .map((s) => s.term)
      assertVerdict(notInSupportGroupVerdict(sgTerms, from), req, COLLECTION)
    }
  }
  data.title = `${nominee?.fullName ?? nomineeName ?? ''} — ${(await agencyNameOf(req, seat.agencyId)) ?? ''}`
  if (!deciding || previous === merged.status) return data

  // R8–R10 (Art. 8.2): the decision of the SG Head in office on the day.
  const today = actDayOf(context)
  const decidedBy = standingBody ? idOf(merged.decidedBy) : user!.id
  const decidedOn = (standingBody ? dayKeyOf(data.decidedOn) : null) ?? today
  data.decidedBy = decidedBy
  data.decidedOn = vnDayStart(decidedOn).toISOString()
  assertVerdicts(
    decisionVerdicts({
      status: merged.status,
      reason: text(merged.declineReason),
      nomineeId,
      nomineeEmail: text(merged.nomineeEmail),
      decidedOn,
      today: vnToday() > today ? vnToday() : today,
    }),
    req,
    COLLECTION,
  )
  const supportGroup = await supportGroupOf(req, seat.groupId)
  const headTerms =
    decidedBy === null
      ? []
      : (await seatsOfUser(req, decidedBy))
          .filter((s) => s.position === 'sg-head' && String(s.groupId) === String(supportGroup))
          .map((s) => s.term)
  assertVerdict(deciderVerdict(headTerms, decidedOn), req, COLLECTION)
  data.supportGroup = supportGroup
  if (merged.status !== 'accepted') return data

  // The SG seat, created by the members collection's own rules (one seat, terms, R10 pairing).
  const from = seatStartOf(dayKeyOf(merged.from) ?? decidedOn, decidedOn)
  const created = await req.payload.create({
    collection: 'members',
    data: {
      user: nomineeId as number,
      group: supportGroup as number,
      position: 'sg-member',
      agency: seat.agencyId as number,
      assists: idOf(merged.assists) as number,
      from: vnDayStart(from).toISOString(),
      appointingDecision: text(merged.decisionNumber) ?? undefined,
    } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
  data.seat = created.id
  return data
}
