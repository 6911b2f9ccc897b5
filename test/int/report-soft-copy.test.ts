import JSZip from 'jszip'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Indicator, Report, User } from '../../payload-types'
import { createAgency, unique } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { asciiSlug } from '../../src/lib/fileNames'
import { expectInvalid } from '../helpers/refusals'
import {
  createIndicator,
  createReport,
  createReportingAgency,
  groupHead,
  setVnNow,
  updateReport,
} from '../helpers/reports'
import { adoptCharter } from '../helpers/signers'
import { startSmtp, type TestSmtp } from '../helpers/smtp'

let payload: Payload
let smtp: TestSmtp
let head: User
let secretariat: User
let indicator: Indicator
const INBOX = 'thuongtruc@congan.test.vn'

beforeAll(async () => {
  // A real SMTP server, configured before Payload reads its config.
  smtp = await startSmtp()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  payload = await initPayload()
  await adoptCharter(payload)
  await setInbox(INBOX)
  await createAgency(payload, { kind: 'people_committee', name: 'Ủy ban nhân dân tỉnh Quảng Nam' })
  head = await groupHead(payload)
  secretariat = await payload.create({
    collection: 'users',
    data: {
      fullName: 'Thư ký',
      email: `${unique('tk').toLowerCase()}@test.vn`,
      password: 'Test@12345',
      roles: ['secretariat'],
    },
    overrideAccess: true,
  })
  indicator = await createIndicator(payload, {
    nameVi: 'Số hồ sơ liên thông khai sinh',
    reportedBy: ['department'],
  })
})

afterEach(() => {
  vi.useRealTimers()
})

afterAll(() => smtp.stop())

async function setInbox(address: string | null) {
  await payload.updateGlobal({
    slug: 'charter-settings',
    data: { standingBodyEmail: address },
    overrideAccess: true,
  })
}

const softCopies = async (report: Report) =>
  (
    await payload.find({
      collection: 'notifications',
      where: {
        and: [
          { kind: { equals: 'report-soft-copy' } },
          { relatedId: { equals: String(report.id) } },
        ],
      },
      depth: 0,
      pagination: false,
    })
  ).docs

const deliver = async () => {
  vi.useRealTimers()
  await payload.jobs.run({ limit: 100, silent: true })
}

/** The document text of the DOCX attached to the last mail with this subject. */
const docxOfMail = async (subject: string) => {
  const mail = smtp.messages.findLast((message) => message.subject === subject)
  const attachment = mail?.parts.find((part) => part.filename?.endsWith('.docx'))
  expect(attachment?.contentType).toContain('wordprocessingml')
  const zip = await JSZip.loadAsync(attachment!.body)
  return zip.file('word/document.xml')!.async('string')
}

/** A department's draft report for March 2025, with a value on every line. */
const draftReport = async (value = 1234) => {
  const { agency, reporter } = await createReportingAgency(payload, head)
  const report = await createReport(payload, reporter, {
    period: '2025-04',
    indicatorLines: [{ indicator: indicator.id, value }] as never,
    proposals: [{ content: 'Đề nghị bổ sung thiết bị đọc chip.' }],
  })
  return { agency, reporter, report }
}

const submit = (reporter: User, report: Report, status: Report['status'] = 'submitted') =>
  updateReport(payload, reporter, report.id, { status })

