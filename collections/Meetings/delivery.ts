import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { sameId, type Id } from '../../hooks/rules/meetings'
import { taskStatus } from '../../hooks/rules/taskStatus'
import { peopleByIds, type Seat } from '../../src/charter/seats'
import type { OutgoingAttachment } from '../../src/email/outbox'
import { dayKeyOf } from '../../src/fields/dates'
import { vnToday } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'
import type { DocumentLink, NoticeMessage } from './messages'
import type { MeetingShape } from './shape'

// What a notice or a conclusions message needs from the database, read in a few batched queries.
const ATTACHMENT_BUDGET = 8 * 1024 * 1024

export type Addressee = { name: string | null; email: string | null; seat: Id | null }

const serverUrl = (req: PayloadRequest): string | null =>
  (req.payload.config.serverURL || process.env.SERVER_URL || '').replace(/\/$/, '') || null

export const meetingUrlOf = (req: PayloadRequest, id: Id): string | null => {
  const base = serverUrl(req)
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
  mimeType?: string | null
  filesize?: number | null
}

/** The agenda's documents: links, and the files themselves attached while they stay small. */
export const agendaDocuments = async (
  req: PayloadRequest,
  meeting: MeetingShape,
): Promise<{ links: Map<string, DocumentLink>; attachments: OutgoingAttachment[] }> => {
  const ids = [...new Set(meeting.agenda.flatMap((item) => item.documents).map(String))]
  const links = new Map<string, DocumentLink>()
  const attachments: OutgoingAttachment[] = []
  if (ids.length === 0) return { links, attachments }
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    select: { title: true, filename: true, mimeType: true, filesize: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const staticDir = req.payload.collections.media.config.upload.staticDir ?? ''
  const base = serverUrl(req)
  let budget = ATTACHMENT_BUDGET
  for (const doc of docs as MediaRow[]) {
    const filename = doc.filename ?? null
    let attached = false
    if (filename && (doc.filesize ?? 0) <= budget) {
      const content = await readFile(path.resolve(staticDir, filename)).catch(() => null)
      if (content) {
        attachments.push({
          filename,
          contentType: doc.mimeType || 'application/octet-stream',
          contentBase64: content.toString('base64'),
        })
        budget -= content.length
        attached = true
      }
    }
    links.set(String(doc.id), {
      title: doc.title,
      url: base && filename ? `${base}/api/media/file/${encodeURIComponent(filename)}` : null,
      attached,
    })
  }
  return { links, attachments }
}

/** The follow-up item: open tasks from earlier conclusions, with today's status. */
export const followUpLines = async (
  req: PayloadRequest,
  taskIds: readonly Id[],
): Promise<NoticeMessage['followUps']> => {
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
  const today = vnToday()
  return docs.map((doc) => {
    const due = dayKeyOf(doc.effectiveDueDate) ?? dayKeyOf(doc.dueDate)
    return {
      title: doc.title,
      lead: agencies.get(String(idOf(doc.leadAgency))) ?? null,
      due,
      overdue:
        taskStatus({ dueDate: due, completedOn: dayKeyOf(doc.completedOn) }, today) ===
        'open-overdue',
    }
  })
}
