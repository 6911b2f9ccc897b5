import type { Endpoint, PayloadRequest } from 'payload'

import type { ReportStatus } from '../../hooks/rules/reportWorkflow'
import { saveActions, typedText, type RecordId } from '../../src/lib/recordAction'

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

export const reportActionEndpoints: Endpoint[] = saveActions('reports', NOT_FOUND, [
  {
    path: 'submit',
    // A returned report goes back as "resubmitted".
    data: async (req, id) => ({
      status: (await currentStatus(req, id)) === 'returned' ? 'resubmitted' : 'submitted',
    }),
    done: {
      vi: 'Đã gửi báo cáo đến Cơ quan thường trực.',
      en: 'The report was sent to the standing body.',
    },
  },
  {
    path: 'accept',
    data: () => ({ status: 'accepted' }),
    done: { vi: 'Đã tiếp nhận báo cáo.', en: 'The report was accepted.' },
  },
  {
    path: 'return',
    // The comment typed in the "return" dialog.
    data: async (req) => ({
      status: 'returned',
      reviewComment: (await typedText(req, 'comment', 5000)) ?? '',
    }),
    done: {
      vi: 'Đã trả lại báo cáo kèm ý kiến để cơ quan hoàn thiện.',
      en: 'The report was returned with the comment.',
    },
  },
])
