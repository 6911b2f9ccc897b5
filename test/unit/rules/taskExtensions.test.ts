import { describe, expect, it } from 'vitest'

import { agencyExtensionEdits, type ExtensionRowFacts } from '../../../hooks/rules/taskExtensions'
import { expectBreach } from './expectBreach'

const R3_2 = {
  rule: 'R3.2',
  vi: 'Vi phạm Điều 3 khoản 2:',
  en: 'Breach of Article 3(2):',
}

const approved: ExtensionRowFacts = {
  id: 'a',
  reason: 'Chờ phần mềm',
  newDueDate: '2025-04-30',
  status: 'approved',
  decidedBy: '7',
  decidedOn: '2025-03-20',
}
const rejected: ExtensionRowFacts = { ...approved, id: 'r', status: 'rejected' }
const pending: ExtensionRowFacts = { id: 'p', reason: 'Chờ kinh phí', newDueDate: '2025-06-30' }

describe('extension rows a lead agency may write (R3.2)', () => {
  it('accepts decided rows sent back unchanged, a new request, and edits of a pending one', () => {
    const before = [approved, rejected, pending]
    expect(agencyExtensionEdits(before, before)).toEqual({ ok: true })
    const after = [
      approved,
      rejected,
      { ...pending, newDueDate: '2025-07-31' },
      { reason: 'Mới', newDueDate: '2025-09-30' },
    ]
    expect(agencyExtensionEdits(before, after)).toEqual({ ok: true })
    expect(agencyExtensionEdits(before, [approved, rejected])).toEqual({ ok: true })
  })

  it('refuses a new date on an approved row', () => {
    expectBreach(agencyExtensionEdits([approved], [{ ...approved, newDueDate: '2029-12-31' }]), {
      ...R3_2,
      path: 'extensions.0.newDueDate',
    })
  })

  it('refuses any change to a rejected row, its status included', () => {
    expectBreach(agencyExtensionEdits([rejected], [{ ...rejected, status: 'requested' }]), {
      ...R3_2,
      path: 'extensions.0.status',
    })
    expectBreach(agencyExtensionEdits([rejected], [{ ...rejected, reason: 'Khác' }]), {
      ...R3_2,
      path: 'extensions.0.reason',
    })
  })

  it('refuses deleting a decided row', () => {
    expectBreach(agencyExtensionEdits([approved, pending], [pending]), {
      ...R3_2,
      path: 'extensions',
    })
  })

  it('refuses a new row or a pending row carrying a decision', () => {
    const forged = { ...approved, id: null }
    expectBreach(agencyExtensionEdits([], [forged]), { ...R3_2, path: 'extensions.0.status' })
    expectBreach(agencyExtensionEdits([pending], [{ ...pending, decidedBy: '7' }]), {
      ...R3_2,
      path: 'extensions.0.decidedBy',
    })
  })
})
