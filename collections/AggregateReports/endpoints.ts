import type { Endpoint, PayloadRequest } from 'payload'

import { recordAction, type RecordId } from '../../src/lib/recordAction'
import { COLLECTION } from './hooks'
import { issueAggregate } from './issue'

// POST /api/aggregate-reports/:id/issue and /api/aggregate-reports/:id/recompute (the panel's
// buttons). Refusals answer 4xx with their field messages, in the user's language.

const NOT_FOUND = { vi: 'Không tìm thấy báo cáo tổng hợp.', en: 'Aggregate report not found.' }

/** The reason given in the confirmation (R12.3b), from the JSON body; null when none. */
const reasonOf = async (req: PayloadRequest): Promise<string | null> => {
  const body = (await req.json?.().catch(() => null)) as { reason?: unknown } | null
  return typeof body?.reason === 'string' ? body.reason.slice(0, 2000) : null
}

/** "Recompute": a save of the draft, which refreshes its figures from the accepted reports. */
const recompute = (req: PayloadRequest, id: RecordId) =>
  req.payload.update({
    collection: COLLECTION,
    id,
    data: {},
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })

export const aggregateEndpoints: Endpoint[] = [
  {
    path: '/:id/issue',
    method: 'post',
    handler: recordAction({
      run: async (req, id) => issueAggregate(req, id, await reasonOf(req)),
      done: {
        vi: 'Đã ban hành báo cáo tổng hợp: đã cấp số, tạo tệp DOCX và XLSX, khóa kỳ báo cáo.',
        en: 'Aggregate report issued: numbered, DOCX and XLSX created, period locked.',
      },
      notFound: NOT_FOUND,
      resultKey: 'doc',
    }),
  },
  {
    path: '/:id/recompute',
    method: 'post',
    handler: recordAction({
      run: recompute,
      done: {
        vi: 'Đã tính lại số liệu từ các báo cáo đã tiếp nhận.',
        en: 'Figures recomputed from the accepted reports.',
      },
      notFound: NOT_FOUND,
      resultKey: 'doc',
    }),
  },
]
