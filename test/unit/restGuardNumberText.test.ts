import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { dataShapeProblem } from '../../src/lib/restGuard/body'

// Payload reads a number sent as text with parseFloat ("60.000.000" → 60): the guard refuses
// text it would misread, naming the field by its label and saying how to send the number.
const fields: Field[] = [
  { name: 'amount', type: 'number', label: { vi: 'Số tiền (đồng)', en: 'Amount (VND)' } },
  {
    name: 'indicatorLines',
    type: 'array',
    fields: [{ name: 'value', type: 'number', label: { vi: 'Tháng này', en: 'This month' } }],
  },
  {
    type: 'tabs',
    tabs: [
      {
        label: 'Chung',
        fields: [{ name: 'order', type: 'number', label: 'Thứ tự hiển thị' }],
      },
    ],
  },
] as Field[]

describe('REST guard refuses numbers sent as text that Payload would misread (issue 13)', () => {
  it('refuses "60.000.000", which Payload would store as 60', () => {
    expect(dataShapeProblem(fields, { amount: '60.000.000' })).toEqual({
      vi: 'Trường "Số tiền (đồng)": "60.000.000" phải gửi dưới dạng số (60000000), không phải chuỗi chữ.',
      en: 'The field "Amount (VND)": send "60.000.000" as a number (60000000), not as text.',
    })
  })

  it('refuses "12,5" in an indicator row, which Payload would store as 12', () => {
    expect(dataShapeProblem(fields, { indicatorLines: [{ value: '12,5' }] })).toMatchObject({
      vi: 'Trường "Tháng này": "12,5" phải gửi dưới dạng số (12.5), không phải chuỗi chữ.',
    })
  })

  it('refuses "1.234", which reads 1234 the Vietnamese way and 1.234 otherwise', () => {
    expect(dataShapeProblem(fields, { amount: '1.234' })).toMatchObject({
      vi: expect.stringContaining('(1234)'),
    })
  })

  it.each(['1,234.5', '12abc', '60 000 000', '1e3'])(
    'refuses "%s" and says how to type a number',
    (text) => {
      expect(dataShapeProblem(fields, { amount: text })).toEqual({
        vi: `Trường "Số tiền (đồng)": "${text}" không phải là số. Nhập số theo kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy cho phần thập phân, ví dụ 1.234,5.`,
        en: expect.stringContaining('is not a number'),
      })
    },
  )

  it('names a field inside tabs by its label', () => {
    expect(dataShapeProblem(fields, { order: '1,5,2' })).toMatchObject({
      vi: expect.stringMatching(/^Trường "Thứ tự hiển thị": "1,5,2" không phải là số\./),
    })
  })

  it.each(['1234', ' 12 ', '-3', '0', '', '12.5'])(
    'accepts "%s", which Payload reads whole',
    (text) => {
      expect(dataShapeProblem(fields, { amount: text })).toBeNull()
    },
  )

  it('accepts JSON numbers', () => {
    expect(
      dataShapeProblem(fields, { amount: 60_000_000, indicatorLines: [{ value: 12.5 }] }),
    ).toBeNull()
  })
})
