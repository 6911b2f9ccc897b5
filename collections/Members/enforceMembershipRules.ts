import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { assertField, assertVerdict } from '../../src/lib/assertVerdict'
import {
  checkAssistedSeatChange,
  checkAssistedSeatRemoval,
  checkOneSeatPerPerson,
  checkPositionFitsGroup,
  checkSingleHolder,
  checkSupportAssignment,
  POSITION_LABELS,
  POSITIONS,
  type GroupKind,
  type Membership,
  type Position,
} from '../../hooks/rules/positions'
import { checkDayOrder, dayKeyOf } from '../../src/fields/dates'
import { idOf } from '../../src/lib/relations'

type MemberRow = {
  id: number | string
  user: unknown
  group: unknown
  position: Position
  from: string
  to?: string | null
  agency?: unknown
  assists?: unknown
}

const loadGroup = (req: PayloadRequest, id: number | string) =>
  req.payload.findByID({ collection: 'working-groups', id, depth: 0, req, disableErrors: true })

const toMembership = (row: MemberRow, groupKind: GroupKind): Membership => ({
  id: row.id,
  userId: idOf(row.user) ?? '',
  groupId: idOf(row.group) ?? '',
  groupKind,
  position: row.position,
  term: { from: dayKeyOf(row.from) ?? '', to: dayKeyOf(row.to) },
  agencyId: idOf(row.agency),
})

/** Adds the person's and the agency's names, for R10 messages that name people, not ids. */
const withNames = async (req: PayloadRequest, seat: Membership): Promise<Membership> => {
  const [user, agency] = await Promise.all([
    seat.userId === ''
      ? null
      : req.payload.findByID({
          collection: 'users',
          id: seat.userId,
          depth: 0,
          req,
          disableErrors: true,
        }),
    seat.agencyId == null
      ? null
      : req.payload.findByID({
          collection: 'agencies',
          id: seat.agencyId,
          depth: 0,
          req,
          disableErrors: true,
        }),
  ])
  return { ...seat, personName: user?.fullName ?? undefined, agencyName: agency?.name ?? undefined }
}

/** The SG seats whose `assists` is the given WG seat, with the WG their Support Group serves. */
const assistantsOf = async (req: PayloadRequest, seatId: number | string) => {
  const rows = await req.payload.find({
    collection: 'members',
    where: { assists: { equals: seatId } },
    depth: 0,
    pagination: false,
    req,
  })
  return Promise.all(
    rows.docs.map(async (row) => {
      const group = await loadGroup(req, idOf(row.group)!)
      const seat = await withNames(
        req,
        toMembership(row as MemberRow, (group?.kind ?? 'sg') as GroupKind),
      )
      return { seat, servedWorkingGroupId: idOf(group?.parent) }
    }),
  )
}

const PAIRING_FIELDS = ['from', 'to', 'agency', 'group', 'position'] as const

/** Adapter for R3.2/R4.1–4.4/R8–R10 (single holders), R8–R10 (positions by group) and R10 (SG assists). */
/** The job title on the holder's account, or null. */
const jobTitleOf = async (req: PayloadRequest, user: unknown): Promise<string | null> => {
  const id = idOf(user)
  if (id === null) return null
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { equals: id } },
    select: { jobTitle: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0]?.jobTitle ?? null
}

