import { formatDayKey } from '../terms'
import { breach, clause, OK, type Verdict } from '../verdict'
import type { Id, MeetingKind, MeetingStatus } from './kinds'

// R11.3b: after the meeting the Secretary sends the Head's conclusions in writing to every
// member, each delivery recorded. R6.2c: every conclusion item becomes a tracked task.
export type ConclusionItem = {
  content: string | null
  leadAgency: Id | null
  dueDate: string | null
}

export type Conclusions = {
  status: MeetingStatus
  kind: MeetingKind
  summary: string | null
  items: readonly ConclusionItem[]
  /** The day they are issued (Vietnam calendar day). */
  issuedOn: string
}

/** R11.3b / R6.2c: conclusions of a held Working Group meeting, each item ready to be a task. */
export const checkConclusionsIssuable = (conclusions: Conclusions): Verdict => {
  const r113 = clause(11, 3)
  if (conclusions.status !== 'held') {
    return breach(
      'R11.3b',
      r113,
      {
        vi: 'chỉ ban hành kết luận sau khi cuộc họp đã diễn ra (trạng thái "Đã họp").',
        en: 'conclusions are issued only after the meeting was held (status "Held").',
      },
      'status',
    )
  }
  if (conclusions.kind === 'sg') {
    return breach(
      'R11.3b',
      r113,
      {
        vi: 'kết luận gửi thành viên là kết luận của Tổ trưởng Tổ công tác; cuộc họp Tổ giúp việc không ban hành kết luận tại đây.',
        en: "the conclusions sent to members are the Working Group Head's; a Support Group meeting does not issue them here.",
      },
      'kind',
    )
  }
  if (!conclusions.summary?.trim()) {
    return breach(
      'R11.3b',
      r113,
      {
        vi: 'chưa có nội dung kết luận của người chủ trì.',
        en: "the chair's conclusions are empty.",
      },
      'conclusions.summary',
    )
  }
  for (const [index, item] of conclusions.items.entries()) {
    const path = `conclusions.items.${index}`
    const r62 = clause(6, 2)
    if (!item.content?.trim()) {
      return breach(
        'R6.2c',
        r62,
        { vi: 'nội dung giao nhiệm vụ đang trống.', en: 'the item has no content.' },
        `${path}.content`,
      )
    }
    if (item.leadAgency === null) {
      return breach(
        'R6.2c',
        r62,
        {
          vi: 'mỗi kết luận giao việc phải có cơ quan chủ trì thực hiện.',
          en: 'each conclusion item names the lead agency that carries it out.',
        },
        `${path}.leadAgency`,
      )
    }
    if (!item.dueDate) {
      return breach(
        'R6.2c',
        r62,
        {
          vi: 'mỗi kết luận giao việc phải có thời hạn hoàn thành.',
          en: 'each conclusion item has a due date.',
        },
        `${path}.dueDate`,
      )
    }
    if (item.dueDate < conclusions.issuedOn) {
      return breach(
        'R6.2c',
        r62,
        {
          vi: `thời hạn ${formatDayKey(item.dueDate)} đã qua trước ngày ban hành kết luận (${formatDayKey(conclusions.issuedOn)}).`,
          en: `the due date ${formatDayKey(item.dueDate)} is before the conclusions are issued (${formatDayKey(conclusions.issuedOn)}).`,
        },
        `${path}.dueDate`,
      )
    }
  }
  return OK
}

export type Recipient = { seat: Id; name: string; email: string | null }

/** How a conclusion notice reached a member: queued in the outbox, recorded (sent outside the
 * system, e.g. historical data), or not sent because the member has no email address. */
export type DeliveryStatus = 'queued' | 'no-email' | 'recorded'

/**
 * R11.3b: one delivery per member in office on the day of issue. Members without an email
 * address are listed too ('no-email'), so the gap shows and the Secretary delivers on paper.
 */
export const planDeliveries = (
  recipients: readonly Recipient[],
): { recipient: Recipient; send: boolean }[] =>
  recipients.map((recipient) => ({ recipient, send: Boolean(recipient.email) }))

export type ConclusionTask = {
  title: string
  description: string
  source: 'meeting-conclusion'
  leadAgency: Id
  dueDate: string
  assignedOn: string
  sourceReference: string
}

/** R6.2c: the task a conclusion item becomes. */
export const taskFromConclusion = (
  item: ConclusionItem,
  meeting: { title: string; number: string | null; issuedOn: string },
): ConclusionTask => {
  const content = (item.content ?? '').trim()
  const reference = meeting.number
    ? `Thông báo kết luận số ${meeting.number} ngày ${formatDayKey(meeting.issuedOn)}`
    : `Kết luận ${meeting.title}, ban hành ngày ${formatDayKey(meeting.issuedOn)}`
  return {
    title: content.length > 500 ? `${content.slice(0, 497)}...` : content,
    description: content,
    source: 'meeting-conclusion',
    leadAgency: item.leadAgency as Id,
    dueDate: item.dueDate as string,
    assignedOn: meeting.issuedOn,
    sourceReference: reference.slice(0, 200),
  }
}

export type FollowUpCandidate = {
  assignedOn: string | null
  completedOn: string | null
  paused: boolean
}

/**
 * R7.3 / R6.2c: a task from earlier conclusions still to follow up at a meeting on `meetingDay`:
 * assigned before it, neither completed nor paused (open within its deadline or overdue).
 */
export const needsFollowUp = (task: FollowUpCandidate, meetingDay: string): boolean =>
  !task.completedOn && !task.paused && Boolean(task.assignedOn) && task.assignedOn! < meetingDay
