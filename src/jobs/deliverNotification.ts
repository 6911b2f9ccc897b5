import type { PayloadRequest, TaskConfig } from 'payload'

import { attachSoftCopy } from '../documents/reportSoftCopy'
import type { Notification } from '../../payload-types'
import { smtpConfigured } from '../email/adapter'
import { composeMessage, type AttachmentOutcome } from '../email/compose'
import { DELIVER_NOTIFICATION, NOTIFICATIONS } from '../email/outbox'

// 8 retries, 1 minute doubling each time: a message keeps trying for about 4 hours of SMTP
// outage before it is marked failed (an administrator can then redeliver it).
export const DELIVERY_RETRIES = 8
const FIRST_RETRY_DELAY_MS = 60_000

type Delivery = Pick<
  Notification,
  'status' | 'attempts' | 'lastError' | 'sentAt' | 'messageId' | 'attachments'
>

// Delivery bookkeeping is not a user's change: it stays out of the audit log. Its own request:
// a `context` given with the job's `req` would stay on that request for the jobs run after it.
const record = (req: PayloadRequest, id: number | string, data: Partial<Delivery>) =>
  req.payload.update({
    collection: NOTIFICATIONS,
    id,
    data,
    depth: 0,
    overrideAccess: true,
    context: { skipAudit: true },
  })

/** Sends one stored message; the queue retries it with exponential backoff while SMTP fails. */
export const deliverNotificationTask: TaskConfig<{
  input: { notificationId: string }
  output: { status: string }
}> = {
  slug: DELIVER_NOTIFICATION,
  label: 'Gửi thư trong hộp thư đi',
  retries: {
    attempts: DELIVERY_RETRIES,
    backoff: { type: 'exponential', delay: FIRST_RETRY_DELAY_MS },
  },
  inputSchema: [{ name: 'notificationId', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  handler: async ({ input, job, req }) => {
    const id =
      req.payload.db.defaultIDType === 'number'
        ? Number(input.notificationId)
        : input.notificationId
    const note = await req.payload.findByID({
      collection: NOTIFICATIONS,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    // Exactly once from our side: a message already sent is never sent again.
    if (!note || note.status === 'sent') return { output: { status: note?.status ?? 'missing' } }
    if (!smtpConfigured()) {
      await record(req, id, { status: 'held' })
      return { output: { status: 'held' } }
    }
    const attempts = (note.attempts ?? 0) + 1
    let messageId: string | undefined
    let outcomes: AttachmentOutcome[] = []
    let ready = note
    try {
      // R12.3a: a report's soft copy is rendered now, from the report as it was submitted.
      ready = await attachSoftCopy(req, note)
      // The files are read from the media folder now, not from the row.
      const composed = await composeMessage(req, ready)
      outcomes = composed.outcomes
      const info = (await req.payload.sendEmail(composed.message)) as { messageId?: string }
      messageId = info?.messageId
    } catch (error) {
      const isLastTry = (job.totalTried ?? 0) >= DELIVERY_RETRIES
      await record(req, id, {
        status: isLastTry ? 'failed' : 'queued',
        attempts,
        lastError: error instanceof Error ? error.message : String(error),
      })
      throw error
    }
    await record(req, id, {
      status: 'sent',
      attempts,
      sentAt: new Date().toISOString(),
      messageId,
      lastError: null,
      attachments: (ready.attachments ?? []).map((row, index) => ({
        ...row,
        sentAs: outcomes[index] ?? null,
      })),
    })
    return { output: { status: 'sent' } }
  },
}
