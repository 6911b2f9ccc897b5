import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import type { Amendment } from '../../hooks/rules/feedback'
import { recordAction } from '../../src/lib/recordAction'
import { acceptAmendment } from './amendment'

/** The amendment the Head accepted, from the JSON body {effectiveFrom, basis, changes}. */
const amendmentOf = async (req: PayloadRequest): Promise<Amendment> => {
  await addDataAndFileToRequest(req)
  const body = (req.data ?? {}) as Partial<Amendment>
  return {
    effectiveFrom: String(body.effectiveFrom ?? ''),
    basis: String(body.basis ?? ''),
    changes: typeof body.changes === 'object' && body.changes ? body.changes : {},
  }
}

/** POST /api/feedback/:id/accept-amendment {effectiveFrom, basis, changes} (R14.3). */
export const feedbackEndpoints: Endpoint[] = [
  {
    path: '/:id/accept-amendment',
    method: 'post',
    handler: recordAction({
      run: async (req, id) =>
        acceptAmendment(req.payload, id, await amendmentOf(req), {
          user: req.user,
          i18n: req.i18n,
        }),
      done: {
        vi: 'Đã ban hành sửa đổi Quy chế: phiên bản mới đã được thêm vào Tham số Quy chế.',
        en: 'Amendment adopted: a new edition was added to the charter settings.',
      },
      notFound: { vi: 'Không tìm thấy ý kiến góp ý.', en: 'Feedback item not found.' },
      resultKey: 'doc',
    }),
  },
]
