import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { controlCharacterProblems } from '../../src/integrity/controlCharacters'
import { hasControlCharacters } from '../../src/lib/safeInput'

describe('control characters (issue 11 L9)', () => {
  it('single-line text refuses every C0 control character and DEL', () => {
    for (const code of [0, 7, 9, 10, 13, 27, 31, 127]) {
      expect(hasControlCharacters(`a${String.fromCharCode(code)}b`), String(code)).toBe(true)
    }
    expect(hasControlCharacters('Nguyễn Văn A – Sở Tư pháp')).toBe(false)
  })

  it('multi-line text keeps line feeds, tabs and CRLF, refuses the rest', () => {
    expect(hasControlCharacters('a\nb\r\n\tc', true)).toBe(false)
    expect(hasControlCharacters('a\u007fb', true)).toBe(false)
    for (const text of ['a\u0000', 'a\rb', 'a\u000bb', 'a\u001b[0m']) {
      expect(hasControlCharacters(text, true), JSON.stringify(text)).toBe(true)
    }
  })

  it('walks rows, groups, tabs and hasMany text, naming fields by their labels', () => {
    const fields: Field[] = [
      { name: 'name', type: 'text', label: { vi: 'Họ và tên', en: 'Full name' } } as Field,
      { name: 'tags', type: 'text', hasMany: true } as Field,
      {
        type: 'tabs',
        tabs: [{ label: 'x', fields: [{ name: 'note', type: 'textarea' }] }],
      } as Field,
      { name: 'meta', type: 'group', fields: [{ name: 'code', type: 'text' }] } as Field,
      {
        name: 'rows',
        type: 'array',
        fields: [{ name: 'reason', type: 'textarea', label: 'Lý do' }],
      } as Field,
    ]
    const problems = controlCharacterProblems(fields, {
      name: 'A\u0000',
      tags: ['ok', 'b\u0001'],
      note: 'dòng 1\ndòng 2',
      meta: { code: 'X\n' },
      rows: [{ reason: 'ok' }, { reason: 'x\u0002' }],
    })
    expect(problems.map((problem) => problem.path)).toEqual([
      'name',
      'tags',
      'meta.code',
      'rows.1.reason',
    ])
    expect(problems[0]!.vi).toBe("Trường 'Họ và tên' chứa ký tự điều khiển không hợp lệ.")
    expect(problems[0]!.en).toBe("The field 'Full name' contains invalid control characters.")
    expect(problems[3]!.vi).toBe("Trường 'Lý do' chứa ký tự điều khiển không hợp lệ.")
  })
})
