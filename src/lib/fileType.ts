// The type of an uploaded file read from its bytes, never from the name or the browser's claim,
// and a stored name whose extension says that type (issue 11 L10: `x.html` or `x.pdf.html`
// holding PDF bytes must not be kept under a name a browser or a desktop would open as a page).

export type DetectedType = { ext: string; mime: string }

export const PDF: DetectedType = { ext: 'pdf', mime: 'application/pdf' }
const PNG: DetectedType = { ext: 'png', mime: 'image/png' }
const JPEG: DetectedType = { ext: 'jpg', mime: 'image/jpeg' }
const DOC: DetectedType = { ext: 'doc', mime: 'application/msword' }
const XLS: DetectedType = { ext: 'xls', mime: 'application/vnd.ms-excel' }
const DOCX: DetectedType = {
  ext: 'docx',
  mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}
const XLSX: DetectedType = {
  ext: 'xlsx',
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

// Other spellings of an extension that are just as honest.
const SAME_EXTENSIONS: Record<string, string[]> = { jpg: ['jpg', 'jpeg', 'jpe'] }

const startsWith = (bytes: Buffer, signature: number[]) =>
  signature.every((byte, index) => bytes[index] === byte)

const utf16 = (text: string) => Buffer.from(text, 'utf16le')

/**
 * The type of `bytes` among the types the media collection accepts, or null when it is none of
 * them (Payload's own check then refuses the file). PDF may start after up to 1 KiB of junk, as
 * readers (and Payload's detector) allow; Office files are told apart by the names inside.
 */
export const detectFileType = (data: Uint8Array): DetectedType | null => {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  if (bytes.subarray(0, 1024).includes('%PDF-')) return PDF
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // Compound file (Word 97, Excel 97): the directory names its main stream in UTF-16.
    if (bytes.includes(utf16('WordDocument'))) return DOC
    if (bytes.includes(utf16('Workbook')) || bytes.includes(utf16('Book'))) return XLS
    return null
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && bytes.includes('[Content_Types].xml')) {
    // Office Open XML: a zip whose entry names (stored in clear) say which application.
    if (bytes.includes('word/')) return DOCX
    if (bytes.includes('xl/')) return XLSX
  }
  return null
}

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

const stemOf = (name: string): string => {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

/**
 * `name` with the extension of `type`: kept when it already says the type, otherwise the last
 * extension is replaced (`x.html` → `x.pdf`), or dropped when the name underneath already ends
 * with the right one (`x.pdf.html` → `x.pdf`).
 */
export const withExtensionOf = (name: string, type: DetectedType): string => {
  const honest = SAME_EXTENSIONS[type.ext] ?? [type.ext]
  if (honest.includes(extensionOf(name))) return name
  const stem = extensionOf(name) ? stemOf(name) : name
  if (honest.includes(extensionOf(stem))) return stem
  return `${stem || 'tep'}.${type.ext}`
}
