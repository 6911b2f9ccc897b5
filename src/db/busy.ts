// A request the database could not serve in time (the connection pool exhausted, a statement or
// an idle transaction over its limit, SQLite busy) fails with a 503 and a message telling the user
// to try again, instead of a 500 or a request that never ends.

import { languageOfRequest } from '../i18n/label'

export const BUSY_MESSAGE = {
  vi: 'Hệ thống đang bận, vui lòng thử lại sau ít phút.',
  en: 'The system is busy; please try again in a few minutes.',
} as const

/** Seconds a client should wait before retrying (sent as `Retry-After`). */
export const RETRY_AFTER_SECONDS = 30

const BUSY_TEXT = [
  // pg Pool: connectionTimeoutMillis elapsed (Payload wraps it as "cannot begin transaction: …")
  'timeout exceeded when trying to connect',
  // pg: statement_timeout / query_timeout
  'canceling statement due to statement timeout',
  'Query read timeout',
  // pg: idle_in_transaction_session_timeout ended the session
  'terminating connection due to idle-in-transaction timeout',
  'Connection terminated',
  // SQLite: the write lock was not obtained within the busy timeout
  'SQLITE_BUSY',
  'database is locked',
]

/** PostgreSQL error codes: query_canceled, idle_in_transaction_session_timeout, too many clients. */
const BUSY_CODES = new Set(['57014', '25P03', '53300', 'SQLITE_BUSY'])

const textOf = (error: unknown): string => {
  if (!error || typeof error !== 'object') return String(error ?? '')
  const { message, code, cause } = error as { message?: unknown; code?: unknown; cause?: unknown }
  return `${String(message ?? '')} ${String(code ?? '')} ${cause && cause !== error ? textOf(cause) : ''}`
}

/** Whether the error says the database had no time or no connection for the request. */
export const isBusyError = (error: unknown): boolean => {
  if (!error) return false
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && BUSY_CODES.has(code)) return true
  const text = textOf(error)
  return BUSY_TEXT.some((fragment) => text.includes(fragment))
}

/** The 503 answer, in the request's language (Vietnamese unless English is asked for). */
export const busyResponse = (request?: Request): Response =>
  Response.json(
    { errors: [{ message: BUSY_MESSAGE[request ? languageOfRequest(request) : 'vi'] }] },
    { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
  )
