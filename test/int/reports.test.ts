import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Indicator, Report, User } from '../../payload-types'
import { expectRejected } from '../helpers/errors'
import { createAgency, createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectForbidden, expectInvalid } from '../helpers/refusals'
import {
  createIndicator,
  createReport,
  createReportingAgency,
  groupHead,
  setVnNow,
  updateReport,
} from '../helpers/reports'

let payload: Payload
let head: User
let secretariat: User
let leader: User
let flow: Indicator
let rate: Indicator
let stock: Indicator

beforeAll(async () => {
  payload = await initPayload()
  head = await groupHead(payload)
  secretariat = await createUser(payload, { roles: ['secretariat'] })
  leader = await createUser(payload, { roles: ['leader'] })
  flow = await createIndicator(payload, {
    nameVi: 'Số hồ sơ trực tuyến',
    reportedBy: ['department'],
  })
  rate = await createIndicator(payload, {
    nameVi: 'Tỷ lệ hồ sơ số hóa',
    unit: '%',
    aggregation: 'latest',
    reportedBy: ['department'],
    order: 2,
  })
  stock = await createIndicator(payload, {
    nameVi: 'Số điểm một cửa có đầu đọc chip',
    unit: 'điểm',
    aggregation: 'latest',
    cumulative: true,
    reportedBy: ['department'],
    order: 3,
  })
})

afterEach(() => {
  vi.useRealTimers()
})

const lineOf = (report: Report, indicator: Indicator) =>
  (report.indicatorLines ?? []).findIndex((line) => line.indicator === indicator.id)

/** Values for every indicator line, by indicator. */
const withValues = (
  report: Report,
  values: Map<number, number>,
  notes = new Map<number, string>(),
) =>
  (report.indicatorLines ?? []).map((line) => ({
    ...line,
    value: values.get(line.indicator as number) ?? 0,
    note: notes.get(line.indicator as number) ?? null,
  }))

const countReports = async () => (await payload.count({ collection: 'reports' })).totalDocs

