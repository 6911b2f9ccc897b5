import { describe, expect, it } from 'vitest'

import { breach, clause, describeBreach, OK, type Verdict } from '../../../hooks/rules/verdict'

const r45Breach: Verdict = breach(
  'R4.5',
  clause(4, 5),
  { vi: 'phải chọn ít nhất một nội dung ủy quyền.', en: 'choose at least one scope.' },
  'scopes',
)

describe('OK', () => {
  it('is a passing verdict', () => {
    expect(OK).toEqual({ ok: true })
  })
})

describe('breach', () => {
  it('builds a failed verdict carrying the rule, clause, message and path', () => {
    expect(r45Breach).toEqual({
      ok: false,
      rule: 'R4.5',
      clause: { vi: 'Điều 4 khoản 5', en: 'Article 4(5)' },
      message: { vi: 'phải chọn ít nhất một nội dung ủy quyền.', en: 'choose at least one scope.' },
      path: 'scopes',
    })
  })

  it('leaves the path undefined when none is given', () => {
    const verdict = breach('R3.3', clause(3, 3), { vi: 'x', en: 'y' })
    expect(verdict).toMatchObject({ ok: false, rule: 'R3.3' })
    expect(verdict).toHaveProperty('path', undefined)
  })
})

describe('clause', () => {
  it('names an article and its paragraph in both languages', () => {
    expect(clause(11, 1)).toEqual({ vi: 'Điều 11 khoản 1', en: 'Article 11(1)' })
  })

  it('names a whole article when no paragraph is given', () => {
    expect(clause(8)).toEqual({ vi: 'Điều 8', en: 'Article 8' })
  })

  it('treats paragraph 0 as a whole article', () => {
    expect(clause(3, 0)).toEqual({ vi: 'Điều 3', en: 'Article 3' })
  })
})

describe('describeBreach', () => {
  it('describes a breach in Vietnamese by default, naming the clause and rule (R4.5)', () => {
    expect(describeBreach(r45Breach)).toBe(
      'Vi phạm Điều 4 khoản 5: phải chọn ít nhất một nội dung ủy quyền.',
    )
  })

  it('describes a breach in Vietnamese when asked for vi (R4.5)', () => {
    expect(describeBreach(r45Breach, 'vi')).toBe(
      'Vi phạm Điều 4 khoản 5: phải chọn ít nhất một nội dung ủy quyền.',
    )
  })

  it('describes a breach in English, naming the clause and rule (R4.5)', () => {
    expect(describeBreach(r45Breach, 'en')).toBe(
      'Breach of Article 4(5): choose at least one scope.',
    )
  })

  it('describes a whole-article breach without a paragraph (R3.2)', () => {
    const verdict = breach('R3.2', clause(3), { vi: 'trùng Tổ trưởng.', en: 'two Heads.' })
    expect(describeBreach(verdict, 'en')).toBe('Breach of Article 3: two Heads.')
  })

  it('returns an empty string for a passing verdict', () => {
    expect(describeBreach(OK)).toBe('')
  })

  it('returns an empty string for a passing verdict in English', () => {
    expect(describeBreach(OK, 'en')).toBe('')
  })
})
