// Dashboard CSV downloads (GET /api/dashboard/:widget/csv) and the filters' fallbacks, on the
// hand-built province of test/helpers/dashboardProvince.ts.
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Agency, User } from '../../payload-types'
import { dashboardCsvEndpoint } from '../../dashboards/csvEndpoint'
import { loadDashboard, parseFilters } from '../../dashboards/queries'
import { createDashboardProvince } from '../helpers/dashboardProvince'
import { initPayload } from '../helpers/payload'
import { setVnNow } from '../helpers/reports'

let payload: Payload
let leader: User
let reporterA: User
let agencyA: Agency

beforeAll(async () => {
  payload = await initPayload()
  ;({ leader, reporterA, agencyA } = await createDashboardProvince(payload))
})

afterEach(() => {
  setVnNow('2025-04-20 09:00')
})

const requestOf = async (user: User): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

const dashboardOf = async (user: User, query: Record<string, string> = {}) =>
  loadDashboard(
    await requestOf(user),
    parseFilters({ period: '2025-04', from: '2025-03', ...query }, '2025-04-20'),
  )

describe('CSV downloads (GET /api/dashboard/:widget/csv)', () => {
  const download = async (
    user: User | null,
    widget: string,
    query = 'period=2025-03&from=2025-02',
  ) => {
    const req = user ? await requestOf(user) : await createLocalReq({}, payload)
    req.routeParams = { widget }
    Object.assign(req, { searchParams: new URLSearchParams(query) })
    const response = await dashboardCsvEndpoint.handler(req)
    // Kept as sent: Response.text() would drop the byte-order mark.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
    return { status: response.status, type: response.headers.get('content-type'), text }
  }

  it('builds a widget’s figures for Excel on request: UTF-8 with BOM, one line per row', async () => {
    const data = await dashboardOf(leader)
    const { status, type, text } = await download(leader, 'heatmap')
    expect([status, type]).toEqual([200, 'text/csv; charset=utf-8'])
    expect(text.startsWith('\uFEFF')).toBe(true)
    const lines = text.trimEnd().split('\r\n')
    expect(lines).toHaveLength(data.heatmap.rows.length + 1)
    expect(lines.find((line) => line.startsWith(agencyA.name))).toBeDefined()
  })

  it('gives the page the agencies furthest behind with their links, the CSV every agency', async () => {
    const req = await requestOf(leader)
    const filters = parseFilters({ period: '2025-04', from: '2025-03' }, '2025-04-20')
    const every = await loadDashboard(req, filters, undefined, '2025-04-20', { rowLimit: null })
    const page = await loadDashboard(req, filters, undefined, '2025-04-20', { rowLimit: 1 })
    expect(every.heatmap.rows.length).toBeGreaterThan(1)
    expect(page.heatmap).toMatchObject({ total: every.heatmap.rows.length })
    expect(page.heatmap.rows).toHaveLength(1)
    expect(page.agencies).toMatchObject({ total: every.agencies.rows.length })
    expect(page.agencies.rows).toHaveLength(1)
    // The one shown is the furthest behind: missing and locked months count double, late once.
    const weight = { missing: 2, locked: 2, late: 1, 'on-time': 0, 'not-due': 0 }
    const behind = (row: (typeof every.heatmap.rows)[number]) =>
      row.cells.reduce((sum, cell) => sum + weight[cell.state], 0)
    const shown = page.heatmap.rows[0]!
    expect(Math.max(...every.heatmap.rows.map(behind))).toBe(behind(shown))
    expect(shown.cells.every((cell) => cell.href.startsWith('/admin/collections/reports?'))).toBe(
      true,
    )
    const { text } = await download(leader, 'heatmap', 'period=2025-04&from=2025-03')
    expect(text.trimEnd().split('\r\n')).toHaveLength(every.heatmap.rows.length + 1)
  })

  it('R3.2 gives the page the lead agencies with most overdue tasks, the CSV every one', async () => {
    const req = await requestOf(leader)
    const filters = parseFilters({ period: '2025-04', from: '2025-03' }, '2025-04-20')
    const every = await loadDashboard(req, filters, undefined, '2025-04-20', { rowLimit: null })
    const page = await loadDashboard(req, filters, undefined, '2025-04-20', { rowLimit: 1 })
    const rows = every.tasksByAgency.rows
    expect(rows.length).toBeGreaterThan(1)
    expect(page.tasksByAgency).toMatchObject({ total: rows.length })
    expect(page.tasksByAgency.rows).toHaveLength(1)
    const [shown] = page.tasksByAgency.rows
    const overdue = Math.max(...rows.map((row) => row.counts['open-overdue'].value))
    expect(shown!.counts['open-overdue'].value).toBe(overdue)
    // The same figures as in the full list, each with its link.
    expect(shown).toEqual(rows.find((row) => row.agency === shown!.agency))
    const { text } = await download(leader, 'tasksByAgency', 'period=2025-04&from=2025-03')
    expect(text.trimEnd().split('\r\n')).toHaveLength(rows.length + 1)
  })

  it('gives a reporter the own agency only, and none of the province’s widgets', async () => {
    const heatmap = await download(reporterA, 'heatmap')
    expect(heatmap.text.trimEnd().split('\r\n')).toHaveLength(2)
    expect(heatmap.text).toContain(agencyA.name)
    const compliance = await download(reporterA, 'compliance')
    expect(compliance.status).toBe(404)
  })

  it('refuses without a login (401) and an unknown widget (404), in Vietnamese', async () => {
    expect(await download(null, 'heatmap')).toMatchObject({
      status: 401,
      text: expect.stringContaining('Vui lòng đăng nhập.'),
    })
    expect(await download(leader, 'budget; drop table')).toMatchObject({
      status: 404,
      text: expect.stringContaining('Không có thành phần bảng điều khiển này.'),
    })
  })
})

describe('filters', () => {
  it('fall back to last month and the eleven months before it on bad input', () => {
    expect(
      parseFilters(
        { period: '2025-13', from: 'x', district: '1; drop', agencyKind: 'A B' },
        '2025-04-20',
      ),
    ).toEqual({
      period: '2025-04',
      from: '2024-05',
      agencyKind: null,
      district: null,
      indicator: null,
    })
    expect(parseFilters({ period: '2030-02' }, '2025-04-20').period).toBe('2025-04')
    expect(parseFilters({ period: '2025-02', from: '2025-03' }, '2025-04-20').from).toBe('2024-03')
  })
})
