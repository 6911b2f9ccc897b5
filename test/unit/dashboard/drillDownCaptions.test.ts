import { parse } from 'qs-esm'
import { describe, expect, it } from 'vitest'

import { headlineCaption, tasksOfAgencyCaption } from '../../../dashboards/queries/captions'
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
})
