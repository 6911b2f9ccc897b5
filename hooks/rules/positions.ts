import { breach, clause, OK, type Bilingual, type Verdict } from './verdict'
import { formatTerm, termContains, termsOverlap, type Term } from './terms'

export const WG_POSITIONS = ['head', 'standing-deputy', 'deputy', 'member', 'secretary'] as const
export const SG_POSITIONS = ['sg-head', 'sg-deputy', 'sg-member'] as const
export const POSITIONS = [...WG_POSITIONS, ...SG_POSITIONS] as const
export type Position = (typeof POSITIONS)[number]
export type GroupKind = 'wg' | 'sg'

export const POSITION_LABELS: Record<Position, Bilingual> = {
  head: { vi: 'Tổ trưởng', en: 'Head' },
  'standing-deputy': { vi: 'Tổ phó Thường trực', en: 'Standing Deputy' },
  deputy: { vi: 'Tổ phó', en: 'Deputy' },
  member: { vi: 'Thành viên', en: 'Member' },
  secretary: { vi: 'Thư ký', en: 'Secretary' },
  'sg-head': { vi: 'Tổ trưởng Tổ giúp việc', en: 'Support Group Head' },
  'sg-deputy': { vi: 'Tổ phó Tổ giúp việc', en: 'Support Group Deputy' },
  'sg-member': { vi: 'Thành viên Tổ giúp việc', en: 'Support Group member' },
}

/** A person's dated position in a group (one `members` record). */
export type Membership = {
  id?: number | string
  userId: number | string
  groupId: number | string
  groupKind: GroupKind
  position: Position
  term: Term
}

// Positions held by one person at a time in a group: the Head who directs the group (Art. 3,
// R3.2), the Standing Deputy (Art. 4, R4.1–4.4) and the SG Head (Art. 8, R8–R10).
const SINGLE_HOLDER: Partial<Record<Position, { rule: string; article: number }>> = {
  head: { rule: 'R3.2', article: 3 },
  'standing-deputy': { rule: 'R4.1–4.4', article: 4 },
  'sg-head': { rule: 'R8–R10', article: 8 },
}

/** R8–R10: WG positions exist only in a WG, SG positions only in an SG. */
export const checkPositionFitsGroup = (position: Position, groupKind: GroupKind): Verdict => {
  const fits = groupKind === 'sg' ? position.startsWith('sg-') : !position.startsWith('sg-')
  if (fits) return OK
  return breach(
    'R8–R10',
    { vi: 'Điều 8 – Điều 10', en: 'Articles 8–10' },
    groupKind === 'sg'
      ? {
          vi: `chức danh "${POSITION_LABELS[position].vi}" không thuộc Tổ giúp việc.`,
          en: `the position "${POSITION_LABELS[position].en}" does not exist in a Support Group.`,
        }
      : {
          vi: `chức danh "${POSITION_LABELS[position].vi}" chỉ có trong Tổ giúp việc.`,
          en: `the position "${POSITION_LABELS[position].en}" exists only in a Support Group.`,
        },
    'position',
  )
}

/** R3.2/R4.1–4.4/R8–R10: at most one Head, one Standing Deputy (and one SG Head) per group on any date. */
export const checkSingleHolder = (
  candidate: Membership,
  others: readonly Membership[],
): Verdict => {
  const single = SINGLE_HOLDER[candidate.position]
  if (!single) return OK
  const clash = others.find(
    (other) =>
      !(candidate.id != null && String(other.id) === String(candidate.id)) &&
      String(other.groupId) === String(candidate.groupId) &&
      other.position === candidate.position &&
      termsOverlap(other.term, candidate.term),
  )
  if (!clash) return OK
  const label = POSITION_LABELS[candidate.position]
  return breach(
    single.rule,
    clause(single.article),
    {
      vi: `nhóm đã có ${label.vi} trong nhiệm kỳ ${formatTerm(clash.term)}; nhiệm kỳ không được chồng lấn.`,
      en: `the group already has a ${label.en} for ${formatTerm(clash.term)}; terms may not overlap.`,
    },
    'from',
  )
}

/**
 * R10: a Support Group member assists one WG member of the same period; the assisted member sits
 * in the WG the Support Group serves and holds the post for the SG member's whole term.
 */
export const checkSupportAssignment = (
  candidate: Membership,
  assisted: Membership | null,
  servedWorkingGroupId: number | string | null,
): Verdict => {
  const r10 = clause(10)
  if (candidate.position !== 'sg-member') {
    if (!assisted) return OK
    return breach(
      'R10',
      r10,
      {
        vi: 'chỉ thành viên Tổ giúp việc mới được phân công giúp việc cho thành viên Tổ công tác.',
        en: 'only a Support Group member is assigned to assist a Working Group member.',
      },
      'assists',
    )
  }
  if (!assisted) {
    return breach(
      'R10',
      r10,
      {
        vi: 'thành viên Tổ giúp việc phải được phân công giúp việc cho một thành viên Tổ công tác.',
        en: 'a Support Group member must be assigned to assist a Working Group member.',
      },
      'assists',
    )
  }
  const inServedGroup =
    assisted.groupKind === 'wg' &&
    (servedWorkingGroupId === null || String(assisted.groupId) === String(servedWorkingGroupId))
  if (!inServedGroup) {
    return breach(
      'R10',
      r10,
      {
        vi: 'người được giúp việc phải là thành viên Tổ công tác mà Tổ giúp việc này phục vụ.',
        en: 'the assisted person must be a member of the Working Group this Support Group serves.',
      },
      'assists',
    )
  }
  if (!termContains(assisted.term, candidate.term)) {
    return breach(
      'R10',
      r10,
      {
        vi: `nhiệm kỳ ${formatTerm(candidate.term)} vượt ngoài nhiệm kỳ của thành viên Tổ công tác được giúp việc (${formatTerm(assisted.term)}).`,
        en: `the term ${formatTerm(candidate.term)} is not within the assisted Working Group member's term (${formatTerm(assisted.term)}).`,
      },
      'assists',
    )
  }
  return OK
}
