import { describe, expect, it } from 'vitest'

import {
  agendaRowsFromRegister,
  checkMinutesRecorded,
  checkPreparationDone,
  checkPreparationOwners,
  checkRegisterPullAllowed,
  followUpState,
  markStepDone,
  memberPostLine,
  planPreparation,
  postHeldOn,
  preparationState,
  type RegisterItem,
} from '../../../../hooks/rules/meetings'
import { describeBreach, OK } from '../../../../hooks/rules/verdict'
import { createCalendar } from '../../../../src/lib/calendar'
import { expectBreach } from '../expectBreach'

// 2025-09-01 and 2025-09-02 are the National Day holidays; 2025-09-08 is a Monday.
const calendar = createCalendar([])
const context = { calendar, meetingDay: '2025-09-08', noticeLeadWorkingDays: 2, defaultOwner: 7 }

describe('the preparation list of a Working Group meeting (R7.3)', () => {
  it('R7.3 counts the due days back over the weekend and the National Day holidays', () => {
    const rows = planPreparation([], context)
    expect(rows.map((row) => [row.step, row.dueOn, row.owner, row.doneOn])).toEqual([
      ['agenda', '2025-08-28', 7, null],
      ['materials', '2025-09-03', 7, null],
      ['notice', '2025-09-04', 7, null],
      ['minutes', '2025-09-10', 7, null],
    ])
  })

  it('R7.3 recomputes the open rows when the meeting moves and keeps the done ones', () => {
    const first = markStepDone(planPreparation([], context), 'agenda', '2025-08-27')
    const moved = planPreparation(first, { ...context, meetingDay: '2025-09-15' })
    expect(moved.map((row) => [row.step, row.dueOn, row.doneOn])).toEqual([
      ['agenda', '2025-08-28', '2025-08-27'],
      ['materials', '2025-09-10', null],
      ['notice', '2025-09-11', null],
      ['minutes', '2025-09-17', null],
    ])
  })

  it('R7.3 keeps the owner chosen and marks a step done once', () => {
    const rows = planPreparation([{ step: 'notice', owner: 9, dueOn: null, doneOn: null }], context)
    expect(rows.find((row) => row.step === 'notice')?.owner).toBe(9)
    const done = markStepDone(markStepDone(rows, 'notice', '2025-09-03'), 'notice', '2025-09-05')
    expect(done.find((row) => row.step === 'notice')?.doneOn).toBe('2025-09-03')
  })

  it('R7.3 reads the state: on time, overdue N days, not yet due', () => {
    const due = { dueOn: '2025-09-04' }
    expect(preparationState({ ...due, doneOn: '2025-09-04' }, '2025-09-20')?.vi).toBe('Đúng hạn')
    expect(preparationState({ ...due, doneOn: '2025-09-06' }, '2025-09-20')?.vi).toBe(
      'Quá hạn 2 ngày',
    )
    expect(preparationState({ ...due, doneOn: null }, '2025-09-07')?.vi).toBe('Quá hạn 3 ngày')
    expect(preparationState({ ...due, doneOn: null }, '2025-09-04')?.vi).toBe('Chưa đến hạn')
    expect(preparationState({ dueOn: null, doneOn: null }, '2025-09-04')).toBeNull()
  })

  it('R7.3 refuses an owner who is not a Support Group member in office', () => {
    const rows = planPreparation(
      [{ step: 'minutes', owner: 3, dueOn: null, doneOn: null }],
      context,
    )
    expect(checkPreparationOwners(rows, [7, 3])).toEqual(OK)
    expectBreach(checkPreparationOwners(rows, [7]), {
      rule: 'R7.3',
      vi: 'Vi phạm Điều 7 khoản 3:',
      en: 'Breach of Article 7(3):',
      path: 'preparation.3.owner',
    })
  })

  it('R7.3 refuses a done day in the future', () => {
    const rows = markStepDone(planPreparation([], context), 'agenda', '2025-09-09')
    expect(checkPreparationDone(rows, '2025-09-09')).toEqual(OK)
    expect(checkPreparationDone(rows, '2025-09-08')).toMatchObject({
      ok: false,
      path: 'preparation.0.doneOn',
    })
  })

  it('R7.3 requires the minutes before the conclusions', () => {
    expect(checkMinutesRecorded(true)).toEqual(OK)
    expectBreach(checkMinutesRecorded(false), {
      rule: 'R7.3',
      vi: 'Vi phạm Điều 7 khoản 3:',
      en: 'Breach of Article 7(3):',
      path: 'minutes',
    })
  })

  it('R7.3 reads how each earlier conclusion stands at the next meeting', () => {
    const today = '2025-09-08'
    expect(followUpState({ dueDate: '2025-09-01', completedOn: '2025-09-05' }, today).vi).toBe(
      'Đã hoàn thành',
    )
    expect(followUpState({ dueDate: '2025-09-30', completedOn: null }, today).vi).toBe(
      'Đang thực hiện trong hạn',
    )
    expect(followUpState({ dueDate: '2025-09-03', completedOn: null }, today).vi).toBe(
      'Quá hạn 5 ngày',
    )
  })
})

