import { expect } from 'vitest'

import { describeBreach, type Verdict } from '../../../hooks/rules/verdict'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Asserts a failed verdict: its rule ID, the field path it points at, and that both translated
 * messages open by naming the clause, e.g. 'Vi phạm Điều 4 khoản 5:' and
 * 'Breach of Article 4(5):'.
 */
export const expectBreach = (
  verdict: Verdict,
  expected: { rule: string; vi: string; en: string; path?: string },
) => {
  expect(verdict).toMatchObject({ ok: false, rule: expected.rule })
  expect(describeBreach(verdict, 'vi')).toMatch(new RegExp(`^${escapeRegExp(expected.vi)} \\S`))
  expect(describeBreach(verdict, 'en')).toMatch(new RegExp(`^${escapeRegExp(expected.en)} \\S`))
  expect(verdict).toHaveProperty('path', expected.path)
}
