import type { BudgetLine } from '../../payload-types'
import type { BudgetExecution } from '../types'
import { yearOf, type DashboardContext } from './context'
import { budgetLineCaption } from './captions'
import { listHref } from './hrefs'
import { readAsViewer } from './readAsViewer'

/** R13.2: allocated vs spent by budget line for the year; null when there are none (or the viewer may not read the budget). */
export const budgetExecution = async (ctx: DashboardContext): Promise<BudgetExecution | null> => {
  const year = yearOf(ctx.filters.period)
  const docs = await ctx.once(`budget-lines:${year}`, () =>
    readAsViewer<BudgetLine>(ctx.req, 'budget-lines', {
      where: { fiscalYear: { equals: year } },
      select: { title: true, allocatedAmount: true, spent: true },
      sort: 'title',
    }).catch(() => null),
  )
  if (!docs || docs.length === 0) return null
  return {
    year,
    rows: docs.map((line) => ({
      line: line.id,
      name: line.title ?? '',
      allocated: line.allocatedAmount ?? 0,
      spent: line.spent ?? 0,
      href: listHref(
        'expenditures',
        { line: { equals: line.id } },
        budgetLineCaption(line.title ?? ''),
      ),
    })),
  }
}
