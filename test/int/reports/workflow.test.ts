// Who moves a monthly report through its states (R12.3a, R12.3b).
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { expectRejected } from '../../helpers/errors'
import { day } from '../../helpers/fixtures'
import { expectForbidden, expectInvalid } from '../../helpers/refusals'
import { createReport, createReportingAgency, setVnNow, updateReport } from '../../helpers/reports'
import {
  completeReport,
  flow,
  head,
  initReportWorld,
  leader,
  payload,
  rate,
  secretariat,
  stock,
  withValues,
} from '../../helpers/reportWorld'

beforeAll(initReportWorld)

afterEach(() => {
  vi.useRealTimers()
})

describe('who moves a report through its states (R12.3a, R12.3b)', () => {
  const submittedReport = async () => {
    setVnNow('2025-03-16 08:00')
    const agency = await createReportingAgency(payload, head)
    const report = await completeReport(agency.reporter)
    await updateReport(payload, agency.reporter, report.id, { status: 'submitted' })
    return { ...agency, report }
  }

  it('lets the agency’s reporter submit, recording who and when (R12.3a)', async () => {
    const { report, reporter } = await submittedReport()
    const stored = await payload.findByID({ collection: 'reports', id: report.id, depth: 0 })
    expect(stored).toMatchObject({ status: 'submitted', submittedBy: reporter.id })
  })

  it('refuses a reporter accepting the own agency’s report (R12.3b)', async () => {
    const { report, reporter } = await submittedReport()
    await expectInvalid(
      updateReport(payload, reporter, report.id, { status: 'accepted' }),
      /^status: Vi phạm Điều 12 khoản 3: Chỉ Cơ quan thường trực \(Công an tỉnh\) tiếp nhận hoặc trả lại báo cáo\./m,
    )
  })

  it('lets the standing body accept a submitted report (R12.3b)', async () => {
    const { report } = await submittedReport()
    const accepted = await updateReport(payload, secretariat, report.id, { status: 'accepted' })
    expect(accepted).toMatchObject({ status: 'accepted', reviewedBy: secretariat.id })
  })

  it('lets the standing body accept a report whose task was reassigned after submission (R12.3b)', async () => {
    setVnNow('2025-03-16 08:00')
    const { reporter, assign } = await createReportingAgency(payload, head)
    const task = await assign({ dueDate: day('2025-05-31'), progress: 20 })
    const report = await completeReport(reporter)
    expect(report.taskLines?.map((line) => line.task)).toEqual([task.id])
    await updateReport(payload, reporter, report.id, { status: 'submitted' })
    const other = await createReportingAgency(payload, head)
    await payload.update({
      collection: 'tasks',
      id: task.id,
      data: { leadAgency: other.agency.id },
      overrideAccess: true,
    })
    const accepted = await updateReport(payload, secretariat, report.id, { status: 'accepted' })
    expect(accepted).toMatchObject({ status: 'accepted' })
  })

  it('refuses deleting a task a monthly report cites, keeping both; an unreported task deletes', async () => {
    setVnNow('2025-03-16 08:00')
    const { reporter, assign } = await createReportingAgency(payload, head)
    const reported = await assign({ dueDate: day('2025-05-31') })
    const unreported = await assign({ assignedOn: day('2025-03-15'), dueDate: day('2025-05-31') })
    const report = await createReport(payload, reporter, { period: '2025-03' })
    expect(report.taskLines?.map((line) => line.task)).toEqual([reported.id])
    await expectRejected(
      payload.delete({ collection: 'tasks', id: reported.id, overrideAccess: true }),
      /Nhiệm vụ đã có trong 1 báo cáo tháng nên không xóa được/,
    )
    const kept = await payload.findByID({ collection: 'reports', id: report.id, depth: 0 })
    expect(kept.taskLines?.map((line) => line.task)).toEqual([reported.id])
    expect(
      (await payload.count({ collection: 'tasks', where: { id: { equals: reported.id } } }))
        .totalDocs,
    ).toBe(1)
    await payload.delete({ collection: 'tasks', id: unreported.id, overrideAccess: true })
    expect(
      (await payload.count({ collection: 'tasks', where: { id: { equals: unreported.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('refuses a return without a comment (R12.3b)', async () => {
    const { report } = await submittedReport()
    await expectInvalid(
      updateReport(payload, secretariat, report.id, { status: 'returned' }),
      /^reviewComment: Vi phạm Điều 12 khoản 3: Trả lại báo cáo phải ghi rõ ý kiến/m,
    )
  })

  it('lets the agency correct a returned report and resubmit it (R12.3a)', async () => {
    const { report, reporter } = await submittedReport()
    await updateReport(payload, secretariat, report.id, {
      status: 'returned',
      reviewComment: 'Số liệu tỷ lệ chưa khớp',
    })
    const stored = await payload.findByID({ collection: 'reports', id: report.id, depth: 0 })
    const resubmitted = await updateReport(payload, reporter, report.id, {
      status: 'resubmitted',
      indicatorLines: withValues(
        stored,
        new Map([
          [flow.id, 10],
          [rate.id, 48],
          [stock.id, 3],
        ]),
      ),
    })
    expect(resubmitted.status).toBe('resubmitted')
  })

  it('refuses changing the figures of a submitted report (R12.3a)', async () => {
    const { report, reporter } = await submittedReport()
    const stored = await payload.findByID({ collection: 'reports', id: report.id, depth: 0 })
    await expectInvalid(
      updateReport(payload, reporter, report.id, {
        indicatorLines: withValues(stored, new Map([[flow.id, 99]])),
      }),
      /^status: Báo cáo đã gửi Cơ quan thường trực; chỉ sửa nội dung khi báo cáo bị trả lại\./m,
    )
  })

  it('refuses reopening an accepted report as a draft, also through a restored version (R12.3a)', async () => {
    const { report } = await submittedReport()
    await updateReport(payload, secretariat, report.id, { status: 'accepted' })
    const { docs } = await payload.findVersions({
      collection: 'reports',
      where: {
        and: [{ parent: { equals: report.id } }, { 'version.status': { equals: 'draft' } }],
      },
      depth: 0,
      limit: 1,
    })
    await expectRejected(
      payload.restoreVersion({
        collection: 'reports',
        id: String(docs[0].id),
        overrideAccess: false,
        user: secretariat,
      }),
      /Không thể chuyển báo cáo từ "Đã tiếp nhận" sang "Đang soạn"/,
    )
  })

  it('refuses a leader editing a report: leaders read all reports but write none', async () => {
    const { report } = await submittedReport()
    await expectForbidden(updateReport(payload, leader, report.id, { status: 'accepted' }))
  })

  it('turns each proposal of a submitted report into one feedback item for the standing body (R6.1, R14.3)', async () => {
    setVnNow('2025-03-16 08:00')
    const { agency, reporter } = await createReportingAgency(payload, head)
    const report = await completeReport(reporter)
    await updateReport(payload, reporter, report.id, {
      proposals: [{ content: 'Đề nghị bổ sung kinh phí số hóa sổ hộ tịch' }],
      status: 'submitted',
    })
    await updateReport(payload, secretariat, report.id, {
      status: 'returned',
      reviewComment: 'Bổ sung',
    })
    await updateReport(payload, reporter, report.id, { status: 'resubmitted' })
    const { docs } = await payload.find({
      collection: 'feedback',
      where: { agency: { equals: agency.id } },
      depth: 0,
    })
    expect(docs.map(({ origin, content }) => ({ origin, content }))).toEqual([
      { origin: 'monthly-report', content: 'Đề nghị bổ sung kinh phí số hóa sổ hộ tịch' },
    ])
  })
})
