import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Report, Task, User } from '../../payload-types'
import { createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectInvalid } from '../helpers/refusals'
import {
  createReport,
  createReportingAgency,
  groupHead,
  setVnNow,
  updateReport,
} from '../helpers/reports'

// R12.3a: the progress and result an agency reports on its tasks become the tasks' own once the
// standing body accepts the report.

let payload: Payload
let head: User
let secretariat: User

beforeAll(async () => {
  payload = await initPayload()
  head = await groupHead(payload)
  secretariat = await createUser(payload, { roles: ['secretariat'] })
})

afterEach(() => {
  vi.useRealTimers()
})

const taskNow = (task: Task) =>
  payload.findByID({ collection: 'tasks', id: task.id, depth: 0, overrideAccess: true })

const REPORTED = { progress: 70, result: 'Đã kết nối 35/40 thủ tục với Cổng dịch vụ công.' }

/** An agency with two open tasks and its March report, lines filled in and submitted. */
const submittedReport = async () => {
  setVnNow('2025-04-08 09:00')
  const { agency, reporter, assign } = await createReportingAgency(payload, head)
  const open = await assign({ progress: 20 })
  const finishing = await assign({ progress: 40 })
  const draft = await createReport(payload, reporter, { agency: agency.id, period: '2025-04' })
  const taskLines = (draft.taskLines ?? []).map((line) => ({
    ...line,
    progress: REPORTED.progress,
    result: REPORTED.result,
  }))
  const report = await updateReport(payload, reporter, draft.id, {
    taskLines,
    status: 'submitted',
  })
  return { agency, reporter, open, finishing, report }
}

const review = (report: Report, data: Partial<Report>) =>
  updateReport(payload, secretariat, report.id, data)

describe('accepted report copied back to its tasks (R12.3a)', () => {
  it('writes each task line’s progress and result to the task on acceptance (R12.3a)', async () => {
    const { open, finishing, report } = await submittedReport()
    expect(report.taskLines?.map((line) => line.task)).toEqual([open.id, finishing.id])
    await review(report, { status: 'accepted' })
    for (const task of [open, finishing]) {
      expect(await taskNow(task)).toMatchObject({ ...REPORTED, updatedBy: secretariat.id })
    }
  })

  it('leaves a task completed since the report was written (R12.3a)', async () => {
    const { finishing, report } = await submittedReport()
    await payload.update({
      collection: 'tasks',
      id: finishing.id,
      data: { completedOn: day('2025-04-09'), result: 'Hoàn thành' },
      overrideAccess: true,
    })
    await review(report, { status: 'accepted' })
    expect(await taskNow(finishing)).toMatchObject({ progress: 100, result: 'Hoàn thành' })
  })

  it('leaves the tasks when the report is returned (R12.3a)', async () => {
    const { open, report } = await submittedReport()
    await review(report, { status: 'returned', reviewComment: 'Đề nghị làm rõ kết quả.' })
    expect(await taskNow(open)).toMatchObject({ progress: 20, result: null })
  })

  it('copies once the returned report is resubmitted and accepted (R12.3a)', async () => {
    const { open, reporter, report } = await submittedReport()
    await review(report, { status: 'returned', reviewComment: 'Đề nghị làm rõ kết quả.' })
    await updateReport(payload, reporter, report.id, { status: 'resubmitted' })
    await review(report, { status: 'accepted' })
    expect(await taskNow(open)).toMatchObject(REPORTED)
  })

  it('leaves the tasks when the agency’s own reporter tries to accept (R12.3b)', async () => {
    const { open, reporter, report } = await submittedReport()
    await expectInvalid(
      updateReport(payload, reporter, report.id, { status: 'accepted' }),
      /^status: Vi phạm Điều 12 khoản 3/m,
    )
    expect(await taskNow(open)).toMatchObject({ progress: 20, result: null })
  })

  it('leaves the tasks when an acceptance also rewrites the lines, with a bad progress (R12.3a)', async () => {
    const { open, report } = await submittedReport()
    const taskLines = (report.taskLines ?? []).map((line) => ({ ...line, progress: 150 }))
    await expectInvalid(
      review(report, { status: 'accepted', taskLines }),
      /^status: Báo cáo đã gửi Cơ quan thường trực; chỉ sửa nội dung khi báo cáo bị trả lại\./m,
    )
    expect(await taskNow(open)).toMatchObject({ progress: 20, result: null })
    const stored = await payload.findByID({ collection: 'reports', id: report.id, depth: 0 })
    expect(stored.status).toBe('submitted')
  })

  it('leaves the tasks when the seed stores an accepted report (R12.3a)', async () => {
    setVnNow('2025-04-08 09:00')
    const { agency, assign } = await createReportingAgency(payload, head)
    const task = await assign({ progress: 20 })
    await payload.create({
      collection: 'reports',
      data: {
        agency: agency.id,
        period: '2025-04',
        status: 'accepted',
        taskLines: [{ task: task.id, progress: 90, result: 'Số liệu mẫu' }],
      },
      context: { seeding: true },
      overrideAccess: true,
      depth: 0,
    })
    expect(await taskNow(task)).toMatchObject({ progress: 20, result: null })
  })
})
