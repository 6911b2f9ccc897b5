import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Agency, User } from '../../payload-types'
import { jobsConfig } from '../../src/jobs'
import { REPORT_REMINDERS } from '../../src/jobs/reportReminders'
import { createAgency, createUser, unique } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectForbidden } from '../helpers/refusals'
import { createReport, setVnNow, updateReport } from '../helpers/reports'
import { startSmtp, type ReceivedMail, type TestSmtp } from '../helpers/smtp'

// R12.3a reminders for the April 2025 reports (data 15/03 to 14/04), delivered through a real SMTP server. The tests run
// in order through April 2025: the 15th (reminders), the 17th (nothing), the 18th (the list).

let payload: Payload
let smtp: TestSmtp
let secretariat: User
const STANDING_BODY = 'thuongtruc@congan.test.vn'

type Reporting = { agency: Agency; reporter: User; contact: string }
let noReport: Reporting
let draft: Reporting
let returned: Reporting
let submitted: Reporting
let late: Reporting
let commune: Reporting

const address = (prefix: string) => `${unique(prefix).toLowerCase()}@test.vn`

const reportingAgency = async (
  name: string,
  kind: Agency['kind'] = 'department',
): Promise<Reporting> => {
  const contact = address('vanthu')
  const agency = await createAgency(payload, { name, kind, contactEmail: contact })
  const reporter = await createUser(payload, { roles: ['reporter'], agency: agency.id })
  return { agency, reporter, contact }
}

const addressesOf = (...agencies: Reporting[]) =>
  agencies.flatMap(({ contact, reporter }) => [contact, reporter.email]).sort()

const runQueue = async () => {
  for (let round = 0; round < 5; round++) {
    const { noJobsRemaining } = await payload.jobs.run({ limit: 100, silent: true })
    if (noJobsRemaining) break
  }
}

/**
 * The mails one run of the reminders task delivers: other mail already queued (e.g. the soft copy
 * of a submitted report) is delivered first and left out.
 */
const reminderRun = async (): Promise<ReceivedMail[]> => {
  await runQueue()
  const before = smtp.messages.length
  await payload.jobs.queue({ task: REPORT_REMINDERS, input: {} })
  await runQueue()
  return smtp.messages.slice(before)
}

const recipientsOf = (mails: ReceivedMail[]) => mails.flatMap((mail) => mail.to).sort()

const textOf = (mail: ReceivedMail) =>
  (mail.parts.find((part) => part.contentType.startsWith('text/plain'))?.text ?? '').replace(
    /\r\n/g,
    '\n',
  )

beforeAll(async () => {
  smtp = await startSmtp()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  payload = await initPayload()
  secretariat = await createUser(payload, { roles: ['secretariat'] })
  await payload.updateGlobal({
    slug: 'charter-settings',
    data: {
      standingBodyEmail: STANDING_BODY,
      editions: [{ effectiveFrom: '2022-07-01', reportBeforeDay: 18, reminderDaysBefore: 3 }],
    },
    overrideAccess: true,
  })
  noReport = await reportingAgency('Sở Y tế')
  draft = await reportingAgency('Sở Tư pháp')
  returned = await reportingAgency('Sở Nội vụ')
  submitted = await reportingAgency('Sở Tài chính')
  late = await reportingAgency('Sở Xây dựng')
  commune = await reportingAgency('Xã Tam Thăng', 'commune')

  setVnNow('2025-04-08 09:00')
  await createReport(payload, draft.reporter, { agency: draft.agency.id, period: '2025-04' })
  await createReport(payload, submitted.reporter, {
    agency: submitted.agency.id,
    period: '2025-04',
    status: 'submitted',
  })
  const toReturn = await createReport(payload, returned.reporter, {
    agency: returned.agency.id,
    period: '2025-04',
    status: 'submitted',
  })
  await updateReport(payload, secretariat, toReturn.id, {
    status: 'returned',
    reviewComment: 'Đề nghị bổ sung kết quả thực hiện nhiệm vụ.',
  })
})

afterEach(() => {
  vi.useRealTimers()
})

afterAll(() => smtp.stop())

