import { describe, expect, it } from 'vitest'

import { copyBackOf, type TaskNow } from '../../../hooks/rules/reportCopyBack'

const task = (id: number, extra: Partial<TaskNow> = {}): TaskNow => ({
  id,
  leadAgency: 7,
  completedOn: null,
  progress: 20,
  result: null,
  ...extra,
})

describe('accepted report copied back to its tasks (R12.3a)', () => {
  it('writes the reported progress and result to an open task the agency leads (R12.3a)', () => {
    expect(
      copyBackOf(7, [{ task: 1, progress: 60, result: ' Đã kết nối 12 thủ tục. ' }], [task(1)]),
    ).toEqual([{ id: 1, data: { progress: 60, result: 'Đã kết nối 12 thủ tục.' } }])
  })

  it('leaves a task another agency now leads (R12.3a)', () => {
    expect(copyBackOf(7, [{ task: 1, progress: 60 }], [task(1, { leadAgency: 8 })])).toEqual([])
  })

  it('leaves a completed task (R12.3a)', () => {
    expect(
      copyBackOf(7, [{ task: 1, progress: 90 }], [task(1, { completedOn: '2025-03-20' })]),
    ).toEqual([])
  })

  it('never takes a task’s progress back (R12.3a)', () => {
    expect(copyBackOf(7, [{ task: 1, progress: 10, result: 'Cũ' }], [task(1)])).toEqual([
      { id: 1, data: { result: 'Cũ' } },
    ])
  })

  it('ignores blank results, missing progress, unknown tasks and repeated lines (R12.3a)', () => {
    expect(
      copyBackOf(
        7,
        [
          { task: 1, progress: null, result: '   ' },
          { task: 9, progress: 80 },
          { task: null, progress: 80 },
          { task: 2, progress: 50 },
          { task: 2, progress: 70 },
        ],
        [task(1), task(2)],
      ),
    ).toEqual([{ id: 2, data: { progress: 50 } }])
  })

  it('writes nothing when the task already holds the reported values (R12.3a)', () => {
    expect(
      copyBackOf(7, [{ task: 1, progress: 20, result: 'Xong' }], [task(1, { result: 'Xong' })]),
    ).toEqual([])
  })
})
