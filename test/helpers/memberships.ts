// Memberships of the two groups, for the position rule tests (test/unit/rules/positions-*.test.ts).
import { type Membership } from '../../hooks/rules/positions'

export const R10 = {
  rule: 'R10',
  vi: 'Vi phạm Điều 10:',
  en: 'Breach of Article 10:',
  path: 'assists',
}

export const WG = 1
export const SG = 2

export const member = (overrides: Partial<Membership> = {}): Membership => ({
  id: 1,
  userId: 100,
  groupId: WG,
  groupKind: 'wg',
  position: 'head',
  term: { from: '2024-01-01', to: '2024-06-30' },
  ...overrides,
})
