import type { Endpoint } from 'payload'

import { languageOf } from '../src/i18n/label'
import { vnToday } from '../src/lib/clock'
import { loadDashboard, parseFilters } from './queries'
import { CSV_ENDPOINT_PATH, toCsv } from './view/csv'
import { pickFilterParams } from './view/filterParams'
import { dashboardScope, widgetsFor, WIDGETS, type WidgetKey } from './view/layout'
import { widgetTable } from './view/tables'

// GET /api/dashboard/:widget/csv?period=…: one widget's figures as CSV for Excel, computed on
// request for the viewer (a reporter: the own agency only) so the page does not carry every
// widget's table.

const REFUSALS = {
  logIn: { vi: 'Vui lòng đăng nhập.', en: 'Please log in.' },
  noScope: {
    vi: 'Tài khoản chưa gắn với cơ quan nào nên không có số liệu bảng điều khiển.',
    en: 'Your account belongs to no agency, so it has no dashboard figures.',
  },
  widget: {
    vi: 'Không có thành phần bảng điều khiển này.',
    en: 'There is no such dashboard widget.',
  },
}

const isWidget = (value: unknown): value is WidgetKey =>
  typeof value === 'string' && (WIDGETS as readonly string[]).includes(value)

export const dashboardCsvEndpoint: Endpoint = {
  path: CSV_ENDPOINT_PATH,
  method: 'get',
  handler: async (req) => {
    const language = languageOf(req)
    const refuse = (message: keyof typeof REFUSALS, status: number) =>
      Response.json({ errors: [{ message: REFUSALS[message][language] }] }, { status })
    if (!req.user) return refuse('logIn', 401)
    const widget = req.routeParams?.widget
    if (!isWidget(widget)) return refuse('widget', 404)
    const scope = dashboardScope(req.user)
    if (!scope) return refuse('noScope', 403)
    const params = Object.fromEntries(req.searchParams ?? [])
    const filters = parseFilters(pickFilterParams(params), vnToday())
    // Every row: the page shows the agencies needing attention most, the CSV all of them.
    const data = await loadDashboard(req, filters, scope, undefined, { rowLimit: null })
    // Only the widgets the viewer's dashboard shows (a reporter has no province-wide ones).
    if (!widgetsFor(scope, data).includes(widget)) return refuse('widget', 404)
    const csv = toCsv(widgetTable(widget, data, language))
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="dashboard-${widget}-${filters.period}.csv"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}
