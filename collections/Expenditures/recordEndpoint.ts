import { getTranslation } from '@payloadcms/translations'
import { addDataAndFileToRequest, parseParams, type Endpoint } from 'payload'

import { recordExpenditure } from '../../src/budget/recordExpenditure'

/**
 * POST /api/expenditures (the admin's create form too): Payload's create, through
 * recordExpenditure so that concurrent entries of a line are checked one after the other (R13.2).
 */
export const recordEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const { depth } = parseParams(req.query as Record<string, unknown>)
    const doc = await recordExpenditure(req.payload, {
      data: (req.data ?? {}) as Record<string, unknown>,
      req,
      depth,
    })
    const label = req.payload.collections.expenditures.config.labels.singular
    return Response.json(
      {
        doc,
        message: req.t('general:successfullyCreated', { label: getTranslation(label, req.i18n) }),
      },
      { status: 201 },
    )
  },
}
