import type { Id } from '../../../src/lib/ids'
import type { Bilingual } from '../verdict'

// The vocabulary of meetings (Art. 11): kinds, lifecycle, attendance and votes.
export type { Id }

export const MEETING_KINDS = [
  'regular',
  'six-month-review',
  'year-end-review',
  'extraordinary',
  'sg',
] as const
export type MeetingKind = (typeof MEETING_KINDS)[number]

export const MEETING_KIND_LABELS: Record<MeetingKind, Bilingual> = {
  regular: { vi: 'Họp thường kỳ', en: 'Regular monthly meeting' },
  'six-month-review': { vi: 'Họp sơ kết 6 tháng', en: 'Six-month review' },
  'year-end-review': { vi: 'Họp tổng kết năm', en: 'Year-end review' },
  extraordinary: { vi: 'Họp đột xuất', en: 'Extraordinary meeting' },
  sg: { vi: 'Họp Tổ giúp việc', en: 'Support Group meeting' },
}

/** Kinds a Working Group holds; a Support Group holds only its own meetings (R11.5). */
export const WG_MEETING_KINDS: readonly MeetingKind[] = [
  'regular',
  'six-month-review',
  'year-end-review',
  'extraordinary',
]

export const MEETING_STATUSES = [
  'draft',
  'notice-sent',
  'held',
  'conclusions-issued',
  'cancelled',
] as const
export type MeetingStatus = (typeof MEETING_STATUSES)[number]

export const MEETING_STATUS_LABELS: Record<MeetingStatus, Bilingual> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  'notice-sent': { vi: 'Đã gửi giấy mời', en: 'Notice sent' },
  held: { vi: 'Đã họp', en: 'Held' },
  'conclusions-issued': { vi: 'Đã ban hành kết luận', en: 'Conclusions issued' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
}

/** Statuses of a meeting that took place. */
export const HELD_STATUSES: readonly MeetingStatus[] = ['held', 'conclusions-issued']

export const PRESENCES = ['present', 'absent', 'substitute'] as const
export type Presence = (typeof PRESENCES)[number]

export const PRESENCE_LABELS: Record<Presence, Bilingual> = {
  present: { vi: 'Có mặt', en: 'Present' },
  absent: { vi: 'Vắng mặt', en: 'Absent' },
  substitute: { vi: 'Cử người dự thay', en: 'Sent a substitute' },
}

export const VOTE_CHOICES = ['yes', 'no', 'abstain'] as const
export type VoteChoice = (typeof VOTE_CHOICES)[number]

export const VOTE_LABELS: Record<VoteChoice, Bilingual> = {
  yes: { vi: 'Tán thành', en: 'In favour' },
  no: { vi: 'Không tán thành', en: 'Against' },
  abstain: { vi: 'Không biểu quyết', en: 'Abstains' },
}

export const OUTCOMES = ['passed', 'not-passed'] as const
export type Outcome = (typeof OUTCOMES)[number]

export const OUTCOME_LABELS: Record<Outcome, Bilingual> = {
  passed: { vi: 'Thông qua', en: 'Passed' },
  'not-passed': { vi: 'Không thông qua', en: 'Not passed' },
}

export const sameId = (a: Id | null | undefined, b: Id | null | undefined): boolean =>
  a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)
