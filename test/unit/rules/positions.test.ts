import { describe, expect, it } from 'vitest'

import {
  checkAssistedSeatChange,
  checkAssistedSeatRemoval,
  checkPositionFitsGroup,
  checkSingleHolder,
  checkSupportAssignment,
  POSITION_LABELS,
  POSITIONS,
  SG_POSITIONS,
  unassistedSeats,
  WG_POSITIONS,
  type Membership,
} from '../../../hooks/rules/positions'
import { describeBreach, OK } from '../../../hooks/rules/verdict'
import { expectBreach } from './expectBreach'

const R8_10 = {
  rule: 'R8–R10',
  vi: 'Vi phạm Điều 8 – Điều 10:',
  en: 'Breach of Articles 8–10:',
  path: 'position',
}
const R3_1 = {
  rule: 'R3.2',
  vi: 'Vi phạm Điều 3:',
  en: 'Breach of Article 3:',
  path: 'from',
}
const R4_1 = {
  rule: 'R4.1–4.4',
  vi: 'Vi phạm Điều 4:',
  en: 'Breach of Article 4:',
  path: 'from',
}
const R8 = {
  rule: 'R8–R10',
  vi: 'Vi phạm Điều 8:',
  en: 'Breach of Article 8:',
  path: 'from',
}
const R10 = {
  rule: 'R10',
  vi: 'Vi phạm Điều 10:',
  en: 'Breach of Article 10:',
  path: 'assists',
}

const WG = 1
const SG = 2

const member = (overrides: Partial<Membership> = {}): Membership => ({
  id: 1,
  userId: 100,
  groupId: WG,
  groupKind: 'wg',
  position: 'head',
  term: { from: '2024-01-01', to: '2024-06-30' },
  ...overrides,
})

describe('position lists', () => {
  it('lists every WG and SG position once', () => {
    expect(POSITIONS).toEqual([...WG_POSITIONS, ...SG_POSITIONS])
  })

  it('labels every position in both languages', () => {
    expect(Object.keys(POSITION_LABELS).sort()).toEqual([...POSITIONS].sort())
  })
})

describe('checkPositionFitsGroup (R8–R10)', () => {
  it.each(WG_POSITIONS)('accepts the WG position %s in a Working Group (R8–R10)', (position) => {
    expect(checkPositionFitsGroup(position, 'wg')).toEqual(OK)
  })

  it.each(SG_POSITIONS)('accepts the SG position %s in a Support Group (R8–R10)', (position) => {
    expect(checkPositionFitsGroup(position, 'sg')).toEqual(OK)
  })

  it.each(WG_POSITIONS)('rejects the WG position %s in a Support Group (R8–R10)', (position) => {
    expectBreach(checkPositionFitsGroup(position, 'sg'), R8_10)
  })

  it.each(SG_POSITIONS)('rejects the SG position %s in a Working Group (R8–R10)', (position) => {
    expectBreach(checkPositionFitsGroup(position, 'wg'), R8_10)
  })

  it('names the misplaced WG position and says it is not in a Support Group (R8–R10)', () => {
    const verdict = checkPositionFitsGroup('head', 'sg')
    expect(describeBreach(verdict, 'vi')).toBe(
      'Vi phạm Điều 8 – Điều 10: chức danh "Tổ trưởng" không thuộc Tổ giúp việc.',
    )
    expect(describeBreach(verdict, 'en')).toBe(
      'Breach of Articles 8–10: the position "Head" does not exist in a Support Group.',
    )
  })

  it('names the misplaced SG position and says it exists only in a Support Group (R8–R10)', () => {
    const verdict = checkPositionFitsGroup('sg-member', 'wg')
    expect(describeBreach(verdict, 'vi')).toBe(
      'Vi phạm Điều 8 – Điều 10: chức danh "Thành viên Tổ giúp việc" chỉ có trong Tổ giúp việc.',
    )
    expect(describeBreach(verdict, 'en')).toBe(
      'Breach of Articles 8–10: the position "Support Group member" exists only in a Support Group.',
    )
  })
})

