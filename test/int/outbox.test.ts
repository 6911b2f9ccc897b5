import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Notification, User } from '../../payload-types'
import { redeliverEndpoint } from '../../collections/Notifications/endpoints'
import { meetingInvitation } from '../../src/email/ics'
import { queueNotification, type QueueNotificationArgs } from '../../src/email/outbox'
import { DELIVERY_RETRIES } from '../../src/jobs/deliverNotification'
import { expectRejected } from '../helpers/errors'
import { createMedia, createUser, PDF_BYTES, unique } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { startSmtp, type TestSmtp } from '../helpers/smtp'

let payload: Payload
let smtp: TestSmtp
let admin: User
let secretariat: User

beforeAll(async () => {
  // A real SMTP server, configured before Payload reads its config.
  smtp = await startSmtp()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  payload = await initPayload()
  admin = await createUser(payload, { roles: ['admin'] })
  secretariat = await createUser(payload, { roles: ['secretariat'] })
})

afterEach(() => smtp.start())

afterAll(() => smtp.stop())

const requestAs = (user?: User): Promise<PayloadRequest> =>
  createLocalReq({ user: user && { ...user, collection: 'users' } }, payload)

const address = () => `${unique('tv').toLowerCase()}@test.vn`

const notice = (overrides: Partial<QueueNotificationArgs> = {}): QueueNotificationArgs => ({
  to: [address()],
  subject: unique('Giấy mời họp Tổ công tác'),
  text: 'Kính mời đồng chí dự họp thường kỳ tháng 3/2026 của Tổ công tác Đề án 06.',
  kind: 'meeting-notice',
  ...overrides,
})

const queue = async (args: QueueNotificationArgs) =>
  queueNotification(await requestAs(secretariat), args)

const runJobs = () => payload.jobs.run({ limit: 100, silent: true })

// The queue waits (exponential backoff) before a retry: make every pending job due now.
const skipBackoff = async () => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { completedAt: { exists: false } },
    select: { waitUntil: true },
    depth: 0,
    pagination: false,
  })
  for (const { id } of docs) {
    await payload.update({
      collection: 'payload-jobs',
      id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
  }
}

const mailsTo = (recipient: string) => smtp.messages.filter((mail) => mail.to.includes(recipient))

const stored = (id: number | string): Promise<Notification> =>
  payload.findByID({ collection: 'notifications', id, depth: 0 })

const outboxOf = (recipient: string) =>
  payload.find({
    collection: 'notifications',
    where: { recipient: { equals: recipient } },
    depth: 0,
    pagination: false,
  })

const deliveryJobs = async () =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'deliver-notification' } },
    })
  ).totalDocs

describe('outbox delivery', () => {
  it('delivers a meeting notice once with its calendar invitation (text/calendar, METHOD:REQUEST)', async () => {
    const to = address()
    const ics = meetingInvitation({
      uid: `${unique('hop')}@taskforce06`,
      start: new Date('2026-03-05T08:30:00+07:00'),
      end: new Date('2026-03-05T11:00:00+07:00'),
      summary: 'Họp thường kỳ tháng 3/2026',
      organizer: { name: 'Thư ký Tổ công tác', email: 'thuky@test.vn' },
      attendees: [{ email: to }],
    })
    const args = notice({ to: [to], ics, related: { collection: 'meetings', id: 12 } })
    await queue(args)
    await runJobs()
    const mails = mailsTo(to)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe(args.subject)
    const calendar = mails[0].parts.find((part) => part.contentType.startsWith('text/calendar'))
    expect(calendar?.contentType).toMatch(/method=REQUEST/i)
    expect(calendar?.text).toContain('METHOD:REQUEST')
    expect(calendar?.text).toContain('DTSTART:20260305T013000Z')
    expect(mails[0].parts.map((part) => part.filename)).toContain('lich-hop.ics')
  })

  it('delivers the Vietnamese plain-text body', async () => {
    const args = notice()
    await queue(args)
    await runJobs()
    const [mail] = mailsTo(args.to[0])
    expect(mail.parts.find((part) => part.contentType.startsWith('text/plain'))?.text).toBe(
      args.text,
    )
  })

  it('delivers the attachments byte for byte, read from the stored file', async () => {
    const file = await createMedia(payload)
    const args = notice({ attachments: [{ media: file.id, filename: 'bao-cao-thang-3.pdf' }] })
    await queue(args)
    await runJobs()
    const [mail] = mailsTo(args.to[0])
    const pdf = mail.parts.find((part) => part.filename === 'bao-cao-thang-3.pdf')
    expect(pdf?.contentType).toMatch(/^application\/pdf/)
    expect(pdf?.body.equals(PDF_BYTES)).toBe(true)
  })

  it('records the delivery on the message: sent, when, and its Message-ID', async () => {
    const args = notice()
    const before = Date.now()
    const { ids } = await queue(args)
    await runJobs()
    const note = await stored(ids[0])
    expect(note).toMatchObject({
      status: 'sent',
      attempts: 1,
      messageId: mailsTo(args.to[0])[0].messageId,
    })
    expect(new Date(note.sentAt!).getTime()).toBeGreaterThanOrEqual(before)
  })

  it('stores one message per recipient and delivers each its own copy', async () => {
    const to = [address(), address(), address()]
    const { ids } = await queue(notice({ to }))
    await runJobs()
    expect(new Set(ids).size).toBe(3)
    expect(to.map((recipient) => mailsTo(recipient).length)).toEqual([1, 1, 1])
  })

  it('never sends a message twice, even when a second delivery job runs for it', async () => {
    const args = notice()
    const { ids } = await queue(args)
    await runJobs()
    await payload.jobs.queue({
      task: 'deliver-notification',
      input: { notificationId: String(ids[0]) },
    })
    await runJobs()
    expect(mailsTo(args.to[0])).toHaveLength(1)
  })
})

