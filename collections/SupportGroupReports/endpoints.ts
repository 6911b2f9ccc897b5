import type { Endpoint, PayloadRequest } from 'payload'

import { recordAction, type RecordId } from '../../src/lib/recordAction'
import { COLLECTION } from './hooks'
import { issueSupportGroupReport } from './issue'

// POST /api/support-group-reports/:id/generate ("Lập báo cáo") and /:id/issue ("Ban hành").
// Refusals answer 4xx with their field messages, in the user's language.

const NOT_FOUND = { vi: 'Không tìm thấy báo cáo.', en: 'Report not found.' }

/** "Lập báo cáo": a save of the draft, which regenerates its content from the period's data. */
const generate = (req: PayloadRequest, id: RecordId) =>
  req.payload.update({
    collection: COLLECTION,
    id,
    data: {},
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })

export const supportGroupReportEndpoints: Endpoint[] = [
  {
    path: '/:id/generate',
    method: 'post',
    handler: recordAction({
      run: generate,
      done: {
        vi: 'Đã lập lại nội dung báo cáo từ số liệu của kỳ.',
        en: 'The report was generated again from the period’s data.',
      },
      notFound: NOT_FOUND,
      resultKey: 'doc',
    }),
  },
  {
    path: '/:id/issue',
    method: 'post',
    handler: recordAction({
      run: issueSupportGroupReport,
      done: {
        vi: 'Đã ban hành báo cáo: đã cấp số, tạo tệp DOCX.',
        en: 'Report issued: numbered, DOCX created.',
      },
      notFound: NOT_FOUND,
      resultKey: 'doc',
    }),
  },
]
