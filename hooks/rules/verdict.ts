// Every charter rule returns a verdict; adapters turn a failed one into a ValidationError.
export type Bilingual = { vi: string; en: string }

export type Verdict =
  | { ok: true }
  | {
      ok: false
      rule: string
      clause: Bilingual
      message: Bilingual
      path?: string
      /** A refusal shown by its message alone: a wrong input the rule turns away, not a breach. */
      plain?: boolean
    }

export const OK: Verdict = { ok: true }

export const breach = (
  rule: string,
  clause: Bilingual,
  message: Bilingual,
  path?: string,
): Verdict => ({ ok: false, rule, clause, message, path })

/** A rule's refusal of an input, shown to the user without the clause (see `describeBreach`). */
export const refusal = (
  rule: string,
  clause: Bilingual,
  message: Bilingual,
  path?: string,
): Verdict => ({ ok: false, rule, clause, message, path, plain: true })

export type Language = 'vi' | 'en'

/**
 * "Vi phạm Điều 4 khoản 5: …" / "Breach of Article 4(5): …". Users read the charter's clause;
 * the rule ID (R4.5) stays in the code and the tests that trace it.
 */
export const describeBreach = (verdict: Verdict, language: Language = 'vi'): string => {
  if (verdict.ok) return ''
  if (verdict.plain) return verdict.message[language]
  const prefix = language === 'en' ? 'Breach of' : 'Vi phạm'
  return `${prefix} ${verdict.clause[language]}: ${verdict.message[language]}`
}

/** The clause a rule ID stands for, as users read it: 'R11.1a' → "Điều 11 khoản 1". */
export const clauseOfRule = (rule: string): Bilingual => {
  const match = /^R(\d+)(?:\.(\d+))?/.exec(rule)
  return match
    ? clause(Number(match[1]), match[2] ? Number(match[2]) : undefined)
    : { vi: '', en: '' }
}

export const clause = (article: number, paragraph?: number): Bilingual => ({
  vi: paragraph ? `Điều ${article} khoản ${paragraph}` : `Điều ${article}`,
  en: paragraph ? `Article ${article}(${paragraph})` : `Article ${article}`,
})
