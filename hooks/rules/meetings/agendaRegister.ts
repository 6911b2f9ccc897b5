import { isClosedFeedback, isOverdueFeedback, type FeedbackStatus } from '../feedback'
import { formatDayKey } from '../terms'
import { clause, OK, refusal, type Verdict } from '../verdict'
import type { Id, MeetingStatus } from './kinds'

// R12.4: the Working Group urges agencies and clears their obstacles: the open items of the
// obstacles register can be put on a meeting's agenda, one row each, the overdue ones first.

export type RegisterItem = {
  id: Id
  title: string
  status: FeedbackStatus
  dueOn: string | null
  /** The name of the agency that must resolve it, and of the meeting it was raised at. */
  resolverName: string | null
  raisedAt: string | null
}

export type AgendaRowFromRegister = { title: string; feedback: Id }

/** R12.4: the register is pulled into the agenda only while the notice has not gone out. */
export const checkRegisterPullAllowed = (status: MeetingStatus): Verdict =>
  status === 'draft'
    ? OK
    : refusal(
        'R12.4',
        clause(12, 4),
        {
          vi: 'Giấy mời đã gửi nên chương trình họp không thay đổi được; đưa kiến nghị vào cuộc họp sau.',
          en: 'The notice is sent, so the agenda is fixed; put the items on the next meeting.',
        },
        'agenda',
      )

/** R12.4: the agenda line of an open item: its subject, who resolves it, by when, where raised. */
export const registerAgendaTitle = (item: RegisterItem, today: string): string => {
  const details = [
    item.resolverName ? `cơ quan giải quyết: ${item.resolverName}` : null,
    item.dueOn
      ? `hạn ${formatDayKey(item.dueOn)}${isOverdueFeedback(item.status, item.dueOn, today) ? ', quá hạn' : ''}`
      : null,
    item.raisedAt ? `nêu tại ${item.raisedAt}` : null,
  ].filter(Boolean)
  const line = `Kiến nghị tồn đọng: ${item.title}${details.length ? ` (${details.join('; ')})` : ''}`
  return line.length > 500 ? `${line.slice(0, 497)}...` : line
}

/**
 * R12.4: the rows to add for the open items not yet on the agenda (`linked`: the items already
 * there), the overdue first, then by due day, then as listed. Idempotent: a second pull adds none.
 */
export const agendaRowsFromRegister = (
  items: readonly RegisterItem[],
  linked: readonly Id[],
  today: string,
): AgendaRowFromRegister[] => {
  const on = new Set(linked.map(String))
  const overdue = (item: RegisterItem) => isOverdueFeedback(item.status, item.dueOn, today)
  return items
    .filter((item) => !isClosedFeedback(item.status) && !on.has(String(item.id)))
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        Number(overdue(b.item)) - Number(overdue(a.item)) ||
        (a.item.dueOn ?? '9999').localeCompare(b.item.dueOn ?? '9999') ||
        a.index - b.index,
    )
    .map(({ item }) => ({ title: registerAgendaTitle(item, today), feedback: item.id }))
}