describe('checkSingleHolder (R3.2, R4.1–4.4, R8–R10)', () => {
  const firstHead = member({ id: 1, userId: 100, term: { from: '2024-01-01', to: '2024-06-30' } })

  it('accepts the first Head of a group (R3.2)', () => {
    expect(checkSingleHolder(firstHead, [])).toEqual(OK)
  })

  it('rejects a second Head whose term overlaps the first (R3.2)', () => {
    const second = member({ id: 2, userId: 200, term: { from: '2024-06-01', to: '2024-12-31' } })
    expectBreach(checkSingleHolder(second, [firstHead]), R3_1)
  })

  it('rejects a second Head whose term lies inside the first (R3.2)', () => {
    const second = member({ id: 2, userId: 200, term: { from: '2024-02-01', to: '2024-02-29' } })
    expectBreach(checkSingleHolder(second, [firstHead]), R3_1)
  })

  it('rejects a second Head whose term starts on the last day of the first (R3.2)', () => {
    const second = member({ id: 2, userId: 200, term: { from: '2024-06-30', to: null } })
    expectBreach(checkSingleHolder(second, [firstHead]), R3_1)
  })

  it('rejects a new Head record (no id yet) overlapping an existing Head (R3.2)', () => {
    const draft = member({ id: undefined, userId: 200, term: { from: '2024-03-01', to: null } })
    expectBreach(checkSingleHolder(draft, [firstHead]), R3_1)
  })

  it('rejects a new Head record (no id yet) overlapping another record without an id (R3.2)', () => {
    const draft = member({ id: undefined, userId: 200, term: { from: '2024-03-01', to: null } })
    const otherDraft = member({ id: undefined, userId: 100 })
    expectBreach(checkSingleHolder(draft, [otherDraft]), R3_1)
  })

  it('rejects the same person holding the Head post twice over overlapping terms (R3.2)', () => {
    const again = member({ id: 2, userId: 100, term: { from: '2024-05-01', to: null } })
    expectBreach(checkSingleHolder(again, [firstHead]), R3_1)
  })

  it('accepts a Head whose term starts the day after the previous one ends (R3.2)', () => {
    const next = member({ id: 2, userId: 200, term: { from: '2024-07-01', to: null } })
    expect(checkSingleHolder(next, [firstHead])).toEqual(OK)
  })

  it('accepts a Head whose term ends the day before the next one starts (R3.2)', () => {
    const later = member({ id: 1, userId: 100, term: { from: '2024-07-01', to: null } })
    const earlier = member({ id: 2, userId: 200, term: { from: '2024-01-01', to: '2024-06-30' } })
    expect(checkSingleHolder(earlier, [later])).toEqual(OK)
  })

  it('rejects a Head term starting while an open-ended Head term runs (R3.2)', () => {
    const sitting = member({ id: 1, userId: 100, term: { from: '2022-07-01', to: null } })
    const newcomer = member({ id: 2, userId: 200, term: { from: '2030-01-01', to: '2030-12-31' } })
    expectBreach(checkSingleHolder(newcomer, [sitting]), R3_1)
  })

  it('rejects an open-ended Head term that runs into a later Head term (R3.2)', () => {
    const later = member({ id: 1, userId: 100, term: { from: '2026-01-01', to: '2026-12-31' } })
    const openEnded = member({ id: 2, userId: 200, term: { from: '2024-01-01', to: null } })
    expectBreach(checkSingleHolder(openEnded, [later]), R3_1)
  })

  it('rejects two open-ended Head terms (R3.2)', () => {
    const sitting = member({ id: 1, userId: 100, term: { from: '2022-07-01', to: null } })
    const newcomer = member({ id: 2, userId: 200, term: { from: '2024-07-01', to: null } })
    expectBreach(checkSingleHolder(newcomer, [sitting]), R3_1)
  })

  it('accepts a closed Head term that ends before an open-ended one begins (R3.2)', () => {
    const sitting = member({ id: 1, userId: 100, term: { from: '2024-07-01', to: null } })
    const before = member({ id: 2, userId: 200, term: { from: '2022-07-01', to: '2024-06-30' } })
    expect(checkSingleHolder(before, [sitting])).toEqual(OK)
  })

  it('accepts overlapping Heads of different groups (R3.2)', () => {
    const otherGroup = member({ id: 2, userId: 200, groupId: 99, term: firstHead.term })
    expect(checkSingleHolder(otherGroup, [firstHead])).toEqual(OK)
  })

  it('matches group ids across number and string forms (R3.2)', () => {
    const sameGroupAsString = member({ id: 2, userId: 200, groupId: String(WG) })
    expectBreach(checkSingleHolder(sameGroupAsString, [firstHead]), R3_1)
  })

  it('accepts editing a Head record that is itself among the others (same id) (R3.2)', () => {
    const edited = member({ id: 1, userId: 100, term: { from: '2024-01-01', to: '2024-12-31' } })
    expect(checkSingleHolder(edited, [firstHead])).toEqual(OK)
  })

  it('recognises the edited record when its id comes back as a string (R3.2)', () => {
    const edited = member({ id: '1', userId: 100, term: { from: '2024-01-01', to: '2024-12-31' } })
    expect(checkSingleHolder(edited, [firstHead])).toEqual(OK)
  })

  it('still rejects an edited Head record that overlaps another Head (R3.2)', () => {
    const edited = member({ id: 1, userId: 100, term: { from: '2024-01-01', to: '2024-12-31' } })
    const next = member({ id: 2, userId: 200, term: { from: '2024-07-01', to: null } })
    expectBreach(checkSingleHolder(edited, [firstHead, next]), R3_1)
  })

  it('accepts a Head overlapping a Deputy of the same group (R3.2)', () => {
    const deputy = member({ id: 2, userId: 200, position: 'deputy', term: firstHead.term })
    expect(checkSingleHolder(firstHead, [deputy])).toEqual(OK)
  })

  it('names the clashing term in the message (R3.2)', () => {
    const second = member({ id: 2, userId: 200, term: { from: '2024-06-01', to: null } })
    const verdict = checkSingleHolder(second, [firstHead])
    expect(describeBreach(verdict, 'vi')).toBe(
      'Vi phạm Điều 3: nhóm đã có Tổ trưởng trong nhiệm kỳ 01/01/2024 – 30/06/2024; nhiệm kỳ không được chồng lấn.',
    )
    expect(describeBreach(verdict, 'en')).toBe(
      'Breach of Article 3: the group already has a Head for 01/01/2024 – 30/06/2024; terms may not overlap.',
    )
  })

  it('names an open-ended clashing term with an ellipsis (R3.2)', () => {
    const sitting = member({ id: 1, userId: 100, term: { from: '2022-07-01', to: null } })
    const newcomer = member({ id: 2, userId: 200, term: { from: '2024-07-01', to: null } })
    expect(describeBreach(checkSingleHolder(newcomer, [sitting]), 'en')).toContain(
      'for 01/07/2022 – …;',
    )
  })

  it('rejects a second Standing Deputy whose term overlaps the first (R4.1–4.4)', () => {
    const first = member({ id: 1, userId: 100, position: 'standing-deputy' })
    const second = member({ id: 2, userId: 200, position: 'standing-deputy' })
    expectBreach(checkSingleHolder(second, [first]), R4_1)
  })

  it('accepts a Standing Deputy whose term follows the previous one without overlap (R4.1–4.4)', () => {
    const first = member({ id: 1, userId: 100, position: 'standing-deputy' })
    const next = member({
      id: 2,
      userId: 200,
      position: 'standing-deputy',
      term: { from: '2024-07-01', to: null },
    })
    expect(checkSingleHolder(next, [first])).toEqual(OK)
  })

  it('rejects a second SG Head whose term overlaps the first (R8–R10)', () => {
    const sg = { groupId: SG, groupKind: 'sg' as const, position: 'sg-head' as const }
    const first = member({ ...sg, id: 1, userId: 100 })
    const second = member({ ...sg, id: 2, userId: 200, term: { from: '2024-06-30', to: null } })
    expectBreach(checkSingleHolder(second, [first]), R8)
  })

  it('accepts an SG Head whose term follows the previous one without overlap (R8–R10)', () => {
    const sg = { groupId: SG, groupKind: 'sg' as const, position: 'sg-head' as const }
    const first = member({ ...sg, id: 1, userId: 100 })
    const second = member({ ...sg, id: 2, userId: 200, term: { from: '2024-07-01', to: null } })
    expect(checkSingleHolder(second, [first])).toEqual(OK)
  })

  it.each(['deputy', 'member', 'secretary', 'sg-deputy', 'sg-member'] as const)(
    'accepts several overlapping holders of the multi-holder position %s',
    (position) => {
      const first = member({ id: 1, userId: 100, position })
      const second = member({ id: 2, userId: 200, position })
      expect(checkSingleHolder(second, [first])).toEqual(OK)
    },
  )
})

