import type {
  CollectionAfterErrorHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
} from 'payload'

import { assertField } from '../../src/lib/assertVerdict'
import { agencyIdOf, hasRole } from '../../src/access/roles'
import { errorBody, languageOf } from '../../src/i18n/label'
import { idOf } from '../../src/lib/relations'
import { hasControlCharacters } from '../../src/lib/safeInput'
import { detectFileType, withExtensionOf } from '../../src/lib/fileType'

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

const COLLECTION = 'media'
const MAX_MB = MAX_UPLOAD_BYTES / 1024 / 1024

const TOO_LARGE = {
  vi: `Tệp quá lớn: tối đa ${MAX_MB} MB.`,
  en: `File too large: at most ${MAX_MB} MB.`,
}

const sameId = (a: unknown, b: unknown) => String(idOf(a) ?? '') === String(idOf(b) ?? '')

/**
 * Issue 11 M5: a file belongs to the uploader's agency. Only the standing body (admin,
 * secretariat) files a document under another agency; anyone else naming another agency is
 * refused (as feedback does), and the agency of a stored file is not theirs to move.
 */
export const stampOwnerAgency: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  // Payload caps the request body too (config upload.limits); this names the limit for the user.
  const size = Number(data.filesize ?? req.file?.size ?? 0)
  if (size) assertField(size <= MAX_UPLOAD_BYTES, req, 'file', TOO_LARGE, COLLECTION)
  if (!req.user) return data
  if (hasRole(req.user, 'admin', 'secretariat')) {
    if (operation === 'create' && !data.agency) data.agency = agencyIdOf(req.user)
    return data
  }
  // On create the uploader's own agency; on update the agency the file already has.
  const allowed = operation === 'create' ? agencyIdOf(req.user) : idOf(originalDoc?.agency)
  const named = operation === 'create' ? (data.agency ?? null) : data.agency
  if (named === undefined) return data
  assertField(
    named === null ? operation === 'create' || allowed === null : sameId(named, allowed),
    req,
    'agency',
    {
      vi: 'Tệp đính kèm thuộc cơ quan của người tải lên; không được gán cho cơ quan khác.',
      en: "A file belongs to the uploader's agency; it cannot be filed under another agency.",
    },
    COLLECTION,
  )
  data.agency = allowed
  return data
}

/**
 * Issue 11 L10: the stored name says what the bytes are (`x.html` holding a PDF is stored as
 * `x.pdf`), and the stored MIME type is the detected one, not the browser's claim. Runs before
 * Payload builds the file name; a file of no accepted type is left to Payload's own refusal.
 */
export const storeUnderDetectedType: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  assertField(
    !hasControlCharacters(file.name),
    req,
    'file',
    {
      vi: 'Tên tệp chứa ký tự điều khiển không hợp lệ.',
      en: 'The file name contains invalid control characters.',
    },
    COLLECTION,
  )
  const type = file.data?.length ? detectFileType(file.data) : null
  if (type) req.file = { ...file, name: withExtensionOf(file.name, type), mimetype: type.mime }
  return args
}

// What busboy throws on a multipart body it cannot parse (a NUL byte in a file name, a cut
// body): plain errors without a status, which Payload would answer with a 500.
const MALFORMED_MULTIPART =
  /^(Malformed part header|Unexpected end of (form|file)|Malformed urlencoded form|Multipart: Boundary not found|Unsupported content type)/

/**
 * Issue 11 L10: upload failures Payload answers in English or as a 500 get a status and a message
 * in the user's language: the size limit (413, stated), a malformed upload (400, not 500), and a
 * path in `filename` (400).
 */
export const explainUploadErrors: CollectionAfterErrorHook = ({ error, req }) => {
  const language = languageOf(req)
  const status = (error as { status?: number }).status
  if (status === 413) return { status: 413, response: errorBody(TOO_LARGE[language]) }
  if (!status && MALFORMED_MULTIPART.test(error.message)) {
    return {
      status: 400,
      response: errorBody(
        language === 'en'
          ? 'The upload is malformed (for example a control character in the file name).'
          : 'Dữ liệu tải lên không hợp lệ (ví dụ tên tệp chứa ký tự điều khiển).',
      ),
    }
  }
  if (status === 400 && error.message === 'Invalid filename.') {
    return {
      status: 400,
      response: errorBody(
        language === 'en'
          ? 'The file name is set by the system and cannot contain a path.'
          : 'Tên tệp do hệ thống đặt, không được chứa đường dẫn.',
      ),
    }
  }
}

/**
 * Issue 11 L10: a served file is never rendered by the browser as a page of our origin: no MIME
 * sniffing, and always downloaded.
 */
export const fileResponseHeaders = ({ headers }: { headers: Headers }): Headers => {
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Disposition', 'attachment')
  return headers
}
