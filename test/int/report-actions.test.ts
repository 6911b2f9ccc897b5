// Issue 13 item 6: a report is sent, accepted and returned by buttons that fit the role
// (POST /api/reports/:id/submit, /accept, /return), each checked by the same workflow rules
// (R12.3a, R12.3b); the side panel says the state, the receipt and what is still empty.
import { createLocalReq } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { User } from '../../payload-types'
import { reportPanelSummary } from '../../collections/Reports/panel'
import { createReport, createReportingAgency, setVnNow } from '../helpers/reports'
import { errorMessage, restJson, restLogin } from '../helpers/rest'
import { completeReport, head, initReportWorld, payload, secretariat } from '../helpers/reportWorld'

const PASSWORD = 'Test@12345'
let secretariatToken: string

const statusOf = async (id: number) =>
  (await payload.findByID({ collection: 'reports', id, depth: 0 })).status

const post = (id: number, action: string, token?: string, body: object = {}) =>
  restJson(`/reports/${id}/${action}`, { method: 'POST', token, body })

const panelFor = async (user: User, id: number) =>
  reportPanelSummary(
    await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload),
    id,
  )

beforeAll(async () => {
  await initReportWorld()
  secretariatToken = await restLogin(secretariat.email, PASSWORD)
})

afterEach(() => {
  vi.useRealTimers()
})

describe('sending and reviewing a monthly report by its buttons (R12.3a, R12.3b)', () => {
  it('R12.3a: the reporter sends; the standing body returns with a comment; the reporter sends again', async () => {
    setVnNow('2025-03-16 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await completeReport(reporter)
    const token = await restLogin(reporter.email, PASSWORD)

    const sent = await post(report.id, 'submit', token)
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    expect(sent.body.message).toBe('Đã gửi báo cáo đến Cơ quan thường trực.')
    expect(await statusOf(report.id)).toBe('submitted')

    const panel = await panelFor(secretariat, report.id)
    expect(panel).toMatchObject({
      status: 'submitted',
      canReview: true,
      canSubmit: false,
      onTime: true,
    })
    expect(panel?.submittedAt).toMatch(/^16\/03\/2025 09:00/)

    const bare = await post(report.id, 'return', secretariatToken)
    expect(bare.status).toBe(400)
    expect(errorMessage(bare.body)).toContain('Trả lại báo cáo phải ghi rõ ý kiến')
    expect(await statusOf(report.id)).toBe('submitted')

    const returned = await post(report.id, 'return', secretariatToken, {
      comment: 'Bổ sung dòng 2.',
    })
    expect(returned.status).toBe(200)
    expect(await statusOf(report.id)).toBe('returned')
    expect(await panelFor(reporter, report.id)).toMatchObject({
      status: 'returned',
      reviewComment: 'Bổ sung dòng 2.',
      canSubmit: true,
    })

    const again = await post(report.id, 'submit', token)
    expect(again.status).toBe(200)
    expect(await statusOf(report.id)).toBe('resubmitted')

    const accepted = await post(report.id, 'accept', secretariatToken)
    expect(accepted.status).toBe(200)
    expect(await statusOf(report.id)).toBe('accepted')
  })

  it('R12.3b: refuses the reporter accepting his own report, keeping it sent', async () => {
    setVnNow('2025-03-16 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await completeReport(reporter)
    const token = await restLogin(reporter.email, PASSWORD)
    await post(report.id, 'submit', token)
    const refused = await post(report.id, 'accept', token)
    expect(refused.status).toBe(400)
    expect(errorMessage(refused.body)).toContain('Chỉ Cơ quan thường trực')
    expect(await statusOf(report.id)).toBe('submitted')
    expect(await panelFor(reporter, report.id)).toMatchObject({
      canReview: false,
      canSubmit: false,
    })
  })

  it('answers 404 to another agency’s reporter and 401 to nobody, changing nothing', async () => {
    setVnNow('2025-03-16 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await completeReport(reporter)
    const other = await createReportingAgency(payload, head)
    const otherToken = await restLogin(other.reporter.email, PASSWORD)
    expect((await post(report.id, 'submit', otherToken)).status).toBe(404)
    expect((await post(report.id, 'submit')).status).toBe(401)
    expect((await post(999999, 'submit', secretariatToken)).status).toBe(404)
    expect(await statusOf(report.id)).toBe('draft')
  })

  it('lists, before sending, what is still empty, line by line', async () => {
    setVnNow('2025-03-16 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await createReport(payload, reporter, { period: '2025-03' })
    const panel = await panelFor(reporter, report.id)
    expect(panel?.canSubmit).toBe(true)
    expect(panel?.empty.length).toBeGreaterThan(0)
    expect(panel?.empty[0]).toMatch(/^Chỉ tiêu ".+" \(dòng 1\): chưa nhập số liệu$/)
  })
})
