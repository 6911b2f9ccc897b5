import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../lib/ids'

// An outgoing message's files stay in the media folder: the outbox row names the media record,
// and the delivery job reads the file from disk as it sends. A message the SMTP server would
// refuse for its size (MAIL_MAX_MESSAGE_BYTES) carries links to the files instead.

export const DEFAULT_MAX_MESSAGE_BYTES = 10 * 1024 * 1024
// Headers, MIME boundaries and the note a message may gain: kept free below the limit.
const MESSAGE_OVERHEAD_BYTES = 16 * 1024
const PART_OVERHEAD_BYTES = 512

/** The largest message (as sent, encoded) the SMTP server accepts; MAIL_MAX_MESSAGE_BYTES. */
export const maxMessageBytes = (): number => {
  const value = Number(process.env.MAIL_MAX_MESSAGE_BYTES)
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : DEFAULT_MAX_MESSAGE_BYTES
}

/** Bytes of `size` bytes in base64 with 76-character lines, as nodemailer encodes them. */
export const encodedBytes = (size: number): number => {
  const base64 = Math.ceil(size / 3) * 4
  return base64 + Math.ceil(base64 / 76) * 2
}

/** The encoded size of the message's own parts (texts and calendar) with its headers. */
export const bodyBytes = (parts: (string | null | undefined)[]): number =>
  MESSAGE_OVERHEAD_BYTES +
  parts.reduce((sum, part) => sum + (part ? encodedBytes(Buffer.byteLength(part)) : 0), 0)

/**
 * Which files fit (in order) beside a body of `fixedBytes` in a message of at most `limit`
 * bytes: a file that does not fit is skipped, a smaller one after it may still go.
 */
export const planAttachments = <T extends { size: number }>(
  files: readonly T[],
  fixedBytes: number,
  limit: number,
): { attached: T[]; tooLarge: T[] } => {
  let used = fixedBytes
  const attached: T[] = []
  const tooLarge: T[] = []
  for (const file of files) {
    const cost = encodedBytes(file.size) + PART_OVERHEAD_BYTES
    if (used + cost <= limit) {
      attached.push(file)
      used += cost
    } else tooLarge.push(file)
  }
  return { attached, tooLarge }
}

/** The public address (SERVER_URL), without a trailing slash, or null when none is set. */
export const serverUrlOf = (payload: Payload): string | null =>
  (payload.config.serverURL || process.env.SERVER_URL || '').replace(/\/$/, '') || null

/** The file's page in the admin (login required; access decides who may open it). */
export const mediaLinkOf = (payload: Payload, id: Id): string | null => {
  const base = serverUrlOf(payload)
  return base ? `${base}${payload.config.routes.admin}/collections/media/${id}` : null
}

export type StoredFile = {
  media: Id | null
  /** The name the recipient sees. */
  filename: string
  title: string
  contentType: string
  /** Absolute path in the media folder; null when the record has no file or it is missing. */
  path: string | null
  size: number
  link: string | null
}

type MediaRow = {
  id: Id
  title?: string | null
  filename?: string | null
  mimeType?: string | null
}

const sizeOnDisk = async (file: string): Promise<number | null> => {
  try {
    const info = await stat(file)
    return info.isFile() ? info.size : null
  } catch {
    return null
  }
}

/**
 * The files of `refs` as they are on disk now: one query for the records, one stat per file
 * (the content is streamed by nodemailer when the message goes, never loaded here).
 */
export const storedFiles = async (
  req: PayloadRequest,
  refs: readonly { media: Id | null; filename?: string | null }[],
): Promise<StoredFile[]> => {
  const { payload } = req
  const ids = [...new Set(refs.flatMap((ref) => (ref.media === null ? [] : [String(ref.media)])))]
  if (refs.length === 0) return []
  const { docs } = ids.length
    ? await payload.find({
        collection: 'media',
        where: { id: { in: ids } },
        select: { title: true, filename: true, mimeType: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const rows = new Map((docs as MediaRow[]).map((doc) => [String(doc.id), doc]))
  const staticDir = path.resolve(payload.collections.media.config.upload.staticDir ?? '')
  return Promise.all(
    refs.map(async (ref) => {
      const row = ref.media === null ? undefined : rows.get(String(ref.media))
      const stored = row?.filename ? path.resolve(staticDir, row.filename) : null
      // A stored name never leaves the media folder.
      const inside = stored && stored.startsWith(`${staticDir}${path.sep}`) ? stored : null
      const size = inside ? await sizeOnDisk(inside) : null
      return {
        media: ref.media,
        filename: ref.filename?.trim() || row?.filename || 'tep-dinh-kem',
        title: row?.title || ref.filename || row?.filename || 'Tệp đính kèm',
        contentType: row?.mimeType || 'application/octet-stream',
        path: size === null ? null : inside,
        size: size ?? 0,
        link: row ? mediaLinkOf(payload, row.id) : null,
      }
    }),
  )
}
