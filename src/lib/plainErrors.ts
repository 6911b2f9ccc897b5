import { QueryError, type AfterErrorHook } from 'payload'

import { errorBody, languageOf } from '../i18n/label'

// Payload answers two kinds of failure in English whatever the user's language: a filter or sort
// on a path that cannot be queried, and the generic text of an unexpected error. Officials read
// them in the admin's toasts, so they are said in the user's language, naming no internals.

const UNEXPECTED = {
  vi: 'Đã có lỗi ngoài ý muốn, dữ liệu chưa được lưu. Vui lòng thử lại; nếu lỗi lặp lại, hãy báo quản trị viên.',
  en: 'Something unexpected went wrong and nothing was saved. Please try again; if it happens again, tell the administrator.',
}

const unqueryable = (paths: string) => ({
  vi: `Không thể lọc hoặc sắp xếp theo: ${paths}.`,
  en: `Cannot filter or sort by: ${paths}.`,
})

const queriedPaths = (error: QueryError): string => {
  const results = (error.data ?? []) as { path?: string }[]
  return results
    .map((result) => result.path ?? '')
    .filter(Boolean)
    .join(', ')
}

// Payload's text for an error whose details it hides (an unexpected failure).
const HIDDEN = 'Something went wrong.'

const firstMessage = (result: unknown): string | undefined =>
  (result as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message

export const plainErrors: AfterErrorHook = ({ error, req, result }) => {
  const language = languageOf(req)
  if (error instanceof QueryError) {
    return { status: 400, response: errorBody(unqueryable(queriedPaths(error))[language]) }
  }
  // Only the text changes: the status stays what Payload or a collection's own hook chose.
  if (firstMessage(result) === HIDDEN) return { response: errorBody(UNEXPECTED[language]) }
}