describe('pre-fill of a new monthly report', () => {
  it('lists the indicators the agency reports, in catalogue order, with last month’s values', async () => {
    setVnNow('2025-03-05 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const february = await createReport(payload, reporter, { period: '2025-02' })
    await updateReport(payload, reporter, february.id, {
      indicatorLines: withValues(
        february,
        new Map([
          [flow.id, 120],
          [stock.id, 14],
        ]),
      ),
    })
    setVnNow('2025-04-03 09:00')
    const march = await createReport(payload, reporter, { period: '2025-03' })
    expect(
      march.indicatorLines?.map(({ indicator, previousValue, value }) => ({
        indicator,
        previousValue,
        value,
      })),
    ).toEqual([
      { indicator: flow.id, previousValue: 120, value: null },
      { indicator: rate.id, previousValue: 0, value: null },
      { indicator: stock.id, previousValue: 14, value: null },
    ])
  })

  it('adds the indicators the agency owns, and those of an agency merged into it', async () => {
    setVnNow('2025-04-03 09:00')
    const { agency, reporter } = await createReportingAgency(payload, head)
    const merged = await createAgency(payload, {
      validTo: day('2025-02-28'),
      replacedBy: agency.id,
    })
    const owned = await createIndicator(payload, { owner: agency.id, order: 9 })
    const inherited = await createIndicator(payload, { owner: merged.id, order: 10 })
    const report = await createReport(payload, reporter, { period: '2025-03' })
    expect(report.indicatorLines?.map((line) => line.indicator)).toEqual([
      flow.id,
      rate.id,
      stock.id,
      owned.id,
      inherited.id,
    ])
  })

  it('leaves out indicators other kinds of agency report, derived ones and retired ones', async () => {
    setVnNow('2025-04-03 09:00')
    await createIndicator(payload, { reportedBy: ['district'] })
    await createIndicator(payload, { reportedBy: ['department'], active: false })
    await createIndicator(payload, {
      reportedBy: ['department'],
      source: 'tasks',
      taskMeasure: 'assigned',
    })
    const { reporter } = await createReportingAgency(payload, head)
    const report = await createReport(payload, reporter, { period: '2025-03' })
    expect(report.indicatorLines?.map((line) => line.indicator)).toEqual([
      flow.id,
      rate.id,
      stock.id,
    ])
  })

  it('lists the open tasks the agency leads with their status at the end of the month and their progress', async () => {
    setVnNow('2025-04-03 09:00')
    const { agency, reporter, assign } = await createReportingAgency(payload, head)
    const overdue = await assign({ dueDate: day('2025-03-20'), progress: 40 })
    const running = await assign({ dueDate: day('2025-05-31'), progress: 10 })
    const doneInMarch = await assign({ dueDate: day('2025-03-31'), completedOn: day('2025-03-12') })
    await assign({ dueDate: day('2025-02-28'), completedOn: day('2025-02-20') })
    await assign({ assignedOn: day('2025-04-01') })
    const other = await createReportingAgency(payload, head)
    await other.assign({ coordinatingAgencies: [agency.id] })
    const report = await createReport(payload, reporter, { period: '2025-03' })
    expect(
      report.taskLines?.map(({ task, status, progress }) => ({ task, status, progress })),
    ).toEqual([
      { task: overdue.id, status: 'open-overdue', progress: 40 },
      { task: doneInMarch.id, status: 'completed-on-time', progress: 100 },
      { task: running.id, status: 'open-within-deadline', progress: 10 },
    ])
  })

  it('keeps what is sent with the creation on the line of its indicator', async () => {
    setVnNow('2025-04-03 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await createReport(payload, reporter, {
      period: '2025-03',
      indicatorLines: [{ indicator: rate.id, value: 56.5, note: 'Theo số liệu của Trung tâm' }],
    })
    expect(report.indicatorLines?.[lineOf(report, rate)]).toMatchObject({
      value: 56.5,
      note: 'Theo số liệu của Trung tâm',
    })
  })
})

