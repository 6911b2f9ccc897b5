import { describe, expect, it } from 'vitest'

import { detectFileType, PDF, withExtensionOf } from '../../src/lib/fileType'
import { hasControlCharacters } from '../../src/lib/safeInput'

const bytes = (...values: number[]) => Uint8Array.from(values)

describe('media file type from bytes (issue 11 L10)', () => {
  it('detects the accepted types from their bytes', () => {
    expect(detectFileType(Buffer.from('%PDF-1.4\n…'))).toEqual(PDF)
    expect(detectFileType(Buffer.from('junk before %PDF-1.7'))).toEqual(PDF)
    expect(detectFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))?.ext).toBe(
      'png',
    )
    expect(detectFileType(bytes(0xff, 0xd8, 0xff, 0xe0))?.ext).toBe('jpg')
    const cfb = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect(detectFileType(Buffer.concat([cfb, Buffer.from('WordDocument', 'utf16le')]))?.ext).toBe(
      'doc',
    )
    expect(detectFileType(Buffer.concat([cfb, Buffer.from('Workbook', 'utf16le')]))?.ext).toBe(
      'xls',
    )
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04])
    expect(
      detectFileType(Buffer.concat([zip, Buffer.from('[Content_Types].xml word/document.xml')]))
        ?.ext,
    ).toBe('docx')
    expect(
      detectFileType(Buffer.concat([zip, Buffer.from('[Content_Types].xml xl/workbook.xml')]))?.ext,
    ).toBe('xlsx')
  })

  it('detects nothing in HTML, plain zips or empty files', () => {
    expect(detectFileType(Buffer.from('<html><script>alert(1)</script>'))).toBeNull()
    expect(detectFileType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBeNull()
    expect(detectFileType(new Uint8Array())).toBeNull()
  })

  it('gives the stored name the extension of the detected type', () => {
    expect(withExtensionOf('x.html', PDF)).toBe('x.pdf')
    expect(withExtensionOf('x.pdf.html', PDF)).toBe('x.pdf')
    expect(withExtensionOf('x.PDF', PDF)).toBe('x.PDF')
    expect(withExtensionOf('bao-cao', PDF)).toBe('bao-cao.pdf')
    expect(withExtensionOf('Báo cáo 01.2026.pdf', PDF)).toBe('Báo cáo 01.2026.pdf')
    expect(withExtensionOf('anh.jpeg', { ext: 'jpg', mime: 'image/jpeg' })).toBe('anh.jpeg')
    expect(withExtensionOf('anh.png', { ext: 'jpg', mime: 'image/jpeg' })).toBe('anh.jpg')
  })

  it('finds control characters in file names', () => {
    expect(hasControlCharacters('a\u0000b.pdf')).toBe(true)
    expect(hasControlCharacters('a\u007fb.pdf')).toBe(true)
    expect(hasControlCharacters('Công văn số 12.pdf')).toBe(false)
  })
})
