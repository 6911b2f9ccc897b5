import type { Field, FieldHook } from 'payload'

import { LAPSE_LABELS, SCOPE_LABELS, type DelegationScope } from '../../hooks/rules/delegations'
import { POSITION_LABELS } from '../../hooks/rules/positions'
import { formatDayKey, formatTerm } from '../../hooks/rules/terms'
import { assistantsOfSeat, delegationsStoppedBySeat, peopleByIds } from '../../src/charter/seats'
import { dayKeyOf } from '../../src/fields/dates'
import { l, languageOf } from '../../src/i18n/label'

const scopeNames = (scopes: readonly string[], language: 'vi' | 'en'): string =>
  scopes.map((scope) => SCOPE_LABELS[scope as DelegationScope]?.[language] ?? scope).join(', ')

/**
 * R4.5 / R3.4 / R4.2 and R10 (Art. 10.1): when a seat has an end date, the delegations that stop
 * with it (each from its first day without authority) and the Support Group assignments tied to
 * it. A warning to read, computed on reading, so the record shows it again right after a save
 * that shortens or ends the term. Nothing is refused here.
 */
const listEndEffects: FieldHook = async ({ data, findMany, req }) => {
  if (findMany || data?.id == null) return null
  const end = dayKeyOf(data.to)
  if (!end) return null
  const seat = {
    id: data.id,
    user: data.user,
    group: data.group,
    position: data.position,
    from: data.from,
    to: data.to,
  }
  const [stopped, assistants] = await Promise.all([
    delegationsStoppedBySeat(req, seat),
    assistantsOfSeat(req, data.id),
  ])
  if (stopped.length === 0 && assistants.length === 0) return null
  const names = await peopleByIds(req, [
    ...stopped.flatMap((d) => [d.grantor, d.grantee]),
    ...assistants.map((a) => a.user),
  ])
  const name = (id: number | string) => names.get(String(id))?.fullName ?? '?'
  const vi = languageOf(req) === 'vi'
  const lang = vi ? 'vi' : 'en'
  const lines: string[] = []
  if (stopped.length > 0) {
    lines.push(
      vi
        ? `Chức danh kết thúc ngày ${formatDayKey(end)}: ${stopped.length} ủy quyền không còn hiệu lực (theo Điều 4 khoản 5 Quy chế, thẩm quyền chấm dứt cùng chức danh):`
        : `The seat ends on ${formatDayKey(end)}: ${stopped.length} delegation(s) stop (Article 4(5): authority ends with the post):`,
    )
    for (const d of stopped) {
      const basis = d.basisNumber
        ? vi
          ? ` (văn bản ${d.basisNumber})`
          : ` (basis ${d.basisNumber})`
        : ''
      lines.push(
        vi
          ? `- ${name(d.grantor)} ủy quyền cho ${name(d.grantee)}${basis}: ${scopeNames(d.scopes, 'vi')}, ${formatTerm(d.term)} — hết hiệu lực từ ngày ${formatDayKey(d.from)} vì ${LAPSE_LABELS[d.lapse].vi}.`
          : `- ${name(d.grantor)} to ${name(d.grantee)}${basis}: ${scopeNames(d.scopes, 'en')}, ${formatTerm(d.term)} — no longer in force from ${formatDayKey(d.from)}: ${LAPSE_LABELS[d.lapse].en}.`,
      )
    }
  }
  if (assistants.length > 0) {
    lines.push(
      vi
        ? `Phân công giúp việc kết thúc cùng chức danh này (Điều 10 khoản 1 Quy chế): ${assistants.length}:`
        : `Support Group assignments ending with this seat (Article 10(1)): ${assistants.length}:`,
    )
    for (const a of assistants) {
      lines.push(
        `- ${name(a.user)} — ${POSITION_LABELS[a.position][lang]}, ${formatTerm({ from: a.from, to: a.to })}`,
      )
    }
  }
  return lines.join('\n')
}

/** A virtual, read-only field on the member's record (no column, no migration). */
export const endEffectsField: Field = {
  name: 'endEffects',
  type: 'textarea',
  virtual: true,
  label: l(
    'Ủy quyền và phân công giúp việc chấm dứt theo chức danh',
    'Delegations and Support Group assignments that end with this seat',
  ),
  admin: {
    readOnly: true,
    condition: (data) => Boolean(data?.to),
    disableListColumn: true,
    disableListFilter: true,
    description: l(
      'Tự tính, chỉ để xem: khi rút ngắn hoặc kết thúc nhiệm kỳ, các ủy quyền và phân công giúp việc không còn hiệu lực được liệt kê ở đây để xử lý.',
      'Computed, read-only: when a term is shortened or ended, the delegations and assignments it stops are listed here to follow up.',
    ),
  },
  hooks: { afterRead: [listEndEffects] },
}
