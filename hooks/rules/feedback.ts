import { daysBetweenKeys } from '../../src/lib/clock'
import { settingsOn, type CharterNumbers } from './charterSettings'
import { formatDayKey } from './terms'
import { breach, clause, OK, refusal, type Bilingual, type Verdict } from './verdict'

// R6.1 / R14.3: members report obstacles and propose solutions to the standing body (the
// provincial police), which answers them or forwards them to the Head as charter amendments.
export const FEEDBACK_KINDS = ['obstacle', 'proposal', 'amendment-proposal'] as const
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number]

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, Bilingual> = {
  obstacle: { vi: 'Khó khăn, vướng mắc', en: 'Obstacle' },
  proposal: { vi: 'Đề xuất, kiến nghị', en: 'Proposal' },
  'amendment-proposal': { vi: 'Đề xuất sửa đổi Quy chế', en: 'Charter amendment proposal' },
}

export const FEEDBACK_STATUSES = [
  'received',
  'under-review',
  'answered',
  'forwarded-as-amendment',
] as const
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]

export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, Bilingual> = {
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  'under-review': { vi: 'Đang xem xét', en: 'Under review' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  'forwarded-as-amendment': {
    vi: 'Đã tổng hợp, báo cáo Tổ trưởng sửa đổi Quy chế',
    en: 'Forwarded as an amendment proposal',
  },
}

export const FEEDBACK_ORIGINS = ['direct', 'monthly-report', 'meeting'] as const
export type FeedbackOrigin = (typeof FEEDBACK_ORIGINS)[number]

const CLOSED: readonly FeedbackStatus[] = ['answered', 'forwarded-as-amendment']

export const isClosedFeedback = (status: FeedbackStatus): boolean => CLOSED.includes(status)

/** received → under review → answered | forwarded as an amendment proposal; closed is final. */
export const feedbackTransitionAllowed = (from: FeedbackStatus, to: FeedbackStatus): boolean =>
  from === to ? !isClosedFeedback(from) : !isClosedFeedback(from) && to !== 'received'

/** Calendar days since the item was received, until its answer or until today. */
export const daysOpen = (receivedOn: string, closedOn: string | null, today: string): number =>
  Math.max(0, daysBetweenKeys(receivedOn, closedOn ?? today))

/** The charter numbers an amendment may change (R14.3). */
export const AMENDABLE_SETTINGS = [
  'meetingBeforeDay',
  'dataEndDay',
  'reportBeforeDay',
  'aggregateBeforeDay',
  'noticeLeadWorkingDays',
  'majorityBase',
  'tieRule',
  'lockDay',
  'reminderDaysBefore',
] as const satisfies readonly (keyof CharterNumbers)[]
export type AmendableSetting = (typeof AMENDABLE_SETTINGS)[number]

export type Amendment = {
  effectiveFrom: string
  basis: string
  changes: Partial<Pick<CharterNumbers, AmendableSetting>>
}

const r143 = clause(14, 3)

/**
 * R14.3: the edition an accepted amendment adds: the edition in force on its effective date with
 * the changes applied. It must take effect today or later and after every existing edition, so
 * what applied on any past day never changes.
 */
export const amendedEdition = <T extends CharterNumbers>(
  editions: readonly T[],
  amendment: Amendment,
  today: string,
): { ok: true; edition: CharterNumbers } | Extract<Verdict, { ok: false }> => {
  const fail = (path: string, message: Bilingual) =>
    breach('R14.3', r143, message, path) as Extract<Verdict, { ok: false }>
  const keys = Object.keys(amendment.changes)
  if (keys.length === 0) {
    return fail('changes', {
      vi: 'sửa đổi phải thay đổi ít nhất một tham số của Quy chế.',
      en: 'an amendment changes at least one charter setting.',
    })
  }
  const unknown = keys.find((key) => !(AMENDABLE_SETTINGS as readonly string[]).includes(key))
  if (unknown) {
    return fail(`changes.${unknown}`, {
      vi: `"${unknown}" không phải là tham số của Quy chế.`,
      en: `"${unknown}" is not a charter setting.`,
    })
  }
  if (!amendment.basis.trim()) {
    return fail('basis', {
      vi: 'ghi rõ quyết định sửa đổi của Tổ trưởng làm căn cứ.',
      en: "name the Head's amending decision as the basis.",
    })
  }
  if (amendment.effectiveFrom < today) {
    return fail('effectiveFrom', {
      vi: `sửa đổi không áp dụng hồi tố: ngày hiệu lực phải từ hôm nay (${formatDayKey(today)}) trở đi.`,
      en: `an amendment is not retroactive: it takes effect today (${formatDayKey(today)}) or later.`,
    })
  }
  const latest = [...editions].map((e) => e.effectiveFrom).sort()[editions.length - 1]
  if (latest && amendment.effectiveFrom <= latest) {
    return fail('effectiveFrom', {
      vi: `ngày hiệu lực phải sau phiên bản gần nhất (${formatDayKey(latest)}).`,
      en: `the effective date must follow the latest edition (${formatDayKey(latest)}).`,
    })
  }
  const base = settingsOn(editions, amendment.effectiveFrom)
  if (!base) {
    return fail('effectiveFrom', {
      vi: 'chưa có phiên bản Quy chế nào để sửa đổi.',
      en: 'there is no charter edition to amend.',
    })
  }
  const numbers = Object.fromEntries(AMENDABLE_SETTINGS.map((key) => [key, base[key]])) as Pick<
    CharterNumbers,
    AmendableSetting
  >
  return {
    ok: true,
    edition: { ...numbers, ...amendment.changes, effectiveFrom: amendment.effectiveFrom },
  }
}

// R12.4: the register of obstacles and proposals. Each open item has a body that must resolve it
// and a due date; the Working Group urges the overdue ones.

/** Working days the resolving body has, unless the standing body sets another due date. */
export const RESOLUTION_WORKING_DAYS = 10

const r124 = clause(12, 4)

/** R12.4: an open item past its due date (Vietnam days, 'YYYY-MM-DD'). */
export const isOverdueFeedback = (
  status: FeedbackStatus,
  dueOn: string | null,
  today: string,
): boolean => !isClosedFeedback(status) && dueOn !== null && dueOn < today

/** R12.4: a due date cannot come before the day the item was received. */
export const dueDateVerdict = (receivedOn: string, dueOn: string | null): Verdict =>
  dueOn === null || dueOn >= receivedOn
    ? OK
    : refusal(
        'R12.4',
        r124,
        {
          vi: `Hạn giải quyết không được trước ngày tiếp nhận (${formatDayKey(receivedOn)}).`,
          en: `The due date cannot be before the day received (${formatDayKey(receivedOn)}).`,
        },
        'dueOn',
      )

/**
 * R12.4: how an item stands against its due date, as the register shows it: "Quá hạn 3 ngày",
 * "Còn 5 ngày", "Xử lý đúng hạn", "Xử lý quá hạn" (calendar days).
 */
export const resolutionState = (
  item: { status: FeedbackStatus; dueOn: string | null; respondedOn: string | null },
  today: string,
): Bilingual | null => {
  if (item.dueOn === null) return null
  if (isClosedFeedback(item.status)) {
    const late = item.respondedOn !== null && item.respondedOn > item.dueOn
    return late
      ? { vi: 'Xử lý quá hạn', en: 'Resolved late' }
      : { vi: 'Xử lý đúng hạn', en: 'Resolved on time' }
  }
  const days = daysBetweenKeys(today, item.dueOn)
  if (days < 0) return { vi: `Quá hạn ${-days} ngày`, en: `Overdue by ${-days} days` }
  if (days === 0) return { vi: 'Đến hạn hôm nay', en: 'Due today' }
  return { vi: `Còn ${days} ngày`, en: `${days} days left` }
}
