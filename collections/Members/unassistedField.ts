import type { Field, FieldHook, PayloadRequest } from 'payload'

import {
  POSITION_LABELS,
  POSITIONS,
  unassistedSeats,
  type Membership,
} from '../../hooks/rules/positions'
import { formatDayKey } from '../../hooks/rules/terms'
import { dayKeyOf } from '../../src/fields/dates'
import { l, languageOf } from '../../src/i18n/label'
import { vnToday } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'

type Named = { fullName?: string | null; name?: string | null } | number | string | null

const nameOf = (value: unknown, key: 'fullName' | 'name'): string | null =>
  value && typeof value === 'object'
    ? ((value as Record<string, string | null>)[key] ?? null)
    : null

/** The group's seats, read as the reader may read them (a reporter sees his/her own agency). */
const seatsOf = (req: PayloadRequest, group: number | string, depth: 0 | 1) =>
  req.payload.find({
    collection: 'members',
    where: { group: { equals: group } },
    depth,
    pagination: false,
    req,
    ...(req.user ? { overrideAccess: false, user: req.user } : {}),
  })

/**
 * R10 (Art. 10.1), for the SG Head: on a Support Group, the members of the Working Group it serves
 * who, today, have no Support Group member assisting them. Read-only, computed on reading.
 */
const listUnassisted: FieldHook = async ({ data, findMany, req }) => {
  if (findMany || data?.kind !== 'sg' || data.id == null) return null
  const wgId = idOf(data.parent)
  if (wgId === null) return null
  const today = vnToday()
  const [wgRows, sgRows] = await Promise.all([seatsOf(req, wgId, 1), seatsOf(req, data.id, 0)])
  const toSeat = (row: (typeof wgRows.docs)[number], groupKind: 'wg' | 'sg') => ({
    id: row.id,
    userId: idOf(row.user) ?? '',
    groupId: idOf(row.group) ?? '',
    groupKind,
    position: row.position,
    term: { from: dayKeyOf(row.from) ?? '', to: dayKeyOf(row.to) },
    personName: nameOf(row.user as Named, 'fullName') ?? undefined,
    agencyName: nameOf(row.agency as Named, 'name') ?? undefined,
    assistsId: idOf(row.assists),
  })
  const open = unassistedSeats<Membership>(
    wgRows.docs.map((row) => toSeat(row, 'wg')),
    sgRows.docs.map((row) => toSeat(row, 'sg')),
    today,
  ).sort((a, b) => POSITIONS.indexOf(a.position) - POSITIONS.indexOf(b.position))
  const vi = languageOf(req) === 'vi'
  const heading = vi
    ? `Thành viên Tổ công tác chưa có người giúp việc (ngày ${formatDayKey(today)})`
    : `Working Group members nobody assists (on ${formatDayKey(today)})`
  if (open.length === 0) {
    return vi
      ? `${heading}: không có — mọi thành viên Tổ công tác đều có người giúp việc.`
      : `${heading}: none — every Working Group member is assisted.`
  }
  const lines = open.map(
    (seat) =>
      `- ${seat.personName ?? '?'} — ${POSITION_LABELS[seat.position][vi ? 'vi' : 'en']}${seat.agencyName ? ` (${seat.agencyName})` : ''}`,
  )
  return [`${heading}: ${open.length}`, ...lines].join('\n')
}

/** A virtual, read-only field for the Support Group record (no column, no migration). */
export const unassistedMembersField: Field = {
  name: 'unassistedMembers',
  type: 'textarea',
  virtual: true,
  label: l(
    'Thành viên Tổ công tác chưa có người giúp việc (Điều 10)',
    'Working Group members without an assistant (Art. 10)',
  ),
  admin: {
    readOnly: true,
    condition: (data) => data?.kind === 'sg',
    disableListColumn: true,
    disableListFilter: true,
    description: l(
      'Danh sách tự tính, chỉ để xem: thành viên Tổ công tác đang giữ chức danh hôm nay mà chưa được thành viên Tổ giúp việc nào giúp việc.',
      'Computed, read-only: Working Group members in office today whom no Support Group member assists.',
    ),
  },
  hooks: { afterRead: [listUnassisted] },
}
