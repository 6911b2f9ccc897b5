import { describe, expect, it } from 'vitest'

import { asciiSlug, storedFileName } from '../../src/lib/fileNames'

describe('stored file names', () => {
  it('writes Vietnamese names without accents, đ as d, words joined by dashes', () => {
    expect(asciiSlug('Sở Tư pháp – Đội 1/2')).toBe('so-tu-phap-doi-1-2')
    expect(asciiSlug('  ***  ')).toBe('')
  })

  it('cuts a long name without leaving a dash at the end', () => {
    expect(asciiSlug('Ủy ban nhân dân xã Điện Bàn Đông', 10)).toBe('uy-ban-nha')
    expect(asciiSlug('ab cd', 3)).toBe('ab')
  })

  it('joins the parts, skipping empty ones, with the extension', () => {
    expect(storedFileName(['bao-cao-thang', '2026-11', 'Sở Tư pháp', 'bc12'], 'docx')).toBe(
      'bao-cao-thang-2026-11-so-tu-phap-bc12.docx',
    )
    expect(storedFileName(['van-ban-don-doc', '', 'cq3'], 'docx')).toBe('van-ban-don-doc-cq3.docx')
  })
})