describe('checkSupportAssignment (R10)', () => {
  const wgMember = member({
    id: 10,
    userId: 100,
    groupId: WG,
    groupKind: 'wg',
    position: 'member',
    term: { from: '2024-01-01', to: '2024-12-31' },
  })
  const sgMember = (term = { from: '2024-03-01', to: '2024-06-30' } as Membership['term']) =>
    member({ id: 20, userId: 200, groupId: SG, groupKind: 'sg', position: 'sg-member', term })

  it('accepts an SG member assisting a WG member of the served WG within that term (R10)', () => {
    expect(checkSupportAssignment(sgMember(), wgMember, WG)).toEqual(OK)
  })

  it('accepts an SG member whose term equals the assisted member term (R10)', () => {
    expect(checkSupportAssignment(sgMember(wgMember.term), wgMember, WG)).toEqual(OK)
  })

  it('matches the served WG id across number and string forms (R10)', () => {
    expect(checkSupportAssignment(sgMember(), wgMember, String(WG))).toEqual(OK)
  })

  it('accepts any WG when the Support Group has no served WG recorded (R10)', () => {
    expect(checkSupportAssignment(sgMember(), wgMember, null)).toEqual(OK)
  })

  it('accepts an SG member assisting the WG Head (R10)', () => {
    const head = member({ id: 11, position: 'head', term: { from: '2022-07-01', to: null } })
    expect(checkSupportAssignment(sgMember(), head, WG)).toEqual(OK)
  })

  it('rejects an SG member assigned to nobody (R10)', () => {
    expectBreach(checkSupportAssignment(sgMember(), null, WG), R10)
  })

  it('explains that an SG member must assist a WG member (R10)', () => {
    expect(describeBreach(checkSupportAssignment(sgMember(), null, WG), 'en')).toBe(
      'Breach of Article 10: a Support Group member must be assigned to assist a Working Group member.',
    )
  })

  it.each(['head', 'member', 'sg-head', 'sg-deputy'] as const)(
    'rejects assigning a %s to assist someone (R10)',
    (position) => {
      const candidate = member({ id: 30, position })
      expectBreach(checkSupportAssignment(candidate, wgMember, WG), R10)
    },
  )

  it('explains that only SG members assist WG members (R10)', () => {
    const candidate = member({ id: 30, groupId: SG, groupKind: 'sg', position: 'sg-deputy' })
    expect(describeBreach(checkSupportAssignment(candidate, wgMember, WG), 'vi')).toBe(
      'Vi phạm Điều 10: chỉ thành viên Tổ giúp việc mới được phân công giúp việc cho thành viên Tổ công tác.',
    )
  })

  it('accepts a non-SG-member position with no assisted person (R10)', () => {
    expect(checkSupportAssignment(member({ position: 'deputy' }), null, WG)).toEqual(OK)
  })

  it('rejects assisting a member of another Working Group (R10)', () => {
    const elsewhere = member({ ...wgMember, groupId: 77 })
    expectBreach(checkSupportAssignment(sgMember(), elsewhere, WG), R10)
  })

  it('rejects assisting a Support Group member (R10)', () => {
    const peer = member({
      id: 21,
      userId: 300,
      groupId: SG,
      groupKind: 'sg',
      position: 'sg-member',
    })
    expectBreach(checkSupportAssignment(sgMember(), peer, WG), R10)
  })

  it('rejects assisting an SG member even when no served WG is recorded (R10)', () => {
    const peer = member({
      id: 21,
      userId: 300,
      groupId: SG,
      groupKind: 'sg',
      position: 'sg-member',
    })
    expectBreach(checkSupportAssignment(sgMember(), peer, null), R10)
  })

  it('explains that the assisted person must sit in the served WG (R10)', () => {
    const elsewhere = member({ ...wgMember, groupId: 77 })
    expect(describeBreach(checkSupportAssignment(sgMember(), elsewhere, WG), 'en')).toBe(
      'Breach of Article 10: the assisted person must be a member of the Working Group this Support Group serves.',
    )
  })

  it('rejects an SG member term starting before the assisted member term (R10)', () => {
    expectBreach(
      checkSupportAssignment(sgMember({ from: '2023-12-31', to: '2024-06-30' }), wgMember, WG),
      R10,
    )
  })

  it('rejects an SG member term ending after the assisted member term (R10)', () => {
    expectBreach(
      checkSupportAssignment(sgMember({ from: '2024-03-01', to: '2025-01-01' }), wgMember, WG),
      R10,
    )
  })

  it('rejects an open-ended SG member term when the assisted member term ends (R10)', () => {
    expectBreach(
      checkSupportAssignment(sgMember({ from: '2024-03-01', to: null }), wgMember, WG),
      R10,
    )
  })

  it('accepts an open-ended SG member term when the assisted member term is open-ended (R10)', () => {
    const openMember = member({ ...wgMember, term: { from: '2024-01-01', to: null } })
    expect(
      checkSupportAssignment(sgMember({ from: '2024-03-01', to: null }), openMember, WG),
    ).toEqual(OK)
  })

  it('names both terms when the SG member term is outside the assisted member term (R10)', () => {
    const verdict = checkSupportAssignment(sgMember({ from: '2024-03-01', to: null }), wgMember, WG)
    expect(describeBreach(verdict, 'en')).toBe(
      "Breach of Article 10: the term 01/03/2024 – … is not within the assisted Working Group member's term (01/01/2024 – 31/12/2024).",
    )
    expect(describeBreach(verdict, 'vi')).toBe(
      'Vi phạm Điều 10: nhiệm kỳ 01/03/2024 – … vượt ngoài nhiệm kỳ của thành viên Tổ công tác được giúp việc (01/01/2024 – 31/12/2024).',
    )
  })
})

