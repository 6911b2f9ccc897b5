import type { PayloadRequest } from 'payload'

import { withTransaction } from '../../src/db/withTransaction'
import { assertVerdict } from '../../src/lib/assertVerdict'
import {
  checkConclusionsIssuable,
  checkMinutesRecorded,
  planDeliveries,
  taskFromConclusion,
  type Id,
} from '../../hooks/rules/meetings'
import { authorityOn } from '../../src/charter/authority'
import { peopleByIds, seatsOn } from '../../src/charter/seats'
import { toVnDateKey, vnDayStart } from '../../src/lib/clock'
import { agencyNames, groupNameOf, meetingUrlOf } from './delivery'
import { hasMinutes } from './preparationCheck'
import { asHtml, conclusionsSubject, conclusionsText } from './messages'
import { shapeOf, type MeetingShape } from './shape'
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

export type ConclusionsResult = {
  status: 'conclusions-issued'
  members: number
  queued: number
  withoutEmail: number
  tasksCreated: number
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
  return withTransaction(req, async () => {
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
    // R7.3: the minutes come before the conclusions.
    assertVerdict(checkMinutesRecorded(hasMinutes(doc)), req, SLUG)
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
    const { total, queued, withoutEmail } = deliveryTally(deliveries)
    return {
      status: 'conclusions-issued',
      members: total,
      queued,
      withoutEmail,
      tasksCreated,
    }
  })
}
