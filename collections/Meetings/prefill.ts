import { Forbidden, type PayloadRequest } from 'payload'

import { assertField } from '../../src/lib/assertVerdict'
import { sameId, type Id } from '../../hooks/rules/meetings'
import { seatOptions } from '../../src/charter/seatOptions'
import { idOf } from '../../src/lib/relations'

// "Điểm danh theo danh sách mời": one "Có mặt" row for each invited member who has none yet, in the
// order of the positions (Head first) and then of the names; the secretary changes the exceptions.
// Rows already entered are kept as they are.
const SLUG = 'meetings'

const OPEN_STATUSES = ['draft', 'notice-sent', 'held'] as const

export type PrefillResult = { added: number; rows: number }

export const prefillAttendance = async (req: PayloadRequest, id: Id): Promise<PrefillResult> => {
  const access = req.payload.collections[SLUG].config.access.update
  if (!req.user || !(await access({ req, id: id as number }))) throw new Forbidden(req.t)
  const meeting = await req.payload.findByID({
    collection: SLUG,
    id,
    depth: 0,
    overrideAccess: false,
    req,
  })
  assertField(
    (OPEN_STATUSES as readonly string[]).includes(meeting.status),
    req,
    'attendance',
    {
      vi: 'Cuộc họp đã ban hành kết luận hoặc đã hủy: không sửa điểm danh.',
      en: 'The conclusions are issued or the meeting is cancelled: the attendance can no longer change.',
    },
    SLUG,
  )
  const rows = (meeting.attendance ?? []) as { member?: unknown }[]
  const invited = (meeting.invitedMembers ?? [])
    .map(idOf)
    .filter((value): value is Id => value !== null)
  const missing = invited.filter((seat) => !rows.some((row) => sameId(idOf(row.member), seat)))
  if (missing.length === 0) return { added: 0, rows: rows.length }
  // The group's seats in their order (Head first, then by name); invitees outside it keep theirs.
  const ordered = await seatOptions(req, { ids: missing })
  const order = new Map(ordered.map((option, index) => [String(option.value), index]))
  const sorted = [...missing].sort(
    (a, b) => (order.get(String(a)) ?? Infinity) - (order.get(String(b)) ?? Infinity),
  )
  const attendance = [
    ...rows,
    ...sorted.map((member) => ({ member, presence: 'present' as const })),
  ]
  await req.payload.update({
    collection: SLUG,
    id,
    data: { attendance: attendance as never },
    depth: 0,
    overrideAccess: false,
    req,
  })
  return { added: sorted.length, rows: attendance.length }
}
