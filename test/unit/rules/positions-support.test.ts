import { describe, expect, it } from 'vitest'

import {
  checkAssistedSeatChange,
  checkAssistedSeatRemoval,
  checkSupportAssignment,
  unassistedSeats,
  type Membership,
} from '../../../hooks/rules/positions'
import { describeBreach, OK } from '../../../hooks/rules/verdict'
import { expectBreach } from './expectBreach'
import { R10, WG, SG, member } from '../../helpers/memberships'

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
