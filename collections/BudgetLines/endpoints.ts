import type { Endpoint } from 'payload'

import { assertField } from '../../src/lib/assertVerdict'

import { isFiscalYear } from '../../hooks/rules/budget'
import { hasRole } from '../../src/access/roles'
import { REPORT_READER_ROLES } from '../../src/budget/access'
import {
  executionReportOf,
  executionReportXlsx,
  XLSX_MIME_TYPE,
} from '../../src/budget/executionReport'
import { endpointHandler } from '../../src/lib/recordAction'

/** GET /api/budget-lines/execution-report?year=2025: the year's budget execution as .xlsx. */
export const budgetLineEndpoints: Endpoint[] = [
  {
    path: '/execution-report',
    method: 'get',
    handler: endpointHandler({
      allow: (user) => hasRole(user, ...REPORT_READER_ROLES),
      run: async (req) => {
        const raw = req.searchParams.get('year') ?? ''
        const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN
        assertField(
          isFiscalYear(year),
          req,
          'year',
          {
            vi: 'Hãy chọn năm ngân sách: ?year=YYYY (2022–2100).',
            en: 'Give the fiscal year as ?year=YYYY (2022–2100).',
          },
          'budget-lines',
        )
        const report = await executionReportOf(req.payload, year, req)
        const body = await executionReportXlsx(report)
        return new Response(new Uint8Array(body), {
          status: 200,
          headers: {
            'Content-Type': XLSX_MIME_TYPE,
            'Content-Disposition': `attachment; filename="thuc-hien-du-toan-${year}.xlsx"`,
            'Content-Length': String(body.length),
          },
        })
      },
    }),
  },
]
