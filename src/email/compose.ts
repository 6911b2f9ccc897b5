import type { PayloadRequest, SendEmailOptions } from 'payload'

import type { Notification } from '../../payload-types'
import { idOf } from '../lib/relations'
import {
  bodyBytes,
  maxMessageBytes,
  planAttachments,
  storedFiles,
  type StoredFile,
} from './attachments'

// The message the delivery job hands to SMTP, built from a stored outbox row at send time:
// its files are read from the media folder; those over the size limit or missing go as links,
// with a note saying why.

export type AttachmentOutcome = 'attached' | 'linked' | 'missing'

const methodOf = (ics: string) => /^METHOD:([A-Z-]+)/m.exec(ics)?.[1] ?? 'REQUEST'

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '').replace('.', ',')} MB`

const lineOf = (file: StoredFile) =>
  `- ${file.title} (${file.filename})${file.link ? `: ${file.link}` : ''}`

const notesOf = (tooLarge: StoredFile[], missing: StoredFile[], limit: number): string[] => {
  const notes: string[] = []
  if (tooLarge.length > 0) {
    notes.push(
      [
        `Tài liệu sau không được đính kèm vì thư sẽ vượt quá dung lượng máy chủ thư cho phép (${megabytes(limit)}); mời đăng nhập phần mềm để xem và tải về:`,
        ...tooLarge.map(lineOf),
      ].join('\n'),
    )
  }
  if (missing.length > 0) {
    notes.push(
      [
        'Tài liệu sau hiện không đọc được trên máy chủ nên không được đính kèm; mời đăng nhập phần mềm để xem hoặc liên hệ Cơ quan thường trực:',
        ...missing.map(lineOf),
      ].join('\n'),
    )
  }
  return notes
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

const htmlOf = (note: string) =>
  `<p>${note
    .split('\n')
    .map((line) =>
      escapeHtml(line).replace(/(https?:\/\/[^\s<]+)/g, (url) => `<a href="${url}">${url}</a>`),
    )
    .join('<br>')}</p>`

export type ComposedMessage = {
  message: SendEmailOptions
  /** What became of each stored attachment, in the row's order. */
  outcomes: AttachmentOutcome[]
}

/** The nodemailer message of a stored row; the ICS goes as a text/calendar alternative. */
export const composeMessage = async (
  req: PayloadRequest,
  note: Notification,
): Promise<ComposedMessage> => {
  const refs = (note.attachments ?? []).map((row) => ({
    media: idOf(row.media),
    filename: row.filename,
  }))
  const files = await storedFiles(req, refs)
  const present = files.filter((file) => file.path !== null)
  const missing = files.filter((file) => file.path === null)
  const limit = maxMessageBytes()
  const { attached, tooLarge } = planAttachments(
    present,
    bodyBytes([note.text, note.html, note.ics, note.ics]),
    limit,
  )
  const notes = notesOf(tooLarge, missing, limit)
  const text = [note.text, ...notes].join('\n\n')
  const html = note.html ? [note.html, ...notes.map(htmlOf)].join('\n') : undefined
  return {
    message: {
      to: note.recipient,
      subject: note.subject,
      text,
      html,
      attachments: attached.map((file) => ({
        filename: file.filename,
        contentType: file.contentType,
        path: file.path!,
      })),
      icalEvent: note.ics
        ? { method: methodOf(note.ics), filename: 'lich-hop.ics', content: note.ics }
        : undefined,
    },
    outcomes: files.map((file) =>
      file.path === null ? 'missing' : attached.includes(file) ? 'attached' : 'linked',
    ),
  }
}