describe('outbox during an SMTP outage', () => {
  const queueDuringOutage = async (count: number) => {
    await smtp.stop()
    const notices = Array.from({ length: count }, () => notice())
    const ids = []
    for (const args of notices) ids.push(...(await queue(args)).ids)
    await runJobs()
    return { recipients: notices.map((args) => args.to[0]), ids }
  }

  it('keeps every message queued with its attempts and last error while SMTP is down', async () => {
    const { ids } = await queueDuringOutage(5)
    const notes = await Promise.all(ids.map(stored))
    expect(notes.map((note) => note.status)).toEqual(Array(5).fill('queued'))
    expect(notes.map((note) => note.attempts)).toEqual(Array(5).fill(1))
    expect(notes.every((note) => /ECONNREFUSED/.test(note.lastError ?? ''))).toBe(true)
  })

  it('waits for the backoff before trying a failed message again', async () => {
    const { ids } = await queueDuringOutage(1)
    await smtp.start()
    await runJobs()
    expect(await stored(ids[0])).toMatchObject({ status: 'queued', attempts: 1 })
  })

  it('delivers every message exactly once when SMTP comes back', async () => {
    const { recipients, ids } = await queueDuringOutage(5)
    await skipBackoff()
    await runJobs()
    await smtp.start()
    await skipBackoff()
    await runJobs()
    await skipBackoff()
    await runJobs()
    expect(recipients.map((recipient) => mailsTo(recipient).length)).toEqual(Array(5).fill(1))
    const notes = await Promise.all(ids.map(stored))
    expect(notes.map((note) => [note.status, note.attempts, note.lastError])).toEqual(
      Array(5).fill(['sent', 3, null]),
    )
  })

  it(`marks a message failed after its last retry (${DELIVERY_RETRIES} retries)`, async () => {
    const { ids } = await queueDuringOutage(1)
    for (let retry = 0; retry < DELIVERY_RETRIES; retry++) {
      await skipBackoff()
      await runJobs()
    }
    expect(await stored(ids[0])).toMatchObject({
      status: 'failed',
      attempts: DELIVERY_RETRIES + 1,
    })
  })
})

describe('redelivery', () => {
  const failedMessage = async () => {
    await smtp.stop()
    const args = notice()
    const { ids } = await queue(args)
    for (let run = 0; run <= DELIVERY_RETRIES; run++) {
      await skipBackoff()
      await runJobs()
    }
    await smtp.start()
    return { recipient: args.to[0], id: ids[0] }
  }

  it('delivers a failed message once when an administrator asks for redelivery', async () => {
    const { recipient, id } = await failedMessage()
    const response = await redeliverEndpoint.handler(await requestAs(admin))
    expect(response.status).toBe(200)
    await runJobs()
    expect(mailsTo(recipient)).toHaveLength(1)
    expect(await stored(id)).toMatchObject({ status: 'sent', lastError: null })
  })

  it('refuses redelivery to anyone but administrators', async () => {
    const { id } = await failedMessage()
    const response = await redeliverEndpoint.handler(await requestAs(secretariat))
    expect(response.status).toBe(403)
    expect(await stored(id)).toMatchObject({ status: 'failed' })
  })

  it('answers 401 to an anonymous caller asking for redelivery', async () => {
    const { id } = await failedMessage()
    const response = await redeliverEndpoint.handler(await requestAs())
    expect(response.status).toBe(401)
    expect(await stored(id)).toMatchObject({ status: 'failed' })
  })
})

