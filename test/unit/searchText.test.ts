import { describe, expect, it } from 'vitest'

import {
  MAX_TERM_LENGTH,
  MAX_TERM_WORDS,
  normaliseSearchText,
  normaliseSearchWhere,
  searchTermOf,
  searchTextOf,
} from '../../src/search/normalise'

describe('normaliseSearchText', () => {
  it('strips the tone marks and lower-cases', () => {
    expect(normaliseSearchText('Sở Sức khỏe')).toBe('so suc khoe')
  })

  it('reads upper-case Vietnamese like lower-case', () => {
    expect(normaliseSearchText('SỞ SỨC KHỎE')).toBe('so suc khoe')
  })

  it('turns đ and Đ into d', () => {
    expect(normaliseSearchText('Đề án 06 đô thị')).toBe('de an 06 do thi')
  })

  it('strips the horn of ơ and ư and the breve of ă', () => {
    expect(normaliseSearchText('Người dân ương ăn ƠN')).toBe('nguoi dan uong an on')
  })

  it('reads decomposed input (combining marks typed separately) like composed input', () => {
    expect(normaliseSearchText('Sở'.normalize('NFD'))).toBe(normaliseSearchText('Sở'))
  })

  it('collapses runs of spaces, tabs, line breaks and invisible characters into one space', () => {
    expect(normaliseSearchText('  Công\u00a0an \t tỉnh\n\u200bBình  ')).toBe('cong an tinh binh')
  })

  it('keeps digits and punctuation of codes and symbols', () => {
    expect(normaliseSearchText('12/TB-TCT')).toBe('12/tb-tct')
  })

  it('gives an empty text for marks or spaces only', () => {
    expect(normaliseSearchText(' \u0301\u0323 ')).toBe('')
  })
})

describe('searchTextOf', () => {
  it('joins the normalised values of a record, leaving out empty and missing ones', () => {
    expect(searchTextOf(['NV-01', 'Cấp Căn cước', null, undefined, '', 'Sở Y tế', 2026])).toBe(
      'nv-01 cap can cuoc so y te 2026',
    )
  })
})

describe('searchTermOf', () => {
  it('normalises a typed term like the stored text', () => {
    expect(searchTermOf('SỞ  SỨC')).toBe('so suc')
  })

  it(`keeps each word once and at most ${MAX_TERM_WORDS} words`, () => {
    const words = Array.from({ length: 40 }, (_, index) => `w${index}`)
    expect(searchTermOf(['so', 'SỞ', ...words].join(' ')).split(' ')).toEqual([
      'so',
      ...words.slice(0, MAX_TERM_WORDS - 1),
    ])
  })

  it(`cuts a long term to ${MAX_TERM_LENGTH} characters`, () => {
    expect(searchTermOf('ế'.repeat(500))).toBe('e'.repeat(MAX_TERM_LENGTH))
  })

  it('keeps a term of punctuation only as typed', () => {
    expect(searchTermOf('%_!?')).toBe('%_!?')
  })
})

describe('normaliseSearchWhere', () => {
  it('normalises the term of the list search inside or/and', () => {
    expect(
      normaliseSearchWhere({
        and: [{ status: { equals: 'open' } }, { or: [{ searchText: { like: 'Sở Sức' } }] }],
      }),
    ).toEqual({
      and: [{ status: { equals: 'open' } }, { or: [{ searchText: { like: 'so suc' } }] }],
    })
  })

  it('reads lists that arrive as objects keyed by index', () => {
    expect(normaliseSearchWhere({ or: { 0: { searchText: { contains: 'KHỎE' } } } })).toEqual({
      or: [{ searchText: { contains: 'khoe' } }],
    })
  })

  it('widens a lone like on the title field to the search column, as the pickers send it', () => {
    expect(
      normaliseSearchWhere({ and: [{ id: { not_in: [] } }, { name: { like: 'SỞ Y' } }] }, 'name'),
    ).toEqual({
      and: [
        { id: { not_in: [] } },
        { and: [{ or: [{ name: { like: 'SỞ Y' } }, { searchText: { like: 'so y' } }] }] },
      ],
    })
  })

  it('keeps a title condition with other operators as it is', () => {
    const where = { name: { like: 'Sở', exists: true } }
    expect(normaliseSearchWhere(where, 'name')).toEqual(where)
  })

  it('leaves other fields and non-text operands alone', () => {
    const where = { title: { like: 'Sở' }, searchText: { exists: true } }
    expect(normaliseSearchWhere(where)).toEqual(where)
  })
})
