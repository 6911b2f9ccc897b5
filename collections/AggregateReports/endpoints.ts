import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { languageOf } from '../../src/i18n/label'
import { COLLECTION } from './hooks'
import { issueAggregate } from './issue'

// POST /api/aggregate-reports/:id/issue and /api/aggregate-reports/:id/recompute (the panel's
// buttons). Refusals answer 4xx with their field messages, in the user's language.

type Id = number | string
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
            {
              message:
                language === 'en'
                  ? 'Aggregate report not found.'
                  : 'Không tìm thấy báo cáo tổng hợp.',
            },
          ],
        },
        { status: 404 },
      )
    }
    try {
      const doc = await run(req, id)
      return Response.json({ message: done[language], doc })
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500
      if (status >= 500) throw error
      return Response.json({ errors: errorsOf(error) }, { status })
    }
  }

/** "Recompute": a save of the draft, which refreshes its figures from the accepted reports. */
const recompute = (req: PayloadRequest, id: Id) =>
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
    handler: handler(issueAggregate, {
      vi: 'Đã ban hành báo cáo tổng hợp: đã cấp số, tạo tệp DOCX và XLSX, khóa kỳ báo cáo.',
      en: 'Aggregate report issued: numbered, DOCX and XLSX created, period locked.',
    }),
  },
  {
    path: '/:id/recompute',
    method: 'post',
    handler: handler(recompute, {
      vi: 'Đã tính lại số liệu từ các báo cáo đã tiếp nhận.',
      en: 'Figures recomputed from the accepted reports.',
    }),
  },
]
