import { describe, expect, it } from 'vitest'

import {
  checkConclusionsIssuable,
  needsFollowUp,
  planDeliveries,
  taskFromConclusion,
  type Conclusions,
} from '../../../../hooks/rules/meetings'
import { OK } from '../../../../hooks/rules/verdict'
import { expectBreach } from '../expectBreach'

const R113B = {
  rule: 'R11.3b',
  vi: 'Vi phạm Điều 11 khoản 3:',
  en: 'Breach of Article 11(3):',
}
const R62C = {
  rule: 'R6.2c',
  vi: 'Vi phạm Điều 6 khoản 2:',
  en: 'Breach of Article 6(2):',
}

const conclusions = (data: Partial<Conclusions> = {}): Conclusions => ({
  status: 'held',
  kind: 'regular',
  summary: 'Các sở, ngành đẩy nhanh tiến độ làm sạch dữ liệu.',
  items: [{ content: 'Hoàn thành làm sạch dữ liệu hộ tịch', leadAgency: 4, dueDate: '2025-04-30' }],
  issuedOn: '2025-03-07',
  ...data,
})

describe('issuing conclusions (R11.3b, R6.2c)', () => {
  it('accepts the conclusions of a held meeting with complete items (R11.3b)', () => {
    expect(checkConclusionsIssuable(conclusions())).toEqual(OK)
  })

  it('refuses conclusions before the meeting is held (R11.3b)', () => {
    expectBreach(checkConclusionsIssuable(conclusions({ status: 'notice-sent' })), {
      ...R113B,
      path: 'status',
    })
  })

  it('refuses empty conclusions (R11.3b)', () => {
    expectBreach(checkConclusionsIssuable(conclusions({ summary: null })), {
      ...R113B,
      path: 'conclusions.summary',
    })
  })

  it('refuses conclusions of a Support Group meeting (R11.3b)', () => {
    expectBreach(checkConclusionsIssuable(conclusions({ kind: 'sg' })), { ...R113B, path: 'kind' })
  })

  it('refuses an item without a lead agency, which could not become a task (R6.2c)', () => {
    expectBreach(
      checkConclusionsIssuable(
        conclusions({ items: [{ content: 'Việc', leadAgency: null, dueDate: '2025-04-30' }] }),
      ),
      { ...R62C, path: 'conclusions.items.0.leadAgency' },
    )
  })

  it('refuses an item without a due date (R6.2c)', () => {
    expectBreach(
      checkConclusionsIssuable(
        conclusions({ items: [{ content: 'Việc', leadAgency: 4, dueDate: null }] }),
      ),
      { ...R62C, path: 'conclusions.items.0.dueDate' },
    )
  })

  it('refuses an item already past due when issued (R6.2c)', () => {
    expectBreach(
      checkConclusionsIssuable(
        conclusions({ items: [{ content: 'Việc', leadAgency: 4, dueDate: '2025-03-06' }] }),
      ),
      { ...R62C, path: 'conclusions.items.0.dueDate' },
    )
  })

  it('turns an item into a task from a meeting conclusion, citing the notice (R6.2c)', () => {
    const task = taskFromConclusion(
      { content: 'Hoàn thành làm sạch dữ liệu hộ tịch', leadAgency: 4, dueDate: '2025-04-30' },
      {
        title: 'Họp thường kỳ tháng 03/2025 (05/03/2025)',
        number: '25/TB-TCT',
        issuedOn: '2025-03-07',
      },
    )
    expect(task).toEqual({
      title: 'Hoàn thành làm sạch dữ liệu hộ tịch',
      description: 'Hoàn thành làm sạch dữ liệu hộ tịch',
      source: 'meeting-conclusion',
      leadAgency: 4,
      dueDate: '2025-04-30',
      assignedOn: '2025-03-07',
      sourceReference: 'Thông báo kết luận số 25/TB-TCT ngày 07/03/2025',
    })
  })

  it('plans one delivery per member, flagging members without an email (R11.3b)', () => {
    const plan = planDeliveries([
      { seat: 1, name: 'A', email: 'a@quangnam.gov.vn' },
      { seat: 2, name: 'B', email: null },
    ])
    expect(plan.map((p) => p.send)).toEqual([true, false])
  })
})

describe('follow-up of earlier conclusions (R6.2c)', () => {
  it('follows up an open task assigned before the meeting (R6.2c)', () => {
    expect(
      needsFollowUp({ assignedOn: '2025-03-07', completedOn: null, paused: false }, '2025-04-05'),
    ).toBe(true)
  })

  it('drops a completed task from the follow-up (R6.2c)', () => {
    expect(
      needsFollowUp(
        { assignedOn: '2025-03-07', completedOn: '2025-03-30', paused: false },
        '2025-04-05',
      ),
    ).toBe(false)
  })

  it('drops a paused task and one assigned after the meeting (R6.2c)', () => {
    expect([
      needsFollowUp({ assignedOn: '2025-03-07', completedOn: null, paused: true }, '2025-04-05'),
      needsFollowUp({ assignedOn: '2025-04-06', completedOn: null, paused: false }, '2025-04-05'),
    ]).toEqual([false, false])
  })
})