describe('open items of the obstacles register on the agenda (R12.4)', () => {
  const item = (id: number, dueOn: string | null, status: RegisterItem['status'] = 'received') => ({
    id,
    title: `Vướng mắc ${id}`,
    status,
    dueOn,
    resolverName: 'Sở Tư pháp',
    raisedAt: null,
  })

  it('R12.4 adds the open items, overdue first, skipping those on the agenda and the answered', () => {
    const rows = agendaRowsFromRegister(
      [
        item(1, '2025-09-30'),
        item(2, '2025-09-01'),
        item(3, null),
        item(4, '2025-08-01', 'answered'),
        item(5, '2025-08-20'),
      ],
      [5],
      '2025-09-08',
    )
    expect(rows.map((row) => row.feedback)).toEqual([2, 1, 3])
    expect(rows[0].title).toBe(
      'Kiến nghị tồn đọng: Vướng mắc 2 (cơ quan giải quyết: Sở Tư pháp; hạn 01/09/2025, quá hạn)',
    )
    expect(agendaRowsFromRegister([item(2, '2025-09-01')], [2], '2025-09-08')).toEqual([])
  })

  it('R12.4 refuses once the notice is sent', () => {
    expect(checkRegisterPullAllowed('draft')).toEqual(OK)
    expect(describeBreach(checkRegisterPullAllowed('notice-sent'))).toBe(
      'Giấy mời đã gửi nên chương trình họp không thay đổi được; đưa kiến nghị vào cuộc họp sau.',
    )
  })
})

describe('members named by their post at the home agency (R12.1)', () => {
  it('R12.1 prints the post, the agency and the seat', () => {
    const member = {
      name: 'Nguyễn Văn An',
      postTitle: 'Giám đốc',
      agencyName: 'Sở Y tế',
      position: 'member' as const,
    }
    expect(memberPostLine(member)).toBe(
      'Đồng chí Nguyễn Văn An, Giám đốc Sở Y tế, Thành viên Tổ công tác',
    )
    expect(memberPostLine({ ...member, postTitle: 'Giám đốc Sở Y tế' })).toBe(
      'Đồng chí Nguyễn Văn An, Giám đốc Sở Y tế, Thành viên Tổ công tác',
    )
    expect(memberPostLine({ ...member, postTitle: null, position: 'sg-head' })).toBe(
      'Đồng chí Nguyễn Văn An, Sở Y tế, Tổ trưởng Tổ giúp việc',
    )
  })

  it('R12.1 reads a post as held only within its dates', () => {
    const post = { postFrom: '2024-01-01', postTo: '2025-06-30' }
    expect([
      postHeldOn(post, '2023-12-31'),
      postHeldOn(post, '2025-06-30'),
      postHeldOn(post, '2025-07-01'),
      postHeldOn({ postFrom: null, postTo: null }, '2025-07-01'),
    ]).toEqual([false, true, false, true])
  })
})
