import { describe, expect, it } from 'vitest'

import {
  formatFieldValue,
  formatViNumber,
  formatVnd,
  HOW_TO_TYPE,
  parseViNumber,
} from '../../src/fields/viNumber'

const WHOLE_ONLY = 'Chỉ nhập số nguyên, không có phần thập phân sau dấu phẩy, ví dụ 1.234.'

describe('parseViNumber reads numbers typed the Vietnamese way', () => {
  it.each([
    ['60.000.000', 60_000_000],
    ['1.234,5', 1234.5],
    ['12,5', 12.5],
    ['1234', 1234],
    ['1.234', 1234],
    ['0', 0],
    ['0,25', 0.25],
    ['007', 7],
    ['1234567,89', 1_234_567.89],
    ['999.999.999.999.999', 999_999_999_999_999],
    ['  3.956  ', 3956],
    ['60.000.000 đ', 60_000_000],
    ['60.000.000đ', 60_000_000],
    ['5.000 đồng', 5000],
    ['-3', -3],
    ['−3', -3],
    ['-1.234,5', -1234.5],
    ['-0', 0],
  ])('reads "%s" as %d', (text, value) => {
    expect(parseViNumber(text)).toEqual({ ok: true, value })
  })

  it.each(['', '   ', 'đ'])('reads "%s" as no value', (text) => {
    expect(parseViNumber(text)).toEqual({ ok: true, value: null })
  })

  it.each([
    '1.23',
    '12.5',
    '1,234.5',
    '1.234.56',
    '1.2345',
    '0.500',
    '.5',
    ',5',
    '1,',
    '1.',
    '1..234',
    '1,2,3',
    '1.234,5,6',
    '12abc',
    'abc',
    '60 000 000',
    '1e6',
    '+3',
    '--3',
    '- 3',
    'Infinity',
    'NaN',
    '0x10',
    '1.000,5.5',
  ])('refuses the ambiguous or malformed "%s" and says how to type it', (text) => {
    expect(parseViNumber(text)).toEqual({ ok: false, message: HOW_TO_TYPE })
  })

  it('gives the example in both languages', () => {
    expect(HOW_TO_TYPE.vi).toBe(
      'Nhập số theo kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy cho phần thập phân, ví dụ 1.234,5.',
    )
    expect(HOW_TO_TYPE.en).toMatch(/1\.234,5/)
  })

  it.each(['12,5', '1.234,0', '0,1'])(
    'refuses a decimal comma in a whole-number field ("%s")',
    (text) => {
      const result = parseViNumber(text, { integer: true })
      expect(result).toMatchObject({ ok: false, message: { vi: WHOLE_ONLY } })
    },
  )

  it('reads grouped whole numbers in a whole-number field', () => {
    expect(parseViNumber('60.000.000', { integer: true })).toEqual({ ok: true, value: 60_000_000 })
  })

  it('refuses a negative number where the field forbids it', () => {
    expect(parseViNumber('-3', { negative: false })).toEqual({
      ok: false,
      message: { vi: 'Không nhập số âm.', en: 'Negative numbers are not accepted.' },
    })
  })

  it('accepts minus zero where negatives are forbidden', () => {
    expect(parseViNumber('-0', { negative: false })).toEqual({ ok: true, value: 0 })
  })

  it('reads whole numbers up to 2^53, which a double holds exactly', () => {
    expect(parseViNumber('1.000.000.000.000.000')).toEqual({ ok: true, value: 1e15 })
    expect(parseViNumber('9.007.199.254.740.991')).toEqual({
      ok: true,
      value: Number.MAX_SAFE_INTEGER,
    })
  })

  it('refuses larger whole numbers and decimals of more than 15 digits', () => {
    const tooLarge = {
      ok: false,
      message: { vi: 'Số quá lớn hoặc quá nhiều chữ số thập phân: nhập tối đa 15 chữ số.' },
    }
    expect(parseViNumber('9.007.199.254.740.993')).toMatchObject(tooLarge)
    expect(parseViNumber('12345678901234,56')).toMatchObject(tooLarge)
    expect(parseViNumber('0,1234567890123456')).toMatchObject(tooLarge)
  })

  it('does not count leading zeros as digits', () => {
    expect(parseViNumber('000000000000000001')).toEqual({ ok: true, value: 1 })
  })
})

describe('formatViNumber shows numbers the Vietnamese way', () => {
  it.each([
    [60_000_000, '60.000.000'],
    [1234.5, '1.234,5'],
    [12.5, '12,5'],
    [1234, '1.234'],
    [3956, '3.956'],
    [0, '0'],
    [-3, '-3'],
    [0.1 + 0.2, '0,3'],
    [999_999_999_999_999, '999.999.999.999.999'],
  ])('shows %d as "%s"', (value, text) => {
    expect(formatViNumber(value)).toBe(text)
  })

  it('shows years and register numbers without thousands dots', () => {
    expect(formatViNumber(2026, { grouping: false })).toBe('2026')
  })

  it.each([60_000_000, 1234.5, 12.5, -1234.5, 0.25, 1_234_567.89, 2026])(
    'reads back what it shows (%d)',
    (value) => {
      expect(parseViNumber(formatViNumber(value))).toEqual({ ok: true, value })
      expect(parseViNumber(formatViNumber(value, { grouping: false }))).toEqual({ ok: true, value })
    },
  )
})

describe('formatVnd shows money in đồng', () => {
  it('shows sixty million đồng as "60.000.000 đ"', () => {
    expect(formatVnd(60_000_000)).toBe('60.000.000 đ')
  })

  it('shows a reversing entry with its sign', () => {
    expect(formatVnd(-1_500_000)).toBe('-1.500.000 đ')
  })

  it('reads back what it shows', () => {
    expect(parseViNumber(formatVnd(60_000_000))).toEqual({ ok: true, value: 60_000_000 })
  })
})

describe('formatFieldValue shows a field the way its kind reads', () => {
  it('shows money with "đ"', () => {
    expect(formatFieldValue(60_000_000, { kind: 'money' })).toBe('60.000.000 đ')
  })

  it('shows a count with thousands dots', () => {
    expect(formatFieldValue(3956, { kind: 'number' })).toBe('3.956')
  })

  it('shows a year without thousands dots', () => {
    expect(formatFieldValue(2026, { kind: 'number', grouping: false })).toBe('2026')
  })
})
