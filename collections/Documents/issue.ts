import {
  ValidationError,
  type Payload,
  type PayloadRequest,
  type RequestContext,
  type TypedUser,
} from 'payload'

import type { Document } from '../../payload-types'
import { languageOf } from '../../src/i18n/label'

const MAX_ATTEMPTS = 25

/** The write hit the register's unique key: someone else took that number a moment earlier. */
export const isRegisterConflict = (error: unknown): boolean =>
  error instanceof ValidationError &&
  (error.data?.errors ?? []).some((entry) => entry.path === 'registerKey')

/**
 * Reads the number back outside the write's transaction. A commit that failed after the write
 * reported success (seen with concurrent SQLite transactions: "cannot commit transaction - SQL
 * statements in progress", swallowed by the adapter) leaves a draft: then try again.
 */
const isStored = async (payload: Payload, issued: Document): Promise<boolean> => {
  const stored = await payload.findByID({
    collection: 'documents',
    id: issued.id,
    depth: 0,
    select: { registerKey: true },
    overrideAccess: true,
    disableErrors: true,
  })
  return stored?.registerKey === issued.registerKey
}

/**
 * Issues a draft: assigns the next number of its year and sequence and freezes it (Decree 30,
 * Art. 15). Two simultaneous issues never share a number: the register key is unique in the
 * database, and the write that loses the race is retried with the next number. Each attempt is
 * its own write (and transaction), so call this outside any open transaction: from an endpoint,
 * a job or a script, not from inside another write's hooks.
 *
 * With a `user`, access control applies (the standing body issues); without one, the system does.
 */
export const issueDocument = async (
  payload: Payload,
  id: number | string,
  options: {
    user?: TypedUser | null
    i18n?: PayloadRequest['i18n']
    /** Extra request context, e.g. `{ skipAudit: true }` for the demo seed. */
    context?: RequestContext
  } = {},
): Promise<Document> => {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      const issued = await payload.update({
        collection: 'documents',
        id,
        data: {},
        depth: 0,
        overrideAccess: !options.user,
        user: options.user ?? undefined,
        context: { ...options.context, issueDocument: true },
        // A fresh request per attempt: a failed attempt's transaction is rolled back whole.
        req: options.i18n ? { i18n: options.i18n } : undefined,
      })
      if (await isStored(payload, issued)) return issued
    } catch (error) {
      if (!isRegisterConflict(error)) throw error
    }
  }
  const language = languageOf(options.i18n ? { i18n: options.i18n } : undefined)
  throw new ValidationError({
    collection: 'documents',
    errors: [
      {
        path: 'symbol',
        message:
          language === 'en'
            ? 'The register is busy: no free number was obtained. Try again.'
            : 'Sổ đăng ký đang bận, chưa cấp được số. Vui lòng thử lại.',
      },
    ],
  })
}

/**
 * Issues a draft inside the caller's open transaction (one attempt): the number is taken with the
 * caller's other writes, or not at all. A register conflict (another issue took the number first)
 * throws; the caller rolls back and tries again (`isRegisterConflict`).
 */
export const issueDocumentInTransaction = (
  req: PayloadRequest,
  id: number | string,
  options: { user?: TypedUser | null } = {},
): Promise<Document> =>
  req.payload
    .update({
      collection: 'documents',
      id,
      data: {},
      depth: 0,
      overrideAccess: !options.user,
      user: options.user ?? undefined,
      context: { issueDocument: true },
      req,
    })
    .finally(() => {
      // The Local API keeps a given context on the request: the caller's later writes are not issues.
      delete req.context.issueDocument
    })
