import type { PayloadRequest } from 'payload'

import { completenessOf, type Completeness } from '../../hooks/rules/dataCalls/completeness'
import type { ResponseStatus } from '../../hooks/rules/dataCalls/labels'
import type { Id } from '../../src/lib/ids'

/** R7.5: the completeness of a call's answers (a system read: the panel is the standing body's). */
export const callCompleteness = async (req: PayloadRequest, call: Id): Promise<Completeness> => {
  const { docs } = await req.payload.find({
    collection: 'data-call-responses',
    where: { call: { equals: call } },
    select: { status: true, late: true, submittedAt: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return completenessOf(
    docs.map((doc) => ({
      status: doc.status as ResponseStatus,
      late: doc.late ?? null,
      submitted: Boolean(doc.submittedAt),
    })),
  )
}
