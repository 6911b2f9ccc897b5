// R7.5: the statuses of a data call and of an agency's response, with their labels. Pure.

export const CALL_STATUSES = ['draft', 'open', 'closed'] as const
export type CallStatus = (typeof CALL_STATUSES)[number]

export const CALL_STATUS_LABELS: Record<CallStatus, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  open: { vi: 'Đang mở', en: 'Open' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
}

export const RESPONSE_STATUSES = ['pending', 'submitted', 'accepted', 'returned'] as const
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number]

export const RESPONSE_STATUS_LABELS: Record<ResponseStatus, { vi: string; en: string }> = {
  pending: { vi: 'Chưa gửi', en: 'Not sent' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  returned: { vi: 'Trả lại', en: 'Returned' },
}

export const ANSWER_SOURCES = ['online', 'xlsx'] as const
export type AnswerSource = (typeof ANSWER_SOURCES)[number]

export const ANSWER_SOURCE_LABELS: Record<AnswerSource, { vi: string; en: string }> = {
  online: { vi: 'Trực tuyến', en: 'Online' },
  xlsx: { vi: 'Tệp Excel', en: 'Excel file' },
}

/** The deadline of a call: 1 to 30 working days from the day it is opened. */
export const MIN_WORKING_DAYS = 1
export const MAX_WORKING_DAYS = 30
