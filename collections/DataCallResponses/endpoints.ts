import type { Endpoint, PayloadRequest } from 'payload'

import type { Answer } from '../../hooks/rules/dataCalls/form'
import { recordAction, type RecordId } from '../../src/lib/recordAction'
import { saveAnswers } from './answers'

// The response's buttons: POST /api/data-call-responses/:id/submit, /accept and /return. Each is
// a save of the status as the user, so the same rules decide (R7.5): the agency sends its answers,
// the standing body accepts them or returns them with a reason.

const NOT_FOUND = { vi: 'Không tìm thấy trả lời.', en: 'Response not found.' }

const save = (req: PayloadRequest, id: RecordId, data: Record<string, unknown>) =>
  req.payload.update({
    collection: 'data-call-responses',
    id,
    data,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })

/** The reason typed in the "return" dialog, from the JSON body. */
const reasonOf = async (req: PayloadRequest): Promise<string> => {
  const body = (await req.json?.().catch(() => null)) as { reason?: unknown } | null
  return typeof body?.reason === 'string' ? body.reason.slice(0, 2000) : ''
}

/** The answers typed in the online form, from the JSON body; anything else is left to the rules. */
const answersOf = async (req: PayloadRequest): Promise<{ answers: Answer[]; submit: boolean }> => {
  const body = (await req.json?.().catch(() => null)) as {
    answers?: unknown
    submit?: unknown
  } | null
  const rows = Array.isArray(body?.answers) ? (body.answers as Record<string, unknown>[]) : []
  return {
    answers: rows.map((row) => ({
      key: String(row?.key ?? ''),
      number: (row?.number ?? null) as number | null,
      text: (row?.text ?? null) as string | null,
      date: (row?.date ?? null) as string | null,
      file: (row?.file ?? null) as number | string | null,
    })),
    submit: body?.submit === true,
  }
}

export const responseEndpoints: Endpoint[] = [
  {
    path: '/:id/answers',
    method: 'post',
    handler: recordAction({
      run: async (req, id) => {
        const { answers, submit } = await answersOf(req)
        return saveAnswers(req, id, answers, { source: 'online', submit })
      },
      done: {
        vi: 'Đã lưu số liệu.',
        en: 'The answers were saved.',
      },
      notFound: NOT_FOUND,
      resultKey: 'doc',
    }),
  },
  {
    path: '/:id/submit',
    method: 'post',
    handler: recordAction({
      run: (req, id) => save(req, id, { status: 'submitted' }),
      done: {
        vi: 'Đã gửi số liệu đến Cơ quan thường trực.',
        en: 'The answers were sent to the standing body.',
      },
      notFound: NOT_FOUND,
      resultKey: 'doc',
    }),
  },
  {
    path: '/:id/accept',
    method: 'post',
    handler: recordAction({
      run: (req, id) => save(req, id, { status: 'accepted' }),
      done: { vi: 'Đã tiếp nhận số liệu.', en: 'The answers were accepted.' },
      notFound: NOT_FOUND,
      resultKey: 'doc',
    }),
  },
  {
    path: '/:id/return',
    method: 'post',
    handler: recordAction({
      run: async (req, id) =>
        save(req, id, { status: 'returned', returnReason: await reasonOf(req) }),
      done: {
        vi: 'Đã trả lại số liệu kèm lý do để cơ quan hoàn thiện.',
        en: 'The answers were returned with the reason.',
      },
      notFound: NOT_FOUND,
      resultKey: 'doc',
    }),
  },
]