describe('reminders before the report deadline (R12.3a)', () => {
  it('sends nothing on the 15th before 07:00 Vietnam time (R12.3a)', async () => {
    setVnNow('2025-04-15 06:30')
    expect(await reminderRun()).toEqual([])
  })

  it('reminds on the 15th exactly the agencies without a report, with a draft or a returned one: their address and reporters (R12.3a)', async () => {
    setVnNow('2025-04-15 08:00')
    const mails = await reminderRun()
    expect(recipientsOf(mails)).toEqual(addressesOf(noReport, draft, returned, late))
    for (const quiet of [submitted, commune]) {
      expect(recipientsOf(mails)).not.toContain(quiet.contact)
      expect(recipientsOf(mails)).not.toContain(quiet.reporter.email)
    }
    expect(recipientsOf(mails)).not.toContain(STANDING_BODY)
  })

  it('writes a Vietnamese reminder naming the clause and the deadline 17/04/2025 (R12.3a)', async () => {
    const [mail] = smtp.messages.filter((message) => message.to.includes(returned.contact))
    expect(mail.subject).toBe('Nhắc gửi báo cáo tháng 04/2025 – hạn cuối ngày 17/04/2025')
    expect(textOf(mail)).toContain('Kính gửi: Sở Nội vụ,')
    expect(textOf(mail)).toContain('đã bị Cơ quan thường trực trả lại')
  })

  it('sends each reminder once when the job runs again the same day (R12.3a)', async () => {
    setVnNow('2025-04-15 15:00')
    expect(await reminderRun()).toEqual([])
    const stored = await payload.count({
      collection: 'notifications',
      where: { kind: { equals: 'report-reminder' } },
    })
    expect(stored.totalDocs).toBe(addressesOf(noReport, draft, returned, late).length)
  })

  it('sends nothing on the 17th, the last on-time day (R12.3a)', async () => {
    setVnNow('2025-04-17 09:00')
    expect(await reminderRun()).toEqual([])
  })
})

describe('the late and missing list on the 18th (R12.3a)', () => {
  it('sends the standing body one list: missing and late agencies, and no reminders (R12.3a)', async () => {
    setVnNow('2025-04-18 07:30')
    await createReport(payload, late.reporter, {
      agency: late.agency.id,
      period: '2025-04',
      status: 'submitted',
    })
    setVnNow('2025-04-18 08:00')
    const mails = await reminderRun()
    expect(recipientsOf(mails)).toEqual([STANDING_BODY])
    expect(mails[0].subject).toBe(
      'Danh sách cơ quan chậm, chưa gửi báo cáo tháng 04/2025 (hạn 17/04/2025)',
    )
    const text = textOf(mails[0])
    expect(text).toContain('chưa gửi báo cáo (2):\n1. Sở Tư pháp\n2. Sở Y tế\n')
    expect(text).toContain('chậm hạn (1):\n1. Sở Xây dựng')
    expect(text).not.toContain('Sở Tài chính')
    expect(text).not.toContain('Sở Nội vụ')
    expect(text).not.toContain('Xã Tam Thăng')
  })

  it('sends the list once when the job runs again on the 18th (R12.3a)', async () => {
    setVnNow('2025-04-18 20:00')
    expect(await reminderRun()).toEqual([])
  })
})

describe('settings and scheduling (R12.3a, R14.3)', () => {
  it('takes N from the edition in force: 5 days ahead reminds on 13/05 about May (R12.3a, R14.3)', async () => {
    await payload.updateGlobal({
      slug: 'charter-settings',
      data: {
        editions: [
          { effectiveFrom: '2022-07-01', reportBeforeDay: 18, reminderDaysBefore: 3 },
          { effectiveFrom: '2025-05-01', reportBeforeDay: 18, reminderDaysBefore: 5 },
        ],
      },
      overrideAccess: true,
    })
    setVnNow('2025-05-15 09:00')
    expect(await reminderRun()).toEqual([])
    setVnNow('2025-05-13 09:00')
    const mails = await reminderRun()
    expect(recipientsOf(mails)).toEqual(addressesOf(noReport, draft, returned, submitted, late))
    expect(mails[0].subject).toContain('tháng 05/2025 – hạn cuối ngày 17/05/2025')
  })

  it('is scheduled hourly on the queue the server runs, and runs from the schedule (R12.3a)', async () => {
    expect(payload.config.jobs.scheduling).toBe(true)
    const served = (jobsConfig?.autoRun as { queue?: string }[]).map((entry) => entry.queue)
    expect(served).toContain('default')
    setVnNow('2025-06-01 09:10')
    const { queued } = await payload.jobs.handleSchedules({ queue: 'default' })
    expect(queued.map((queueable) => queueable.taskConfig?.slug)).toEqual([REPORT_REMINDERS])
    // The scheduled job waits for the next full hour.
    setVnNow('2025-06-01 10:01')
    await payload.jobs.run({ queue: 'default', limit: 100, silent: true })
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [{ taskSlug: { equals: REPORT_REMINDERS } }, { 'meta.scheduled': { equals: true } }],
      },
      depth: 0,
    })
    expect(docs.map((job) => [Boolean(job.completedAt), job.hasError])).toEqual([[true, false]])
  })

  it('keeps the scheduler’s bookkeeping away from every user but administrators', async () => {
    const admin = await createUser(payload, { roles: ['admin'] })
    await expectForbidden(
      payload.findGlobal({ slug: 'payload-jobs-stats', overrideAccess: false, user: secretariat }),
    )
    await expectForbidden(
      payload.updateGlobal({
        slug: 'payload-jobs-stats',
        data: { stats: {} },
        overrideAccess: false,
        user: secretariat,
      }),
    )
    await expect(
      payload.findGlobal({ slug: 'payload-jobs-stats', overrideAccess: false, user: admin }),
    ).resolves.toBeTruthy()
  })
})
