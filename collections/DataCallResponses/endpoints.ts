import type { Endpoint, PayloadRequest } from 'payload'

import type { Answer } from '../../hooks/rules/dataCalls/form'
import { recordAction, saveActions, typedText } from '../../src/lib/recordAction'
import { saveAnswers } from './answers'

// The response's buttons: POST /api/data-call-responses/:id/submit, /accept and /return. Each is
// a save of the status as the user, so the same rules decide (R7.5): the agency sends its answers,
// the standing body accepts them or returns them with a reason.

const NOT_FOUND = { vi: 'Không tìm thấy trả lời.', en: 'Response not found.' }

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
  ...saveActions('data-call-responses', NOT_FOUND, [
    {
      path: 'submit',
      data: () => ({ status: 'submitted' }),
      done: {
        vi: 'Đã gửi số liệu đến Cơ quan thường trực.',
        en: 'The answers were sent to the standing body.',
      },
    },
    {
      path: 'accept',
      data: () => ({ status: 'accepted' }),
      done: { vi: 'Đã tiếp nhận số liệu.', en: 'The answers were accepted.' },
    },
    {
      path: 'return',
      // The reason typed in the "return" dialog.
      data: async (req) => ({
        status: 'returned',
        returnReason: (await typedText(req, 'reason', 2000)) ?? '',
      }),
      done: {
        vi: 'Đã trả lại số liệu kèm lý do để cơ quan hoàn thiện.',
        en: 'The answers were returned with the reason.',
      },
    },
  ]),
]
