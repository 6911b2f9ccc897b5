// Figures in generated documents read the Vietnamese way (issue 13): a table cell holding a
// number shows "12,5" and "1.234", never "12.5" or "1234".
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'

import { dataTable, renderDecree30 } from '../../src/documents/decree30'

const documentXml = async (rows: (string | number)[][]) => {
  const bytes = await renderDecree30({
    superior: 'UBND TỈNH QUẢNG NAM',
    issuer: 'TỔ CÔNG TÁC ĐỀ ÁN 06',
    symbol: '12/BC-TCT',
    place: 'Quảng Nam',
    day: '2026-11-20',
    kindTitle: 'BÁO CÁO',
    summary: 'Kết quả tháng 11/2026',
    body: [dataTable(['STT', 'Nhiệm vụ', 'Tiến độ (%)'], rows)],
    recipients: ['- Như trên;'],
    signature: { lines: ['TM. TỔ CÔNG TÁC', 'TỔ TRƯỞNG'], name: 'Nguyễn Văn A' },
  })
  const zip = await JSZip.loadAsync(bytes)
  return zip.file('word/document.xml')!.async('string')
}

describe('numbers in DOCX tables', () => {
  it('writes a decimal with a comma', async () => {
    const xml = await documentXml([[1, 'Cấp thẻ', 12.5]])
    expect(xml).toContain('>12,5<')
    expect(xml).not.toContain('>12.5<')
  })

  it('groups thousands with dots', async () => {
    expect(await documentXml([[1, 'Thu nhận hồ sơ', 1234]])).toContain('>1.234<')
  })

  it('writes text as given', async () => {
    expect(await documentXml([[1, 'Hồ sơ 1.5', '']])).toContain('>Hồ sơ 1.5<')
  })
})
