import { describe, expect, it } from 'vitest'

import {
  checkPositionFitsGroup,
  checkSingleHolder,
  POSITION_LABELS,
  POSITIONS,
  SG_POSITIONS,
  WG_POSITIONS,
} from '../../../hooks/rules/positions'
import { describeBreach, OK } from '../../../hooks/rules/verdict'
import { expectBreach } from './expectBreach'
import { WG, SG, member } from '../../helpers/memberships'

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
