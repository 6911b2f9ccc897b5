import type { Endpoint } from 'payload'

import type { Id } from '../../hooks/rules/meetings'
import { languageOf } from '../../src/i18n/label'
import { recordAction, recordIdFrom } from '../../src/lib/recordAction'
import { issueConclusions, sendNotice } from './actions'
import { panelSummary } from './panel'
import { prefillAttendance } from './prefill'

// POST /api/meetings/:id/send-notice, /issue-conclusions and /prefill-attendance; GET /:id/panel.
const NOT_FOUND = { vi: 'Không tìm thấy cuộc họp.', en: 'Meeting not found.' }

export const meetingEndpoints: Endpoint[] = [
  {
    path: '/:id/send-notice',
    method: 'post',
    handler: recordAction({
      run: (req, id) => sendNotice(req, id as Id),
      done: {
        vi: 'Đã gửi giấy mời: thư đã vào hộp thư đi.',
        en: 'Notice sent: the messages are in the outbox.',
      },
      notFound: NOT_FOUND,
      resultKey: 'result',
    }),
  },
  {
    path: '/:id/issue-conclusions',
    method: 'post',
    handler: recordAction({
      run: (req, id) => issueConclusions(req, id as Id),
      done: {
        vi: 'Đã ban hành kết luận: thư đã vào hộp thư đi, nhiệm vụ đã được tạo.',
        en: 'Conclusions issued: the messages are in the outbox and the tasks created.',
      },
      notFound: NOT_FOUND,
      resultKey: 'result',
    }),
  },
  {
    path: '/:id/prefill-attendance',
    method: 'post',
    handler: recordAction({
      run: (req, id) => prefillAttendance(req, id as Id),
      done: {
        vi: 'Đã điểm danh theo danh sách mời: mỗi thành viên chưa có dòng được ghi "Có mặt"; sửa những người vắng hoặc dự thay.',
        en: 'Attendance filled from the invitees: each member without a row is marked present; change those absent or substituted.',
      },
      notFound: NOT_FOUND,
      resultKey: 'result',
    }),
  },
  {
    // The side panel's figures, read again after the meeting is saved.
    path: '/:id/panel',
    method: 'get',
    handler: async (req) => {
      const id = recordIdFrom(req)
      const summary = req.user && id !== null ? await panelSummary(req, id) : null
      if (!summary)
        return Response.json(
          { errors: [{ message: NOT_FOUND[languageOf(req)] }] },
          { status: req.user ? 404 : 401 },
        )
      return Response.json({ summary })
    },
  },
]
