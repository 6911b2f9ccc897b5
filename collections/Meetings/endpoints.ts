import type { Endpoint } from 'payload'

import type { Id } from '../../hooks/rules/meetings'
import { recordAction } from '../../src/lib/recordAction'
import { issueConclusions, sendNotice } from './actions'

// POST /api/meetings/:id/send-notice and /api/meetings/:id/issue-conclusions.
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
]
