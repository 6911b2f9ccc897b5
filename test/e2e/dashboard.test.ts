import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lastDuePeriod } from '../../dashboards/queries/filters'
import { formatPeriod, periodOfDay, previousPeriod } from '../../hooks/rules/reportPeriods'
import { vnToday } from '../../src/lib/clock'
import { logIn, openBrowser, SCREENSHOTS, type Browser } from './browser'
import { CHART_MARKS, chartsDrawnAt } from './dashboardProbe'
import { url } from './http'

// The admin home is the leaders' dashboard: every chart draws from the demo province, every bar
// opens the list of exactly the records it counts, and a reporter sees only his/her own agency.

type Page = Browser['page']

const CHART_WIDGETS = [
  'trend',
  'comparison',
  'tasksByAgency',
  'heatmap',
  'compliance',
  'budget',
  'attendance',
]

const openDashboard = async (page: Page): Promise<void> => {
  await page.goto(url('/admin'))
  await page.locator('.dashboard').waitFor()
  await page.waitForFunction(chartsDrawnAt, CHART_MARKS, { timeout: 30_000 })
}

/** "1-10 trên 23" → 23: the total of Payload's list view. */
const listTotal = async (page: Page): Promise<number> => {
  const info = await page.locator('.page-controls__page-info').first().innerText()
  return Number(info.trim().split(/\s+/).pop())
}

describe('the leaders’ dashboard', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await openBrowser()
    await logIn(browser.page, 'leader')
    await openDashboard(browser.page)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('is the admin home, in Vietnamese, for the whole province', async () => {
    const { page } = browser
    await expect(page.locator('.dashboard h1').innerText()).resolves.toBe('Bảng điều hành Đề án 06')
    await expect(page.locator('.dashboard__scope').innerText()).resolves.toBe('Toàn tỉnh')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-leader.png'), fullPage: true })
  })

  it('draws every chart widget as a non-empty SVG (R14.2, R3.5, R12.3a)', async () => {
    const { page } = browser
    const charts = await page
      .locator('[data-has-chart="true"]')
      .evaluateAll((widgets) => widgets.map((widget) => widget.getAttribute('data-widget')))
    expect(charts).toEqual(CHART_WIDGETS)
    for (const widget of CHART_WIDGETS) {
      const marks = page.locator(`[data-widget="${widget}"]`).locator(CHART_MARKS)
      expect(await marks.count(), widget).toBeGreaterThan(0)
    }
  })

  it('downloads a widget as CSV for Excel (UTF-8 with BOM) and its chart as PNG', async () => {
    const { page } = browser
    const widget = page.locator('[data-widget="tasksByAgency"]')
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      widget.getByRole('button', { name: 'Tải CSV' }).click(),
    ])
    const text = await readFile(await csv.path(), 'utf8')
    expect(text.startsWith('\uFEFFCơ quan,Hoàn thành đúng hạn,')).toBe(true)
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      widget.getByRole('button', { name: 'Tải PNG' }).click(),
    ])
    const bytes = await readFile(await png.path())
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(png.suggestedFilename()).toMatch(/^dashboard-tasksByAgency-\d{4}-\d{2}\.png$/)
  })

  it('opens on the last month whose report deadline has passed, Vietnam time (R12.3a)', async () => {
    const { page } = browser
    await openDashboard(page)
    // The month as officials write it: 11/2026.
    await expect(page.locator('#widget-headline').innerText()).resolves.toContain(
      formatPeriod(lastDuePeriod(vnToday())),
    )
  })

  it('offers the months as officials write them (11/2026), whatever the browser’s language', async () => {
    const { page } = browser
    const period = page.locator('.dashboard-filters select[name="period"]')
    const labels = await period.locator('option').allInnerTexts()
    expect(labels.length).toBeGreaterThan(12)
    for (const label of labels) expect(label).toMatch(/^\d{2}\/\d{4}$/)
    expect(await page.locator('.dashboard-filters input[type="month"]').count()).toBe(0)
    const earlier = previousPeriod(lastDuePeriod(vnToday()))
    await period.selectOption(earlier)
    await page.waitForURL((address) => address.searchParams.get('period') === earlier)
    await expect
      .poll(() => page.locator('#widget-headline').innerText())
      .toContain(formatPeriod(earlier))
    await openDashboard(page)
  })

  it('shows a report not sent before the month’s deadline as not yet due, not as a breach (R12.3a)', async () => {
    const { page } = browser
    // The report month today's data belongs to: its deadline is always still ahead.
    const month = periodOfDay(vnToday())
    await page.goto(url(`/admin?period=${month}&from=${month}`))
    await page.locator('.dashboard').waitFor()
    const states = await page
      .locator('[data-widget="heatmap"] .dashboard-cell')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-state')))
    expect(states).toContain('not-due')
    expect(states).not.toContain('missing')
    const notSent = page.locator('[data-widget="headline"] .dashboard-card', {
      hasText: 'Chưa gửi',
    })
    await expect(notSent.getAttribute('class')).resolves.toBe('dashboard-card')
    await expect(notSent.innerText()).resolves.toContain('Chưa đến hạn')
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'dashboard-not-due-1440.png'),
      fullPage: true,
    })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'dashboard-not-due-390.png'),
      fullPage: true,
    })
    await page.setViewportSize({ width: 1440, height: 1000 })
    await openDashboard(page)
  })

  it('opens, from a bar of the task status chart, the list of exactly the tasks it counts (R3.2)', async () => {
    const { page } = browser
    const bars = page.locator('[data-widget="tasksByAgency"] a.dashboard-bar')
    const values = await bars.evaluateAll((links) =>
      links.map((link) => Number(link.getAttribute('data-value') || 0)),
    )
    const index = values.findIndex((value) => value > 0)
    expect(index).toBeGreaterThanOrEqual(0)
    await bars.nth(index).click()
    await page.waitForURL(/\/admin\/collections\/tasks/)
    await page.locator('.page-controls__page-info').first().waitFor()
    expect(await listTotal(page)).toBe(values[index])
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'dashboard-drill-down.png'),
      fullPage: true,
    })
  })
})

describe('a reporter’s dashboard', () => {
  let browser: Browser
  let agency: { id: number; name: string }

  beforeAll(async () => {
    browser = await openBrowser()
    const { page } = browser
    await logIn(page, 'reporter')
    const me = (await (await page.request.get(url('/api/users/me?depth=1'))).json()) as {
      user: { agency: { id: number; name: string } }
    }
    agency = me.user.agency
    await openDashboard(page)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("shows only the reporter's agency: its headline, tasks, timeliness and indicators", async () => {
    const { page } = browser
    await expect(page.locator('.dashboard__scope').innerText()).resolves.toBe(
      `Số liệu của cơ quan: ${agency.name}`,
    )
    const widgets = await page
      .locator('[data-widget]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-widget')))
    expect(widgets).toEqual(['headline', 'trend', 'tasksByAgency', 'overdue', 'heatmap'])
    const heatmapRows = await page
      .locator('[data-widget="heatmap"] [data-row]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row')))
    expect(heatmapRows).toEqual([String(agency.id)])
    const taskBars = await page
      .locator('[data-widget="tasksByAgency"] a.dashboard-bar')
      .evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''))
    expect(taskBars.length).toBeGreaterThan(0)
    expect(taskBars.every((label) => label.startsWith(`${agency.name} – `))).toBe(true)
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'dashboard-reporter.png'),
      fullPage: true,
    })
  })
})
