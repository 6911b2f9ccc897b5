import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { sendNotice } from '../../collections/Meetings/sendNotice'
import type { Media, Notification } from '../../payload-types'
import { queueNotification } from '../../src/email/outbox'
import { createAgency, createMedia, createMember, createUser, unique } from '../helpers/fixtures'
import {
  createMeetingWorld,
  freshMonth,
  planMeeting,
  requestOf,
  vnAt,
  type MeetingWorld,
} from '../helpers/meetings'
import { initPayload } from '../helpers/payload'
import { startSmtp, type ReceivedMail, type TestSmtp } from '../helpers/smtp'

// Issue 13: a notice with real meeting files (megabytes) goes to every invitee. The outbox row
// names the stored file; the delivery job reads it from the media folder; a message the SMTP
// server would refuse for its size carries a link instead, and so does a file gone missing.

const SERVER_URL = 'https://tf06.example.vn'
const MB = 1024 * 1024
// The SMTP server refuses messages over 10 MB, the default of MAIL_MAX_MESSAGE_BYTES.
const SERVER_LIMIT = 10 * MB
// What a row of the outbox may weigh (text, HTML, calendar): no file content in it.
const SMALL_ROW = 20_000

let payload: Payload
let smtp: TestSmtp
let world: MeetingWorld
let bigPdf: Buffer
let bigFile: Media

