import type { PayloadRequest } from 'payload'

import { sameId, type Id } from '../../hooks/rules/meetings'
import { taskStatus } from '../../hooks/rules/taskStatus'
import { peopleByIds, type Seat } from '../../src/charter/seats'
import {
  bodyBytes,
  encodedBytes,
  maxMessageBytes,
  mediaLinkOf,
  planAttachments,
  serverUrlOf,
} from '../../src/email/attachments'
import type { OutgoingAttachment } from '../../src/email/outbox'
import { dayKeyOf } from '../../src/fields/dates'
import { vnToday } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'
import type { DocumentLink, NoticeMessage } from './messages'
import type { MeetingShape } from './shape'

// What a notice or a conclusions message needs from the database, read in a few batched queries.
// The notice's own text, HTML and calendar, reserved beside its files when planning what to attach.
const NOTICE_BODY_BYTES = bodyBytes([]) + encodedBytes(64 * 1024)

export type Addressee = { name: string | null; email: string | null; seat: Id | null }

export const meetingUrlOf = (req: PayloadRequest, id: Id): string | null => {
  const base = serverUrlOf(req.payload)
  return base ? `${base}/admin/collections/meetings/${id}` : null
}

export const fromAddressOf = (req: PayloadRequest): string =>
  req.payload.email?.defaultFromAddress ||
  process.env.SMTP_FROM_ADDRESS ||
  'to-cong-tac-06@localhost'

export const groupNameOf = async (req: PayloadRequest, groupId: Id): Promise<string> => {
  const group = await req.payload.findByID({
    collection: 'working-groups',
    id: groupId,
    select: { name: true },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return group.name
}

export const agencyNames = async (
  req: PayloadRequest,
  ids: readonly (Id | null)[],
): Promise<Map<string, string>> => {
  const wanted = [...new Set(ids.filter((id): id is Id => id !== null).map(String))]
  if (wanted.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'agencies',
    where: { id: { in: wanted } },
    select: { name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.name]))
}

/** The members invited (by their seat) and the guests, with their email addresses. */
export const noticeAddressees = async (
  req: PayloadRequest,
  meeting: MeetingShape,
  seats: readonly Seat[],
): Promise<Addressee[]> => {
  const invited = seats.filter((seat) => meeting.invitedMembers.some((id) => sameId(id, seat.id)))
  const people = await peopleByIds(
    req,
    invited.map((seat) => seat.user),
  )
  const members = invited.map((seat) => {
    const person = people.get(String(seat.user))
    return { name: person?.fullName ?? null, email: person?.email ?? null, seat: seat.id }
  })
  const guests = meeting.guests.map((guest) => ({
    name: guest.name,
    email: guest.email,
    seat: null,
  }))
  const seen = new Set<string>()
  return [...members, ...guests].filter((addressee) => {
    if (!addressee.email) return true
    const key = addressee.email.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

type MediaRow = {
  id: Id
  title: string
  filename?: string | null
  filesize?: number | null
}

/**
 * The agenda's documents: a link to each (login required), and the stored files to attach while
 * the message stays within the mail server's limit. The outbox keeps references only; the
 * delivery job reads the files and links any that no longer fit or cannot be read.
 */
export const agendaDocuments = async (
  req: PayloadRequest,
  meeting: MeetingShape,
): Promise<{ links: Map<string, DocumentLink>; attachments: OutgoingAttachment[] }> => {
  const ids = [...new Set(meeting.agenda.flatMap((item) => item.documents).map(String))]
  const links = new Map<string, DocumentLink>()
  if (ids.length === 0) return { links, attachments: [] }
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    select: { title: true, filename: true, filesize: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  // In the agenda's order: the first documents are the ones attached when not all fit.
  const byId = new Map((docs as MediaRow[]).map((doc) => [String(doc.id), doc]))
  const rows = ids.flatMap((id) => byId.get(id) ?? []).filter((doc) => doc.filename)
  const { attached } = planAttachments(
    rows.map((doc) => ({ id: doc.id, size: doc.filesize ?? 0 })),
    NOTICE_BODY_BYTES,
    maxMessageBytes(),
  )
  const attachedIds = new Set(attached.map((file) => String(file.id)))
  for (const doc of docs as MediaRow[]) {
    links.set(String(doc.id), {
      title: doc.title,
      url: mediaLinkOf(req.payload, doc.id),
      attached: attachedIds.has(String(doc.id)),
    })
  }
  return { links, attachments: attached.map((file) => ({ media: file.id })) }
}

export type FollowedTask = {
  id: Id
  title: string
  lead: string | null
  /** The due date in force (extensions approved). */
  due: string | null
  completedOn: string | null
  paused: boolean
}

/** The tasks followed up at a meeting, by due date, with their lead agency's name. */
export const followedTasks = async (
  req: PayloadRequest,
  taskIds: readonly Id[],
): Promise<FollowedTask[]> => {
  if (taskIds.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'tasks',
    where: { id: { in: taskIds.map(String) } },
    select: {
      title: true,
      leadAgency: true,
      dueDate: true,
      effectiveDueDate: true,
      completedOn: true,
      paused: true,
    },
    sort: 'dueDate',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const agencies = await agencyNames(
    req,
    docs.map((doc) => idOf(doc.leadAgency)),
  )
  return docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    lead: agencies.get(String(idOf(doc.leadAgency))) ?? null,
    due: dayKeyOf(doc.effectiveDueDate) ?? dayKeyOf(doc.dueDate),
    completedOn: dayKeyOf(doc.completedOn),
    paused: Boolean(doc.paused),
  }))
}

/** The follow-up item: open tasks from earlier conclusions, with today's status. */
export const followUpLines = async (
  req: PayloadRequest,
  taskIds: readonly Id[],
): Promise<NoticeMessage['followUps']> => {
  const tasks = await followedTasks(req, taskIds)
  const today = vnToday()
  return tasks.map(({ title, lead, due, completedOn }) => ({
    title,
    lead,
    due,
    overdue: taskStatus({ dueDate: due, completedOn }, today) === 'open-overdue',
  }))
}
