import type { Field, FieldHook } from 'payload'

import { firstLapse, LAPSE_LABELS } from '../../hooks/rules/delegations'
import { formatDayKey } from '../../hooks/rules/terms'
import { delegationSeats } from '../../src/charter/authority'
import { dayKeyOf } from '../../src/fields/dates'
import { l, languageOf } from '../../src/i18n/label'
import { vnToday } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'

/**
 * R4.5 / R3.4 / R4.2: whether the delegation gives authority, read from the seats behind it: it
 * stops early when the grantor leaves the Head's post or the grantee leaves the group. Computed on
 * reading the record (a system read of the seats), never stored.
 */
const describeStanding: FieldHook = async ({ data, findMany, req }) => {
  if (findMany || data?.id == null) return null
  const from = dayKeyOf(data.validFrom)
  const to = dayKeyOf(data.validTo)
  const grantee = idOf(data.grantee)
  if (!from || grantee === null) return null
  const seats = await req.payload.find({
    collection: 'members',
    where: { and: [{ user: { equals: grantee } }, { group: { equals: idOf(data.group) } }] },
    select: { group: true, from: true, to: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const [standing] = await delegationSeats(
    req.payload,
    [{ group: data.group, grantor: data.grantor }],
    seats.docs,
    req,
  )
  const lapsed = firstLapse({ term: { from, to }, ...standing! })
  const vi = languageOf(req) === 'vi'
  const today = vnToday()
  if (lapsed) {
    return vi
      ? `Không còn hiệu lực từ ngày ${formatDayKey(lapsed.day)}: ${LAPSE_LABELS[lapsed.lapse].vi} (theo Điều 4 khoản 5 Quy chế, thẩm quyền chấm dứt cùng chức danh).`
      : `No longer in force from ${formatDayKey(lapsed.day)}: ${LAPSE_LABELS[lapsed.lapse].en} (Article 4(5): authority ends with the post).`
  }
  if (to && to < today) {
    return vi ? `Đã hết thời hạn ngày ${formatDayKey(to)}.` : `Expired on ${formatDayKey(to)}.`
  }
  if (from > today) {
    return vi
      ? `Có hiệu lực từ ngày ${formatDayKey(from)}.`
      : `In force from ${formatDayKey(from)}.`
  }
  return vi ? 'Đang có hiệu lực.' : 'In force.'
}

/** A virtual, read-only field on the delegation's record (no column, no migration). */
export const standingField: Field = {
  name: 'standing',
  type: 'textarea',
  virtual: true,
  label: l('Hiệu lực', 'Standing'),
  admin: {
    readOnly: true,
    position: 'sidebar',
    disableListColumn: true,
    disableListFilter: true,
    description: l(
      'Tự tính: ủy quyền chấm dứt khi người ủy quyền thôi giữ chức Tổ trưởng hoặc người được ủy quyền thôi là thành viên Tổ.',
      'Computed: a delegation stops when the grantor leaves the Head’s post or the grantee leaves the group.',
    ),
  },
  hooks: { afterRead: [describeStanding] },
}
