import type { PayloadRequest } from 'payload'

import type { Answer } from '../../hooks/rules/dataCalls/form'
import type { Id } from '../../src/lib/ids'
import { PROVENANCE_KEY, type AnswerProvenance } from './hooks'

/**
 * R7.5: stores an agency's answers (typed online, or read from the call's Excel template) as
 * the signed-in user: the same access (his/her own agency only) and the same checks against the
 * form as a save in the admin, and the provenance (source, uploaded workbook) on the response.
 * With `submit` the response is sent in the same save. Throws the Vietnamese ValidationError or
 * Forbidden of the save.
 */
export const saveAnswers = async (
  req: PayloadRequest,
  responseId: Id,
  answers: readonly Answer[],
  provenance: AnswerProvenance & { submit?: boolean } = { source: 'online' },
) => {
  const saved = { ...req.context }
  try {
    return await req.payload.update({
      collection: 'data-call-responses',
      id: responseId,
      data: {
        answers: answers.map((answer) => ({ ...answer })),
        ...(provenance.submit ? { status: 'submitted' as const } : {}),
      } as never,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      context: {
        [PROVENANCE_KEY]: { source: provenance.source, workbook: provenance.workbook ?? null },
      },
      req,
    })
  } finally {
    // The Local API folds `context` into the shared request's context: put it back afterwards.
    req.context = saved
  }
}
