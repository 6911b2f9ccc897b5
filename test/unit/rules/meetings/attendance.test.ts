import { describe, expect, it } from 'vitest'

import {
  absencesWithoutConsent,
  attendanceSummary,
  checkAbsence,
  checkAttendanceRows,
  checkSubstitute,
  type AttendanceRow,
} from '../../../../hooks/rules/meetings'
import { OK } from '../../../../hooks/rules/verdict'
import { expectBreach } from '../expectBreach'
import { expectRefusal } from './expectRefusal'

const row = (data: Partial<AttendanceRow> = {}): AttendanceRow => ({
  member: 1,
  presence: 'present',
  hasAuthorisation: false,
  ...data,
})

describe('absences (R6.2a, R11.4)', () => {
  it('accepts an absence with a reason and the chair’s consent (R6.2a)', () => {
    expect(
      checkAbsence(
        row({ presence: 'absent', reason: 'Đi công tác Hà Nội', chairConsent: true }),
        0,
      ),
    ).toEqual(OK)
  })

  it('refuses an absence without the chair’s consent (R6.2a)', () => {
    expectBreach(checkAbsence(row({ presence: 'absent', reason: 'Ốm', chairConsent: false }), 2), {
      rule: 'R6.2a',
      vi: 'Vi phạm Điều 6 khoản 2:',
      en: 'Breach of Article 6(2):',
      path: 'attendance.2.chairConsent',
    })
  })

  it('refuses an absence without a reason reported (R11.4)', () => {
    expectBreach(checkAbsence(row({ presence: 'absent', reason: '  ', chairConsent: true }), 0), {
      rule: 'R11.4',
      vi: 'Vi phạm Điều 11 khoản 4:',
      en: 'Breach of Article 11(4):',
      path: 'attendance.0.reason',
    })
  })

  it('asks nothing of a member present (R6.2a)', () => {
    expect(checkAbsence(row(), 0)).toEqual(OK)
  })

  it('counts invited members without a row as absent without consent once held (R6.2a)', () => {
    const rows = [
      row({ member: 1 }),
      row({ member: 2, presence: 'absent', reason: 'Ốm', chairConsent: true }),
    ]
    expect(absencesWithoutConsent(rows, [1, 2, 3, 4], true)).toBe(2)
  })

  it('counts no absence before the meeting is held (R6.2a)', () => {
    expect(absencesWithoutConsent([], [1, 2, 3], false)).toBe(0)
  })

  it('summarises attendance by presence (R6.2a)', () => {
    const rows = [
      row({ member: 1 }),
      row({
        member: 2,
        presence: 'substitute',
        substituteName: 'Trần Văn B',
        hasAuthorisation: true,
      }),
      row({ member: 3, presence: 'absent', reason: 'Ốm', chairConsent: true }),
    ]
    expect(attendanceSummary(rows, [1, 2, 3, 4])).toEqual({
      invited: 4,
      present: 1,
      substitute: 1,
      absentWithConsent: 1,
      unrecorded: 1,
    })
  })
})

describe('substitutes (R6.2b)', () => {
  const R62B = {
    rule: 'R6.2b',
    vi: 'Vi phạm Điều 6 khoản 2:',
    en: 'Breach of Article 6(2):',
  }

  it('accepts a named substitute with the member’s written authorisation (R6.2b)', () => {
    expect(
      checkSubstitute(
        row({ presence: 'substitute', substituteName: 'Trần Văn B', hasAuthorisation: true }),
        0,
      ),
    ).toEqual(OK)
  })

  it('refuses a substitute without the written authorisation (R6.2b)', () => {
    expectBreach(
      checkSubstitute(row({ presence: 'substitute', substituteName: 'Trần Văn B' }), 1),
      {
        ...R62B,
        path: 'attendance.1.authorisation',
      },
    )
  })

  it('accepts a Support Group substitute without a written authorisation (R8–R10)', () => {
    expect(
      checkSubstitute(row({ presence: 'substitute', substituteName: 'Trần Văn B' }), 0, 'sg'),
    ).toEqual(OK)
  })

  it('refuses a substitute without a name (R6.2b)', () => {
    expectBreach(checkSubstitute(row({ presence: 'substitute', hasAuthorisation: true }), 0), {
      ...R62B,
      path: 'attendance.0.substituteName',
    })
  })
})

describe('attendance rows (R11.2)', () => {
  it('refuses a row for someone not invited (R11.2)', () => {
    expectRefusal(checkAttendanceRows([row({ member: 1 }), row({ member: 9 })], [1, 2]), {
      rule: 'R11.2',
      path: 'attendance.1.member',
      vi: 'Chỉ điểm danh thành viên có trong danh sách mời.',
      en: 'Attendance is recorded for invited members only.',
    })
  })

  it('refuses a row that names nobody (R11.2)', () => {
    expectRefusal(checkAttendanceRows([row({ member: null })], [1, 2]), {
      rule: 'R11.2',
      path: 'attendance.0.member',
      vi: /^Chỉ điểm danh thành viên/,
      en: /^Attendance is recorded for invited/,
    })
  })

  it('refuses two rows for the same member, whatever the form of the id (R11.2)', () => {
    expectRefusal(checkAttendanceRows([row({ member: 1 }), row({ member: '1' })], [1, 2]), {
      rule: 'R11.2',
      path: 'attendance.1.member',
      vi: 'Thành viên này đã được điểm danh ở dòng trên.',
      en: 'This member already has an attendance row.',
    })
  })

  it('accepts one row per invited member, or no row at all (R11.2)', () => {
    expect([
      checkAttendanceRows([row({ member: 1 }), row({ member: '2' })], [1, 2]),
      checkAttendanceRows([], [1, 2]),
    ]).toEqual([OK, OK])
  })
})
