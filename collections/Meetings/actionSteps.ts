import { Forbidden, type PayloadRequest } from 'payload'

import { assertField, assertVerdict } from '../../src/lib/assertVerdict'
import { checkStatusChange, type DeliveryStatus, type Id } from '../../hooks/rules/meetings'
import { queueNotification } from '../../src/email/outbox'
import type { MeetingActionContext } from './meetingAction'
import { type MeetingShape } from './shape'

// The mechanics the two meeting actions share (each runs in one `withTransaction`): the action
// named in the request context, the meeting loaded for update, the step checked, one email queued.
export const SLUG = 'meetings'

export type ActionOptions = {
  /** The instant the action happens at (default: now). The seed replays history with it. */
  now?: Date
  /** false: record the deliveries as made outside the system, queue no email (the seed). */
  deliver?: boolean
}

export type Delivery = {
  member?: Id | null
  name: string | null
  email: string | null
  notificationId: string | null
  status: DeliveryStatus
}

/** Runs `work` with the action named in req.context (the hooks and field access read it). */
export const asAction = async <T>(
  req: PayloadRequest,
  action: MeetingActionContext,
  work: () => Promise<T>,
): Promise<T> => {
  const { actingAt } = req.context
  req.context = { ...req.context, meetingAction: action.kind, actingAt: new Date(action.now) }
  try {
    return await work()
  } finally {
    delete req.context.meetingAction
    if (actingAt) req.context.actingAt = actingAt
    else delete req.context.actingAt
  }
}

/** The meeting as the acting user may read it, after checking he/she may also change it. */
export const loadForUpdate = async (req: PayloadRequest, id: Id) => {
  const access = req.payload.collections[SLUG].config.access.update
  if (!req.user || !(await access({ req, id: id as number }))) throw new Forbidden(req.t)
  return req.payload.findByID({ collection: SLUG, id, depth: 0, overrideAccess: false, req })
}

export const assertStep = (
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

export const queueOne = async (
  req: PayloadRequest,
  email: string,
  message: Parameters<typeof queueNotification>[1],
): Promise<string> => {
  const { ids } = await queueNotification(req, { ...message, to: [email] })
  return String(ids[0])
}

/** What both actions report at the end: how many deliveries, queued, and without an email. */
export const deliveryTally = (deliveries: readonly Delivery[]) => ({
  total: deliveries.length,
  queued: deliveries.filter((d) => d.status === 'queued').length,
  withoutEmail: deliveries.filter((d) => d.status === 'no-email').length,
})
