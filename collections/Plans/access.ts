import type { FieldAccess } from 'payload'

import { anyOf, reporterScoped } from '../../src/access'

/** Reporters read their agency's detailed plans and the approved provincial plans (R6.4). */
export const readPlans = reporterScoped((agencyId) =>
  anyOf(
    { and: [{ kind: { equals: 'agency-detailed-plan' } }, { agency: { equals: agencyId } }] },
    { and: [{ kind: { not_equals: 'agency-detailed-plan' } }, { status: { equals: 'approved' } }] },
  ),
)

/** An approved plan shows read-only; a write to it is refused by enforcePlanRules (R3.3). */
export const untilApproved: FieldAccess = ({ doc }) => doc?.status !== 'approved'
