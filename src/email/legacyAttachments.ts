import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { detectFileType, withExtensionOf } from '../lib/fileType'

// Used once by the migrations `outbox_attachment_files`: outbox rows written before files were
// referenced held each attachment as base64 text. Their content becomes a file in the media
// folder (one per distinct content, however many recipients' rows carried it) and a media record
// the rows then name.

export type LegacyAttachment = {
  id: string
  filename: string | null
  contentType: string | null
  contentBase64: string | null
}

export type LegacyFile = {
  hash: string
  title: string
  filename: string
  mimeType: string
  filesize: number
}

const safeName = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+/, '')
    .slice(0, 120) || 'tep'

/** Writes the attachment's bytes into the media folder (once per content) and describes them. */
export const storeLegacyAttachment = async (
  payload: Payload,
  row: LegacyAttachment,
): Promise<LegacyFile> => {
  const bytes = Buffer.from(row.contentBase64 ?? '', 'base64')
  const hash = createHash('sha256').update(bytes).digest('hex')
  const detected = detectFileType(bytes)
  const original = row.filename?.trim() || 'tep-dinh-kem'
  const named = detected ? withExtensionOf(original, detected) : original
  const filename = `thu-${hash.slice(0, 12)}-${safeName(named)}`
  const staticDir = path.resolve(payload.collections.media.config.upload.staticDir ?? 'data/media')
  await mkdir(staticDir, { recursive: true })
  await writeFile(path.join(staticDir, filename), bytes)
  return {
    hash,
    title: `Tệp đính kèm thư: ${original}`.slice(0, 250),
    filename,
    mimeType: detected?.mime ?? (row.contentType || 'application/octet-stream'),
    filesize: bytes.length,
  }
}
