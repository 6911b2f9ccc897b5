import type { Endpoint } from 'payload'

import type { Id } from '../../hooks/rules/meetings'
import { endpointHandler, recordAction, recordIdFrom, refusal } from '../../src/lib/recordAction'
import { issueConclusions } from './issueConclusions'
import { sendNotice } from './sendNotice'
import { panelSummary } from './panel'
import { prefillAttendance } from './prefill'
import { pullRegisterIntoAgenda } from './registerPull'

// POST /api/meetings/:id/send-notice (R11.3a), /issue-conclusions (R11.3b, R6.2c) and
// /prefill-attendance; GET /:id/panel. Each action checks, queues its emails in the outbox, creates
// what follows from it and changes the status, in one transaction.
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
    // R12.4: the open items of the obstacles register onto the agenda.
    path: '/:id/pull-register',
    method: 'post',
    handler: recordAction({
      run: (req, id) => pullRegisterIntoAgenda(req, id as Id),
      done: {
        vi: 'Đã đưa kiến nghị tồn đọng vào chương trình họp (quá hạn trước).',
        en: 'The open register items are on the agenda (overdue first).',
      },
      notFound: NOT_FOUND,
      resultKey: 'result',
    }),
  },
  {
    // The side panel's figures, read again after the meeting is saved (404: not there or not
    // readable by the caller).
    path: '/:id/panel',
    method: 'get',
    handler: endpointHandler({
      run: async (req) => {
        const id = recordIdFrom(req)
        const summary = id === null ? null : await panelSummary(req, id as Id)
        return summary ? Response.json({ summary }) : refusal(req, NOT_FOUND, 404)
      },
    }),
  },
]
