import { describe, expect, it } from 'vitest'

import { answerVerdicts, normaliseAnswers } from '../../../hooks/rules/dataCalls/answers'
import type { FormField } from '../../../hooks/rules/dataCalls/form'
import { responseVerdict, type ResponseChange } from '../../../hooks/rules/dataCalls/response'

const FORM: FormField[] = [
  { key: 'so-ho-so', label: 'Số hồ sơ', kind: 'number', required: true, wholeNumber: true },
  { key: 'ty-le', label: 'Tỷ lệ', kind: 'number', required: false, aggregation: 'average' },
  {
    key: 'tinh-trang',
    label: 'Tình trạng',
    kind: 'choice',
    required: true,
    choices: ['Có', 'Không'],
  },
  { key: 'ngay', label: 'Ngày hoàn thành', kind: 'date', required: false },
  { key: 'ghi-chu', label: 'Ghi chú', kind: 'text', required: false },
]

const vi = (verdicts: ReturnType<typeof answerVerdicts>) =>
  verdicts.map((v) => (v.ok ? null : [v.path, v.message.vi]))

describe('answers to a data call (R7.5)', () => {
  it('R7.5 accepts answers that fit the form', () => {
    const answers = [
      { key: 'so-ho-so', number: 1234 },
      { key: 'ty-le', number: 12.5 },
      { key: 'tinh-trang', text: 'Có' },
      { key: 'ngay', date: '2025-04-28T17:00:00.000Z' },
    ]
    expect(answerVerdicts(FORM, answers, { complete: true })).toEqual([])
  })

  it('R7.5 names the field by its label for each wrong value', () => {
    expect(
      vi(
        answerVerdicts(
          FORM,
          [
            { key: 'so-ho-so', number: 12.5 },
            { key: 'ty-le', number: Number.NaN },
            { key: 'tinh-trang', text: 'Chưa rõ' },
            { key: 'ngay', date: '28/04/2025' },
            { key: 'khong-co', text: 'x' },
            { key: 'ghi-chu', text: 'a' },
            { key: 'ghi-chu', text: 'b' },
          ],
          { complete: false },
        ),
      ),
    ).toEqual([
      ['answers.0.number', '"Số hồ sơ": chỉ nhập số nguyên.'],
      ['answers.1.number', '"Tỷ lệ": nhập một số, ví dụ 1.234,5.'],
      ['answers.2.text', '"Tình trạng": chọn một trong các giá trị: Có; Không.'],
      ['answers.3.date', '"Ngày hoàn thành": nhập ngày theo dạng dd/MM/yyyy.'],
      ['answers.4.key', 'Nội dung trả lời "khong-co" không có trong biểu mẫu của yêu cầu.'],
      ['answers.6', '"Ghi chú": đã được trả lời ở dòng trước.'],
    ])
  })

  it('R7.5 asks for every required field only when the response is sent', () => {
    const partial = [{ key: 'ty-le', number: 3 }]
    expect(answerVerdicts(FORM, partial, { complete: false })).toEqual([])
    expect(vi(answerVerdicts(FORM, partial, { complete: true }))).toEqual([
      ['answers', '"Số hồ sơ": chưa trả lời (nội dung bắt buộc).'],
      ['answers', '"Tình trạng": chưa trả lời (nội dung bắt buộc).'],
    ])
  })

  it('R7.5 keeps each value in its kind’s column only', () => {
    expect(
      normaliseAnswers(FORM, [
        { key: 'so-ho-so', number: 5, text: 'lạc chỗ' },
        { key: 'tinh-trang', text: '  Có ', number: 1 },
      ]),
    ).toEqual([
      { key: 'so-ho-so', number: 5 },
      { key: 'tinh-trang', text: 'Có' },
    ])
  })
})

const change = (over: Partial<ResponseChange>): ResponseChange => ({
  from: 'pending',
  to: 'pending',
  callStatus: 'open',
  standingBody: false,
  answersChanged: false,
  returnReason: null,
  ...over,
})

const message = (verdict: ReturnType<typeof responseVerdict>) =>
  verdict.ok ? null : verdict.message.vi

describe('the workflow of a response (R7.5)', () => {
  it('R7.5 lets the agency answer and send while the call is open', () => {
    expect(responseVerdict(change({ answersChanged: true })).ok).toBe(true)
    expect(responseVerdict(change({ to: 'submitted' })).ok).toBe(true)
    expect(
      responseVerdict(change({ from: 'returned', to: 'submitted', answersChanged: true })).ok,
    ).toBe(true)
    expect(message(responseVerdict(change({ to: 'submitted', callStatus: 'closed' })))).toBe(
      'Yêu cầu không còn mở để trả lời.',
    )
  })

  it('R7.5 freezes sent answers and lets only the standing body accept or return', () => {
    expect(
      message(
        responseVerdict(change({ from: 'submitted', to: 'submitted', answersChanged: true })),
      ),
    ).toBe('Số liệu đã gửi: chỉ sửa khi Cơ quan thường trực trả lại.')
    expect(message(responseVerdict(change({ from: 'submitted', to: 'accepted' })))).toBe(
      'Chỉ Cơ quan thường trực tiếp nhận hoặc trả lại số liệu.',
    )
    expect(
      responseVerdict(change({ from: 'submitted', to: 'accepted', standingBody: true })).ok,
    ).toBe(true)
    expect(
      message(responseVerdict(change({ from: 'pending', to: 'accepted', standingBody: true }))),
    ).toBe('Chỉ tiếp nhận hoặc trả lại số liệu cơ quan đã gửi.')
  })

  it('R7.5 needs a reason to return answers', () => {
    const returning = { from: 'submitted' as const, to: 'returned' as const, standingBody: true }
    expect(message(responseVerdict(change({ ...returning, returnReason: '  ' })))).toBe(
      'Nêu lý do trả lại để cơ quan hoàn thiện.',
    )
    expect(responseVerdict(change({ ...returning, returnReason: 'Thiếu số liệu xã' })).ok).toBe(
      true,
    )
  })
})

describe('completeness and timeliness of a call (R7.5)', () => {
  it('R7.5 counts sent, on time, late, missing, accepted and returned', async () => {
    const { completenessOf } = await import('../../../hooks/rules/dataCalls/completeness')
    expect(
      completenessOf([
        { status: 'accepted', late: false, submitted: true },
        { status: 'submitted', late: true, submitted: true },
        { status: 'returned', late: false, submitted: true },
        { status: 'pending', late: null, submitted: false },
      ]),
    ).toEqual({ asked: 4, sent: 2, onTime: 2, late: 1, missing: 2, accepted: 1, returned: 1 })
  })
})
