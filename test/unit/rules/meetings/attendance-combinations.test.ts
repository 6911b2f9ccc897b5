// Every combination of presence × reason × consent × substitute's name × authorisation × waiver ×
// group kind, against an oracle written here from the charter text (Art. 6(2), 10(2), 11(4)).
import { describe, expect, it } from 'vitest'

import {
  absencesWithoutSubstitute,
  attendanceFindings,
  attendanceRowFindings,
  checkAbsence,
  checkSubstitute,
  describeAttendanceFinding,
  describeAttendanceFindings,
  PRESENCES,
  type AttendanceGroupKind,
  type AttendanceRow,
  type Presence,
} from '../../../../hooks/rules/meetings'

type Case = {
  presence: Presence
  reason: boolean
  consent: boolean
  name: boolean
  authorisation: boolean
  waiver: boolean
  kind: AttendanceGroupKind
}

const BOOLS = [false, true] as const

const CASES: Case[] = PRESENCES.flatMap((presence) =>
  BOOLS.flatMap((reason) =>
    BOOLS.flatMap((consent) =>
      BOOLS.flatMap((name) =>
        BOOLS.flatMap((authorisation) =>
          BOOLS.flatMap((waiver) =>
            (['wg', 'sg'] as const).map((kind) => ({
              presence,
              reason,
              consent,
              name,
              authorisation,
              waiver,
              kind,
            })),
          ),
        ),
      ),
    ),
  ),
)

const rowOf = (c: Case): AttendanceRow => ({
  member: 7,
  presence: c.presence,
  reason: c.reason ? 'Đi công tác Hà Nội' : '   ',
  chairConsent: c.consent,
  substituteName: c.name ? 'Trần Văn B' : '',
  hasAuthorisation: c.authorisation,
  substituteWaived: c.waiver,
})

/** The oracle: "field:rule:severity" of everything the row lacks, in filling order. */
const expected = (c: Case): string[] => {
  const out: string[] = []
  if (c.presence === 'present') return out
  const wg = c.kind === 'wg'
  const absent = c.presence === 'absent'
  // Art. 6(2) / 11(4) for the WG, Art. 10(2) for the SG: reported, with the chair's agreement.
  // Refused for an absence (as before); flagged for a substitute.
  const sev = absent ? 'refuse' : 'flag'
  if (!c.reason) out.push(`reason:${wg ? (absent ? 'R11.4' : 'R6.2a') : 'R8–R10'}:${sev}`)
  if (!c.consent) out.push(`chairConsent:${wg ? 'R6.2a' : 'R8–R10'}:${sev}`)
  if (absent) {
    // Art. 11(4): an absent WG member sends a substitute, unless the chair waived it (flag).
    if (wg && !c.waiver) out.push('substituteWaived:R11.4:flag')
    return out
  }
  if (!c.name) out.push(`substituteName:${wg ? 'R6.2b' : 'R8–R10'}:refuse`)
  // Art. 6(2): "ủy quyền ... phải có ý kiến bằng văn bản" (WG); Art. 10(2) asks none of the SG.
  if (wg && !c.authorisation) out.push('authorisation:R6.2b:refuse')
  return out
}

const describeCase = (c: Case) =>
  `${c.kind} ${c.presence} reason=${c.reason} consent=${c.consent} name=${c.name} authorisation=${c.authorisation} waiver=${c.waiver}`

