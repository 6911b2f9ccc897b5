import type { CollectionBeforeChangeHook, PayloadRequest, RequestContext } from 'payload'

import { assertField, assertVerdict } from '../../src/lib/assertVerdict'
import {
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_STATUSES,
  feedbackTransitionAllowed,
  isClosedFeedback,
  dueDateVerdict,
  RESOLUTION_WORKING_DAYS,
  type FeedbackStatus,
} from '../../hooks/rules/feedback'
import { workingCalendarOf, yearsAround } from '../../src/charter/calendar'
import { dayKeyOf } from '../../src/fields/dates'
import { agencyIdOf, hasRole } from '../../src/access/roles'
import { actDayOf } from '../../src/lib/context'
import { isDateKey, vnDayStart, vnToday } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'

const COLLECTION = 'feedback'

// What the member said stays as said; the standing body may only reclassify and answer.
const AS_SENT = ['title', 'content', 'agency', 'author'] as const

const isStatus = (value: unknown): value is FeedbackStatus =>
  (FEEDBACK_STATUSES as readonly unknown[]).includes(value)

const userIdOf = (req: PayloadRequest) => (req.user?.collection === 'users' ? req.user.id : null)

const standingBodyOf = async (req: PayloadRequest) => {
  const { docs } = await req.payload.find({
    collection: 'agencies',
    where: { isStandingBody: { equals: true } },
    limit: 1,
    depth: 0,
    select: {},
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs[0]?.id ?? null
}

const onCreate = async (
  data: Record<string, unknown>,
  req: PayloadRequest,
  context: RequestContext,
) => {
  const origin = context.feedbackOrigin
  const standingBody = !req.user || hasRole(req.user, 'admin', 'secretariat')
  if (!standingBody) {
    // R6.1: a member or agency speaks for itself: its own agency, its own name.
    const own = agencyIdOf(req.user)
    assertField(
      own !== null && (data.agency == null || String(idOf(data.agency)) === String(own)),
      req,
      'agency',
      {
        vi: 'Chỉ gửi phản ánh, kiến nghị của cơ quan mình.',
        en: "You can only raise your own agency's feedback.",
      },
      COLLECTION,
    )
    data.agency = own
    data.author = userIdOf(req)
  } else {
    data.author ??= userIdOf(req)
  }
  assertField(
    data.status == null || data.status === 'received',
    req,
    'status',
    {
      vi: 'Phản ánh, kiến nghị mới luôn ở trạng thái "Đã tiếp nhận".',
      en: 'A new feedback item starts as "Received".',
    },
    COLLECTION,
  )
  data.status = 'received'
  const today = vnToday()
  const receivedOn =
    isDateKey(origin?.receivedOn) && origin.receivedOn <= today
      ? origin.receivedOn
      : actDayOf(context)
  data.receivedOn = vnDayStart(receivedOn).toISOString()
  // R14.3: difficulties go to the standing body (Cơ quan thường trực, the provincial police).
  data.routedTo = await standingBodyOf(req)
  data.origin = origin?.origin ?? (data.sourceMeeting ? 'meeting' : 'direct')
  data.originRef = origin?.ref ?? null
  // R12.4: who must resolve it (the standing body unless it names another) and by when.
  data.resolver ??= data.routedTo
  if (data.dueOn != null && data.dueOn !== '' && !dayKeyOf(data.dueOn)) return // the field's 400
  const dueOn = dayKeyOf(data.dueOn) ?? (await defaultDueDay(req, receivedOn))
  assertVerdict(dueDateVerdict(receivedOn, dueOn), req, COLLECTION)
  data.dueOn = vnDayStart(dueOn).toISOString()
}

/** R12.4: RESOLUTION_WORKING_DAYS working days after the day received, on the kept calendar. */
const defaultDueDay = async (req: PayloadRequest, receivedOn: string): Promise<string> => {
  const calendar = await workingCalendarOf(req, yearsAround(receivedOn))
  return calendar.addWorkingDays(receivedOn, RESOLUTION_WORKING_DAYS)
}

/**
 * R6.1 / R14.3: items are raised by members and agencies (their own only) and routed to the
 * standing body, which reviews them and answers or forwards them to the Head as charter
 * amendment proposals. A closed item is final.
 */
export const enforceFeedbackRules: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (context.feedbackSystemWrite === true) return data
  if (operation === 'create') {
    await onCreate(data, req, context)
    return data
  }
  const from = originalDoc!.status as FeedbackStatus
  const to: FeedbackStatus = isStatus(data.status) ? data.status : from
  assertField(
    !isClosedFeedback(from),
    req,
    'status',
    {
      vi: `Phản ánh, kiến nghị đã xử lý xong ("${FEEDBACK_STATUS_LABELS[from].vi}") không được sửa.`,
      en: `A closed feedback item ("${FEEDBACK_STATUS_LABELS[from].en}") cannot be changed.`,
    },
    COLLECTION,
  )
  assertField(
    feedbackTransitionAllowed(from, to),
    req,
    'status',
    {
      vi: `Không chuyển được từ "${FEEDBACK_STATUS_LABELS[from].vi}" sang "${FEEDBACK_STATUS_LABELS[to].vi}".`,
      en: `Feedback cannot move from "${FEEDBACK_STATUS_LABELS[from].en}" to "${FEEDBACK_STATUS_LABELS[to].en}".`,
    },
    COLLECTION,
  )
  const changed = AS_SENT.find(
    (field) =>
      field in data &&
      JSON.stringify(field === 'agency' || field === 'author' ? idOf(data[field]) : data[field]) !==
        JSON.stringify(
          field === 'agency' || field === 'author'
            ? idOf(originalDoc![field])
            : originalDoc![field],
        ),
  )
  assertField(
    changed === undefined,
    req,
    changed ?? 'content',
    {
      vi: 'Nội dung phản ánh được giữ nguyên như khi gửi; chỉ phân loại lại và trả lời.',
      en: 'An item stays as it was sent; it can only be reclassified and answered.',
    },
    COLLECTION,
  )
  const received = dayKeyOf(originalDoc!.receivedOn)
  const dueOn = dayKeyOf(data.dueOn)
  if (dueOn && received) {
    assertVerdict(dueDateVerdict(received, dueOn), req, COLLECTION)
    data.dueOn = vnDayStart(dueOn).toISOString()
  } else if ('dueOn' in data && (data.dueOn == null || data.dueOn === '') && received) {
    // R12.4: an open item always has a due date; clearing it puts back the default one.
    data.dueOn = vnDayStart(await defaultDueDay(req, received)).toISOString()
  }
  // Anything else that is not a date is left to the field's own validation (a 400).

  if (isClosedFeedback(to)) {
    const response = data.response ?? originalDoc!.response
    assertField(
      typeof response === 'string' && response.trim().length > 0,
      req,
      'response',
      {
        vi: 'Ghi nội dung trả lời (hoặc ý kiến khi chuyển thành đề xuất sửa đổi Quy chế).',
        en: 'Write the answer (or the note forwarding it as a charter amendment proposal).',
      },
      COLLECTION,
    )
    data.respondedBy = userIdOf(req)
    data.respondedOn = vnDayStart(actDayOf(context)).toISOString()
  }
  return data
}
