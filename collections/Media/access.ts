import type { Access, PayloadRequest, Where } from 'payload'

import { agencyIdOf, canReadAll, hasRole } from '../../src/access/roles'
import { idOf } from '../../src/lib/relations'
import type { Id } from '../../src/lib/ids'

// Who reads a file: the read-all roles every file; a reporter the files of his/her own agency;
// and anyone invited to a meeting (his/her member record, or, for a reporter, his/her agency)
// the files of that meeting: its agenda's documents and its signed minutes. Nothing more: a
// substitute's authorisation or another agency's file stays closed.

const ids = (values: unknown): Id[] =>
  (Array.isArray(values) ? values : [values]).map(idOf).filter((id): id is Id => id !== null)

// Access runs several times in one request (the file route, then the document): asked once.
const cache = new WeakMap<PayloadRequest, Promise<Id[]>>()

const seatsOf = async (req: PayloadRequest, userId: Id): Promise<Id[]> => {
  const { docs } = await req.payload.find({
    collection: 'members',
    where: { user: { equals: userId } },
    select: { user: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.id)
}

const invitedMeetingFiles = async (
  req: PayloadRequest,
  userId: Id,
  agencyId: Id | null,
): Promise<Id[]> => {
  const seats = await seatsOf(req, userId)
  const invited: Where[] = []
  if (seats.length > 0) invited.push({ invitedMembers: { in: seats } })
  if (agencyId !== null) invited.push({ invitedAgencies: { in: [agencyId] } })
  if (invited.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'meetings',
    where: { or: invited },
    select: { agenda: { documents: true }, minutesScan: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const files = docs.flatMap((meeting) => [
    ...(meeting.agenda ?? []).flatMap((item) => ids(item.documents)),
    ...ids(meeting.minutesScan),
  ])
  return [...new Map(files.map((id) => [String(id), id])).values()]
}

/** Read access of the media collection (REST by id, lists and the file route alike). */
export const readMedia: Access = async ({ req }) => {
  const { user } = req
  if (!user) return false
  if (canReadAll(user)) return true
  const isReporter = hasRole(user, 'reporter')
  const agencyId = isReporter ? agencyIdOf(user) : null
  if (!cache.has(req)) cache.set(req, invitedMeetingFiles(req, user.id, agencyId))
  const files = await cache.get(req)!
  const readable: Where[] = []
  if (agencyId !== null) readable.push({ agency: { equals: agencyId } })
  if (files.length > 0) readable.push({ id: { in: files } })
  return readable.length > 0 ? { or: readable } : false
}
