import { QueryError, type AfterErrorHook, type Field, type PayloadRequest } from 'payload'

import { BUSY_MESSAGE, isBusyError } from '../db/busy'
import { errorBody, languageOf } from '../i18n/label'
import { labelOfPath } from './fieldLabels'

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

type FieldErrorData = { collection?: string; global?: string; errors?: { path?: string }[] }
type ResultError = { name?: string; message?: string; data?: FieldErrorData }

// A ValidationError's body: its class name is minified in the production build ("o"), so it is
// recognised by its shape, a list of field errors.
const isFieldErrors = (error: ResultError): error is ResultError & { data: FieldErrorData } =>
  Array.isArray(error.data?.errors) && (error.data?.errors?.length ?? 0) > 0

const fieldsOf = (req: PayloadRequest, data: FieldErrorData): readonly Field[] => {
  if (data.collection) {
    return req.payload.config.collections.find((c) => c.slug === data.collection)?.fields ?? []
  }
  if (data.global) {
    return req.payload.config.globals.find((global) => global.slug === data.global)?.fields ?? []
  }
  return []
}

const OTHER_FIELD = { vi: 'một mục khác của biểu mẫu', en: 'another field of the form' }

// Payload checks an upload's bytes and answers in English ("Invalid PDF file.", "Invalid MIME
// type: …"): the file is then said to be damaged or of a kind not allowed.
const BAD_FILE = {
  vi: 'Tệp tải lên bị hỏng hoặc không đúng loại tệp được phép (PDF, Word, Excel, ảnh). Hãy kiểm tra tệp rồi tải lại.',
  en: 'The uploaded file is damaged or of a kind that is not allowed (PDF, Word, Excel, images). Check the file and upload it again.',
}
const FILE_LABEL = { vi: 'Tệp', en: 'File' }

const translatedItem = (
  item: { path?: string; message?: string },
  language: 'vi' | 'en',
): { path?: string; message?: string } =>
  item.path === 'file' && /^[\x20-\x7E]*$/.test(item.message ?? '')
    ? { ...item, message: BAD_FILE[language] }
    : item

/**
 * Payload's summary of a refused save names field paths ("Field sau không hợp lệ:
 * indicatorLines.0.value"); the admin's toast shows it as a list. It is rewritten with each
 * field's label and row ("Chỉ tiêu dòng 1 > Tháng này"); each field keeps its own message.
 */
const withFieldLabels = (req: PayloadRequest, error: ResultError): ResultError => {
  if (!isFieldErrors(error)) return error
  const { data } = error
  const fieldErrors = data.errors ?? []
  const language = languageOf(req)
  const fields = fieldsOf(req, data)
  const labels = [
    ...new Set(
      fieldErrors.map(
        (item) =>
          labelOfPath(fields, item.path ?? '', language) ??
          (item.path === 'file' ? FILE_LABEL[language] : OTHER_FIELD[language]),
      ),
    ),
  ]
  const errors = fieldErrors.map((item) => translatedItem(item, language))
  // The toast splits the list at commas: labels carry none.
  const items = labels.map((label) => label.replaceAll(',', ''))
  const intro =
    language === 'en'
      ? `Not saved, ${items.length === 1 ? 'one field needs' : `${items.length} fields need`} correcting`
      : `Chưa lưu được, cần sửa ${items.length} mục`
  return { ...error, message: `${intro}: ${items.join(', ')}`, data: { ...data, errors } }
}

export const plainErrors: AfterErrorHook = ({ error, req, result }) => {
  const language = languageOf(req)
  // A database too busy to serve the request (a write that waited its turn in vain) is a 503
  // to retry, wherever Payload caught it (the request scope sees only Payload's 500).
  if (isBusyError(error)) return { status: 503, response: errorBody(BUSY_MESSAGE[language]) }
  if (error instanceof QueryError) {
    return { status: 400, response: errorBody(unqueryable(queriedPaths(error))[language]) }
  }
  const errors = (result as { errors?: ResultError[] } | undefined)?.errors
  if (errors?.some(isFieldErrors)) {
    return { response: { ...result, errors: errors.map((item) => withFieldLabels(req, item)) } }
  }
  // In the production build Payload's formatter may not recognise its own ValidationError (the
  // class is loaded twice), so the result holds only "Lỗi - Field sau không hợp lệ: signer": the
  // field errors are then taken from the error itself.
  const thrown = error as ResultError
  if (isFieldErrors(thrown)) {
    const item = { name: 'ValidationError', data: thrown.data, message: thrown.message }
    return { response: { ...result, errors: [withFieldLabels(req, item)] } }
  }
  // Only the text changes: the status stays what Payload or a collection's own hook chose.
  if (firstMessage(result) === HIDDEN) return { response: errorBody(UNEXPECTED[language]) }
}
