import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { assertField, assertVerdict } from '../../hooks/adapters/assertVerdict'
import {
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
})

/** Adapter for R3.2/R4.1–4.4/R8–R10 (single holders), R8–R10 (positions by group) and R10 (SG assists). */
export const enforceMembershipRules: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data } as MemberRow & { assists?: unknown }
  // An unknown position is left to the field's own validation.
  if (!(POSITIONS as readonly string[]).includes(merged.position)) return data
  checkDayOrder(req, data, originalDoc, 'from', 'to', 'members')

  const groupId = idOf(merged.group)
  const group = groupId === null ? null : await loadGroup(req, groupId)
  assertField(
    Boolean(group),
    req,
    'group',
    { vi: 'Không tìm thấy Tổ.', en: 'Group not found.' },
    'members',
  )
  const groupKind = group!.kind as GroupKind
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
  assertVerdict(checkSupportAssignment(candidate, assisted, idOf(group!.parent)), req, 'members')

  const user = await req.payload.findByID({
    collection: 'users',
    id: candidate.userId,
    depth: 0,
    req,
    disableErrors: true,
  })
  assertField(
    Boolean(user),
    req,
    'user',
    { vi: 'Không tìm thấy người dùng.', en: 'User not found.' },
    'members',
  )
  data.title = `${user!.fullName} — ${POSITION_LABELS[candidate.position].vi} (${group!.name})`
  return data
}
