// The Decree 30 layout of generated documents (../shared/data/document-format.md): page numbers
// centred in the top margin from page 2; the aggregate report prints only sentences that apply.
import JSZip from 'jszip'
import { Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'

import { nextSteps, taskSentence } from '../../src/documents/aggregateDocx'
import { renderDecree30 } from '../../src/documents/decree30'

const render = () =>
  renderDecree30({
    superior: 'UBND TỈNH QUẢNG NAM',
    issuer: 'TỔ CÔNG TÁC ĐỀ ÁN 06',
    symbol: '12/BC-TCT',
    place: 'Quảng Nam',
    day: '2026-11-20',
    kindTitle: 'BÁO CÁO',
    summary: 'Kết quả tháng 11/2026',
    body: [new Paragraph('Nội dung.')],
    recipients: ['- Như trên;'],
    signature: { lines: ['TM. TỔ CÔNG TÁC', 'TỔ TRƯỞNG'], name: 'Nguyễn Văn A' },
  })

describe('Decree 30 documents', () => {
  it('number pages in the top margin, centred, not on the first page', async () => {
    const zip = await JSZip.loadAsync(await render())
    const document = await zip.file('word/document.xml')!.async('string')
    expect(document).toContain('<w:titlePg')
    const headers = Object.keys(zip.files).filter((name) => /^word\/header\d+\.xml$/.test(name))
    const texts = await Promise.all(headers.map((name) => zip.file(name)!.async('string')))
    const numbered = texts.filter((xml) => xml.includes('PAGE'))
    expect(numbered).toHaveLength(1)
    expect(numbered[0]).toContain('w:val="center"')
    // The first page's header exists and holds no page field.
    expect(texts.some((xml) => !xml.includes('PAGE'))).toBe(true)
  })

  it('never write "0 nhiệm vụ quá hạn" in the next steps of the aggregate report', () => {
    expect(nextSteps(0, 0)).toBe('Các cơ quan, đơn vị tiếp tục triển khai các nhiệm vụ được giao.')
    expect(nextSteps(0, 3)).not.toMatch(/quá hạn/)
    expect(nextSteps(2, 0)).toContain('khẩn trương hoàn thành 2 nhiệm vụ quá hạn')
    expect(nextSteps(2, 0)).not.toMatch(/chưa có báo cáo/)
    expect(nextSteps(2, 1)).toMatch(/quá hạn; các cơ quan, đơn vị chưa có báo cáo/)
  })
})

describe('the task figures of the aggregate report (one definition with the dashboard)', () => {
  const figures = {
    total: 139,
    completed: 134,
    completedOnTime: 102,
    onTimeRate: 76.1,
    overdue: 3,
    day: '2026-10-14',
    definition: 'Nhiệm vụ đã giao tính đến hết ngày 14/10/2026',
  }

  it('writes the figures the dashboard shows, in Vietnamese number format', () => {
    expect(taskSentence(figures)).toBe(
      'tổng số 139 nhiệm vụ đã giao; đã hoàn thành 134 nhiệm vụ (tỷ lệ đúng hạn 76,1 %); 3 nhiệm vụ quá hạn chưa hoàn thành.',
    )
  })

  it('never writes "0 nhiệm vụ quá hạn"', () => {
    expect(taskSentence({ ...figures, overdue: 0 })).not.toContain('quá hạn')
  })
})