describe('attendance over every combination (R6.2a, R6.2b, R11.4, R8–R10)', () => {
  it('covers 3 presences × 2⁵ inputs × 2 group kinds = 192 rows (R6.2a, R6.2b, R11.4, R8–R10)', () => {
    expect(CASES).toHaveLength(192)
  })

  it.each(CASES.map((c) => [describeCase(c), c] as const))(
    'finds exactly what the charter asks of %s (R6.2a, R6.2b, R11.4, R8–R10)',
    (_, c) => {
      const findings = attendanceRowFindings(rowOf(c), 4, c.kind)
      expect(findings.map((f) => `${f.field}:${f.rule}:${f.severity}`)).toEqual(expected(c))
      expect(findings.every((f) => f.row === 4)).toBe(true)
    },
  )

  it('lists every row’s findings at once, in row order (R6.2a, R6.2b, R11.4)', () => {
    for (const kind of ['wg', 'sg'] as const) {
      const cases = CASES.filter((c) => c.kind === kind)
      const findings = attendanceFindings(cases.map(rowOf), kind)
      expect(findings.map((f) => `${f.row}:${f.field}:${f.rule}:${f.severity}`)).toEqual(
        cases.flatMap((c, row) => expected(c).map((e) => `${row}:${e}`)),
      )
    }
  })

  it('counts absent WG members with neither a substitute nor a waiver, never SG ones (R11.4)', () => {
    for (const kind of ['wg', 'sg'] as const) {
      const cases = CASES.filter((c) => c.kind === kind)
      const oracle = cases.filter((c) => c.presence === 'absent' && kind === 'wg' && !c.waiver)
      expect(absencesWithoutSubstitute(cases.map(rowOf), kind)).toBe(oracle.length)
    }
  })

  it.each(CASES.map((c) => [describeCase(c), c] as const))(
    'keeps the row checks refusing as before for %s (R6.2a, R6.2b, R11.4, R8–R10)',
    (_, c) => {
      const refusals = expected(c).filter((e) => e.endsWith(':refuse'))
      const absence = checkAbsence(rowOf(c), 2, c.kind)
      const substitute = checkSubstitute(rowOf(c), 2, c.kind)
      const first = (fields: string[]) => refusals.find((e) => fields.includes(e.split(':')[0]))
      const want = [first(['reason', 'chairConsent']), first(['substituteName', 'authorisation'])]
      expect([absence, substitute].map((v) => (v.ok ? undefined : `${v.path}:${v.rule}`))).toEqual(
        want.map((e) => e && `attendance.2.${e.split(':')[0]}:${e.split(':')[1]}`),
      )
    },
  )
})

describe('attendance messages name the row, never a field path (R6.2a, R6.2b, R11.4)', () => {
  const names = (row: number) => ['Nguyễn Văn A', null, 'Lê Thị C'][row] ?? null
  const rows: AttendanceRow[] = [
    { member: 1, presence: 'absent', hasAuthorisation: false },
    { member: 2, presence: 'substitute', hasAuthorisation: false },
    { member: 3, presence: 'present', hasAuthorisation: false },
  ]

  it('says one line per row with everything the row lacks (R6.2a, R11.4, R6.2b)', () => {
    const refusals = attendanceFindings(rows, 'wg').filter((f) => f.severity === 'refuse')
    expect(describeAttendanceFindings(refusals, names, 'vi')).toEqual([
      'Dòng 1 (Nguyễn Văn A): chưa ghi lý do vắng mặt; chưa có ý kiến đồng ý của người chủ trì (Điều 11 khoản 4; Điều 6 khoản 2).',
      'Dòng 2: chưa ghi họ tên người dự họp thay; chưa có văn bản ủy quyền dự họp của thành viên (tải tệp lên) (Điều 6 khoản 2).',
    ])
    expect(describeAttendanceFindings(refusals, names, 'en')[0]).toBe(
      "Row 1 (Nguyễn Văn A): no reason for the absence is recorded; the chair's consent is not recorded (Article 11(4); Article 6(2)).",
    )
  })

  it('opens each field error with the clause and names the row (R6.2a)', () => {
    const [, consent] = attendanceFindings(rows, 'wg')
    expect(describeAttendanceFinding(consent, 'Nguyễn Văn A', 'vi')).toBe(
      'Vi phạm Điều 6 khoản 2: Dòng 1 (Nguyễn Văn A): chưa có ý kiến đồng ý của người chủ trì.',
    )
    for (const finding of attendanceFindings(rows, 'wg')) {
      expect(describeAttendanceFinding(finding, null, 'vi')).not.toMatch(/attendance\.\d/)
    }
  })

  it('cites Art. 10(2) for a Support Group row (R8–R10)', () => {
    const [reason] = attendanceFindings(rows, 'sg')
    expect(describeAttendanceFinding(reason, 'Nguyễn Văn A', 'vi')).toBe(
      'Vi phạm Điều 10 khoản 2: Dòng 1 (Nguyễn Văn A): chưa ghi lý do vắng mặt.',
    )
  })
})
