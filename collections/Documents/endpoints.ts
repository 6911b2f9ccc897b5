import type { Endpoint } from 'payload'

import { isOrgEditor } from '../../src/access/roles'
import { languageOf } from '../../src/i18n/label'
import { endpointHandler, recordAction } from '../../src/lib/recordAction'
import { issueDocument } from './issue'
import { draftUrgingLetter } from './urgingDraft'

/**
 * POST /api/documents/:id/issue — the admin's "Issue" button; the answer's message is the number.
 * POST /api/documents/urging-draft {agency, asOf?} — R7.2: the standing body drafts an urging letter.
 */
export const documentEndpoints: Endpoint[] = [
  {
    path: '/urging-draft',
    method: 'post',
    handler: endpointHandler({
      allow: isOrgEditor,
      run: async (req) => {
        const doc = await draftUrgingLetter(req)
        return Response.json(
          {
            message: {
              vi: 'Đã soạn dự thảo văn bản đôn đốc: kiểm tra, chọn người ký rồi ban hành.',
              en: 'Urging letter drafted: check it, choose the signer, then issue it.',
            }[languageOf(req)],
            doc,
          },
          { status: 201 },
        )
      },
    }),
  },
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
