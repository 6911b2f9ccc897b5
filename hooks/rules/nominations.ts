import { formatDayKey, termCovers, termsOverlap, type Term } from './terms'
import { clause, OK, refusal, type Bilingual, type Verdict } from './verdict'

// R6.3 (Art. 6.3): a Working Group member is the focal point to his agency and sends capable
// staff of that agency to work in the Support Group. R8–R10 (Art. 8.2): the SG Head assigns the
// Support Group's members, so he (or the standing body recording his decision) accepts or
// declines a nomination; an accepted nominee takes an SG seat assisting the WG member (R10).

export const NOMINATION_STATUSES = ['pending', 'accepted', 'declined'] as const
export type NominationStatus = (typeof NOMINATION_STATUSES)[number]

export const NOMINATION_STATUS_LABELS: Record<NominationStatus, Bilingual> = {
  pending: { vi: 'Chờ Tổ trưởng Tổ giúp việc quyết định', en: 'Awaiting the SG Head' },
  accepted: { vi: 'Đã chấp thuận', en: 'Accepted' },
  declined: { vi: 'Không chấp thuận', en: 'Declined' },
}

const r63 = clause(6, 3)
const r82 = clause(8, 2)

/** A seat as these rules read it: its kind of group, position and term. */
export type HeldSeat = { groupKind: 'wg' | 'sg'; position: string; term: Term }

/** R6.3: only a Working Group member in office on the day proposes staff for the Support Group. */
export const proposerVerdict = (seats: readonly HeldSeat[], day: string): Verdict =>
  seats.some((seat) => seat.groupKind === 'wg' && termCovers(seat.term, day))
    ? OK
    : refusal(
        'R6.3',
        r63,
        {
          vi: `Người đề cử phải là thành viên Tổ công tác đang giữ chức danh vào ngày ${formatDayKey(day)}.`,
          en: `The proposer must hold a Working Group seat on ${formatDayKey(day)}.`,
        },
        'proposer',
      )

/** R6.3: a member acting for himself proposes in his own name; the standing body for anyone. */
export const ownNameVerdict = (
  actorId: number | string,
  proposerId: number | string | null,
  isStandingBody: boolean,
): Verdict =>
  isStandingBody || (proposerId !== null && String(actorId) === String(proposerId))
    ? OK
    : refusal(
        'R6.3',
        r63,
        {
          vi: 'Thành viên Tổ công tác chỉ đề cử nhân danh chính mình; Cơ quan thường trực ghi nhận đề cử thay cho thành viên.',
          en: 'A Working Group member proposes in his own name; the standing body records on a member’s behalf.',
        },
        'proposer',
      )

/** R6.3: the nominee is staff of the proposer's own agency. */
export const nomineeAgencyVerdict = (
  nomineeAgencyId: number | string | null,
  proposerAgencyId: number | string | null,
  names: { nominee?: string; proposer?: string } = {},
): Verdict =>
  nomineeAgencyId !== null &&
  proposerAgencyId !== null &&
  String(nomineeAgencyId) === String(proposerAgencyId)
    ? OK
    : refusal(
        'R6.3',
        r63,
        {
          vi: `Người được đề cử phải là cán bộ của cơ quan người đề cử${names.proposer ? ` (${names.proposer})` : ''}${names.nominee ? `, không phải ${names.nominee}` : ''}.`,
          en: `The nominee must work at the proposer’s own agency${names.proposer ? ` (${names.proposer})` : ''}${names.nominee ? `, not ${names.nominee}` : ''}.`,
        },
        'nominee',
      )

/** R6.3: a nominee is named by account or, without one, by name and email. */
export const nomineeNamedVerdict = (
  nomineeId: number | string | null,
  name: string | null,
  email: string | null,
): Verdict =>
  nomineeId !== null || (name && email)
    ? OK
    : refusal(
        'R6.3',
        r63,
        {
          vi: 'Chọn tài khoản của người được đề cử, hoặc ghi họ tên và thư điện tử nếu người đó chưa có tài khoản.',
          en: 'Choose the nominee’s account, or give the name and email when he or she has none.',
        },
        'nominee',
      )