describe('idempotent queueing (dedupeKey)', () => {
  it('stores one message when the same key is queued twice for a recipient', async () => {
    const args = notice({ dedupeKey: unique('meeting-12-notice') })
    const jobsBefore = await deliveryJobs()
    const first = await queue(args)
    const second = await queue(args)
    expect(second.ids).toEqual(first.ids)
    expect((await outboxOf(args.to[0])).totalDocs).toBe(1)
    expect(await deliveryJobs()).toBe(jobsBefore + 1)
  })

  it('stores one message when five calls queue the same key at the same time', async () => {
    const args = notice({ dedupeKey: unique('meeting-12-notice') })
    const jobsBefore = await deliveryJobs()
    const results = await Promise.all(Array.from({ length: 5 }, () => queue(args)))
    expect(new Set(results.map((result) => result.ids[0])).size).toBe(1)
    expect((await outboxOf(args.to[0])).totalDocs).toBe(1)
    expect(await deliveryJobs()).toBe(jobsBefore + 1)
  })

  it('delivers a message queued twice only once', async () => {
    const args = notice({ dedupeKey: unique('meeting-12-notice') })
    await queue(args)
    await queue(args)
    await runJobs()
    expect(mailsTo(args.to[0])).toHaveLength(1)
  })

  it('stores one message per recipient for the same key', async () => {
    const dedupeKey = unique('meeting-12-notice')
    const [a, b] = [address(), address()]
    await queue(notice({ to: [a], dedupeKey }))
    await queue(notice({ to: [b], dedupeKey }))
    expect([(await outboxOf(a)).totalDocs, (await outboxOf(b)).totalDocs]).toEqual([1, 1])
  })

  it('treats a recipient address case-insensitively', async () => {
    const to = address()
    const dedupeKey = unique('meeting-12-notice')
    await queue(notice({ to: [to], dedupeKey }))
    await queue(notice({ to: [to.toUpperCase()], dedupeKey }))
    expect((await outboxOf(to)).totalDocs).toBe(1)
  })
})

describe('bad input to queueNotification', () => {
  const refusedAndNothingStored = async (args: QueueNotificationArgs, pattern: RegExp) => {
    const jobsBefore = await deliveryJobs()
    const countBefore = (await payload.count({ collection: 'notifications' })).totalDocs
    await expectRejected(queue(args), pattern)
    expect((await payload.count({ collection: 'notifications' })).totalDocs).toBe(countBefore)
    expect(await deliveryJobs()).toBe(jobsBefore)
  }

  it('refuses an invalid email address and stores nothing, not even for the valid ones', async () => {
    await refusedAndNothingStored(
      notice({ to: [address(), 'khong-phai-email'] }),
      /Địa chỉ email không hợp lệ: "khong-phai-email"/,
    )
  })

  it('refuses an empty subject and stores nothing', async () => {
    await refusedAndNothingStored(notice({ subject: '   ' }), /Tiêu đề thư không được để trống/)
  })

  it('refuses a message without recipients and stores nothing', async () => {
    await refusedAndNothingStored(notice({ to: [] }), /Thư cần ít nhất một người nhận/)
  })

  it('refuses an empty body and stores nothing', async () => {
    await refusedAndNothingStored(notice({ text: '' }), /Nội dung thư không được để trống/)
  })

  it('refuses an attachment that is not a stored file and stores nothing', async () => {
    await refusedAndNothingStored(
      notice({ attachments: [{ media: 999999 }] }),
      /Không tìm thấy tệp đính kèm trên hệ thống/,
    )
  })

  it('refuses an attachment name holding a path and stores nothing', async () => {
    const file = await createMedia(payload)
    await refusedAndNothingStored(
      notice({ attachments: [{ media: file.id, filename: '../a.pdf' }] }),
      /tên tệp không chứa đường dẫn/,
    )
  })

  it('refuses a calendar invitation that is not iCalendar and stores nothing', async () => {
    await refusedAndNothingStored(
      notice({ ics: 'not a calendar' }),
      /Lời mời lịch phải là nội dung iCalendar/,
    )
  })
})

describe('queueing in the caller’s transaction', () => {
  it('stores nothing when the caller’s transaction is rolled back', async () => {
    const req = await requestAs(secretariat)
    await initTransaction(req)
    const args = notice()
    await queueNotification(req, args)
    await killTransaction(req)
    expect((await outboxOf(args.to[0])).totalDocs).toBe(0)
  })

  it('stores the message when the caller’s transaction commits', async () => {
    const req = await requestAs(secretariat)
    await initTransaction(req)
    const args = notice()
    await queueNotification(req, args)
    await commitTransaction(req)
    expect((await outboxOf(args.to[0])).totalDocs).toBe(1)
  })
})
