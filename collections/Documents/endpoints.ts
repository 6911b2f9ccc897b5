import type { Endpoint } from 'payload'

import { recordAction } from '../../src/lib/recordAction'
import { issueDocument } from './issue'

/** POST /api/documents/:id/issue — the admin's "Issue" button; the answer's message is the number. */
export const documentEndpoints: Endpoint[] = [
  {
    path: '/:id/issue',
    method: 'post',
    handler: recordAction({
      run: (req, id) => issueDocument(req.payload, id, { user: req.user, i18n: req.i18n }),
      done: (doc) => doc.symbol ?? '',
      notFound: { vi: 'Không tìm thấy văn bản.', en: 'Document not found.' },
      resultKey: 'doc',
    }),
  },
]
