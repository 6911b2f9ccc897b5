import { describe, expect, it } from 'vitest'

import {
  callTransition,
  choicesOf,
  dueDayOf,
  formFrozen,
  formVerdicts,
  isLate,
  keyFromLabel,
  openingVerdicts,
  recipientsFrozen,
  withKeys,
} from '../../../hooks/rules/dataCalls/call'
import type { FormField } from '../../../hooks/rules/dataCalls/form'
import type { Verdict } from '../../../hooks/rules/verdict'
import { createCalendar } from '../../../src/lib/calendar'

const messages = (verdicts: Verdict[]) =>
  verdicts.map((v) => (v.ok ? null : [v.path, v.message.vi]))

const field = (over: Partial<FormField> = {}): FormField => ({
  key: 'so-ho-so',
  label: 'Số hồ sơ',
  kind: 'number',
  required: true,
  ...over,
})

describe('the form of a data call (R7.5)', () => {
  it('R7.5 makes a key from a Vietnamese label, without accents, numbering repeats', () => {
    expect(keyFromLabel('Số hồ sơ đã tiếp nhận (%)')).toBe('so-ho-so-da-tiep-nhan')
    expect(
      withKeys([{ label: 'Số hồ sơ' }, { label: 'Số hồ sơ' }, { key: 'rieng', label: 'Khác' }]).map(
        (row) => row.key,
      ),
    ).toEqual(['so-ho-so', 'so-ho-so-2', 'rieng'])
  })

  it('R7.5 keeps a key already typed and avoids it when making another', () => {
    expect(
      withKeys([{ label: 'Số hồ sơ' }, { key: 'so-ho-so', label: 'X' }]).map((r) => r.key),
    ).toEqual(['so-ho-so-2', 'so-ho-so'])
  })

  it('R7.5 reads choices one per line, ignoring blank lines', () => {
    expect(choicesOf('Có\n\n  Không \r\nĐang triển khai')).toEqual([
      'Có',
      'Không',
      'Đang triển khai',
    ])
  })

  it('R7.5 accepts a well-formed form', () => {
    expect(
      formVerdicts([
        field(),
        field({ key: 'tt', label: 'Tình trạng', kind: 'choice', choices: ['Có', 'Không'] }),
      ]),
    ).toEqual([])
  })

  it('R7.5 refuses an empty form, repeated keys, bad keys and a choice field without choices', () => {
    expect(messages(formVerdicts([]))).toEqual([
      ['fields', 'Biểu mẫu phải có ít nhất một chỉ tiêu, nội dung cần báo cáo.'],
    ])
    expect(
      messages(
        formVerdicts([
          field(),
          field({ label: 'Số khác' }),
          field({ key: 'Sai Mã', label: '' }),
          field({ key: 'lua-chon', label: 'Tình trạng', kind: 'choice', choices: ['Có'] }),
        ]),
      ),
    ).toEqual([
      ['fields.1.key', 'Dòng 2 của biểu mẫu: mã "so-ho-so" trùng với dòng 1.'],
      ['fields.2.label', 'Dòng 3 của biểu mẫu: nhập tên chỉ tiêu, nội dung.'],
      [
        'fields.2.key',
        'Dòng 3 của biểu mẫu: mã "Sai Mã" chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.',
      ],
      [
        'fields.3.choices',
        'Dòng 4 của biểu mẫu (Tình trạng): nhập ít nhất hai lựa chọn, mỗi dòng một lựa chọn.',
      ],
    ])
  })

  it('R7.5 freezes the form and the agencies once the call is sent, not while a draft', () => {
    const before = [field()]
    const after = [field({ label: 'Số hồ sơ mới' })]
    expect(formFrozen('draft', before, after).ok).toBe(true)
    expect(formFrozen('open', before, [field()]).ok).toBe(true)
    expect(messages([formFrozen('open', before, after)])).toEqual([
      ['fields', 'Yêu cầu đã gửi đến các cơ quan: không sửa biểu mẫu số liệu nữa.'],
    ])
    expect(recipientsFrozen('open', [1, 2], [2, 1]).ok).toBe(true)
    expect(recipientsFrozen('draft', [1, 2], [1]).ok).toBe(true)
    expect(recipientsFrozen('closed', [1, 2], [1]).ok).toBe(false)
  })
})

describe('sending a data call (R7.5)', () => {
  it('R7.5 needs a basis, the agencies and 1 to 30 working days', () => {
    expect(
      openingVerdicts({ agencies: 2, hasDocument: true, hasConclusion: false, workingDays: 3 }),
    ).toEqual([])
    expect(
      openingVerdicts({ agencies: 1, hasDocument: false, hasConclusion: true, workingDays: 30 }),
    ).toEqual([])
    expect(
      messages(
        openingVerdicts({ agencies: 0, hasDocument: false, hasConclusion: false, workingDays: 31 }),
      ),
    ).toEqual([
      ['basisDocument', 'Nêu căn cứ yêu cầu: văn bản đã ban hành hoặc kết luận của Tổ công tác.'],
      ['agencies', 'Chọn ít nhất một cơ quan, đơn vị, địa phương được đề nghị báo cáo.'],
      ['workingDays', 'Thời hạn trả lời là số nguyên từ 1 đến 30 ngày làm việc.'],
    ])
    for (const workingDays of [0, 2.5, '3', null]) {
      expect(
        openingVerdicts({ agencies: 1, hasDocument: true, hasConclusion: false, workingDays }),
      ).toHaveLength(1)
    }
  })

  it('R7.5 moves draft → open → closed only', () => {
    expect(callTransition('draft', 'open').ok).toBe(true)
    expect(callTransition('open', 'closed').ok).toBe(true)
    expect(messages([callTransition('open', 'draft')])).toEqual([
      ['status', 'Yêu cầu đã gửi không trở lại dự thảo.'],
    ])
    expect(messages([callTransition('draft', 'closed')])).toEqual([
      ['status', 'Chỉ kết thúc yêu cầu đã gửi.'],
    ])
    expect(messages([callTransition('closed', 'open')])).toEqual([
      ['status', 'Yêu cầu đã kết thúc.'],
    ])
  })

  it('R7.5 counts the due date in working days, skipping weekends and holidays', () => {
    const calendar = createCalendar([
      { date: '2025-04-30', kind: 'day-off', nameVi: 'Nghỉ', nameEn: 'Off' },
    ])
    // Thursday 2025-04-24 + 3 working days: Fri 25, Mon 28, Tue 29.
    expect(dueDayOf(calendar, '2025-04-24', 3)).toBe('2025-04-29')
    // + 4: 30/04 and 01/05 are days off, so Friday 02/05.
    expect(dueDayOf(calendar, '2025-04-24', 4)).toBe('2025-05-02')
  })

  it('R7.5 is late only after the due day', () => {
    expect(isLate('2025-04-29', '2025-04-29')).toBe(false)
    expect(isLate('2025-04-30', '2025-04-29')).toBe(true)
  })
})