/** R6.3 / R2.1: someone already in the Support Group from that day is not nominated again. */
export const notInSupportGroupVerdict = (sgSeats: readonly Term[], from: string): Verdict => {
  const clash = sgSeats.find((term) => termsOverlap(term, { from, to: null }))
  if (!clash) return OK
  return refusal(
    'R6.3',
    r63,
    {
      vi: `Người được đề cử đã giữ chức danh trong Tổ giúp việc từ ngày ${formatDayKey(clash.from)}.`,
      en: `The nominee already holds a Support Group seat from ${formatDayKey(clash.from)}.`,
    },
    'nominee',
  )
}

/** R8–R10 (Art. 8.2): the SG Head in office on the day decides (or is recorded deciding). */
export const deciderVerdict = (sgHeadTerms: readonly Term[], day: string): Verdict =>
  sgHeadTerms.some((term) => termCovers(term, day))
    ? OK
    : refusal(
        'R8–R10',
        r82,
        {
          vi: `Chỉ Tổ trưởng Tổ giúp việc đương nhiệm vào ngày ${formatDayKey(day)} mới chấp thuận hoặc không chấp thuận đề cử.`,
          en: `Only the Support Group Head in office on ${formatDayKey(day)} accepts or declines a nomination.`,
        },
        'decidedBy',
      )

/** R6.3: a nomination is decided once; a decided one is closed. */
export const decidedOnceVerdict = (previous: string | null | undefined): Verdict =>
  previous === 'accepted' || previous === 'declined'
    ? refusal(
        'R6.3',
        r63,
        {
          vi: `Đề cử này đã được quyết định (${NOMINATION_STATUS_LABELS[previous].vi.toLocaleLowerCase('vi')}); không sửa hoặc quyết định lại.`,
          en: `This nomination was already decided (${NOMINATION_STATUS_LABELS[previous].en.toLowerCase()}); it cannot be changed or decided again.`,
        },
        'status',
      )
    : OK

/** R6.3: what a decision must carry: a reason when declining, an account when accepting. */
export const decisionVerdicts = (decision: {
  status: NominationStatus
  reason: string | null
  nomineeId: number | string | null
  nomineeEmail: string | null
  decidedOn: string | null
  today: string
}): Verdict[] => {
  if (decision.status === 'pending') return []
  const found: Verdict[] = []
  if (decision.decidedOn !== null && decision.decidedOn > decision.today) {
    found.push(
      refusal(
        'R6.3',
        r63,
        {
          vi: `Ngày quyết định không được sau hôm nay (${formatDayKey(decision.today)}).`,
          en: `The decision cannot be dated after today (${formatDayKey(decision.today)}).`,
        },
        'decidedOn',
      ),
    )
  }
  if (decision.status === 'declined' && !decision.reason?.trim()) {
    found.push(
      refusal(
        'R6.3',
        r63,
        {
          vi: 'Ghi lý do không chấp thuận đề cử.',
          en: 'Give the reason for declining.',
        },
        'declineReason',
      ),
    )
  }
  // An SG seat is held by an account: the standing body creates accounts (Users), with the
  // person's own password set through the reset email, before the nomination is accepted.
  if (decision.status === 'accepted' && decision.nomineeId === null) {
    found.push(
      refusal(
        'R6.3',
        r63,
        {
          vi: `Người được đề cử chưa có tài khoản. Đề nghị Cơ quan thường trực tạo tài khoản${decision.nomineeEmail ? ` (${decision.nomineeEmail})` : ''}, chọn tài khoản đó vào đề cử rồi mới chấp thuận.`,
          en: `The nominee has no account yet. Ask the standing body to create it${decision.nomineeEmail ? ` (${decision.nomineeEmail})` : ''}, choose it on the nomination, then accept.`,
        },
        'nominee',
      ),
    )
  }
  return found
}

/** The accepted seat starts on the decision day, or on the proposed day when that is later. */
export const seatStartOf = (proposedFrom: string, decidedOn: string): string =>
  proposedFrom > decidedOn ? proposedFrom : decidedOn
