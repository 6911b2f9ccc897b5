import { randomUUID } from 'node:crypto'

import { ValidationError, type PayloadRequest } from 'payload'

import { assertField } from '../lib/assertVerdict'
import { withTransaction } from '../db/withTransaction'

// The outbox: every email is a stored `notifications` record delivered by the jobs queue
// (src/jobs/deliverNotification.ts), so nothing is lost while SMTP is down.

/**
 * A stored file (a `media` record) to send with the message. The row keeps the reference only;
 * the delivery job reads the file when it sends (src/email/compose.ts).
 */
export type OutgoingAttachment = {
  media: number | string
  /** The name the recipient sees (default: the stored file name). */
  filename?: string
}

export const NOTIFICATION_KINDS = [
  'meeting-notice',
  'meeting-conclusions',
  'report-reminder',
  'report-soft-copy',
  'late-report-list',
  'other',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export type QueueNotificationArgs = {
  /** Recipient addresses: one notification record per recipient. */
  to: string[]
  subject: string
  /** Vietnamese plain-text body. */
  text: string
  html?: string
  attachments?: OutgoingAttachment[]
  /** An iCalendar body (METHOD:REQUEST), sent as a text/calendar alternative and an .ics file. */
  ics?: string
  kind: NotificationKind
  related?: { collection: string; id: number | string }
  /** With the recipient, makes queueing idempotent: same key and recipient twice → one record. */
  dedupeKey?: string
}

export const NOTIFICATIONS = 'notifications'
export const DELIVER_NOTIFICATION = 'deliver-notification'
export const MAX_SUBJECT_LENGTH = 300

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i

/** The record's unique key: the dedupe key (random when none is given) and the recipient. */
export const dedupeIdOf = (dedupeKey: string | null | undefined, recipient: string): string =>
  `${dedupeKey || randomUUID()}:${recipient}`

const normalisedRecipients = (to: unknown): string[] =>
  Array.isArray(to) ? [...new Set(to.map((address) => String(address).trim().toLowerCase()))] : []

const isAttachment = (value: OutgoingAttachment) =>
  Boolean(value) &&
  ((typeof value.media === 'number' && Number.isInteger(value.media) && value.media > 0) ||
    (typeof value.media === 'string' && value.media.trim() !== '')) &&
  (value.filename === undefined ||
    (typeof value.filename === 'string' && !/[\u0000-\u001f/\\]/.test(value.filename)))

const missingFiles = async (req: PayloadRequest, attachments: OutgoingAttachment[]) => {
  const wanted = [...new Set(attachments.map((file) => String(file.media)))]
  if (wanted.length === 0) return 0
  const { totalDocs } = await req.payload.count({
    collection: 'media',
    where: { id: { in: wanted } },
    overrideAccess: true,
    req,
  })
  return wanted.length - totalDocs
}

// Bad input is refused before anything is stored.
const checkArgs = (req: PayloadRequest, args: QueueNotificationArgs, recipients: string[]) => {
  const check = (ok: boolean, path: string, vi: string, en: string) =>
    assertField(ok, req, path, { vi, en }, NOTIFICATIONS)
  check(
    recipients.length > 0,
    'to',
    'Thư cần ít nhất một người nhận.',
    'A message needs a recipient.',
  )
  for (const address of recipients) {
    check(
      EMAIL.test(address),
      'to',
      `Địa chỉ email không hợp lệ: "${address}".`,
      `Invalid email address: "${address}".`,
    )
  }
  const subject = args.subject?.trim() ?? ''
  check(subject !== '', 'subject', 'Tiêu đề thư không được để trống.', 'The subject is empty.')
  check(
    subject.length <= MAX_SUBJECT_LENGTH && !/[\r\n]/.test(subject),
    'subject',
    `Tiêu đề thư là một dòng, tối đa ${MAX_SUBJECT_LENGTH} ký tự.`,
    `The subject is one line of at most ${MAX_SUBJECT_LENGTH} characters.`,
  )
  check(
    Boolean(args.text?.trim()),
    'text',
    'Nội dung thư không được để trống.',
    'The body is empty.',
  )
  check(
    (args.attachments ?? []).every(isAttachment),
    'attachments',
    'Mỗi tệp đính kèm phải là một tệp đã lưu trên hệ thống; tên tệp không chứa đường dẫn.',
    'Each attachment must be a stored file; its name cannot contain a path.',
  )
  check(
    !args.ics || args.ics.trimStart().startsWith('BEGIN:VCALENDAR'),
    'ics',
    'Lời mời lịch phải là nội dung iCalendar (BEGIN:VCALENDAR).',
    'The calendar invitation must be iCalendar content (BEGIN:VCALENDAR).',
  )
  check(
    NOTIFICATION_KINDS.includes(args.kind),
    'kind',
    'Loại thư không hợp lệ.',
    'Unknown kind of message.',
  )
}

const findByDedupeId = async (req: PayloadRequest, dedupeId: string) => {
  const { docs } = await req.payload.find({
    collection: NOTIFICATIONS,
    where: { dedupeId: { equals: dedupeId } },
    select: { status: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

const queueOne = async (
  req: PayloadRequest,
  args: QueueNotificationArgs,
  recipient: string,
): Promise<number | string> => {
  const dedupeId = args.dedupeKey ? dedupeIdOf(args.dedupeKey, recipient) : undefined
  const existing = dedupeId ? await findByDedupeId(req, dedupeId) : undefined
  if (existing) return existing.id
  const doc = await req.payload.create({
    collection: NOTIFICATIONS,
    data: {
      recipient,
      subject: args.subject.trim(),
      text: args.text,
      html: args.html,
      attachments: (args.attachments ?? []).map((file) => ({
        media: file.media as number,
        filename: file.filename?.trim() || undefined,
      })),
      ics: args.ics,
      kind: args.kind,
      relatedCollection: args.related?.collection,
      relatedId: args.related ? String(args.related.id) : undefined,
      dedupeKey: args.dedupeKey,
      status: 'queued',
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await req.payload.jobs.queue({
    task: DELIVER_NOTIFICATION,
    input: { notificationId: String(doc.id) },
    req,
  })
  return doc.id
}

const isDedupeConflict = (error: unknown) =>
  error instanceof ValidationError &&
  error.data.errors.some((fieldError) => /dedupe/i.test(fieldError.path ?? ''))

/**
 * Stores one message per recipient and queues its delivery, in the caller's transaction when
 * `req` has one. Queueing the same dedupeKey for the same recipient again returns the stored
 * record, also when calls race: the database's unique dedupeId refuses the second insert.
 */
export const queueNotification = async (
  req: PayloadRequest,
  args: QueueNotificationArgs,
): Promise<{ ids: (number | string)[] }> => {
  const recipients = normalisedRecipients(args.to)
  checkArgs(req, args, recipients)
  assertField(
    (await missingFiles(req, args.attachments ?? [])) === 0,
    req,
    'attachments',
    {
      vi: 'Không tìm thấy tệp đính kèm trên hệ thống.',
      en: 'An attached file does not exist.',
    },
    NOTIFICATIONS,
  )
  const inCallersTransaction = ['string', 'number'].includes(typeof req.transactionID)
  const queueAll = () =>
    withTransaction(req, async () => {
      const ids: (number | string)[] = []
      for (const recipient of recipients) ids.push(await queueOne(req, args, recipient))
      return { ids }
    })
  try {
    return await queueAll()
  } catch (error) {
    // A concurrent call stored the same message first: ours was rolled back, so look again.
    // In the caller's transaction the database has already aborted it: the caller must retry.
    if (!isDedupeConflict(error) || inCallersTransaction) throw error
    return queueAll()
  }
}

/** Queues delivery again for every failed or held message (an administrator's action). */
export const requeueUndelivered = async (
  req: PayloadRequest,
): Promise<{ ids: (number | string)[] }> =>
  withTransaction(req, async () => {
    const { docs } = await req.payload.find({
      collection: NOTIFICATIONS,
      where: { status: { in: ['failed', 'held'] } },
      select: { status: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    // One at a time: Payload's bulk update runs its documents in parallel on one connection.
    for (const { id } of docs) {
      await req.payload.update({
        collection: NOTIFICATIONS,
        id,
        data: { status: 'queued' },
        depth: 0,
        overrideAccess: true,
        req,
      })
      await req.payload.jobs.queue({
        task: DELIVER_NOTIFICATION,
        input: { notificationId: String(id) },
        req,
      })
    }
    return { ids: docs.map((doc) => doc.id) }
  })
