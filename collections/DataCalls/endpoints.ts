import type { Endpoint, PayloadRequest } from 'payload'

import { isOrgEditor } from '../../src/access/roles'
import { recordAction, type RecordId } from '../../src/lib/recordAction'
import { consolidatedEndpoint } from './consolidated'

// The call's buttons: POST /api/data-calls/:id/open ("Gửi yêu cầu") and /close ("Kết thúc"),
// the standing body only (R7.5). Each is a save of the status as the user, so the same rules
// decide; GET /:id/consolidated.xlsx downloads the answers.

const NOT_FOUND = { vi: 'Không tìm thấy yêu cầu báo cáo nhanh.', en: 'Data call not found.' }
const STANDING_ONLY = {
  vi: 'Chỉ Cơ quan thường trực (Tổ giúp việc) gửi hoặc kết thúc yêu cầu báo cáo nhanh.',
  en: 'Only the standing body sends or closes a data call.',
}

const saveStatus = (req: PayloadRequest, id: RecordId, status: 'open' | 'closed') =>
  req.payload.update({
    collection: 'data-calls',
    id,
    data: { status },
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })

export const dataCallEndpoints: Endpoint[] = [
  {
    path: '/:id/open',
    method: 'post',
    handler: recordAction({
      allow: isOrgEditor,
      forbidden: STANDING_ONLY,
      run: (req, id) => saveStatus(req, id, 'open'),
      done: {
        vi: 'Đã gửi yêu cầu đến các cơ quan, đơn vị, địa phương.',
        en: 'The call was sent to the agencies.',
      },
      notFound: NOT_FOUND,
      resultKey: 'doc',
    }),
  },
  {
    path: '/:id/close',
    method: 'post',
    handler: recordAction({
      allow: isOrgEditor,
      forbidden: STANDING_ONLY,
      run: (req, id) => saveStatus(req, id, 'closed'),
      done: { vi: 'Đã kết thúc yêu cầu.', en: 'The call was closed.' },
      notFound: NOT_FOUND,
      resultKey: 'doc',
    }),
  },
  consolidatedEndpoint,
]
