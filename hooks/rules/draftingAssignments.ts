import { daysBetweenKeys } from '../../src/lib/clock'
import { formatDayKey, formatTerm, termContains, termCovers, type Term } from './terms'
import { clause, OK, refusal, type Bilingual, type Verdict } from './verdict'

// R12.5 (Art. 12.5): when the Standing of the Working Group assigns it, the SG Head may convene
// Support Group members for a set period to research, compile, edit and draft documents.

export const DRAFTING_STATUSES = ['drafting', 'done'] as const
export type DraftingStatus = (typeof DRAFTING_STATUSES)[number]

export const DRAFTING_STATUS_LABELS: Record<DraftingStatus, Bilingual> = {
  drafting: { vi: 'Đang soạn', en: 'Drafting' },
  done: { vi: 'Đã xong', en: 'Done' },
}

const r125 = clause(12, 5)

/** A seat as these rules read it. */
export type SeatTerm = { position: string; term: Term; leave?: readonly Term[] }

const ASSIGNERS = ['head', 'standing-deputy']

/** R12.5: the Standing assigns: the Head or the Standing Deputy in office on the day. */
export const assignerVerdict = (seats: readonly SeatTerm[], day: string): Verdict =>
  seats.some((seat) => ASSIGNERS.includes(seat.position) && termCovers(seat.term, day))
    ? OK
    : refusal(
        'R12.5',
        r125,
        {
          vi: `Người giao phải là Tổ trưởng hoặc Tổ phó Thường trực Tổ công tác đương nhiệm vào ngày ${formatDayKey(day)}.`,
          en: `The assigner must be the Head or the Standing Deputy in office on ${formatDayKey(day)}.`,
        },
        'assignedBy',
      )

/**
 * R12.5: the SG Head in office on the day the convening starts convenes, and not while recorded
 * on leave that day (as the Head's leave is read for R4.2).
 */
export const convenerVerdict = (seats: readonly SeatTerm[], day: string): Verdict => {
  const seat = seats.find((s) => s.position === 'sg-head' && termCovers(s.term, day))
  if (!seat) {
    return refusal(
      'R12.5',
      r125,
      {
        vi: `Người triệu tập phải là Tổ trưởng Tổ giúp việc đương nhiệm vào ngày bắt đầu triệu tập (${formatDayKey(day)}).`,
        en: `The convener must be the Support Group Head in office on the first day (${formatDayKey(day)}).`,
      },
      'convener',
    )
  }
  const leave = (seat.leave ?? []).find((period) => termCovers(period, day))
  if (!leave) return OK
  return refusal(
    'R12.5',
    r125,
    {
      vi: `Tổ trưởng Tổ giúp việc đang vắng mặt (${formatTerm(leave)}) vào ngày bắt đầu triệu tập.`,
      en: `The Support Group Head is on leave (${formatTerm(leave)}) on the first day.`,
    },
    'convener',
  )
}

/** A convened seat: its holder's name for the message, position and term. */
export type ConvenedSeat = SeatTerm & { name: string; sameGroup: boolean }

/** R12.5: everyone convened holds a Support Group seat of that SG for the whole period. */
export const convenedVerdicts = (seats: readonly ConvenedSeat[], period: Term): Verdict[] =>
  seats.flatMap((seat, index) =>
    seat.position.startsWith('sg-') && seat.sameGroup && termContains(seat.term, period)
      ? []
      : [
          refusal(
            'R12.5',
            r125,
            {
              vi: `${seat.name} không giữ chức danh trong Tổ giúp việc suốt thời gian triệu tập (${formatTerm(period)}).`,
              en: `${seat.name} does not hold a Support Group seat for the whole period (${formatTerm(period)}).`,
            },
            `convened.${index}`,
          ),
        ],
  )

/** R12.5: the dates in order: assigned ≤ convening starts ≤ ends ≤ due date. */
export const datesVerdicts = (dates: {
  assignedOn: string
  dueDate: string
  from: string
  to: string
}): Verdict[] => {
  const found: Verdict[] = []
  const refuse = (vi: string, en: string, path: string) =>
    found.push(refusal('R12.5', r125, { vi, en }, path))
  if (dates.dueDate < dates.assignedOn) {
    refuse(
      `Hạn hoàn thành không được trước ngày giao (${formatDayKey(dates.assignedOn)}).`,
      `The due date cannot be before the day assigned (${formatDayKey(dates.assignedOn)}).`,
      'dueDate',
    )
  }
  if (dates.from < dates.assignedOn) {
    refuse(
      `Thời gian triệu tập không được bắt đầu trước ngày giao (${formatDayKey(dates.assignedOn)}).`,
      `The convening cannot start before the day assigned (${formatDayKey(dates.assignedOn)}).`,
      'periodFrom',
    )
  }
  if (dates.to < dates.from) {
    refuse(
      `Ngày kết thúc triệu tập phải sau hoặc bằng ngày bắt đầu (${formatDayKey(dates.from)}).`,
      `The convening cannot end before it starts (${formatDayKey(dates.from)}).`,
      'periodTo',
    )
  }
  if (dates.to > dates.dueDate) {
    refuse(
      `Thời gian triệu tập phải kết thúc chậm nhất vào hạn hoàn thành (${formatDayKey(dates.dueDate)}).`,
      `The convening must end by the due date (${formatDayKey(dates.dueDate)}).`,
      'periodTo',
    )
  }
  return found
}

/** R12.5: "Đã xong", "Đang soạn (còn N ngày)", "Đến hạn hôm nay" or "Quá hạn N ngày". */
export const draftingState = (
  item: { status: DraftingStatus; dueDate: string | null },
  today: string,
): Bilingual => {
  if (item.status === 'done') return DRAFTING_STATUS_LABELS.done
  if (item.dueDate === null) return DRAFTING_STATUS_LABELS.drafting
  const days = daysBetweenKeys(today, item.dueDate)
  if (days < 0) return { vi: `Quá hạn ${-days} ngày`, en: `Overdue by ${-days} days` }
  if (days === 0) return { vi: 'Đang soạn — đến hạn hôm nay', en: 'Drafting — due today' }
  return { vi: `Đang soạn — còn ${days} ngày`, en: `Drafting — ${days} days left` }
}