describe('R10 (Art. 10.1): an SG member assists a WG member of the same agency', () => {
  const R10_1 = {
    rule: 'R10',
    vi: 'Vi phạm Điều 10 khoản 1:',
    en: 'Breach of Article 10(1):',
  }
  const wgSeat = member({
    id: 10,
    userId: 100,
    position: 'member',
    term: { from: '2024-01-01', to: '2024-12-31' },
    agencyId: 5,
    agencyName: 'Sở Tư pháp',
    personName: 'Bùi Thị Hạnh',
  })
  const sgSeat = (overrides: Partial<Membership> = {}) =>
    member({
      id: 20,
      userId: 200,
      groupId: SG,
      groupKind: 'sg',
      position: 'sg-member',
      term: { from: '2024-03-01', to: '2024-06-30' },
      agencyId: 5,
      agencyName: 'Sở Tư pháp',
      personName: 'Lê Văn Minh',
      ...overrides,
    })

  it('accepts an SG member assisting a WG member of the same agency (R10)', () => {
    expect(checkSupportAssignment(sgSeat(), wgSeat, WG)).toEqual(OK)
  })

  it('matches the agency across number and string ids (R10)', () => {
    expect(checkSupportAssignment(sgSeat({ agencyId: '5' }), wgSeat, WG)).toEqual(OK)
  })

  it('rejects an SG member assisting a WG member of another agency (R10)', () => {
    const verdict = checkSupportAssignment(
      sgSeat({ agencyId: 6, agencyName: 'Sở Y tế' }),
      wgSeat,
      WG,
    )
    expectBreach(verdict, { ...R10_1, path: 'assists' })
  })

  it('names both agencies and the assisted person, not ids, when the agencies differ (R10)', () => {
    const verdict = checkSupportAssignment(
      sgSeat({ agencyId: 6, agencyName: 'Sở Y tế' }),
      wgSeat,
      WG,
    )
    expect(describeBreach(verdict, 'vi')).toBe(
      'Vi phạm Điều 10 khoản 1: thành viên Tổ giúp việc chỉ giúp việc cho thành viên Tổ công tác tại cơ quan mình đang công tác; người giúp việc đại diện Sở Y tế, còn Bùi Thị Hạnh đại diện Sở Tư pháp.',
    )
  })

  it('refuses a WG seat change that moves it to another agency, naming the SG member (R10)', () => {
    const verdict = checkAssistedSeatChange(
      { ...wgSeat, agencyId: 7, agencyName: 'Sở Tài chính' },
      [{ seat: sgSeat(), servedWorkingGroupId: WG }],
      'agency',
    )
    expectBreach(verdict, { ...R10_1, path: 'agency' })
    expect(describeBreach(verdict, 'vi')).toBe(
      'Vi phạm Điều 10 khoản 1: thay đổi này làm phân công giúp việc của 1 thành viên Tổ giúp việc không còn hợp lệ: Lê Văn Minh (01/03/2024 – 30/06/2024) — thành viên Tổ giúp việc chỉ giúp việc cho thành viên Tổ công tác tại cơ quan mình đang công tác; người giúp việc đại diện Sở Tư pháp, còn Bùi Thị Hạnh đại diện Sở Tài chính. Hãy điều chỉnh hoặc kết thúc phân công giúp việc của những người này trước.',
    )
  })

  it('refuses shortening a WG term below an SG term it supports, listing only the SG seats affected (R10)', () => {
    const early = sgSeat({
      id: 21,
      personName: 'Trần Thị Lan',
      term: { from: '2024-02-01', to: '2024-04-30' },
    })
    const verdict = checkAssistedSeatChange(
      { ...wgSeat, term: { from: '2024-01-01', to: '2024-05-31' } },
      [
        { seat: sgSeat(), servedWorkingGroupId: WG },
        { seat: early, servedWorkingGroupId: WG },
      ],
    )
    expectBreach(verdict, { ...R10_1, path: 'to' })
    const vi = describeBreach(verdict, 'vi')
    expect(vi).toContain('của 1 thành viên Tổ giúp việc')
    expect(vi).toContain('Lê Văn Minh (01/03/2024 – 30/06/2024)')
    expect(vi).not.toContain('Trần Thị Lan')
  })

  it('accepts a WG seat change that keeps every SG pairing (R10)', () => {
    expect(
      checkAssistedSeatChange({ ...wgSeat, term: { from: '2024-01-01', to: '2024-06-30' } }, [
        { seat: sgSeat(), servedWorkingGroupId: WG },
      ]),
    ).toEqual(OK)
    expect(checkAssistedSeatChange(wgSeat, [])).toEqual(OK)
  })

  it('refuses moving an assisted seat out of the served WG (R10)', () => {
    expectBreach(
      checkAssistedSeatChange(
        { ...wgSeat, groupId: 77 },
        [{ seat: sgSeat(), servedWorkingGroupId: WG }],
        'group',
      ),
      { ...R10_1, path: 'group' },
    )
  })

  it('refuses deleting a WG seat someone assists, naming the assistants (R10)', () => {
    const verdict = checkAssistedSeatRemoval([sgSeat()])
    expect(verdict).toMatchObject({ ok: false, rule: 'R10' })
    expect(describeBreach(verdict, 'vi')).toBe(
      'Vi phạm Điều 10 khoản 1: không thể xóa chức danh này vì đang có thành viên Tổ giúp việc giúp việc cho người giữ chức danh: Lê Văn Minh (01/03/2024 – 30/06/2024). Hãy điều chỉnh hoặc kết thúc phân công giúp việc của những người này trước.',
    )
    expect(checkAssistedSeatRemoval([])).toEqual(OK)
  })

  it('lists the WG seats in office on the day that no SG member assists that day (R10)', () => {
    const head = member({ id: 11, position: 'head', term: { from: '2022-01-01', to: null } })
    const former = member({
      id: 12,
      position: 'deputy',
      term: { from: '2022-01-01', to: '2023-12-31' },
    })
    const assistedSeat = { ...sgSeat(), assistsId: 10 }
    const endedAide = {
      ...sgSeat({ id: 22, term: { from: '2024-01-01', to: '2024-02-29' } }),
      assistsId: 11,
    }
    const day = '2024-04-15'
    expect(
      unassistedSeats([wgSeat, head, former], [assistedSeat, endedAide], day).map((s) => s.id),
    ).toEqual([11])
    expect(
      unassistedSeats([wgSeat, head], [assistedSeat, endedAide], '2024-02-01').map((s) => s.id),
    ).toEqual([10])
  })
})