/** A well-formed PDF of `size` bytes: three objects and a binary stream of random bytes. */
const pdfOf = (size: number): Buffer => {
  const latin = (text: string) => Buffer.from(text, 'latin1')
  const head = latin('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ].map((object, index) => latin(`${index + 1} 0 obj\n${object}\nendobj\n`))
  const tailRoom = 400
  const streamLength = size - head.length - objects.reduce((n, o) => n + o.length, 0) - tailRoom
  const stream = Buffer.concat([
    latin(`4 0 obj\n<< /Length ${streamLength} >>\nstream\n`),
    randomBytes(streamLength),
    latin('\nendstream\nendobj\n'),
  ])
  const parts = [head, ...objects, stream]
  const offsets: number[] = []
  let at = head.length
  for (const part of parts.slice(1)) {
    offsets.push(at)
    at += part.length
  }
  const xref = latin(
    `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`,
  )
  return Buffer.concat([...parts, xref])
}

const storePdf = (bytes: Buffer, title: string) =>
  payload.create({
    collection: 'media',
    data: { title },
    file: {
      data: bytes,
      mimetype: 'application/pdf',
      name: `${unique('tl')}.pdf`,
      size: bytes.length,
    },
    depth: 0,
    overrideAccess: true,
  })

beforeAll(async () => {
  smtp = await startSmtp({ maxMessageBytes: SERVER_LIMIT })
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  process.env.SERVER_URL = SERVER_URL
  payload = await initPayload()
  world = await createMeetingWorld(payload)
  // 5 seats in the world, 16 more members: 21 invitees.
  for (let i = 0; i < 16; i += 1) {
    const agency = await createAgency(payload)
    const user = await createUser(payload, { agency: agency.id, roles: ['reporter'] })
    await createMember(payload, {
      user: user.id,
      group: world.group.id,
      position: 'member',
      agency: agency.id,
      from: '2022-01-01',
    })
  }
  bigPdf = pdfOf(5 * MB)
  bigFile = await storePdf(bigPdf, 'Báo cáo kết quả triển khai Đề án 06 (bản đầy đủ)')
}, 120_000)

afterEach(() => {
  delete process.env.MAIL_MAX_MESSAGE_BYTES
  smtp.messages.length = 0
})

afterAll(() => smtp.stop())

const runJobs = () => payload.jobs.run({ limit: 100, silent: true })

/** A regular meeting whose one agenda item carries `documents`, with its notice sent. */
const noticeWith = async (documents: number[]) => {
  const month = freshMonth()
  const meeting = await planMeeting(payload, world, month, {
    agenda: [
      {
        title: 'Kết quả triển khai Đề án 06 tháng trước',
        presenterAgency: world.agency.id,
        documents,
      },
    ],
  })
  const result = await sendNotice(await requestOf(payload, world.secretariat), meeting.id, {
    now: new Date(vnAt(`${month}-01 09:00`)),
  })
  return { meeting, result }
}

const outboxOf = async (meetingId: number): Promise<Notification[]> =>
  (
    await payload.find({
      collection: 'notifications',
      where: { relatedId: { equals: String(meetingId) } },
      depth: 0,
      pagination: false,
    })
  ).docs

/** The one message the SMTP server received for a sent row. */
const mailOf = (row: Notification): ReceivedMail => {
  const mails = smtp.messages.filter(
    (mail) => mail.messageId === row.messageId && mail.to.includes(row.recipient),
  )
  expect(mails).toHaveLength(1)
  return mails[0]
}

const plainText = (mail: ReceivedMail) =>
  mail.parts.find((part) => part.contentType.startsWith('text/plain'))?.text ?? ''

const pdfParts = (mail: ReceivedMail) =>
  mail.parts.filter((part) => part.contentType.startsWith('application/pdf'))

describe('meeting files in the notice (issue 13)', () => {
  it('delivers a 5 MB file byte for byte to each of 21 invitees, the outbox rows naming it without its content (issue 13)', async () => {
    const { result, meeting } = await noticeWith([bigFile.id])
    const rows = await outboxOf(meeting.id)
    expect({ queued: result.queued, rows: rows.length }).toEqual({ queued: 21, rows: 21 })
    for (const row of rows) {
      expect(JSON.stringify(row).length).toBeLessThan(SMALL_ROW)
      expect(row.attachments?.map((file) => file.media)).toEqual([bigFile.id])
    }
    await runJobs()
    const sent = await outboxOf(meeting.id)
    for (const row of sent) {
      expect([row.status, row.attachments?.[0]?.sentAs]).toEqual(['sent', 'attached'])
      const [pdf, ...others] = pdfParts(mailOf(row))
      expect(others).toEqual([])
      expect(pdf?.filename).toBe(bigFile.filename)
      expect(pdf?.body.equals(bigPdf)).toBe(true)
    }
  }, 300_000)

  it('sends a link to the file, login required, when the message would exceed the mail server’s limit (issue 13)', async () => {
    const { meeting } = await noticeWith([bigFile.id])
    process.env.MAIL_MAX_MESSAGE_BYTES = String(1 * MB)
    await runJobs()
    const link = `${SERVER_URL}/admin/collections/media/${bigFile.id}`
    const rows = await outboxOf(meeting.id)
    expect(rows).toHaveLength(21)
    for (const row of rows) {
      const mail = mailOf(row)
      expect(pdfParts(mail)).toEqual([])
      expect(mail.raw.length).toBeLessThan(1 * MB)
      expect(plainText(mail)).toMatch(/vượt quá dung lượng máy chủ thư cho phép \(1 MB\)/)
      expect(plainText(mail)).toContain(link)
      expect(row).toMatchObject({ status: 'sent', attachments: [{ sentAs: 'linked' }] })
    }
  })

  it('attaches the files that fit and links the rest when together they exceed the limit (issue 13)', async () => {
    process.env.MAIL_MAX_MESSAGE_BYTES = String(4 * MB)
    const first = await storePdf(pdfOf(2 * MB), 'Báo cáo tổng hợp')
    const second = await storePdf(pdfOf(2 * MB), 'Phụ lục số liệu')
    const { meeting } = await noticeWith([first.id, second.id])
    await runJobs()
    const rows = await outboxOf(meeting.id)
    expect(rows).toHaveLength(21)
    for (const row of rows) {
      const mail = mailOf(row)
      expect(pdfParts(mail).map((part) => part.filename)).toEqual([first.filename])
      expect(plainText(mail)).toContain(`${SERVER_URL}/admin/collections/media/${second.id}`)
      expect(row.attachments?.map((file) => file.media)).toEqual([first.id])
    }
  })

  it('plans the notice with links only when the limit is already low as it is sent (issue 13)', async () => {
    process.env.MAIL_MAX_MESSAGE_BYTES = String(1 * MB)
    const { meeting } = await noticeWith([bigFile.id])
    const [row] = await outboxOf(meeting.id)
    expect(row.attachments).toEqual([])
    expect(row.text).toContain(`${SERVER_URL}/admin/collections/media/${bigFile.id}`)
    expect(row.text).not.toContain('(đính kèm)')
  })
})

describe('a stored file gone missing (issue 13)', () => {
  it('sends the message with a link and a note instead of failing (issue 13)', async () => {
    const file = await createMedia(payload, { title: 'Tài liệu bị mất' })
    const recipient = `${unique('tv').toLowerCase()}@test.vn`
    const req = await requestOf(payload, world.secretariat)
    const { ids } = await queueNotification(req, {
      to: [recipient],
      subject: 'Giấy mời họp',
      text: 'Kính mời đồng chí dự họp.',
      attachments: [{ media: file.id }],
      kind: 'other',
    })
    rmSync(path.join(process.env.MEDIA_DIR!, file.filename!))
    await runJobs()
    const row = await payload.findByID({ collection: 'notifications', id: ids[0], depth: 0 })
    const mail = mailOf(row)
    expect(pdfParts(mail)).toEqual([])
    expect(plainText(mail)).toMatch(/không đọc được trên máy chủ/)
    expect(plainText(mail)).toContain(`${SERVER_URL}/admin/collections/media/${file.id}`)
    expect(row).toMatchObject({ status: 'sent', attachments: [{ sentAs: 'missing' }] })
  })
})
