import { breach, clause, OK, type Bilingual, type Verdict } from './verdict'
import { formatTerm, termContains, termCovers, termsOverlap, type Term } from './terms'

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
  /** The agency the seat represents (R10 pairs an SG member with a WG member of the same agency). */
  agencyId?: number | string | null
  /** For messages only: the agency's name and the person's name. */
  agencyName?: string
  personName?: string
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
 * R10 (Art. 10.1): a Support Group member assists one WG member "tại cơ quan đang công tác": the
 * assisted member sits in the WG the Support Group serves, represents the same agency, and holds
 * the post for the SG member's whole term.
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
  if (
    candidate.agencyId != null &&
    assisted.agencyId != null &&
    String(candidate.agencyId) !== String(assisted.agencyId)
  ) {
    const own = candidate.agencyName ?? 'một cơ quan'
    const other = assisted.agencyName ?? 'cơ quan khác'
    const ownEn = candidate.agencyName ?? 'one agency'
    const otherEn = assisted.agencyName ?? 'another agency'
    return breach(
      'R10',
      clause(10, 1),
      {
        vi: `thành viên Tổ giúp việc chỉ giúp việc cho thành viên Tổ công tác tại cơ quan mình đang công tác; người giúp việc đại diện ${own}, còn ${assisted.personName ?? 'thành viên Tổ công tác được giúp việc'} đại diện ${other}.`,
        en: `a Support Group member assists the Working Group member of his or her own agency; the assistant represents ${ownEn} while ${assisted.personName ?? 'the assisted Working Group member'} represents ${otherEn}.`,
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

/** An SG seat that assists a given WG seat, with the WG its Support Group serves. */
export type Assistant = { seat: Membership; servedWorkingGroupId: number | string | null }

/**
 * R10 (Art. 10.1), re-checked from the other side: a change to a WG seat (its term, agency, group
 * or position) may not break the pairing of the SG members who assist it. The breach names each
 * SG member affected and why.
 */
export const checkAssistedSeatChange = (
  changed: Membership,
  assistants: readonly Assistant[],
  path = 'to',
): Verdict => {
  const broken = assistants.flatMap(({ seat, servedWorkingGroupId }) => {
    const verdict = checkSupportAssignment(seat, changed, servedWorkingGroupId)
    return verdict.ok ? [] : [{ seat, verdict }]
  })
  if (broken.length === 0) return OK
  const who = (seat: Membership, language: 'vi' | 'en') =>
    `${seat.personName ?? (language === 'vi' ? 'thành viên Tổ giúp việc' : 'Support Group member')} (${formatTerm(seat.term)})`
  return breach(
    'R10',
    clause(10, 1),
    {
      vi: `thay đổi này làm phân công giúp việc của ${broken.length} thành viên Tổ giúp việc không còn hợp lệ: ${broken
        .map(({ seat, verdict }) => `${who(seat, 'vi')} — ${verdict.ok ? '' : verdict.message.vi}`)
        .join(' ')} Hãy điều chỉnh hoặc kết thúc phân công giúp việc của những người này trước.`,
      en: `this change would invalidate the assignment of ${broken.length} Support Group member(s): ${broken
        .map(({ seat, verdict }) => `${who(seat, 'en')} — ${verdict.ok ? '' : verdict.message.en}`)
        .join(' ')} Change or end their assignments first.`,
    },
    path,
  )
}

/** R10 (Art. 10.1): a WG seat that SG members assist is not removed from under them. */
export const checkAssistedSeatRemoval = (assistants: readonly Membership[]): Verdict => {
  if (assistants.length === 0) return OK
  const names = (language: 'vi' | 'en') =>
    assistants
      .map(
        (seat) =>
          `${seat.personName ?? (language === 'vi' ? 'thành viên Tổ giúp việc' : 'Support Group member')} (${formatTerm(seat.term)})`,
      )
      .join(', ')
  return breach('R10', clause(10, 1), {
    vi: `không thể xóa chức danh này vì đang có thành viên Tổ giúp việc giúp việc cho người giữ chức danh: ${names('vi')}. Hãy điều chỉnh hoặc kết thúc phân công giúp việc của những người này trước.`,
    en: `this seat cannot be deleted while Support Group members assist it: ${names('en')}. Change or end their assignments first.`,
  })
}

/**
 * R10 (Art. 10.1), for the SG Head: the WG seats held on `day` that no SG member assists on that
 * day (an SG seat counts when it is an sg-member seat covering `day` whose `assists` is the WG seat).
 */
export const unassistedSeats = <T extends Membership>(
  wgSeats: readonly T[],
  sgSeats: readonly (Membership & { assistsId?: number | string | null })[],
  day: string,
): T[] => {
  const assisted = new Set(
    sgSeats
      .filter(
        (seat) =>
          seat.position === 'sg-member' && seat.assistsId != null && termCovers(seat.term, day),
      )
      .map((seat) => String(seat.assistsId)),
  )
  return wgSeats.filter(
    (seat) =>
      seat.groupKind === 'wg' &&
      termCovers(seat.term, day) &&
      seat.id != null &&
      !assisted.has(String(seat.id)),
  )
}

/**
 * R2.1 (Art. 2.1, decisions by majority of votes): one seat per person per group on any day, so
 * nobody holds two votes. `others` are the person's other seats in the same group.
 */
export const checkOneSeatPerPerson = (
  candidate: Membership,
  others: readonly Membership[],
): Verdict => {
  const clash = others.find(
    (other) =>
      !(candidate.id != null && String(other.id) === String(candidate.id)) &&
      String(other.userId) === String(candidate.userId) &&
      String(other.groupId) === String(candidate.groupId) &&
      termsOverlap(other.term, candidate.term),
  )
  if (!clash) return OK
  const label = POSITION_LABELS[clash.position]
  return breach(
    'R2.1',
    clause(2, 1),
    {
      vi: `người này đã giữ chức danh ${label.vi} trong Tổ này (${formatTerm(clash.term)}); mỗi người chỉ giữ một chức danh trong một Tổ vào mỗi ngày (một phiếu biểu quyết).`,
      en: `this person already holds the ${label.en} seat in this group (${formatTerm(clash.term)}); one seat per person per group on any day (one vote).`,
    },
    'from',
  )
}

/** A group as R1.1 counts it: its kind, scope (the WG's province) or parent (an SG), and dates. */
export type GroupStanding = {
  id?: number | string | null
  kind: GroupKind
  /** The WG's scope (province); null when not recorded. */
  scope: string | null
  /** The WG an SG serves. */
  parentId: number | string | null
  term: Term
}

/**
 * R1.1: one Working Group per scope (province) and one Support Group per Working Group at a time.
 * A WG without a recorded scope is not compared.
 */
export const checkOneGroupPerScope = (
  candidate: GroupStanding,
  others: readonly GroupStanding[],
): Verdict => {
  const same = (other: GroupStanding) =>
    candidate.kind === 'wg'
      ? candidate.scope !== null &&
        other.scope !== null &&
        other.scope.trim().toLocaleLowerCase('vi') ===
          candidate.scope.trim().toLocaleLowerCase('vi')
      : candidate.parentId !== null && String(other.parentId) === String(candidate.parentId)
  const clash = others.find(
    (other) =>
      !(candidate.id != null && String(other.id) === String(candidate.id)) &&
      other.kind === candidate.kind &&
      same(other) &&
      termsOverlap(other.term, candidate.term),
  )
  if (!clash) return OK
  return breach(
    'R1.1',
    clause(1, 1),
    candidate.kind === 'wg'
      ? {
          vi: `phạm vi "${candidate.scope}" đã có một Tổ công tác đang hoạt động (${formatTerm(clash.term)}); mỗi tỉnh chỉ có một Tổ công tác tại một thời điểm.`,
          en: `the scope "${candidate.scope}" already has a Working Group in office (${formatTerm(clash.term)}); one Working Group per province at a time.`,
        }
      : {
          vi: `Tổ công tác này đã có một Tổ giúp việc đang hoạt động (${formatTerm(clash.term)}); mỗi Tổ công tác chỉ có một Tổ giúp việc tại một thời điểm.`,
          en: `this Working Group already has a Support Group in office (${formatTerm(clash.term)}); one Support Group per Working Group at a time.`,
        },
    candidate.kind === 'wg' ? 'scope' : 'parent',
  )
}
