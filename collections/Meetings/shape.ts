import {
  frozenParts,
  type AttendanceRow,
  type ConclusionItem,
  type Id,
  type MeetingKind,
  type MeetingStatus,
  type NoticeContent,
  type Presence,
  type Vote,
  type FrozenPart,
  type VoteChoice,
} from '../../hooks/rules/meetings'
import { dayKeyOf } from '../../src/fields/dates'
import { idOf } from '../../src/lib/relations'

// A meeting document (as stored, or as a write merges it) read into plain values the rules take.
type Raw = Record<string, unknown>

const rows = (value: unknown): Raw[] => (Array.isArray(value) ? (value as Raw[]) : [])
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null
const ids = (value: unknown): Id[] =>
  (Array.isArray(value) ? value : []).map(idOf).filter((id): id is Id => id !== null)
const instant = (value: unknown): string | null => {
  if (value instanceof Date) return value.toISOString()
  if (typeof value !== 'string' || !value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

export type MeetingShape = {
  id: Id | null
  group: Id | null
  kind: MeetingKind
  status: MeetingStatus
  servesMonth: string | null
  start: string | null
  end: string | null
  place: string | null
  onlineLink: string | null
  chair: Id | null
  convenedBy: Id | null
  calledOn: string | null
  invitedMembers: Id[]
  guests: { name: string | null; title: string | null; agency: Id | null; email: string | null }[]
  agenda: { title: string | null; presenterAgency: Id | null; documents: Id[] }[]
  followUpTasks: Id[]
  attendance: AttendanceRow[]
  decisions: { title: string | null; votes: Vote[] }[]
  conclusions: {
    number: string | null
    summary: string | null
    items: (ConclusionItem & { task: Id | null })[]
  }
  noticeSentAt: string | null
  title: string | null
}

export const shapeOf = (input: object): MeetingShape => {
  const doc = input as Raw
  const conclusions = (doc.conclusions ?? {}) as Raw
  return {
    id: idOf(doc.id),
    group: idOf(doc.group),
    kind: (doc.kind as MeetingKind) ?? 'regular',
    status: (doc.status as MeetingStatus) ?? 'draft',
    servesMonth:
      doc.servesMonth === null || doc.servesMonth === undefined || doc.servesMonth === ''
        ? null
        : String(doc.servesMonth).trim(),
    start: instant(doc.start),
    end: instant(doc.end),
    place: text(doc.place),
    onlineLink: text(doc.onlineLink),
    chair: idOf(doc.chair),
    convenedBy: idOf(doc.convenedBy),
    calledOn: dayKeyOf(doc.calledOn),
    invitedMembers: ids(doc.invitedMembers),
    guests: rows(doc.guests).map((row) => ({
      name: text(row.name),
      title: text(row.title),
      agency: idOf(row.agency),
      email: text(row.email),
    })),
    agenda: rows(doc.agenda).map((row) => ({
      title: text(row.title),
      presenterAgency: idOf(row.presenterAgency),
      documents: ids(row.documents),
    })),
    followUpTasks: ids(doc.followUpTasks),
    attendance: rows(doc.attendance).map((row) => ({
      member: idOf(row.member),
      presence: (row.presence as Presence) ?? 'present',
      reason: text(row.reason),
      chairConsent: Boolean(row.chairConsent),
      substituteName: text(row.substituteName),
      hasAuthorisation: idOf(row.authorisation) !== null,
    })),
    decisions: rows(doc.decisions).map((row) => ({
      title: text(row.title),
      votes: rows(row.votes).map((vote) => ({
        voter: idOf(vote.voter),
        choice: vote.choice as VoteChoice,
      })),
    })),
    conclusions: {
      number: text(conclusions.number),
      summary: text(conclusions.summary),
      items: rows(conclusions.items).map((item) => ({
        content: text(item.content),
        leadAgency: idOf(item.leadAgency),
        dueDate: dayKeyOf(item.dueDate),
        task: idOf(item.task),
      })),
    },
    noticeSentAt: instant(doc.noticeSentAt),
    title: text(doc.title),
  }
}

const comparable = (shape: MeetingShape, part: FrozenPart): string => {
  if (part === 'conclusions') {
    const { number, summary, items } = shape.conclusions
    return JSON.stringify([number, summary, items.map((i) => [i.content, i.leadAgency, i.dueDate])])
  }
  return JSON.stringify(shape[part], (_key, value) =>
    typeof value === 'number' ? String(value) : value,
  )
}

/** The frozen parts a write changes (only parts present in the written data are compared). */
/** What the notice of a meeting carries (R11.3a), as the notice rule reads it. */
export const noticeContentOf = (meeting: MeetingShape): NoticeContent => ({
  agendaItems: meeting.agenda.length,
  documents: meeting.agenda.reduce((sum, item) => sum + item.documents.length, 0),
  start: meeting.start,
  end: meeting.end,
  place: meeting.place,
  onlineLink: meeting.onlineLink,
})

export const changedFrozenParts = (
  status: MeetingStatus,
  data: Raw,
  before: MeetingShape,
  after: MeetingShape,
): FrozenPart[] =>
  frozenParts(status).filter(
    (part) => part in data && comparable(before, part) !== comparable(after, part),
  )

/** Whether a write changes any of `parts` (always true on creation). */
export const touches = (
  data: Raw,
  before: MeetingShape | null,
  after: MeetingShape,
  parts: readonly (keyof MeetingShape)[],
): boolean =>
  before === null ||
  parts.some(
    (part) =>
      part in data &&
      JSON.stringify(before[part], (_k, v) => (typeof v === 'number' ? String(v) : v)) !==
        JSON.stringify(after[part], (_k, v) => (typeof v === 'number' ? String(v) : v)),
  )
