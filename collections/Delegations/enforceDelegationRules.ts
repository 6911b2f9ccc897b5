import type { CollectionBeforeChangeHook } from 'payload'

import { assertVerdict } from '../../src/lib/assertVerdict'
import { checkDelegation, SCOPE_LABELS, type DelegationScope } from '../../hooks/rules/delegations'
import { formatTerm, type Term } from '../../hooks/rules/terms'
import { checkDayOrder, dayKeyOf } from '../../src/fields/dates'
import { idOf } from '../../src/lib/relations'

/** Adapter for R4.5: gathers the grantor's and grantee's terms in the group, then asks the rule. */
export const enforceDelegationRules: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  checkDayOrder(req, data, originalDoc, 'validFrom', 'validTo', 'delegations')
  const merged = { ...originalDoc, ...data }
  const groupId = idOf(merged.group)
  const grantorId = idOf(merged.grantor)
  const granteeId = idOf(merged.grantee)
  const term: Term = { from: dayKeyOf(merged.validFrom) ?? '', to: dayKeyOf(merged.validTo) }

  const memberships = await req.payload.find({
    collection: 'members',
    where: {
      and: [
        { group: { equals: groupId } },
        { user: { in: [grantorId, granteeId].filter((id) => id !== null) } },
      ],
    },
    depth: 0,
    pagination: false,
    req,
  })
  const termOf = (row: { from: string; to?: string | null }): Term => ({
    from: dayKeyOf(row.from) ?? '',
    to: dayKeyOf(row.to),
  })
  const scopes = (merged.scopes ?? []) as string[]

  assertVerdict(
    checkDelegation({
      grantorId,
      granteeId,
      scopes,
      term,
      hasWrittenBasis: idOf(merged.basis) !== null,
      grantorHeadTerms: memberships.docs
        .filter((row) => String(idOf(row.user)) === String(grantorId) && row.position === 'head')
        .map(termOf),
      granteeMemberTerms: memberships.docs
        .filter((row) => String(idOf(row.user)) === String(granteeId))
        .map(termOf),
    }),
    req,
    'delegations',
  )
  const scopeNames = scopes.map((scope) => SCOPE_LABELS[scope as DelegationScope]?.vi ?? scope)
  data.title = `${merged.basisNumber ?? ''}: ${scopeNames.join(', ')} (${formatTerm(term)})`
  return data
}
