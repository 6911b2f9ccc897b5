import type { CollectionSlug, Endpoint, PayloadHandler, PayloadRequest, TypedUser } from 'payload'

import { languageOf } from '../i18n/label'

// The one way to write a custom endpoint. Every handler answers with one status convention:
// 401 without a login, 403 for a user whose role may not call it, 404 for an id that cannot
// exist (or a record that is not there), the action's own refusals as 4xx with their field
// messages in the user's language. Errors of 500 and above go on to Payload's error handler.
//
// - `endpointHandler`: any endpoint (a collection-wide action, a download).
// - `recordAction`: a POST acting on one record (`/api/<collection>/:id/<action>`), behind a
//   button of the record's sidebar panel.
// - `saveActions`: record actions that are each one save of the record as the caller (submit,
//   accept, return), so the collection's own access and rules decide.

export type RecordId = number | string
export type Bilingual = { vi: string; en: string }
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
const NOT_ALLOWED: Bilingual = {
  vi: 'Bạn không có quyền thực hiện thao tác này.',
  en: 'You are not allowed to do this.',
}

/** A refusal in the user's language, in Payload's error shape. */
export const refusal = (req: PayloadRequest, message: Bilingual, status: number): Response =>
  Response.json({ errors: [{ message: message[languageOf(req)] }] }, { status })

/** A refusal thrown by the action (access, validation, not found) as its 4xx answer. */
const answerError = (error: unknown): Response => {
  const status = (error as { status?: number }).status ?? 500
  if (status >= 500) throw error
  return Response.json({ errors: errorsOf(error) }, { status })
}

export type EndpointAccess = {
  /** Who may call it, once logged in; others get 403 with `forbidden`. Default: every user. */
  allow?: (user: TypedUser) => boolean
  forbidden?: Bilingual
}

/** Any custom endpoint: 401 without a login, 403 outside `allow`, thrown 4xx answered as such. */
export const endpointHandler =
  (args: EndpointAccess & { run: (req: PayloadRequest) => Promise<Response> }): PayloadHandler =>
  async (req) => {
    if (!req.user) return refusal(req, LOG_IN, 401)
    if (args.allow && !args.allow(req.user)) return refusal(req, args.forbidden ?? NOT_ALLOWED, 403)
    try {
      return await args.run(req)
    } catch (error) {
      return answerError(error)
    }
  }

/** An action on the record of the route's `:id`, answered `{ message, [resultKey]: outcome }`. */
export const recordAction = <Outcome extends object>(
  args: EndpointAccess & {
    run: (req: PayloadRequest, id: RecordId) => Promise<Outcome>
    /** The success message, fixed or told by the outcome (e.g. the number a document got). */
    done: Bilingual | ((outcome: Outcome) => string)
    notFound: Bilingual
    /** The key the action's outcome is answered under. */
    resultKey: string
  },
): PayloadHandler =>
  endpointHandler({
    allow: args.allow,
    forbidden: args.forbidden,
    run: async (req) => {
      const id = recordIdFrom(req)
      if (id === null) return refusal(req, args.notFound, 404)
      const outcome = await args.run(req, id)
      const message =
        typeof args.done === 'function' ? args.done(outcome) : args.done[languageOf(req)]
      return Response.json({ message, [args.resultKey]: outcome })
    },
  })

/** A text typed in the action's dialog (a reason, a comment): the JSON body's `key`, cut at `max`. */
export const typedText = async (
  req: PayloadRequest,
  key: string,
  max: number,
): Promise<string | null> => {
  const body = (await req.json?.().catch(() => null)) as Record<string, unknown> | null
  const value = body?.[key]
  return typeof value === 'string' ? value.slice(0, max) : null
}

export type SaveAction = {
  /** The POST endpoint after `/:id/`. */
  path: string
  /** What the save writes: the new status, a reason read from the body … */
  data: (
    req: PayloadRequest,
    id: RecordId,
  ) => Record<string, unknown> | Promise<Record<string, unknown>>
  done: Bilingual
}

/** Record actions each saving the record as the caller, answered `{ message, doc }`. */
export const saveActions = (
  collection: CollectionSlug,
  notFound: Bilingual,
  actions: SaveAction[],
): Endpoint[] =>
  actions.map(({ path, data, done }) => ({
    path: `/:id/${path}`,
    method: 'post',
    handler: recordAction({
      run: async (req, id) =>
        req.payload.update({
          collection,
          id,
          data: await data(req, id),
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
        }),
      done,
      notFound,
      resultKey: 'doc',
    }),
  }))
