// Who holds what on a day, for the authority rule tests (test/unit/rules/authority-*.test.ts).
import { type Act, type HeldDelegation, type HeldPosition } from '../../hooks/rules/authority'
import type { Position } from '../../hooks/rules/positions'
import type { Term } from '../../hooks/rules/terms'

export const TODAY = '2024-07-15'
export const YESTERDAY = '2024-07-14'
export const TOMORROW = '2024-07-16'

export const term: Term = { from: '2022-07-01', to: null }

export const holding = (position: Position, positionTerm: Term = term) => ({
  positions: [{ position, term: positionTerm }] as HeldPosition[],
  delegations: [] as HeldDelegation[],
})

export const delegated = (
  position: Position,
  scopes: string[],
  delegationTerm: HeldDelegation['term'] = { from: '2024-07-01', to: '2024-07-31' },
  id: number | string = 7,
) => ({
  positions: [{ position, term }] as HeldPosition[],
  delegations: [{ id, scopes, term: delegationTerm }] as HeldDelegation[],
})

export const nothing = { positions: [] as HeldPosition[], delegations: [] as HeldDelegation[] }

export const BREACH: Record<Act, { rule: string; vi: string; en: string }> = {
  'chair-meeting': {
    rule: 'R3.4',
    vi: 'Vi phạm Điều 3 khoản 4:',
    en: 'Breach of Article 3(4):',
  },
  'call-extraordinary-meeting': {
    rule: 'R11.1c',
    vi: 'Vi phạm Điều 11 khoản 1:',
    en: 'Breach of Article 11(1):',
  },
  'approve-plan': {
    rule: 'R3.3',
    vi: 'Vi phạm Điều 3 khoản 3:',
    en: 'Breach of Article 3(3):',
  },
  'assign-task': {
    rule: 'R3.2',
    vi: 'Vi phạm Điều 3 khoản 2:',
    en: 'Breach of Article 3(2):',
  },
  'approve-extension': {
    rule: 'R3.2',
    vi: 'Vi phạm Điều 3 khoản 2:',
    en: 'Breach of Article 3(2):',
  },
  'sign-as-head': {
    rule: 'R2.4',
    vi: 'Vi phạm Điều 2 khoản 4:',
    en: 'Breach of Article 2(4):',
  },
  'sign-for-head': {
    rule: 'R4.5',
    vi: 'Vi phạm Điều 4 khoản 5:',
    en: 'Breach of Article 4(5):',
  },
  'sign-group-document': {
    rule: 'R2.4',
    vi: 'Vi phạm Điều 2 khoản 4:',
    en: 'Breach of Article 2(4):',
  },
}
