import { SCOPE_LABELS, type DelegationScope } from '../../../hooks/rules/delegations'
import { dayKeyOf } from '../../../src/fields/dates'
import { docHref } from '../hrefs'
import { key } from './keys'
import type { DelegationDoc, MemberDoc, SeatEntry } from './types'

const joinScopes = (scopes: readonly DelegationScope[], language: 'vi' | 'en') =>
  scopes.map((scope) => SCOPE_LABELS[scope]?.[language] ?? scope).join(', ')

/**
 * Who held the seat (the same group, position and agency) on each date of the year: the terms,
 * the delegations their holders gave or received, and the Head's leave (the Standing Deputy stands
 * in by position, R4.2).
 */
export const seatHistory = (
  m: MemberDoc,
  members: readonly MemberDoc[],
  delegations: readonly DelegationDoc[],
  personName: (user: unknown) => string,
  nameOf: (m: MemberDoc) => string,
  year: number,
): SeatEntry[] => {
  const yearStart = `${year}-01-01`
  const yearEnd = `${year}-12-31`
  const sameSeat = members.filter(
    (each) =>
      key(each.group) === key(m.group) &&
      each.position === m.position &&
      key(each.agency) === key(m.agency),
  )
  const entries: SeatEntry[] = sameSeat.map((term) => ({
    kind: 'term',
    from: dayKeyOf(term.from) ?? '',
    to: dayKeyOf(term.to),
    holder: nameOf(term),
    note: { vi: 'Nhiệm kỳ theo quyết định phân công', en: 'Term of appointment' },
    href: docHref('members', term.id),
  }))
  const holders = new Set(sameSeat.map((term) => key(term.user)))
  for (const delegation of delegations) {
    const scopes = delegation.scopes ?? []
    const basis = delegation.basisNumber ?? ''
    if (holders.has(key(delegation.grantor)))
      entries.push({
        kind: 'delegation',
        from: dayKeyOf(delegation.validFrom) ?? '',
        to: dayKeyOf(delegation.validTo),
        holder: personName(delegation.grantee),
        note: {
          vi: `Được ủy quyền (${basis}): ${joinScopes(scopes, 'vi')}`,
          en: `Delegated (${basis}): ${joinScopes(scopes, 'en')}`,
        },
        href: docHref('delegations', delegation.id),
      })
    else if (holders.has(key(delegation.grantee)))
      entries.push({
        kind: 'delegation',
        from: dayKeyOf(delegation.validFrom) ?? '',
        to: dayKeyOf(delegation.validTo),
        holder: personName(delegation.grantee),
        note: {
          vi: `Nhận ủy quyền của ${personName(delegation.grantor)} (${basis}): ${joinScopes(scopes, 'vi')}`,
          en: `Delegated by ${personName(delegation.grantor)} (${basis}): ${joinScopes(scopes, 'en')}`,
        },
        href: docHref('delegations', delegation.id),
      })
  }
  if (m.position === 'head') {
    const standIns = members.filter(
      (each) => key(each.group) === key(m.group) && each.position === 'standing-deputy',
    )
    for (const term of sameSeat)
      for (const leave of term.leave ?? []) {
        const from = dayKeyOf(leave.from) ?? ''
        if (from > yearEnd || (dayKeyOf(leave.to) ?? '') < yearStart) continue
        const standIn = standIns.find(
          (each) =>
            (dayKeyOf(each.from) ?? '') <= from && (!each.to || (dayKeyOf(each.to) ?? '') >= from),
        )
        entries.push({
          kind: 'leave',
          from,
          to: dayKeyOf(leave.to),
          holder: standIn ? nameOf(standIn) : '—',
          note: {
            vi: `Tổ trưởng vắng mặt${leave.reason ? ` (${leave.reason})` : ''}: Tổ phó Thường trực thay mặt`,
            en: `The Head away${leave.reason ? ` (${leave.reason})` : ''}: the Standing Deputy stands in`,
          },
          href: docHref('members', term.id),
        })
      }
  }
  return entries.sort((a, b) => a.from.localeCompare(b.from) || a.kind.localeCompare(b.kind))
}