describe('validation of values, pointing at the line', () => {
  it('refuses a negative value even in a draft, naming the indicator and its line', async () => {
    setVnNow('2025-04-03 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await createReport(payload, reporter, { period: '2025-03' })
    const index = lineOf(report, flow)
    const values = withValues(report, new Map([[flow.id, -3]]))
    await expectInvalid(
      updateReport(payload, reporter, report.id, { indicatorLines: values }),
      new RegExp(
        `^indicatorLines\\.${index}\\.value: Chỉ tiêu "Số hồ sơ trực tuyến": số liệu không được âm\\.`,
        'm',
      ),
    )
  })

  it('refuses a percentage above 100', async () => {
    setVnNow('2025-04-03 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await createReport(payload, reporter, { period: '2025-03' })
    const index = lineOf(report, rate)
    await expectInvalid(
      updateReport(payload, reporter, report.id, {
        indicatorLines: withValues(report, new Map([[rate.id, 100.5]])),
      }),
      new RegExp(
        `^indicatorLines\\.${index}\\.value: Chỉ tiêu "Tỷ lệ hồ sơ số hóa": tỷ lệ phải từ 0 đến 100%\\.`,
        'm',
      ),
    )
  })

  it('refuses a fractional count', async () => {
    setVnNow('2025-04-03 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await createReport(payload, reporter, { period: '2025-03' })
    await expectInvalid(
      updateReport(payload, reporter, report.id, {
        indicatorLines: withValues(report, new Map([[flow.id, 12.5]])),
      }),
      /^indicatorLines\.0\.value: .*số liệu phải là số nguyên \(hồ sơ\)\./m,
    )
  })

  it('saves a draft whose cumulative figure fell, counting it as an open issue', async () => {
    setVnNow('2025-03-05 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const february = await createReport(payload, reporter, { period: '2025-02' })
    await updateReport(payload, reporter, february.id, {
      indicatorLines: withValues(february, new Map([[stock.id, 14]])),
    })
    setVnNow('2025-04-03 09:00')
    const march = await createReport(payload, reporter, { period: '2025-03' })
    const saved = await updateReport(payload, reporter, march.id, {
      indicatorLines: withValues(march, new Map([[stock.id, 12]])),
    })
    expect(saved.openIssues).toBe(1)
    expect(saved.issueSummary).toMatch(/số lũy kế \(12\) thấp hơn tháng trước \(14\)/)
  })

  it('refuses to submit a cumulative figure lower than last month without a note, pointing at the note', async () => {
    setVnNow('2025-03-05 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const february = await createReport(payload, reporter, { period: '2025-02' })
    await updateReport(payload, reporter, february.id, {
      indicatorLines: withValues(february, new Map([[stock.id, 14]])),
    })
    setVnNow('2025-04-03 09:00')
    const march = await createReport(payload, reporter, { period: '2025-03' })
    await expectInvalid(
      updateReport(payload, reporter, march.id, {
        status: 'submitted',
        indicatorLines: withValues(march, new Map([[stock.id, 12]])),
      }),
      /^indicatorLines\.2\.note: Chỉ tiêu "Số điểm một cửa có đầu đọc chip": số lũy kế \(12\) thấp hơn tháng trước \(14\); ghi rõ lý do ở cột ghi chú\./m,
    )
    const stored = await payload.findByID({ collection: 'reports', id: march.id, depth: 0 })
    expect(stored.status).toBe('draft')
  })

  it('submits a cumulative figure lower than last month once the note explains it', async () => {
    setVnNow('2025-03-05 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const february = await createReport(payload, reporter, { period: '2025-02' })
    await updateReport(payload, reporter, february.id, {
      indicatorLines: withValues(february, new Map([[stock.id, 14]])),
    })
    setVnNow('2025-04-03 09:00')
    const march = await createReport(payload, reporter, { period: '2025-03' })
    const submitted = await updateReport(payload, reporter, march.id, {
      status: 'submitted',
      indicatorLines: withValues(
        march,
        new Map([[stock.id, 12]]),
        new Map([[stock.id, 'Hai điểm sáp nhập vào Trung tâm hành chính công']]),
      ),
    })
    expect(submitted.status).toBe('submitted')
  })

  it('refuses to submit a report with an empty value, pointing at the line', async () => {
    setVnNow('2025-04-03 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await createReport(payload, reporter, { period: '2025-03' })
    await expectInvalid(
      updateReport(payload, reporter, report.id, { status: 'submitted' }),
      /^indicatorLines\.0\.value: Chỉ tiêu "Số hồ sơ trực tuyến": chưa nhập số liệu \(ghi 0 nếu không phát sinh\)\./m,
    )
  })

  it('refuses to submit an overdue task line without the reason for the delay', async () => {
    setVnNow('2025-04-03 09:00')
    const { reporter, assign } = await createReportingAgency(payload, head)
    await assign({ title: 'Số hóa sổ hộ tịch', dueDate: day('2025-03-20') })
    const report = await createReport(payload, reporter, { period: '2025-03' })
    await expectInvalid(
      updateReport(payload, reporter, report.id, {
        status: 'submitted',
        indicatorLines: withValues(report, new Map()),
      }),
      /^taskLines\.0\.overdueReason: Nhiệm vụ "Số hóa sổ hộ tịch" đang quá hạn: ghi rõ lý do chậm\./m,
    )
  })

  it('refuses a line for a task another agency leads', async () => {
    setVnNow('2025-04-03 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const other = await createReportingAgency(payload, head)
    const foreign = await other.assign()
    const report = await createReport(payload, reporter, { period: '2025-03' })
    await expectInvalid(
      updateReport(payload, reporter, report.id, {
        taskLines: [{ task: foreign.id, progress: 50 }],
      }),
      /^taskLines\.0\.task: Nhiệm vụ này không do cơ quan chủ trì\./m,
    )
  })

  it('refuses a line for an indicator the agency does not report', async () => {
    setVnNow('2025-04-03 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const district = await createIndicator(payload, { reportedBy: ['district'] })
    const report = await createReport(payload, reporter, { period: '2025-03' })
    await expectInvalid(
      updateReport(payload, reporter, report.id, {
        indicatorLines: [...(report.indicatorLines ?? []), { indicator: district.id, value: 1 }],
      }),
      /^indicatorLines\.3\.indicator: Chỉ tiêu này không thuộc danh mục chỉ tiêu báo cáo của cơ quan\./m,
    )
  })
})

/** A report of the agency, complete and ready to submit. */
const completeReport = async (reporter: User) => {
  const report = await createReport(payload, reporter, { period: '2025-03' })
  return updateReport(payload, reporter, report.id, {
    indicatorLines: withValues(
      report,
      new Map([
        [flow.id, 10],
        [rate.id, 50],
        [stock.id, 3],
      ]),
    ),
  })
}

describe('deadline of the monthly report (R12.3a)', () => {
  it('stamps a report submitted at 23:59:59 on the 17th, Vietnam time, as on time (R12.3a)', async () => {
    setVnNow('2025-04-10 08:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await completeReport(reporter)
    setVnNow('2025-04-17 23:59:59')
    const submitted = await updateReport(payload, reporter, report.id, { status: 'submitted' })
    expect(submitted).toMatchObject({
      timeliness: 'on-time',
      submittedAt: '2025-04-17T16:59:59.000Z',
      deadline: day('2025-04-17'),
    })
  })

  it('stamps a report submitted at 00:00 on the 18th, Vietnam time, as late (R12.3a)', async () => {
    setVnNow('2025-04-10 08:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await completeReport(reporter)
    setVnNow('2025-04-18 00:00')
    const submitted = await updateReport(payload, reporter, report.id, { status: 'submitted' })
    expect(submitted).toMatchObject({ timeliness: 'late', submittedAt: '2025-04-17T17:00:00.000Z' })
  })

  it('follows the report deadline of the charter settings in force (R12.3a, R14.3)', async () => {
    await payload.updateGlobal({
      slug: 'charter-settings',
      data: {
        editions: [
          {
            effectiveFrom: day('2022-07-01'),
            meetingBeforeDay: 10,
            reportBeforeDay: 18,
            aggregateBeforeDay: 22,
            noticeLeadWorkingDays: 2,
            majorityBase: 'present',
            tieRule: 'chair-side',
            lockDay: 25,
            reminderDaysBefore: 3,
          },
          {
            effectiveFrom: day('2025-08-01'),
            meetingBeforeDay: 10,
            reportBeforeDay: 15,
            aggregateBeforeDay: 20,
            noticeLeadWorkingDays: 2,
            majorityBase: 'present',
            tieRule: 'chair-side',
            lockDay: 25,
            reminderDaysBefore: 3,
          },
        ],
      },
      overrideAccess: true,
    })
    setVnNow('2025-08-10 08:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await createReport(payload, reporter, {
      period: '2025-07',
      indicatorLines: [
        { indicator: flow.id, value: 1 },
        { indicator: rate.id, value: 1 },
        { indicator: stock.id, value: 1 },
      ],
    })
    setVnNow('2025-08-14 18:00')
    const submitted = await updateReport(payload, reporter, report.id, { status: 'submitted' })
    expect(submitted).toMatchObject({ timeliness: 'on-time', deadline: day('2025-08-14') })
    setVnNow('2025-08-15 08:00')
    const other = await createReportingAgency(payload, head)
    const late = await createReport(payload, other.reporter, {
      period: '2025-07',
      status: 'submitted',
      indicatorLines: [
        { indicator: flow.id, value: 1 },
        { indicator: rate.id, value: 1 },
        { indicator: stock.id, value: 1 },
      ],
    })
    expect(late.timeliness).toBe('late')
  })

  it('keeps the timeliness of the first submission when a returned report is resubmitted (R12.3a)', async () => {
    setVnNow('2025-04-10 08:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await completeReport(reporter)
    await updateReport(payload, reporter, report.id, { status: 'submitted' })
    await updateReport(payload, secretariat, report.id, {
      status: 'returned',
      reviewComment: 'Bổ sung số liệu tháng 3',
    })
    setVnNow('2025-04-20 08:00')
    const resubmitted = await updateReport(payload, reporter, report.id, { status: 'resubmitted' })
    expect(resubmitted).toMatchObject({
      timeliness: 'on-time',
      lastSubmittedAt: '2025-04-20T01:00:00.000Z',
    })
  })

  it('refuses a report for a month that has not begun', async () => {
    setVnNow('2025-04-10 08:00')
    const { reporter } = await createReportingAgency(payload, head)
    await expectInvalid(
      createReport(payload, reporter, { period: '2025-05' }),
      /^period: Chưa đến kỳ báo cáo tháng 05\/2025\./m,
    )
  })
})

describe('who moves a report through its states (R12.3a, R12.3b)', () => {
  const submittedReport = async () => {
    setVnNow('2025-04-10 08:00')
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
      /^status: Vi phạm Điều 12 khoản 3 \(R12\.3b\): Chỉ Cơ quan thường trực \(Công an tỉnh\) tiếp nhận hoặc trả lại báo cáo\./m,
    )
  })

  it('lets the standing body accept a submitted report (R12.3b)', async () => {
    const { report } = await submittedReport()
    const accepted = await updateReport(payload, secretariat, report.id, { status: 'accepted' })
    expect(accepted).toMatchObject({ status: 'accepted', reviewedBy: secretariat.id })
  })

  it('lets the standing body accept a report whose task was reassigned after submission (R12.3b)', async () => {
    setVnNow('2025-04-10 08:00')
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
    setVnNow('2025-04-10 08:00')
    const { reporter, assign } = await createReportingAgency(payload, head)
    const reported = await assign({ dueDate: day('2025-05-31') })
    const unreported = await assign({ assignedOn: day('2025-04-05'), dueDate: day('2025-05-31') })
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
      /^reviewComment: Vi phạm Điều 12 khoản 3 \(R12\.3b\): Trả lại báo cáo phải ghi rõ ý kiến/m,
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
    setVnNow('2025-04-10 08:00')
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

describe('one report per agency and month (R12.3a)', () => {
  it('keeps exactly one of 20 simultaneous creations and refuses the others clearly', async () => {
    setVnNow('2025-04-10 08:00')
    const { agency, reporter } = await createReportingAgency(payload, head)
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => createReport(payload, reporter, { period: '2025-03' })),
    )
    const refusals = results.filter((result) => result.status === 'rejected')
    const stored = await payload.count({
      collection: 'reports',
      where: { and: [{ agency: { equals: agency.id } }, { period: { equals: '2025-03' } }] },
    })
    expect(stored.totalDocs).toBe(1)
    expect(refusals).toHaveLength(19)
    for (const refusal of refusals) {
      const error = (refusal as PromiseRejectedResult).reason as {
        name: string
        status: number
        data: { errors: { message: string }[] }
      }
      expect({
        name: error.name,
        status: error.status,
        message: error.data.errors[0].message,
      }).toEqual({
        name: 'ValidationError',
        status: 400,
        message: 'Báo cáo tháng 03/2025 của cơ quan này đã tồn tại.',
      })
    }
  })

  it('refuses a second report of the same agency and month, storing nothing', async () => {
    setVnNow('2025-04-10 08:00')
    const { reporter } = await createReportingAgency(payload, head)
    await createReport(payload, reporter, { period: '2025-03' })
    const before = await countReports()
    await expectInvalid(
      createReport(payload, reporter, { period: '2025-03' }),
      /Báo cáo tháng 03\/2025 của cơ quan này đã tồn tại\./,
    )
    expect(await countReports()).toBe(before)
  })
})

describe('a reporter sees and writes only the own agency’s reports', () => {
  const twoAgencies = async () => {
    setVnNow('2025-04-10 08:00')
    const own = await createReportingAgency(payload, head)
    const other = await createReportingAgency(payload, head)
    const ownReport = await completeReport(own.reporter)
    const otherReport = await completeReport(other.reporter)
    return { own, other, ownReport, otherReport }
  }

  it('hides another agency’s report from a reporter', async () => {
    const { own, otherReport } = await twoAgencies()
    await expect(
      payload.findByID({
        collection: 'reports',
        id: otherReport.id,
        overrideAccess: false,
        user: own.reporter,
      }),
    ).rejects.toMatchObject({ status: 404 })
  })

  it('lists only the own agency’s reports to a reporter', async () => {
    const { own, ownReport } = await twoAgencies()
    const { docs } = await payload.find({
      collection: 'reports',
      overrideAccess: false,
      user: own.reporter,
      depth: 0,
    })
    expect(docs.map((doc) => doc.id)).toEqual([ownReport.id])
  })

  it('lists only the own agency’s report versions to a reporter', async () => {
    const { own, ownReport } = await twoAgencies()
    const { docs } = await payload.findVersions({
      collection: 'reports',
      overrideAccess: false,
      user: own.reporter,
      depth: 0,
      pagination: false,
    })
    expect(new Set(docs.map((doc) => doc.parent))).toEqual(new Set([ownReport.id]))
  })

  it('hides another agency’s report version from a reporter', async () => {
    const { own, otherReport } = await twoAgencies()
    const { docs } = await payload.findVersions({
      collection: 'reports',
      where: { parent: { equals: otherReport.id } },
      depth: 0,
      limit: 1,
    })
    await expectForbidden(
      payload.findVersionByID({
        collection: 'reports',
        id: String(docs[0].id),
        overrideAccess: false,
        user: own.reporter,
      }),
    )
  })

  it('refuses a reporter updating another agency’s report, changing nothing', async () => {
    const { own, otherReport } = await twoAgencies()
    await expectForbidden(
      updateReport(payload, own.reporter, otherReport.id, { obstacles: 'Sửa hộ' }),
    )
    const stored = await payload.findByID({ collection: 'reports', id: otherReport.id, depth: 0 })
    expect(stored.obstacles ?? null).toBeNull()
  })

  it('refuses a reporter creating a report for another agency, storing nothing', async () => {
    const { own, other } = await twoAgencies()
    const before = await countReports()
    await expectForbidden(
      createReport(payload, own.reporter, { agency: other.agency.id, period: '2025-02' }),
    )
    expect(await countReports()).toBe(before)
  })

  it('refuses a reporter moving the own report to another agency', async () => {
    const { own, other, ownReport } = await twoAgencies()
    await expectInvalid(
      updateReport(payload, own.reporter, ownReport.id, { agency: other.agency.id }),
      /^agency: Không đổi cơ quan hoặc kỳ của báo cáo đã lập/m,
    )
  })

  it('refuses a reporter deleting another agency’s report', async () => {
    const { own, otherReport } = await twoAgencies()
    await expectForbidden(
      payload.delete({
        collection: 'reports',
        id: otherReport.id,
        overrideAccess: false,
        user: own.reporter,
      }),
    )
  })

  it('refuses the own reporter deleting a submitted report', async () => {
    const { own, ownReport } = await twoAgencies()
    await updateReport(payload, own.reporter, ownReport.id, { status: 'submitted' })
    await expectForbidden(
      payload.delete({
        collection: 'reports',
        id: ownReport.id,
        overrideAccess: false,
        user: own.reporter,
      }),
    )
  })

  it('lets a leader read every agency’s reports', async () => {
    const { ownReport, otherReport } = await twoAgencies()
    const { docs } = await payload.find({
      collection: 'reports',
      where: { id: { in: [ownReport.id, otherReport.id] } },
      overrideAccess: false,
      user: leader,
      depth: 0,
    })
    expect(docs).toHaveLength(2)
  })
})
