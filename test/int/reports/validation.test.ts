// Validation of a monthly report's values, pointing at the line.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { day } from '../../helpers/fixtures'
import { expectInvalid } from '../../helpers/refusals'
import {
  createIndicator,
  createReport,
  createReportingAgency,
  setVnNow,
  updateReport,
} from '../../helpers/reports'
import {
  flow,
  head,
  initReportWorld,
  lineOf,
  payload,
  rate,
  stock,
  withValues,
} from '../../helpers/reportWorld'

beforeAll(initReportWorld)

afterEach(() => {
  vi.useRealTimers()
})

describe('validation of values, pointing at the line', () => {
  it('refuses a negative value even in a draft, naming the indicator and its line', async () => {
    setVnNow('2025-03-16 09:00')
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
    setVnNow('2025-03-16 09:00')
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
    setVnNow('2025-03-16 09:00')
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
    setVnNow('2025-02-16 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const february = await createReport(payload, reporter, { period: '2025-02' })
    await updateReport(payload, reporter, february.id, {
      indicatorLines: withValues(february, new Map([[stock.id, 14]])),
    })
    setVnNow('2025-03-16 09:00')
    const march = await createReport(payload, reporter, { period: '2025-03' })
    const saved = await updateReport(payload, reporter, march.id, {
      indicatorLines: withValues(march, new Map([[stock.id, 12]])),
    })
    expect(saved.openIssues).toBe(1)
    expect(saved.issueSummary).toMatch(/số lũy kế \(12\) thấp hơn tháng trước \(14\)/)
  })

  it('refuses to submit a cumulative figure lower than last month without a note, pointing at the note', async () => {
    setVnNow('2025-02-16 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const february = await createReport(payload, reporter, { period: '2025-02' })
    await updateReport(payload, reporter, february.id, {
      indicatorLines: withValues(february, new Map([[stock.id, 14]])),
    })
    setVnNow('2025-03-16 09:00')
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
    setVnNow('2025-02-16 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const february = await createReport(payload, reporter, { period: '2025-02' })
    await updateReport(payload, reporter, february.id, {
      indicatorLines: withValues(february, new Map([[stock.id, 14]])),
    })
    setVnNow('2025-03-16 09:00')
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
    setVnNow('2025-03-16 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const report = await createReport(payload, reporter, { period: '2025-03' })
    await expectInvalid(
      updateReport(payload, reporter, report.id, { status: 'submitted' }),
      /^indicatorLines\.0\.value: Chỉ tiêu "Số hồ sơ trực tuyến": chưa nhập số liệu \(ghi 0 nếu không phát sinh\)\./m,
    )
  })

  it('refuses to submit an overdue task line without the reason for the delay', async () => {
    setVnNow('2025-03-16 09:00')
    const { reporter, assign } = await createReportingAgency(payload, head)
    await assign({ title: 'Số hóa sổ hộ tịch', dueDate: day('2025-03-10') })
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
    setVnNow('2025-03-16 09:00')
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
    setVnNow('2025-03-16 09:00')
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
