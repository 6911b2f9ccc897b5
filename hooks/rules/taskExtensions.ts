import { breach, clause, OK, type Verdict } from './verdict'

// R3.2: an extension is asked for by the lead agency and decided by the Head or the Standing
// Deputy. Once decided (approved or rejected) a row is the record of that decision: the agency
// can neither change it (a new date on an approved row would move the due date in force) nor
// delete it, and a row it adds is a request, never a decision.

export type ExtensionRowFacts = {
  id?: string | null
  reason?: string | null
  /** Day key (YYYY-MM-DD) or null. */
  newDueDate?: string | null
  status?: 'requested' | 'approved' | 'rejected' | null
  /** Id of the decider as a string, or null. */
  decidedBy?: string | null
  /** Day key or null. */
  decidedOn?: string | null
}

const R3_2 = clause(3, 2)

const ONLY_DECIDERS = {
  vi: 'Chỉ Tổ trưởng hoặc Tổ phó Thường trực duyệt gia hạn.',
  en: 'Only the Head or the Standing Deputy decides an extension.',
}

const DECIDED_IS_FINAL = {
  vi: 'Đề nghị gia hạn đã được duyệt hoặc không duyệt thì không sửa, không xóa được; nếu cần hạn khác, hãy gửi đề nghị gia hạn mới.',
  en: 'A decided extension (approved or rejected) cannot be changed or deleted; ask for a new extension instead.',
}

const statusOf = (row: ExtensionRowFacts) => row.status ?? 'requested'

const FIELDS = ['newDueDate', 'reason', 'status', 'decidedBy', 'decidedOn'] as const
const DECISION = ['status', 'decidedBy', 'decidedOn'] as const

const differs = (
  a: ExtensionRowFacts,
  b: ExtensionRowFacts,
  fields: readonly (typeof FIELDS)[number][],
) =>
  fields.find((field) =>
    field === 'status' ? statusOf(a) !== statusOf(b) : (a[field] ?? null) !== (b[field] ?? null),
  )

/**
 * R3.2 for a write by the lead agency (not the standing body): `before` are the stored rows,
 * `after` the rows it sends. Decided rows stay exactly as decided and stay present; new rows are
 * requests without a decision; a pending request keeps no decision either.
 */
export const agencyExtensionEdits = (
  before: readonly ExtensionRowFacts[],
  after: readonly ExtensionRowFacts[],
): Verdict => {
  const stored = new Map(before.filter((row) => row.id).map((row) => [row.id, row]))
  for (const [index, row] of after.entries()) {
    const original = row.id ? stored.get(row.id) : undefined
    if (original && statusOf(original) !== 'requested') {
      const changed = differs(original, row, FIELDS)
      if (changed) return breach('R3.2', R3_2, DECIDED_IS_FINAL, `extensions.${index}.${changed}`)
      continue
    }
    const decided = differs(original ?? {}, row, DECISION)
    if (decided) return breach('R3.2', R3_2, ONLY_DECIDERS, `extensions.${index}.${decided}`)
  }
  const kept = new Set(after.map((row) => row.id).filter(Boolean))
  const removed = before.some((row) => statusOf(row) !== 'requested' && !kept.has(row.id))
  return removed ? breach('R3.2', R3_2, DECIDED_IS_FINAL, 'extensions') : OK
}
