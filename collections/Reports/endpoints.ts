import type { Endpoint, PayloadRequest } from 'payload'

import type { ReportStatus } from '../../hooks/rules/reportWorkflow'
import { recordAction, type RecordId } from '../../src/lib/recordAction'

// The report's buttons (issue 13, item 6): POST /api/reports/:id/submit, /accept and /return.
// Each is a save of the status as the user, so the same workflow rules decide (R12.3a, R12.3b):
// a reporter sends his agency's report, the standing body accepts it or returns it with a comment.

const NOT_FOUND = { vi: 'Không tìm thấy báo cáo.', en: 'Report not found.' }

const currentStatus = async (req: PayloadRequest, id: RecordId): Promise<ReportStatus> => {
  const report = await req.payload.findByID({
    collection: 'reports',
    id,
    select: { status: true },
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return report.status as ReportStatus
}

const saveStatus = (
  req: PayloadRequest,
  id: RecordId,
  data: { status: ReportStatus; reviewComment?: string },
) =>
  req.payload.update({
    collection: 'reports',
    id,
    data,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })

/** The comment typed in the "return" dialog, from the JSON body. */
const commentOf = async (req: PayloadRequest): Promise<string> => {
  const body = (await req.json?.().catch(() => null)) as { comment?: unknown } | null
  return typeof body?.comment === 'string' ? body.comment.slice(0, 5000) : ''
}

export const reportActionEndpoints: Endpoint[] = [
  {
    path: '/:id/submit',
    method: 'post',
    handler: recordAction({
      // A returned report goes back as "resubmitted".
      run: async (req, id) =>
        saveStatus(req, id, {
          status: (await currentStatus(req, id)) === 'returned' ? 'resubmitted' : 'submitted',
        }),
      done: {
        vi: 'Đã gửi báo cáo đến Cơ quan thường trực.',
        en: 'The report was sent to the standing body.',
      },
      notFound: NOT_FOUND,
      resultKey: 'doc',
    }),
  },
  {
    path: '/:id/accept',
    method: 'post',
    handler: recordAction({
      run: (req, id) => saveStatus(req, id, { status: 'accepted' }),
      done: { vi: 'Đã tiếp nhận báo cáo.', en: 'The report was accepted.' },
      notFound: NOT_FOUND,
      resultKey: 'doc',
    }),
  },
  {
    path: '/:id/return',
    method: 'post',
    handler: recordAction({
      run: async (req, id) =>
        saveStatus(req, id, { status: 'returned', reviewComment: await commentOf(req) }),
      done: {
        vi: 'Đã trả lại báo cáo kèm ý kiến để cơ quan hoàn thiện.',
        en: 'The report was returned with the comment.',
      },
      notFound: NOT_FOUND,
      resultKey: 'doc',
    }),
  },
]
