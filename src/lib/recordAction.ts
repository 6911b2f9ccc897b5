import type { PayloadHandler, PayloadRequest } from 'payload'

import { languageOf } from '../i18n/label'

// A POST endpoint acting on one record (`/api/<collection>/:id/<action>`), behind a button of the
// record's sidebar panel: 401 without a login, 404 for an id that cannot exist, the action's
// refusals as 4xx with their field messages in the user's language.

export type RecordId = number | string
type Bilingual = { vi: string; en: string }
type FieldError = { path?: string; message: string }

/** The route's `:id` as the database's id type; null for one that cannot exist. */
export const recordIdFrom = (req: PayloadRequest): RecordId | null => {
  const raw = req.routeParams?.id
  if (typeof raw !== 'string' || !raw) return null
  return req.payload.db.defaultIDType === 'number' ? (/^\d+$/.test(raw) ? Number(raw) : null) : raw
}

const errorsOf = (error: unknown): FieldError[] => {
  const data = (error as { data?: { errors?: FieldError[] } }).data
  if (data?.errors?.length) return data.errors
  return [{ message: String((error as Error).message) }]
}

const LOG_IN: Bilingual = { vi: 'Vui lòng đăng nhập.', en: 'Please log in.' }

export const recordAction =
  (args: {
    run: (req: PayloadRequest, id: RecordId) => Promise<object>
    done: Bilingual
    notFound: Bilingual
    /** The key the action's outcome is answered under. */
    resultKey: string
  }): PayloadHandler =>
  async (req) => {
    const language = languageOf(req)
    const refuse = (message: Bilingual, status: number) =>
      Response.json({ errors: [{ message: message[language] }] }, { status })
    if (!req.user) return refuse(LOG_IN, 401)
    const id = recordIdFrom(req)
    if (id === null) return refuse(args.notFound, 404)
    try {
      const outcome = await args.run(req, id)
      return Response.json({ message: args.done[language], [args.resultKey]: outcome })
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500
      if (status >= 500) throw error
      return Response.json({ errors: errorsOf(error) }, { status })
    }
  }