export const enforceMembershipRules: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data } as MemberRow & { assists?: unknown }
  // An unknown position is left to the field's own validation.
  if (!(POSITIONS as readonly string[]).includes(merged.position)) return data
  checkDayOrder(req, data, originalDoc, 'from', 'to', 'members')
  // R12.1: the substantive post's dates in order too; a new seat names its holder's post.
  checkDayOrder(req, data, originalDoc, 'postFrom', 'postTo', 'members')
  if (operation === 'create' && !data.postTitle) data.postTitle = await jobTitleOf(req, merged.user)

  const groupId = idOf(merged.group)
  const group = groupId === null ? null : await loadGroup(req, groupId)
  assertField(
    !!group,
    req,
    'group',
    { vi: 'Không tìm thấy Tổ.', en: 'Group not found.' },
    'members',
  )
  const groupKind = group.kind as GroupKind
  const candidate = toMembership(merged, groupKind)

  assertVerdict(checkPositionFitsGroup(candidate.position, groupKind), req, 'members')

  const sameSeat = await req.payload.find({
    collection: 'members',
    where: { and: [{ group: { equals: groupId } }, { position: { equals: candidate.position } }] },
    depth: 0,
    pagination: false,
    req,
  })
  assertVerdict(
    checkSingleHolder(
      candidate,
      sameSeat.docs.map((doc) => toMembership(doc as MemberRow, groupKind)),
    ),
    req,
    'members',
  )

  // R2.1: one seat per person per group on any day (no two votes).
  const ownSeats = await req.payload.find({
    collection: 'members',
    where: { and: [{ group: { equals: groupId } }, { user: { equals: candidate.userId } }] },
    depth: 0,
    pagination: false,
    req,
  })
  assertVerdict(
    checkOneSeatPerPerson(
      { ...candidate, id: originalDoc?.id ?? null },
      ownSeats.docs.map((doc) => toMembership(doc as MemberRow, groupKind)),
    ),
    req,
    'members',
  )

  const assistsId = idOf(merged.assists)
  const assistedRow =
    assistsId === null
      ? null
      : await req.payload.findByID({
          collection: 'members',
          id: assistsId,
          depth: 0,
          req,
          disableErrors: true,
        })
  assertField(
    assistsId === null || Boolean(assistedRow),
    req,
    'assists',
    {
      vi: 'Không tìm thấy thành viên được giúp việc.',
      en: 'The assisted member does not exist.',
    },
    'members',
  )
  const assistedGroup = assistedRow ? await loadGroup(req, idOf(assistedRow.group)!) : null
  const assisted = assistedRow
    ? toMembership(assistedRow as MemberRow, (assistedGroup?.kind ?? 'sg') as GroupKind)
    : null
  const servedWorkingGroupId = idOf(group.parent)
  const pairing = checkSupportAssignment(candidate, assisted, servedWorkingGroupId)
  assertVerdict(
    pairing.ok || !assisted
      ? pairing
      : checkSupportAssignment(
          await withNames(req, candidate),
          await withNames(req, assisted),
          servedWorkingGroupId,
        ),
    req,
    'members',
  )

  // R10, from the assisted side: a WG seat's term, agency, group or position may not change in a
  // way that breaks the pairing of the SG members who assist it.
  if (originalDoc?.id != null) {
    const changed = PAIRING_FIELDS.filter(
      (field) =>
        data[field] !== undefined &&
        (field === 'from' || field === 'to'
          ? dayKeyOf(data[field]) !== dayKeyOf(originalDoc[field])
          : String(idOf(data[field]) ?? data[field]) !==
            String(idOf(originalDoc[field]) ?? originalDoc[field])),
    )
    if (changed.length > 0) {
      const assistants = await assistantsOf(req, originalDoc.id)
      if (assistants.length > 0) {
        assertVerdict(
          checkAssistedSeatChange(
            await withNames(req, { ...candidate, id: originalDoc.id }),
            assistants,
            changed[0],
          ),
          req,
          'members',
        )
      }
    }
  }

  const user = await req.payload.findByID({
    collection: 'users',
    id: candidate.userId,
    depth: 0,
    req,
    disableErrors: true,
  })
  assertField(
    !!user,
    req,
    'user',
    { vi: 'Không tìm thấy người dùng.', en: 'User not found.' },
    'members',
  )
  data.title = `${user.fullName} — ${POSITION_LABELS[candidate.position].vi} (${group.name})`
  return data
}

/** R10: a WG seat that SG members assist is not deleted from under them. */
export const refuseRemovingAssistedSeat: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const assistants = await assistantsOf(req, id)
  assertVerdict(checkAssistedSeatRemoval(assistants.map(({ seat }) => seat)), req, 'members')
}
