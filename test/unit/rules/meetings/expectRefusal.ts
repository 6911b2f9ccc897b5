import { expect } from 'vitest'

import { describeBreach, type Verdict } from '../../../../hooks/rules/verdict'

/**
 * Asserts a rule's refusal of an input: its rule ID, the field path it points at, and the message
 * shown as is in both languages (no clause, no rule code: the user reads what to change).
 */
export const expectRefusal = (
  verdict: Verdict,
  expected: { rule: string; path: string; vi: RegExp | string; en: RegExp | string },
) => {
  expect(verdict).toMatchObject({ ok: false, rule: expected.rule, path: expected.path })
  const vi = describeBreach(verdict, 'vi')
  const en = describeBreach(verdict, 'en')
  expect(vi).toMatch(expected.vi)
  expect(en).toMatch(expected.en)
  expect(vi).not.toMatch(/\(R\d/)
  expect(en).not.toMatch(/\(R\d/)
}
