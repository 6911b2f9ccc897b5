import { describe, expect, it } from 'vitest'

import {
  checkOneGroupPerScope,
  checkOneSeatPerPerson,
  type GroupStanding,
  type Membership,
} from '../../../hooks/rules/positions'
import { expectBreach } from './expectBreach'

const seat = (data: Partial<Membership>): Membership => ({
  id: 1,
  userId: 7,
  groupId: 3,
  groupKind: 'wg',
  position: 'member',
  term: { from: '2024-01-01' },
  ...data,
})

describe('one seat per person per group (R2.1)', () => {
  it('refuses a second seat of the same person in the same group on overlapping days (R2.1)', () => {
    expectBreach(
      checkOneSeatPerPerson(
        seat({ id: undefined, position: 'deputy', term: { from: '2025-01-01' } }),
        [seat({})],
      ),
      {
        rule: 'R2.1',
        vi: 'Vi phạm Điều 2 khoản 1: người này đã giữ chức danh Thành viên trong Tổ này (01/01/2024 – …);',
        en: 'Breach of Article 2(1): this person already holds the Member seat in this group (01/01/2024 – …);',
        path: 'from',
      },
    )
  })

  it('accepts a new seat the day after the previous one ended, and a seat in another group (R2.1)', () => {
    const ended = seat({ term: { from: '2024-01-01', to: '2024-12-31' } })
    expect(
      checkOneSeatPerPerson(
        seat({ id: undefined, position: 'deputy', term: { from: '2025-01-01' } }),
        [ended],
      ),
    ).toEqual({ ok: true })
    expect(checkOneSeatPerPerson(seat({ id: undefined, groupId: 4 }), [seat({})])).toEqual({
      ok: true,
    })
  })
})

describe('one group per scope at a time (R1.1)', () => {
  const wg = (data: Partial<GroupStanding>): GroupStanding => ({
    id: 1,
    kind: 'wg',
    scope: 'Quảng Nam',
    parentId: null,
    term: { from: '2022-06-24' },
    ...data,
  })

  it('refuses a second Working Group for the same province while the first is in office (R1.1)', () => {
    expectBreach(checkOneGroupPerScope(wg({ id: null, scope: 'quảng nam ' }), [wg({})]), {
      rule: 'R1.1',
      vi: 'Vi phạm Điều 1 khoản 1: phạm vi "quảng nam " đã có một Tổ công tác đang hoạt động',
      en: 'Breach of Article 1(1): the scope "quảng nam " already has a Working Group in office',
      path: 'scope',
    })
  })

  it('accepts a new Working Group after the previous one was dissolved (R1.1)', () => {
    const dissolved = wg({ term: { from: '2022-06-24', to: '2025-06-30' } })
    expect(
      checkOneGroupPerScope(wg({ id: null, term: { from: '2025-07-01' } }), [dissolved]),
    ).toEqual({ ok: true })
  })

  it('refuses a second Support Group for the same Working Group (R1.1)', () => {
    const sg = (data: Partial<GroupStanding>) =>
      wg({ kind: 'sg', scope: null, parentId: 9, ...data })
    expectBreach(checkOneGroupPerScope(sg({ id: null }), [sg({ id: 2 })]), {
      rule: 'R1.1',
      vi: 'Vi phạm Điều 1 khoản 1: Tổ công tác này đã có một Tổ giúp việc đang hoạt động',
      en: 'Breach of Article 1(1): this Working Group already has a Support Group in office',
      path: 'parent',
    })
  })
})
