import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'

import type { FormField } from '../../../hooks/rules/dataCalls/form'
import {
  aggregate,
  buildConsolidatedXlsx,
  CONSOLIDATED_SHEET,
  HEADING_ROWS,
} from '../../../src/dataCalls/consolidatedXlsx'

const FIELDS: FormField[] = [
  {
    key: 'so-ho-so',
    label: 'Số hồ sơ',
    kind: 'number',
    required: true,
    unit: 'hồ sơ',
    aggregation: 'sum',
    wholeNumber: true,
  },
  {
    key: 'ty-le',
    label: 'Tỷ lệ',
    kind: 'number',
    required: true,
    unit: '%',
    aggregation: 'average',
  },
  {
    key: 'tinh-trang',
    label: 'Tình trạng',
    kind: 'choice',
    required: true,
    choices: ['Có', 'Không'],
  },
  { key: 'ngay', label: 'Ngày hoàn thành', kind: 'date', required: false },
]

const read = async (buffer: Buffer) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as never)
  const sheet = workbook.getWorksheet(CONSOLIDATED_SHEET)!
  const rows: unknown[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (number > HEADING_ROWS) rows.push((row.values as unknown[]).slice(1))
  })
  return { title: sheet.getCell(1, 1).value, rows }
}

describe('the consolidated workbook of a data call (R7.5)', () => {
  it('R7.5 totals each number field by its aggregation', () => {
    expect(aggregate('sum', [1, 2, 3])).toBe(6)
    expect(aggregate('average', [1, 2])).toBe(1.5)
    expect(aggregate('min', [4, 2])).toBe(2)
    expect(aggregate('max', [4, 2])).toBe(4)
    expect(aggregate('none', [4, 2])).toBeNull()
    expect(aggregate('sum', [])).toBeNull()
  })

  it('R7.5 writes one row per agency, one column per field, the totals and the provenance', async () => {
    const buffer = await buildConsolidatedXlsx({
      title: 'Kết quả thu nhận hồ sơ căn cước',
      dueDay: '2025-04-29',
      fields: FIELDS,
      rows: [
        {
          responseId: 11,
          agency: 'Sở Tư pháp',
          status: 'Đã tiếp nhận',
          // 09:05 on 28/04 in Vietnam.
          submittedAt: '2025-04-28T02:05:00.000Z',
          late: false,
          answers: [
            { key: 'so-ho-so', number: 1200 },
            { key: 'ty-le', number: 80 },
            { key: 'tinh-trang', text: 'Có' },
            { key: 'ngay', date: '2025-04-27T17:00:00.000Z' },
          ],
          source: 'Trực tuyến',
          workbookName: null,
        },
        {
          responseId: 12,
          agency: 'UBND huyện Đông Sơn',
          status: 'Đã gửi',
          // 00:30 on 30/04 in Vietnam: the day after the due day.
          submittedAt: '2025-04-29T17:30:00.000Z',
          late: true,
          answers: [
            { key: 'so-ho-so', number: 34 },
            { key: 'ty-le', number: 90.5 },
            { key: 'tinh-trang', text: 'Không' },
          ],
          source: 'Tệp Excel',
          workbookName: 'dong-son.xlsx',
        },
        {
          responseId: 13,
          agency: 'Sở Y tế',
          status: 'Chưa gửi',
          submittedAt: null,
          late: null,
          answers: [],
          source: null,
          workbookName: null,
        },
      ],
    })
    const { title, rows } = await read(buffer)
    expect(title).toBe('TỔNG HỢP SỐ LIỆU BÁO CÁO NHANH: KẾT QUẢ THU NHẬN HỒ SƠ CĂN CƯỚC')
    expect(rows).toEqual([
      [
        'STT',
        'Cơ quan, đơn vị',
        'Trạng thái',
        'Gửi lúc',
        'Đúng hạn',
        'Số hồ sơ (hồ sơ)',
        'Tỷ lệ (%)',
        'Tình trạng',
        'Ngày hoàn thành',
        'Mã trả lời',
        'Nguồn số liệu',
        'Tệp Excel',
      ],
      [
        1,
        'Sở Tư pháp',
        'Đã tiếp nhận',
        '28/04/2025 09:05',
        'Đúng hạn',
        1200,
        80,
        'Có',
        '28/04/2025',
        '11',
        'Trực tuyến',
      ],
      [
        2,
        'UBND huyện Đông Sơn',
        'Đã gửi',
        '30/04/2025 00:30',
        'Chậm hạn',
        34,
        90.5,
        'Không',
        undefined,
        '12',
        'Tệp Excel',
        'dong-son.xlsx',
      ],
      [
        3,
        'Sở Y tế',
        'Chưa gửi',
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        '13',
      ],
      [undefined, 'Tổng hợp', undefined, undefined, undefined, 1234, 85.25],
    ])
  })
})
