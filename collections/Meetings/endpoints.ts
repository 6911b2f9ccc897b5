import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import type { Id } from '../../hooks/rules/meetings'
import { languageOf } from '../../src/i18n/label'
import { issueConclusions, sendNotice } from './actions'

// POST /api/meetings/:id/send-notice and /api/meetings/:id/issue-conclusions.
type FieldError = { path?: string; message: string }

const idFrom = (req: PayloadRequest): Id | null => {
  const raw = req.routeParams?.id
  if (typeof raw !== 'string' || !raw) return null
  return req.payload.db.defaultIDType === 'number' ? (/^\d+$/.test(raw) ? Number(raw) : null) : raw
}

const errorsOf = (error: unknown): FieldError[] => {
  const data = (error as { data?: { errors?: FieldError[] } }).data
  if (data?.errors?.length) return data.errors
  return [{ message: String((error as Error).message) }]
}

const handler =
  (
    run: (req: PayloadRequest, id: Id) => Promise<object>,
    done: { vi: string; en: string },
  ): PayloadHandler =>
  async (req) => {
    const language = languageOf(req)
    if (!req.user) {
      return Response.json(
        { errors: [{ message: language === 'en' ? 'Please log in.' : 'Vui lòng đăng nhập.' }] },
        { status: 401 },
      )
    }
    const id = idFrom(req)
    if (id === null) {
      return Response.json(
        {
          errors: [
            { message: language === 'en' ? 'Meeting not found.' : 'Không tìm thấy cuộc họp.' },
          ],
        },
        { status: 404 },
      )
    }
    try {
      const result = await run(req, id)
      return Response.json({ message: done[language], result })
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500
      if (status >= 500) throw error
      return Response.json({ errors: errorsOf(error) }, { status })
    }
  }

export const meetingEndpoints: Endpoint[] = [
  {
    path: '/:id/send-notice',
    method: 'post',
    handler: handler((req, id) => sendNotice(req, id), {
      vi: 'Đã gửi giấy mời: thư đã vào hộp thư đi.',
      en: 'Notice sent: the messages are in the outbox.',
    }),
  },
  {
    path: '/:id/issue-conclusions',
    method: 'post',
    handler: handler((req, id) => issueConclusions(req, id), {
      vi: 'Đã ban hành kết luận: thư đã vào hộp thư đi, nhiệm vụ đã được tạo.',
      en: 'Conclusions issued: the messages are in the outbox and the tasks created.',
    }),
  },
]
