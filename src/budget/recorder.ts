import type { PayloadRequest } from 'payload'

import { assertVerdict } from '../lib/assertVerdict'
import { checkRecorder } from '../../hooks/rules/budget'
import { agencyIdOf, hasRole } from '../access/roles'

/** R13.1: whether the acting user is a finance officer of the standing body (provincial police). */
export const isStandingBodyFinance = async (req: PayloadRequest): Promise<boolean> => {
  const user = req.user
  const agencyId = agencyIdOf(user)
  if (!hasRole(user, 'finance') || agencyId === null) return false
  const agency = await req.payload.findByID({
    collection: 'agencies',
    id: agencyId,
    depth: 0,
    select: { isStandingBody: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return Boolean(agency?.isStandingBody)
}

/** R13.1: a user writing the budget is a finance officer of the provincial police. */
export const assertRecorder = async (req: PayloadRequest, collection: string): Promise<void> => {
  if (!req.user) return
  assertVerdict(
    checkRecorder({
      isFinance: hasRole(req.user, 'finance'),
      agencyIsStandingBody: await isStandingBodyFinance(req),
    }),
    req,
    collection,
  )
}
