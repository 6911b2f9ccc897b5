import {
  commitTransaction,
  Forbidden,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'

import { assertField, assertVerdict } from '../../src/lib/assertVerdict'
import {
  checkConclusionsIssuable,
  checkNoticeContent,
  checkStatusChange,
  planDeliveries,
  taskFromConclusion,
  type DeliveryStatus,
  type Id,
} from '../../hooks/rules/meetings'
import { authorityOn } from '../../src/charter/authority'
import { peopleByIds, seatsOn } from '../../src/charter/seats'
import { meetingInvitation } from '../../src/email/ics'
import { queueNotification } from '../../src/email/outbox'
import { dayKeyOf } from '../../src/fields/dates'
import { toVnDateKey, vnDayStart } from '../../src/lib/clock'
import { MEETING_ACTION, type MeetingActionContext } from './context'
import {
  agencyNames,
  agendaDocuments,
  followUpLines,
  fromAddressOf,
  groupNameOf,
  meetingUrlOf,
  noticeAddressees,
} from './delivery'
import {
  asHtml,
  conclusionsSubject,
  conclusionsText,
  noticeSubject,
  noticeText,
  type NoticeMessage,
} from './messages'
import { shapeOf, type MeetingShape } from './shape'

// "Send notice" (R11.3a) and "Issue conclusions" (R11.3b, R6.2c): each checks, queues its emails
// in the outbox, creates what follows from it and changes the status, in one transaction.
const SLUG = 'meetings'

export type ActionOptions = {
  /** The instant the action happens at (default: now). The seed replays history with it. */
  now?: Date
  /** false: record the deliveries as made outside the system, queue no email (the seed). */
  deliver?: boolean
}

export type NoticeResult = {
  status: 'notice-sent'
  recipients: number
  queued: number
  withoutEmail: number
  noticeDeadline: string | null
  noticeLate: boolean
}

export type ConclusionsResult = {
  status: 'conclusions-issued'
  members: number
  queued: number
  withoutEmail: number
  tasksCreated: number
}

type Delivery = {
  member?: Id | null
  name: string | null
  email: string | null
  notificationId: string | null
  status: DeliveryStatus
}

const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await work()
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

/** Runs `work` with the action named in req.context (the hooks and field access read it). */
const asAction = async <T>(
  req: PayloadRequest,
  action: MeetingActionContext,
  work: () => Promise<T>,
): Promise<T> => {
  req.context = { ...req.context, [MEETING_ACTION]: action }
  try {
    return await work()
  } finally {
    delete req.context[MEETING_ACTION]
  }
}

/** The meeting as the acting user may read it, after checking he/she may also change it. */
const loadForUpdate = async (req: PayloadRequest, id: Id) => {
  const access = req.payload.collections[SLUG].config.access.update
  if (!req.user || !(await access({ req, id: id as number }))) throw new Forbidden(req.t)
  return req.payload.findByID({ collection: SLUG, id, depth: 0, overrideAccess: false, req })
}

const assertStep = (
  req: PayloadRequest,
  meeting: MeetingShape,
  step: MeetingActionContext['kind'],
) => {
  const to = step === 'send-notice' ? 'notice-sent' : 'conclusions-issued'
  assertField(
    meeting.status !== to,
    req,
    'status',
    step === 'send-notice'
      ? {
          vi: 'Giấy mời của cuộc họp này đã được gửi.',
          en: 'This meeting’s notice was already sent.',
        }
      : {
          vi: 'Kết luận của cuộc họp này đã được ban hành.',
          en: 'This meeting’s conclusions were already issued.',
        },
    SLUG,
  )
  assertVerdict(checkStatusChange(meeting.status, to, step), req, SLUG)
}

const queueOne = async (
  req: PayloadRequest,
  email: string,
  message: Parameters<typeof queueNotification>[1],
): Promise<string> => {
  const { ids } = await queueNotification(req, { ...message, to: [email] })
  return String(ids[0])
}

/** R11.3a: sends the notice with agenda, time, place, documents and a calendar invitation. */
export const sendNotice = async (
  req: PayloadRequest,
  id: Id,
  options: ActionOptions = {},
): Promise<NoticeResult> => {
  const now = options.now ?? new Date()
  return inTransaction(req, async () => {
    const doc = await loadForUpdate(req, id)
    const meeting = shapeOf(doc)
    assertStep(req, meeting, 'send-notice')
    assertVerdict(
      checkNoticeContent({
        agendaItems: meeting.agenda.length,
        documents: meeting.agenda.reduce((sum, item) => sum + item.documents.length, 0),
        start: meeting.start,
        end: meeting.end,
        place: meeting.place,
        onlineLink: meeting.onlineLink,
      }),
      req,
      SLUG,
    )
    const startDay = toVnDateKey(meeting.start!)
    const seats = await seatsOn(req, meeting.group!, startDay)
    const addressees = await noticeAddressees(req, meeting, seats)
    const deliveries: Delivery[] = []
    if (options.deliver === false) {
      for (const a of addressees) {
        deliveries.push({ ...a, notificationId: null, status: a.email ? 'recorded' : 'no-email' })
      }
    } else {
      const [groupName, chair, docs, followUps, agencies] = await Promise.all([
        groupNameOf(req, meeting.group!),
        meeting.chair ? peopleByIds(req, [meeting.chair]) : Promise.resolve(new Map()),
        agendaDocuments(req, meeting),
        followUpLines(req, meeting.followUpTasks),
        agencyNames(
          req,
          meeting.agenda.map((item) => item.presenterAgency),
        ),
      ])
      const chairName = meeting.chair ? (chair.get(String(meeting.chair))?.fullName ?? null) : null
      const base: Omit<NoticeMessage, 'recipientName'> = {
        meetingTitle: meeting.title ?? '',
        groupName,
        start: meeting.start!,
        end: meeting.end!,
        place: meeting.place,
        onlineLink: meeting.onlineLink,
        chairName,
        agenda: meeting.agenda.map((item) => ({
          title: item.title ?? '',
          presenter: item.presenterAgency
            ? (agencies.get(String(item.presenterAgency)) ?? null)
            : null,
          documents: item.documents.flatMap((docId) => docs.links.get(String(docId)) ?? []),
        })),
        followUps,
        meetingUrl: meetingUrlOf(req, id),
      }
      const ics = meetingInvitation({
        uid: `meeting-${id}@taskforce06`,
        start: new Date(meeting.start!),
        end: new Date(meeting.end!),
        summary: meeting.title ?? '',
        location: meeting.place ?? meeting.onlineLink ?? undefined,
        url: meeting.onlineLink ?? base.meetingUrl ?? undefined,
        description: noticeText({ ...base, recipientName: null }),
        organizer: { name: chairName ?? groupName, email: fromAddressOf(req) },
        attendees: addressees.flatMap((a) =>
          a.email ? [{ name: a.name ?? undefined, email: a.email }] : [],
        ),
      })
      for (const a of addressees) {
        if (!a.email) {
          deliveries.push({ ...a, notificationId: null, status: 'no-email' })
          continue
        }
        const text = noticeText({ ...base, recipientName: a.name })
        const notificationId = await queueOne(req, a.email, {
          to: [a.email],
          subject: noticeSubject({ ...base, recipientName: a.name }),
          text,
          html: asHtml(text),
          attachments: docs.attachments,
          ics,
          kind: 'meeting-notice',
          related: { collection: SLUG, id },
          dedupeKey: `meetings:${id}:notice`,
        })
        deliveries.push({ ...a, notificationId, status: 'queued' })
      }
    }
    const updated = await asAction(req, { kind: 'send-notice', now: now.toISOString() }, () =>
      req.payload.update({
        collection: SLUG,
        id,
        data: {
          status: 'notice-sent',
          noticeDeliveries: deliveries.map(({ name, email, notificationId, status }) => ({
            name,
            email,
            notificationId,
            status,
          })),
        },
        depth: 0,
        overrideAccess: false,
        req,
      }),
    )
    return {
      status: 'notice-sent',
      recipients: deliveries.length,
      queued: deliveries.filter((d) => d.status === 'queued').length,
      withoutEmail: deliveries.filter((d) => d.status === 'no-email').length,
      noticeDeadline: dayKeyOf(updated.noticeDeadline),
      noticeLate: Boolean(updated.noticeLate),
    }
  })
}

/**
 * R3.2 / R6.2c: who assigns the conclusions' tasks on the day of issue: the chair when he/she
 * may assign tasks that day, otherwise the Head in office (the task hook checks it again).
 */
const assignerOf = async (
  req: PayloadRequest,
  meeting: MeetingShape,
  day: string,
): Promise<Id | null> => {
  if (
    meeting.chair !== null &&
    (
      await authorityOn(req.payload, meeting.chair, 'assign-task', day, req, {
        groupId: meeting.group,
      })
    ).allowed
  )
    return meeting.chair
  const seats = await seatsOn(req, meeting.group!, day)
  return seats.find((seat) => seat.position === 'head')?.user ?? meeting.chair
}

/** R11.3b / R6.2c: issues the conclusions to every member in office and creates their tasks. */
export const issueConclusions = async (
  req: PayloadRequest,
  id: Id,
  options: ActionOptions = {},
): Promise<ConclusionsResult> => {
  const now = options.now ?? new Date()
  const issuedOn = toVnDateKey(now)
  return inTransaction(req, async () => {
    const doc = await loadForUpdate(req, id)
    const meeting = shapeOf(doc)
    assertStep(req, meeting, 'issue-conclusions')
    assertVerdict(
      checkConclusionsIssuable({
        status: meeting.status,
        kind: meeting.kind,
        summary: meeting.conclusions.summary,
        items: meeting.conclusions.items,
        issuedOn,
      }),
      req,
      SLUG,
    )
    const title = meeting.title ?? ''
    const assignedBy = await assignerOf(req, meeting, issuedOn)
    const items = (doc.conclusions?.items ?? []) as Record<string, unknown>[]
    let tasksCreated = 0
    const linkedItems: Record<string, unknown>[] = []
    for (const [index, row] of items.entries()) {
      const item = meeting.conclusions.items[index]
      if (item.task !== null) {
        linkedItems.push(row)
        continue
      }
      const task = taskFromConclusion(item, { title, number: meeting.conclusions.number, issuedOn })
      const created = await req.payload.create({
        collection: 'tasks',
        data: {
          ...task,
          leadAgency: task.leadAgency as number,
          assignedBy: assignedBy as number,
          assignedOn: vnDayStart(task.assignedOn).toISOString(),
          dueDate: vnDayStart(task.dueDate).toISOString(),
          meeting: id as number,
        },
        depth: 0,
        overrideAccess: false,
        req,
      })
      tasksCreated += 1
      linkedItems.push({ ...row, task: created.id })
    }

    const seats = await seatsOn(req, meeting.group!, issuedOn)
    const people = await peopleByIds(
      req,
      seats.map((seat) => seat.user),
    )
    const plan = planDeliveries(
      seats.map((seat) => {
        const person = people.get(String(seat.user))
        return { seat: seat.id, name: person?.fullName ?? '', email: person?.email ?? null }
      }),
    )
    const deliveries: Delivery[] = []
    const [groupName, agencies] = await Promise.all([
      groupNameOf(req, meeting.group!),
      agencyNames(
        req,
        meeting.conclusions.items.map((item) => item.leadAgency),
      ),
    ])
    const chairName = meeting.chair
      ? ((await peopleByIds(req, [meeting.chair])).get(String(meeting.chair))?.fullName ?? null)
      : null
    for (const { recipient, send } of plan) {
      const row = { member: recipient.seat, name: recipient.name, email: recipient.email }
      if (!send) {
        deliveries.push({ ...row, notificationId: null, status: 'no-email' })
        continue
      }
      if (options.deliver === false) {
        deliveries.push({ ...row, notificationId: null, status: 'recorded' })
        continue
      }
      const message = {
        recipientName: recipient.name,
        meetingTitle: title,
        groupName,
        number: meeting.conclusions.number,
        issuedOn,
        chairName,
        summary: meeting.conclusions.summary ?? '',
        items: meeting.conclusions.items.map((item) => ({
          content: item.content ?? '',
          lead: item.leadAgency ? (agencies.get(String(item.leadAgency)) ?? null) : null,
          due: item.dueDate,
        })),
        meetingUrl: meetingUrlOf(req, id),
      }
      const text = conclusionsText(message)
      const notificationId = await queueOne(req, recipient.email!, {
        to: [recipient.email!],
        subject: conclusionsSubject(message),
        text,
        html: asHtml(text),
        kind: 'meeting-conclusions',
        related: { collection: SLUG, id },
        dedupeKey: `meetings:${id}:conclusions`,
      })
      deliveries.push({ ...row, notificationId, status: 'queued' })
    }

    await asAction(req, { kind: 'issue-conclusions', now: now.toISOString() }, () =>
      req.payload.update({
        collection: SLUG,
        id,
        data: {
          status: 'conclusions-issued',
          conclusions: { ...doc.conclusions, items: linkedItems as never },
          conclusionDeliveries: deliveries.map((delivery) => ({
            ...delivery,
            member: delivery.member as number,
          })),
        },
        depth: 0,
        overrideAccess: false,
        req,
      }),
    )
    return {
      status: 'conclusions-issued',
      members: deliveries.length,
      queued: deliveries.filter((d) => d.status === 'queued').length,
      withoutEmail: deliveries.filter((d) => d.status === 'no-email').length,
      tasksCreated,
    }
  })
}
