import { describe, expect, it } from 'vitest'

import { daysOverdue, effectiveDueDate, taskStatus } from '../../../hooks/rules/taskStatus'

describe('task status, computed never typed', () => {
  it('counts a task completed on its due date as completed on time', () => {
    expect(taskStatus({ dueDate: '2025-03-31', completedOn: '2025-03-31' }, '2025-05-01')).toBe(
      'completed-on-time',
    )
  })

  it('counts a task completed the day after its due date as completed late', () => {
    expect(taskStatus({ dueDate: '2025-03-31', completedOn: '2025-04-01' }, '2025-05-01')).toBe(
      'completed-late',
    )
  })

  it('keeps an open task within deadline on its due date', () => {
    expect(taskStatus({ dueDate: '2025-03-31' }, '2025-03-31')).toBe('open-within-deadline')
  })

  it('makes an open task overdue the day after its due date', () => {
    expect(taskStatus({ dueDate: '2025-03-31' }, '2025-04-01')).toBe('open-overdue')
  })

  it('reports a task whose start is still ahead as not started', () => {
    expect(taskStatus({ startDate: '2025-06-01', dueDate: '2025-12-31' }, '2025-05-31')).toBe(
      'not-started',
    )
  })

  it('reports paused and recurring tasks as such while open', () => {
    expect(taskStatus({ dueDate: '2025-01-31', paused: true }, '2025-03-01')).toBe('paused')
    expect(taskStatus({ recurring: true }, '2025-03-01')).toBe('recurring')
  })

  it('judges completion against an approved extension, keeping the original due date', () => {
    const task = {
      dueDate: '2025-03-31',
      completedOn: '2025-04-20',
      extensions: [{ newDueDate: '2025-04-30', status: 'approved' as const }],
    }
    expect(taskStatus(task, '2025-05-01')).toBe('completed-on-time')
    expect(task.dueDate).toBe('2025-03-31')
  })

  it('ignores an extension that is only requested or was rejected', () => {
    const task = {
      dueDate: '2025-03-31',
      extensions: [
        { newDueDate: '2025-04-30', status: 'requested' as const },
        { newDueDate: '2025-05-30', status: 'rejected' as const },
      ],
    }
    expect(effectiveDueDate(task)).toBe('2025-03-31')
    expect(taskStatus(task, '2025-04-02')).toBe('open-overdue')
  })

  it('counts whole days overdue against the due date in force', () => {
    expect(daysOverdue({ dueDate: '2025-03-31' }, '2025-04-10')).toBe(10)
    expect(daysOverdue({ dueDate: '2025-03-31', completedOn: '2025-04-05' }, '2025-04-10')).toBe(0)
  })
})
