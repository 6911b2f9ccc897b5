import { describe, expect, it } from 'vitest'

import {
  checkPlanApproval,
  isProgrammeYear,
  itemOutsideYear,
  planTransition,
  type PlanKind,
} from '../../../hooks/rules/plans'
import type { Position } from '../../../hooks/rules/positions'
import type { SignerDelegation, SignerRecord } from '../../../hooks/rules/signing'
import { describeBreach, OK } from '../../../hooks/rules/verdict'
import { expectBreach } from './expectBreach'

const TODAY = '2025-01-10'
const YESTERDAY = '2025-01-09'
const STP = 5
const R33 = {
  rule: 'R3.3',
  vi: 'Vi phạm Điều 3 khoản 3:',
  en: 'Breach of Article 3(3):',
}
const R64 = {
  rule: 'R6.4',
  vi: 'Vi phạm Điều 6 khoản 4:',
  en: 'Breach of Article 6(4):',
}

const holding = (
  position: Position,
  agency = 1,
  ...delegations: SignerDelegation[]
): SignerRecord => ({
  positions: [{ position, agency, term: { from: '2022-07-01', to: null } }],
  delegations,
})
const delegation = (
  scopes: string[],
  to = '2025-01-31',
  hasWrittenBasis = true,
): SignerDelegation => ({
  id: 3,
  scopes,
  term: { from: '2025-01-01', to },
  hasWrittenBasis,
})
const approve = (held: SignerRecord, kind: PlanKind = 'annual-programme', planAgency?: number) =>
  checkPlanApproval({ kind, day: TODAY, held, planAgency })

describe('checkPlanApproval: provincial programmes and plans (R3.3)', () => {
  it.each(['annual-programme', 'work-plan', 'inspection-plan'] as const)(
    'lets the Head approve the %s (R3.3)',
    (kind) => {
      expect(approve(holding('head'), kind)).toEqual(OK)
    },
  )

  it('lets a Deputy acting as Head by a delegation valid today approve (R3.3)', () => {
    expect(approve(holding('standing-deputy', 1, delegation(['act-as-head'])))).toEqual(OK)
  })

  it('lets a Deputy holding an approve-plans delegation approve (R3.3)', () => {
    expect(approve(holding('deputy', 1, delegation(['approve-plans'])))).toEqual(OK)
  })

  it.each(['standing-deputy', 'deputy', 'sg-head', 'secretary', 'member'] as const)(
    'refuses a %s approving without a delegation (R3.3)',
    (position) => {
      expectBreach(approve(holding(position)), { ...R33, path: 'status' })
    },
  )

  it('refuses an act-as-head delegate the day after the delegation expired (R3.3)', () => {
    expectBreach(approve(holding('standing-deputy', 1, delegation(['act-as-head'], YESTERDAY))), {
      ...R33,
      path: 'status',
    })
  })

  it('refuses a delegation without its written basis (R3.3)', () => {
    expectBreach(
      approve(holding('standing-deputy', 1, delegation(['act-as-head'], '2025-01-31', false))),
      { ...R33, path: 'status' },
    )
  })

  it('refuses a sign-for-head delegate: signing is not approving (R3.3)', () => {
    expectBreach(approve(holding('standing-deputy', 1, delegation(['sign-for-head']))), {
      ...R33,
      path: 'status',
    })
  })

  it('refuses a former Head whose term ended yesterday (R3.3)', () => {
    const former = {
      positions: [{ position: 'head' as const, term: { from: '2022-07-01', to: YESTERDAY } }],
      delegations: [],
    }
    expectBreach(approve(former), { ...R33, path: 'status' })
  })

  it('names the day in both languages (R3.3)', () => {
    const verdict = approve(holding('sg-head'))
    expect(describeBreach(verdict, 'en')).toMatch(
      /on 10\/01\/2025 the approver holds no such power/,
    )
    expect(describeBreach(verdict, 'vi')).toMatch(/ngày 10\/01\/2025 người phê duyệt không có/)
  })
})

describe("checkPlanApproval: an agency's detailed plan (R6.4)", () => {
  it('lets the WG member representing the agency approve its detailed plan (R6.4)', () => {
    expect(approve(holding('member', STP), 'agency-detailed-plan', STP)).toEqual(OK)
  })

  it('refuses the member of another agency (R6.4)', () => {
    expectBreach(approve(holding('member', 9), 'agency-detailed-plan', STP), {
      ...R64,
      path: 'status',
    })
  })

  it("refuses the WG Head, who does not direct the agency's own plan (R6.4)", () => {
    expectBreach(approve(holding('head', 1), 'agency-detailed-plan', STP), {
      ...R64,
      path: 'status',
    })
  })

  it('refuses an SG member of the agency (R6.4)', () => {
    expectBreach(approve(holding('sg-member', STP), 'agency-detailed-plan', STP), {
      ...R64,
      path: 'status',
    })
  })

  it('refuses when the plan names no agency (R6.4)', () => {
    expectBreach(approve(holding('member', STP), 'agency-detailed-plan'), {
      ...R64,
      path: 'status',
    })
  })
})

describe('planTransition (R7.1, R3.3)', () => {
  it.each([
    ['draft', 'submitted', 'drafter'],
    ['returned', 'submitted', 'drafter'],
    ['submitted', 'approved', 'approver'],
    ['submitted', 'returned', 'approver'],
  ] as const)('moves %s → %s by the %s', (from, to, who) => {
    expect(planTransition(from, to)).toBe(who)
  })

  it.each([
    ['draft', 'approved'],
    ['draft', 'returned'],
    ['returned', 'approved'],
    ['approved', 'draft'],
    ['approved', 'approved'],
    ['submitted', 'draft'],
  ] as const)('has no move %s → %s (R3.3)', (from, to) => {
    expect(planTransition(from, to)).toBeNull()
  })
})

describe('isProgrammeYear', () => {
  it.each([2022, 2025, 2030])('accepts %i', (year) => {
    expect(isProgrammeYear(year)).toBe(true)
  })

  it.each([2021, 2031, 2024.5, '2025', null])('refuses %s', (year) => {
    expect(isProgrammeYear(year)).toBe(false)
  })
})

describe('itemOutsideYear', () => {
  it('accepts items due within the plan year', () => {
    expect(itemOutsideYear([{ dueDate: '2025-01-01' }, { dueDate: '2025-12-31' }], 2025)).toBeNull()
  })

  it('points at the first item due after the year', () => {
    expect(
      itemOutsideYear([{ dueDate: '2025-06-30' }, { dueDate: '2026-01-01' }], 2025),
    ).toMatchObject({
      index: 1,
      en: "The due date (01/01/2026) must fall within the plan's year 2025.",
    })
  })

  it('leaves a missing due date to the required check', () => {
    expect(itemOutsideYear([{ dueDate: null }], 2025)).toBeNull()
  })
})
