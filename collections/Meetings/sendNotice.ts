import type { PayloadRequest } from 'payload'

import { withTransaction } from '../../src/db/withTransaction'
import { assertVerdict } from '../../src/lib/assertVerdict'
import { checkNoticeContent, type Id } from '../../hooks/rules/meetings'
import { peopleByIds, seatsOn } from '../../src/charter/seats'
import { meetingInvitation } from '../../src/email/ics'
import { dayKeyOf } from '../../src/fields/dates'
import { toVnDateKey } from '../../src/lib/clock'
import {
  agencyNames,
  agendaDocuments,
  followUpLines,
  fromAddressOf,
  groupNameOf,
  meetingUrlOf,
  noticeAddressees,
} from './delivery'
import { asHtml, noticeSubject, noticeText, type NoticeMessage } from './messages'
import { inviteeLines, memberPostLines } from './postLines'
import { noticeContentOf, shapeOf } from './shape'
import {
  asAction,
  assertStep,
  deliveryTally,
  loadForUpdate,
  queueOne,
  SLUG,
  type ActionOptions,
  type Delivery,
} from './actionSteps'

export type NoticeResult = {
  status: 'notice-sent'
  recipients: number
  queued: number
  withoutEmail: number
  noticeDeadline: string | null
  noticeLate: boolean
}

/** R11.3a: sends the notice with agenda, time, place, documents and a calendar invitation. */
export const sendNotice = async (
  req: PayloadRequest,
  id: Id,
  options: ActionOptions = {},
): Promise<NoticeResult> => {
  const now = options.now ?? new Date()
  return withTransaction(req, async () => {
    const doc = await loadForUpdate(req, id)
    const meeting = shapeOf(doc)
    assertStep(req, meeting, 'send-notice')
    assertVerdict(checkNoticeContent(noticeContentOf(meeting)), req, SLUG)
    const startDay = toVnDateKey(meeting.start!)
    const seats = await seatsOn(req, meeting.group!, startDay)
    const addressees = await noticeAddressees(req, meeting, seats)
    const deliveries: Delivery[] = []
    if (options.deliver === false) {
      for (const a of addressees) {
        deliveries.push({ ...a, notificationId: null, status: a.email ? 'recorded' : 'no-email' })
      }
    } else {
      const [groupName, chair, docs, followUps, agencies, invitees, posts] = await Promise.all([
        groupNameOf(req, meeting.group!),
        meeting.chair ? peopleByIds(req, [meeting.chair]) : Promise.resolve(new Map()),
        agendaDocuments(req, meeting),
        followUpLines(req, meeting.followUpTasks),
        agencyNames(
          req,
          meeting.agenda.map((item) => item.presenterAgency),
        ),
        inviteeLines(req, meeting, startDay),
        memberPostLines(req, meeting.invitedMembers, startDay),
      ])
      // R12.1: a member is addressed by his/her post at the home agency and seat.
      const nameOf = (a: (typeof addressees)[number]) =>
        (a.seat !== null ? posts.get(String(a.seat)) : undefined) ?? a.name
      const chairName = meeting.chair ? (chair.get(String(meeting.chair))?.fullName ?? null) : null
      const base: Omit<NoticeMessage, 'recipientName'> = {
        meetingTitle: meeting.title ?? '',
        groupName,
        start: meeting.start!,
        end: meeting.end!,
        place: meeting.place,
        onlineLink: meeting.onlineLink,
        chairName,
        invitees,
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
        const text = noticeText({ ...base, recipientName: nameOf(a) })
        const notificationId = await queueOne(req, a.email, {
          to: [a.email],
          subject: noticeSubject({ ...base, recipientName: nameOf(a) }),
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
    const { total, queued, withoutEmail } = deliveryTally(deliveries)
    return {
      status: 'notice-sent',
      recipients: total,
      queued,
      withoutEmail,
      noticeDeadline: dayKeyOf(updated.noticeDeadline),
      noticeLate: Boolean(updated.noticeLate),
    }
  })
}
