import { parse } from 'qs-esm'
import type { Where } from 'payload'
import { transformWhereQuery, validateWhereQuery } from 'payload/shared'
import { describe, expect, it } from 'vitest'

import {
  attendanceCaption,
  budgetLineCaption,
  comparisonCaption,
  complianceCaption,
  headlineCaption,
  reportsOfAgencyCaption,
  reportsOfYearCaption,
  reviewMeetingsCaption,
  tasksOfAgencyCaption,
} from '../../../dashboards/queries/captions'
import { listHref, listHrefsBy } from '../../../dashboards/queries/hrefs'

// Issue 13, item 14: a drill-down link says it comes from the dashboard and what it lists.
describe('drill-down captions', () => {
  it('carries "from the dashboard" and the caption in both languages, the filter unchanged', () => {
    const caption = tasksOfAgencyCaption('open-overdue', 'Sở Y tế')
    expect(caption).toEqual({
      vi: 'Nhiệm vụ quá hạn của Sở Y tế',
      en: 'Overdue tasks of Sở Y tế',
    })
    const href = listHrefsBy('tasks', 'leadAgency', { status: { equals: 'open-overdue' } })(
      7,
      caption,
    )
    expect(href).toBe(
      listHref(
        'tasks',
        { and: [{ leadAgency: { equals: 7 } }, { status: { equals: 'open-overdue' } }] },
        caption,
      ),
    )
    const query = parse(href.split('?')[1], { depth: 10 }) as Record<string, unknown>
    expect(query).toEqual({
      where: { and: [{ leadAgency: { equals: '7' } }, { status: { equals: 'open-overdue' } }] },
      from: 'dashboard',
      caption: 'Nhiệm vụ quá hạn của Sở Y tế',
      captionEn: 'Overdue tasks of Sở Y tế',
    })
  })

  it('keeps a caption’s letters unescaped and escapes only what would break the query', () => {
    const caption = {
      vi: 'Dòng “Chi 50% & hội nghị #2 + tập huấn” = Sở Y tế?',
      en: "Line 'A+B' <x> 100%",
    }
    const href = listHref('expenditures', { line: { equals: 3 } }, caption)
    expect(href).toContain('caption=Dòng%20“Chi%2050%25%20%26%20hội%20nghị%20%232')
    expect(href).not.toMatch(/[\s"'<>]/)
    const query = parse(href.split('?')[1], { depth: 10 }) as Record<string, unknown>
    expect(query.caption).toBe(caption.vi)
    expect(query.captionEn).toBe(caption.en)
    expect(new URL(href, 'http://x').searchParams.get('caption')).toBe(caption.vi)
  })

  it('lifts nested conditions to one list, as Payload’s filter bar reads and shows them', () => {
    const figure: Where = {
      and: [{ status: { equals: 'open' } }, { assignedOn: { less_than: '2026-11-14' } }],
    }
    const nested: Where = { and: [{ leadAgency: { equals: 22 } }, figure] }
    const href = listHref('tasks', nested)
    const where = (parse(href.split('?')[1], { depth: 10 }) as { where: Where }).where
    expect(where).toEqual({
      and: [
        { leadAgency: { equals: '22' } },
        { status: { equals: 'open' } },
        { assignedOn: { less_than: '2026-11-14' } },
      ],
    })
    expect(validateWhereQuery(transformWhereQuery(where))).toBe(true)
    const byAgency = listHrefsBy('tasks', 'leadAgency', figure)(22)
    expect(byAgency).toBe(href)
  })

  it('names the month of the headline figures', () => {
    expect(headlineCaption('late', '2025-04').vi).toBe('Báo cáo tháng 04/2025 gửi muộn')
    expect(headlineCaption('missing', '2025-04').vi).toBe('Cơ quan chưa gửi báo cáo tháng 04/2025')
    expect(headlineCaption('overdue', '2025-04').en).toBe('Open overdue tasks (04/2025)')
  })

  it('marks a link without a caption as coming from the dashboard', () => {
    expect(listHref('agencies', { id: { in: '1,2' } })).toBe(
      '/admin/collections/agencies?where[id][in]=1%2C2&from=dashboard',
    )
  })

  it('says which agency’s report of which month a heatmap cell lists', () => {
    expect(reportsOfAgencyCaption('2026-10', 'Sở Y tế')).toEqual({
      vi: 'Báo cáo tháng 10/2026 của Sở Y tế',
      en: 'Report of 10/2026 of Sở Y tế',
    })
  })

  it('says which agency’s reports of which year a scorecard row lists', () => {
    expect(reportsOfYearCaption(2026, 'Sở Y tế').vi).toBe('Báo cáo các tháng năm 2026 của Sở Y tế')
  })

  it('names the month, the indicator and the unit behind a comparison bar', () => {
    expect(
      comparisonCaption('2026-10', { vi: 'Hồ sơ trực tuyến', en: 'Online files' }, 'Huyện A').vi,
    ).toBe('Báo cáo tháng 10/2026 đã tiếp nhận có chỉ tiêu “Hồ sơ trực tuyến” của Huyện A')
  })

  it('names the budget line behind its spending', () => {
    expect(budgetLineCaption('Mua thiết bị đọc chip').vi).toBe(
      'Các khoản chi thuộc dòng kinh phí “Mua thiết bị đọc chip”',
    )
  })

  it('names the months and the agency behind an attendance row', () => {
    expect(attendanceCaption('2026-01', '2026-10', 'Sở Y tế').vi).toBe(
      'Cuộc họp đã họp từ tháng 01/2026 đến tháng 10/2026 có thành viên của Sở Y tế được mời',
    )
    expect(attendanceCaption('2026-10', '2026-10', 'Sở Y tế').vi).toBe(
      'Cuộc họp đã họp tháng 10/2026 có thành viên của Sở Y tế được mời',
    )
  })

  it('names the month of each compliance check’s list (R14.2)', () => {
    expect(complianceCaption('meetings', '2026-10').vi).toBe('Cuộc họp tháng 10/2026')
    expect(complianceCaption('reports', '2026-10').vi).toBe('Báo cáo tháng 10/2026')
    expect(complianceCaption('behind', '2026-10').vi).toBe(
      'Cơ quan chưa gửi báo cáo tháng 10/2026 đúng hạn',
    )
    expect(complianceCaption('period', '2026-10').vi).toBe('Kỳ báo cáo tháng 10/2026')
    expect(reviewMeetingsCaption({ vi: 'Họp tổng kết năm', en: 'Year-end review' }).vi).toBe(
      'Cuộc họp loại “Họp tổng kết năm”',
    )
  })
})
