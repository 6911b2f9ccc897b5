import type { Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { listHref, listHrefsBy } from '../../../dashboards/queries/hrefs'

describe('drill-down links', () => {
  it('serialises a shared filter once and gives the same link as the full filter', () => {
    const shared: Where = {
      and: [
        { period: { greater_than_equal: '2025-01' } },
        { status: { in: 'accepted,submitted' } },
      ],
    }
    const byAgency = listHrefsBy('reports', 'agency', shared)
    for (const agency of [7, 'a b&c'])
      expect(byAgency(agency)).toBe(
        listHref('reports', { and: [{ agency: { equals: agency } }, shared] }),
      )
  })

  it('keeps a caption readable and escapes only what would end or change its value', () => {
    // The escaping character by character, as a reference for the faster path.
    const reference = (value: string) =>
      value.replace(/[\s%&=#+?"'<>\\`^{}|[\]\u0000-\u001f\u007f]/gu, (char) =>
        char.charCodeAt(0) < 0x80
          ? `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
          : encodeURIComponent(char),
      )
    const captions = [
      'Nhiệm vụ quá hạn của Sở Y tế',
      'Báo cáo tháng 03/2026 của UBND huyện Núi Thành (đúng hạn)',
      'A & B = 100% + "x"',
      'tab\there, non-breaking\u00a0space, new\nline',
      '',
    ]
    for (const vi of captions) {
      const href = listHref('tasks', { id: { equals: 1 } }, { vi, en: 'x y' })
      expect(href.endsWith(`&caption=${reference(vi)}&captionEn=x%20y`)).toBe(true)
    }
    expect(listHref('tasks', {}, { vi: 'Sở Y tế', en: '' })).toContain('caption=Sở%20Y%20tế')
  })
})
