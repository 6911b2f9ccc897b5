import { authorityFor } from './authority'
import type { SignerRecord } from './signing'
import { formatDayKey, termCovers } from './terms'
import { breach, clause, OK, type Bilingual, type Verdict } from './verdict'

// R3.3 / R7.1 / R6.4: programmes and plans are drafted by the Support Group, approved by the Head
// only (or whoever acts as Head by delegation, R4.2), and detailed by each agency.
export const PLAN_KINDS = [
  'annual-programme',
  'work-plan',
  'inspection-plan',
  'agency-detailed-plan',
] as const
export type PlanKind = (typeof PLAN_KINDS)[number]

export const PLAN_KIND_LABELS: Record<PlanKind, Bilingual> = {
  'annual-programme': { vi: 'Chương trình công tác năm', en: 'Annual programme' },
  'work-plan': { vi: 'Kế hoạch công tác', en: 'Work plan' },
  'inspection-plan': { vi: 'Kế hoạch kiểm tra', en: 'Inspection plan' },
  'agency-detailed-plan': {
    vi: 'Kế hoạch chi tiết của cơ quan, đơn vị',
    en: "An agency's detailed plan",
  },
}

/** Short codes for the tasks an approved plan's items become ("KH-2024-03"). */
export const PLAN_TASK_PREFIX: Record<PlanKind, string> = {
  'annual-programme': 'CTr',
  'work-plan': 'KH',
  'inspection-plan': 'KHKT',
  'agency-detailed-plan': 'KHCT',
}

export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]

export const PLAN_STATUS_LABELS: Record<PlanStatus, Bilingual> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Đã trình', en: 'Submitted' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  returned: { vi: 'Trả lại', en: 'Returned' },
}

/** Đề án 06 runs 2022–2025 with a vision to 2030: the years a plan or a register entry may be for. */
export const PROGRAMME_YEARS = { min: 2022, max: 2030 } as const

export const isProgrammeYear = (year: unknown): year is number =>
  typeof year === 'number' &&
  Number.isInteger(year) &&
  year >= PROGRAMME_YEARS.min &&
  year <= PROGRAMME_YEARS.max

/** Provincial plans (the Head approves, items become tasks) as opposed to an agency's own. */
export const isProvincialPlan = (kind: PlanKind): boolean => kind !== 'agency-detailed-plan'

// Who moves a plan from one status to the next: the drafters (SG, R7.1) or the approver (R3.3).
const TRANSITIONS: Record<PlanStatus, Partial<Record<PlanStatus, 'drafter' | 'approver'>>> = {
  draft: { draft: 'drafter', submitted: 'drafter' },
  returned: { returned: 'drafter', submitted: 'drafter' },
  submitted: { submitted: 'drafter', approved: 'approver', returned: 'approver' },
  approved: {},
}

/** Who may make the move, or null when the move does not exist. */
export const planTransition = (from: PlanStatus, to: PlanStatus): 'drafter' | 'approver' | null =>
  TRANSITIONS[from][to] ?? null

const r33 = clause(3, 3)
const r64 = clause(6, 4)

export type ApprovalRequest = {
  kind: PlanKind
  day: string
  held: SignerRecord
  /** For an agency's detailed plan: the agency whose plan it is. */
  planAgency?: number | string | null
}

/**
 * R3.3 / R4.2: a provincial programme or plan is approved (or returned) only by the person
 * holding the Head's post that day, or acting as Head / approving plans by a delegation valid
 * that day. R6.4: an agency's detailed plan is approved by the Working Group member who
 * represents that agency that day.
 */
export const checkPlanApproval = (request: ApprovalRequest): Verdict => {
  const { kind, day, held } = request
  const on = formatDayKey(day)
  if (isProvincialPlan(kind)) {
    const delegations = held.delegations.filter((d) => d.hasWrittenBasis !== false)
    if (authorityFor('approve-plan', day, { positions: held.positions, delegations }).allowed)
      return OK
    return breach(
      'R3.3',
      r33,
      {
        vi: `chỉ Tổ trưởng (hoặc người được Tổ trưởng ủy quyền phê duyệt, thay mặt Tổ trưởng còn hiệu lực) phê duyệt chương trình, kế hoạch; ngày ${on} người phê duyệt không có thẩm quyền này.`,
        en: `programmes and plans are approved only by the Head (or by a delegate approving or acting for the Head); on ${on} the approver holds no such power.`,
      },
      'status',
    )
  }
  const representsAgency = held.positions.some(
    (seat) =>
      !seat.position.startsWith('sg-') &&
      termCovers(seat.term, day) &&
      request.planAgency !== null &&
      request.planAgency !== undefined &&
      String(seat.agency) === String(request.planAgency),
  )
  if (representsAgency) return OK
  return breach(
    'R6.4',
    r64,
    {
      vi: `kế hoạch chi tiết do thành viên Tổ công tác đại diện cơ quan đó chỉ đạo, phê duyệt; ngày ${on} người phê duyệt không phải là thành viên đại diện cơ quan này.`,
      en: `an agency's detailed plan is approved by the Working Group member representing that agency; on ${on} the approver is not that member.`,
    },
    'status',
  )
}

export type PlanItemDraft = { dueDate: string | null }

/** Index and message of the first item due outside the plan's year, or null. */
export const itemOutsideYear = (
  items: readonly PlanItemDraft[],
  year: number,
): { index: number; vi: string; en: string } | null => {
  const index = items.findIndex(
    (item) => item.dueDate !== null && Number(item.dueDate.slice(0, 4)) !== year,
  )
  if (index === -1) return null
  const due = formatDayKey(items[index].dueDate!)
  return {
    index,
    vi: `Hạn hoàn thành (${due}) phải nằm trong năm ${year} của kế hoạch.`,
    en: `The due date (${due}) must fall within the plan's year ${year}.`,
  }
}