describe('the soft copy of a submitted report (R12.3a)', () => {
  it('mails the report as a Decree 30 DOCX to the standing body on submission (R12.3a)', async () => {
    setVnNow('2025-04-10 09:00')
    const { agency, reporter, report } = await draftReport()
    const submitted = await submit(reporter, report)
    const [queued] = await softCopies(submitted)
    expect(queued).toMatchObject({ recipient: INBOX, kind: 'report-soft-copy' })

    await deliver()
    const mail = smtp.messages.find((message) => message.subject === submitted.title)
    expect(mail?.to).toEqual([INBOX])
    const xml = await docxOfMail(submitted.title!)
    for (const text of [
      'UBND TỈNH QUẢNG NAM',
      agency.name.toLocaleUpperCase('vi'),
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      `/BC-${agency.code}`,
      'Quảng Nam, ngày 10 tháng 4 năm 2025',
      'Kết quả triển khai Đề án 06 tháng 4 năm 2025',
      '(Số liệu từ ngày 15/03/2025 đến ngày 14/04/2025)',
      'Số hồ sơ liên thông khai sinh',
      '1.234',
      'Đề nghị bổ sung thiết bị đọc chip.',
      'THỦ TRƯỞNG CƠ QUAN',
    ]) {
      expect(xml, text).toContain(text)
    }
  })

  it('R12.3a names each agency’s copy apart (no lookups for a free name as the month’s copies add up)', async () => {
    setVnNow('2025-04-10 09:00')
    const stored: string[] = []
    for (let round = 0; round < 3; round++) {
      const { report, reporter, agency } = await draftReport()
      const submitted = await submit(reporter, report)
      await deliver()
      setVnNow('2025-04-10 09:00')
      const [queued] = await softCopies(submitted)
      const media = await payload.findByID({
        collection: 'media',
        id: (queued!.attachments as { media: number }[])[0]!.media,
        depth: 0,
      })
      expect(media.filename).toMatch(new RegExp(`^bao-cao-thang-2025-04-.+-bc${report.id}\\.docx$`))
      expect(media.filename).toContain(asciiSlug(agency.name, 60))
      stored.push(media.filename!)
    }
    expect(new Set(stored).size).toBe(3)
  })

  it('R12.3a renders the copy from the report as submitted, not as edited before delivery', async () => {
    setVnNow('2025-04-10 09:00')
    const { reporter, report } = await draftReport(1234)
    const submitted = await submit(reporter, report)
    // Returned and corrected before the outbox ran: the copy still shows what was submitted.
    await updateReport(payload, secretariat, report.id, {
      status: 'returned',
      reviewComment: 'Bổ sung số liệu.',
    })
    await updateReport(payload, reporter, report.id, {
      indicatorLines: [{ indicator: indicator.id, value: 98765 }] as never,
    })
    const [queued] = await softCopies(submitted)
    expect(queued!.attachments ?? []).toHaveLength(0)
    await deliver()
    const xml = await docxOfMail(submitted.title!)
    expect(xml).toContain('1.234')
    expect(xml).not.toContain('98.765')
    const [sent] = await softCopies(submitted)
    expect(sent).toMatchObject({ status: 'sent' })
    expect(sent!.attachments).toHaveLength(1)
  })

  it('sends one copy per submission: a later save sends none, a resubmission another (R12.3a)', async () => {
    setVnNow('2025-04-10 09:00')
    const { reporter, report } = await draftReport()
    await submit(reporter, report)
    await updateReport(payload, secretariat, report.id, {
      status: 'returned',
      reviewComment: 'Bổ sung số liệu.',
    })
    expect(await softCopies(report)).toHaveLength(1)
    setVnNow('2025-04-12 09:00')
    await submit(reporter, report, 'resubmitted')
    expect(await softCopies(report)).toHaveLength(2)
  })

  it('sends nothing, silently, when the settings have no address', async () => {
    await setInbox(null)
    try {
      setVnNow('2025-04-10 09:00')
      const { reporter, report } = await draftReport()
      const submitted = await submit(reporter, report)
      expect([submitted.status, (await softCopies(report)).length]).toEqual(['submitted', 0])
    } finally {
      vi.useRealTimers()
      await setInbox(INBOX)
    }
  })

  it('sends nothing for a submission refused as invalid, storing nothing', async () => {
    setVnNow('2025-04-10 09:00')
    const { reporter, report } = await draftReport()
    await updateReport(payload, reporter, report.id, {
      indicatorLines: [{ indicator: indicator.id, value: null }] as never,
    })
    await expectInvalid(submit(reporter, report), /^indicatorLines\.0\.value: /m)
    expect(await softCopies(report)).toHaveLength(0)
    expect((await payload.findByID({ collection: 'reports', id: report.id })).status).toBe('draft')
  })

  it('sends nothing for reports written by the demo seed', async () => {
    setVnNow('2025-04-10 09:00')
    const { agency } = await createReportingAgency(payload, head)
    const seeded = await payload.create({
      collection: 'reports',
      data: { agency: agency.id, period: '2025-04', status: 'submitted' } as never,
      overrideAccess: true,
      context: { seeding: true },
    })
    expect(await softCopies(seeded)).toHaveLength(0)
  })
})
