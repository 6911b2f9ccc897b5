import type { PayloadRequest } from 'payload'

import { assertVerdict } from '../../src/lib/assertVerdict'
import {
  agendaRowsFromRegister,
  checkRegisterPullAllowed,
  type Id,
  type RegisterItem,
} from '../../hooks/rules/meetings'
import { FEEDBACK_STATUSES, isClosedFeedback } from '../../hooks/rules/feedback'
import { withTransaction } from '../../src/db/withTransaction'
import { dayKeyOf } from '../../src/fields/dates'
import { vnToday } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'
import { loadForUpdate, SLUG } from './actionSteps'
import { agencyNames } from './delivery'

// R12.4: "Đưa kiến nghị tồn đọng vào chương trình họp": one agenda row per open item of the
// obstacles register (overdue first), linked to it; a second run adds only new items; refused
// once the notice is sent (the agenda is fixed then).
export type RegisterPullResult = { added: number; rows: number }

const OPEN = FEEDBACK_STATUSES.filter((status) => !isClosedFeedback(status))

export const pullRegisterIntoAgenda = async (
  req: PayloadRequest,
  id: Id,
  options: { now?: Date } = {},
): Promise<RegisterPullResult> =>
  withTransaction(req, async () => {
    const meeting = await loadForUpdate(req, id)
    assertVerdict(checkRegisterPullAllowed(meeting.status), req, SLUG)
    const { docs } = await req.payload.find({
      collection: 'feedback',
      where: { status: { in: [...OPEN] } },
      select: { title: true, status: true, dueOn: true, resolver: true, sourceMeeting: true },
      sort: 'dueOn',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const raisedAtIds = [...new Set(docs.flatMap((doc) => idOf(doc.sourceMeeting) ?? []))]
    const [resolvers, raisedAt] = await Promise.all([
      agencyNames(
        req,
        docs.map((doc) => idOf(doc.resolver)),
      ),
      raisedAtIds.length === 0
        ? Promise.resolve([])
        : req.payload
            .find({
              collection: SLUG,
              where: { id: { in: raisedAtIds.map(String) } },
              select: { title: true },
              depth: 0,
              pagination: false,
              overrideAccess: true,
              req,
            })
            .then((found) => found.docs),
    ])
    const titles = new Map(raisedAt.map((doc) => [String(doc.id), doc.title ?? null]))
    const items: RegisterItem[] = docs.map((doc) => ({
      id: doc.id,
      title: doc.title,
      status: doc.status,
      dueOn: dayKeyOf(doc.dueOn),
      resolverName: resolvers.get(String(idOf(doc.resolver))) ?? null,
      raisedAt: titles.get(String(idOf(doc.sourceMeeting))) ?? null,
    }))
    const agenda = (meeting.agenda ?? []) as { feedback?: unknown }[]
    const linked = agenda.flatMap((row) => idOf(row.feedback) ?? [])
    const rows = agendaRowsFromRegister(items, linked, vnToday(options.now))
    if (rows.length === 0) return { added: 0, rows: agenda.length }
    await req.payload.update({
      collection: SLUG,
      id,
      data: { agenda: [...agenda, ...rows] as never },
      depth: 0,
      overrideAccess: false,
      req,
    })
    return { added: rows.length, rows: agenda.length + rows.length }
  })
