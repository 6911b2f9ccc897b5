import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { periodOfDay } from '../../hooks/rules/reportPeriods'
import { formatViNumber } from '../../src/fields/viNumber'
import { logIn, openBrowser, SCREENSHOTS, type Browser } from './browser'
import { url } from './http'

// Commune and department officials fill their monthly report on a phone (issue 13, item 11):
// at 390 px the form never scrolls sideways, each indicator line is a card with a wide input,
// its target, last month's figure and whether the figure is the month's flow or a running
// total; an unusual jump from last month is warned about beside the input (item 13).

let browser: Browser
const pageErrors: string[] = []

type Line = { id: string; indicator: number; previousValue?: number | null }
type Report = { id: number; status: string; indicatorLines?: Line[] }
type Indicator = { id: number; nameVi: string; unit: string; plausibilityRatio?: number | null }

const getJson = async <T>(pathAndQuery: string): Promise<T> => {
  const response = await browser.page.request.get(url(pathAndQuery))
  expect(response.status(), await response.text()).toBe(200)
  return (await response.json()) as T
}

/** The reporter's draft report of the current period, created through the API when missing. */
const ownDraft = async (): Promise<Report> => {
  const me = await getJson<{ user: { agency: number | { id: number } } }>('/api/users/me')
  const agency = typeof me.user.agency === 'object' ? me.user.agency.id : me.user.agency
  const period = periodOfDay(new Date())
  const found = await getJson<{ docs: Report[] }>(
    `/api/reports?where[agency][equals]=${agency}&where[period][equals]=${period}&depth=0&limit=1`,
  )
  if (found.docs[0]) return found.docs[0]
  const created = await browser.page.request.post(url('/api/reports?depth=0'), {
    data: { agency, period },
  })
  expect(created.status(), await created.text()).toBe(201)
  return ((await created.json()) as { doc: Report }).doc
}

/** Opens the report's indicator tab and waits for the lines and the catalogue. */
const openIndicators = async (report: Report) => {
  const { page } = browser
  await page.goto(url(`/admin/collections/reports/${report.id}`))
  await page.getByRole('button', { name: 'Chỉ tiêu' }).click()
  await page.locator('.indicator-lines__kind').first().waitFor()
  await page.waitForLoadState('networkidle')
}

/** The elements wider than the page, to say what scrolls sideways when something does. */
const overflowing = () =>
  browser.page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 8)
      .map(
        (element) =>
          `${element.tagName}.${element.getAttribute('class') ?? ''} → ${element.getBoundingClientRect().right}`,
      ),
  )

let report: Report

beforeAll(async () => {
  browser = await openBrowser()
  browser.page.on('pageerror', (error) => pageErrors.push(error.message))
  await logIn(browser.page, 'reporter')
  report = await ownDraft()
})

afterAll(async () => {
  await browser?.close()
})

describe('the monthly report form on a phone (issue 13, items 11 and 13)', () => {
  it('fits 390 px without sideways scrolling, with wide inputs and each line’s context', async () => {
    const { page } = browser
    await page.setViewportSize({ width: 390, height: 844 })
    await openIndicators(report)

    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth, (await overflowing()).join('\n')).toBeLessThanOrEqual(390)
    const inputs = page.locator('input[aria-label^="Tháng này: "]')
    const widths = await inputs.evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().width),
    )
    expect(widths.length).toBeGreaterThan(0)
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(120)
    const card = page.locator('.indicator-lines__row').first()
    for (const caption of [/^Kế hoạch (toàn tỉnh )?năm \d{4}: $/, /^Tháng trước: $/]) {
      expect(
        await card.locator('.indicator-lines__caption', { hasText: caption }).isVisible(),
      ).toBe(true)
    }
    expect(await card.locator('.indicator-lines__kind').innerText()).toMatch(
      /^(Số phát sinh trong tháng|Số lũy kế đến cuối tháng|Tỷ lệ tại cuối tháng)$/,
    )
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-form-390.png'), fullPage: true })
    expect(pageErrors).toEqual([])
  })

  it('warns beside the input, without refusing the save, when a figure jumps past the ratio', async () => {
    const { page } = browser
    await page.setViewportSize({ width: 390, height: 844 })
    const lines = (await getJson<Report>(`/api/reports/${report.id}?depth=0`)).indicatorLines ?? []
    const catalogue = await getJson<{ docs: Indicator[] }>('/api/indicators?depth=0&limit=200')
    // A count with last month's figure (a percentage cannot grow fivefold past 100).
    const counts = new Map(
      catalogue.docs.filter((doc) => doc.unit !== '%').map((doc) => [doc.id, doc]),
    )
    const line = lines.find(
      (row) =>
        counts.has(row.indicator) && Number.isInteger(row.previousValue) && row.previousValue! >= 1,
    )
    expect(line, 'a count with last month’s figure').toBeDefined()
    const indicator = counts.get(line!.indicator)!
    expect(indicator.plausibilityRatio).toBe(3)
    const previous = line!.previousValue!
    await openIndicators(report)

    const input = page.locator(`input[aria-label="Tháng này: ${indicator.nameVi}"]`)
    await input.fill(formatViNumber(previous * 5))
    const row = page.locator('.indicator-lines__row', { has: input })
    await expect
      .poll(() => row.locator('.indicator-lines__warning').innerText())
      .toBe(
        `Tăng gấp 5 lần so với tháng trước (${formatViNumber(previous)}) — kiểm tra lại số liệu`,
      )
    await row.scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-form-warning-390.png') })

    const answer = page.waitForResponse(
      (response) =>
        response.url().includes('/api/reports') && response.request().method() === 'PATCH',
    )
    await page.locator('#action-save').click()
    expect((await answer).status()).toBeLessThan(400)
    const saved = await getJson<Report>(`/api/reports/${report.id}?depth=0`)
    const stored = saved.indicatorLines?.find((row) => row.id === line!.id) as
      (Line & { value?: number }) | undefined
    expect(stored?.value).toBe(previous * 5)
  })

  it('shows the whole table at 1440 px', async () => {
    const { page } = browser
    await page.setViewportSize({ width: 1440, height: 1000 })
    await openIndicators(report)
    const headings = await page.locator('.indicator-lines__table thead th').allInnerTexts()
    expect(headings).toEqual([
      'Chỉ tiêu',
      'Đơn vị',
      expect.stringMatching(/^Kế hoạch năm \d{4}$/),
      'Tháng trước',
      'Tháng này',
      'Ghi chú',
    ])
    const note = await page
      .locator('input[aria-label^="Ghi chú: "]')
      .first()
      .evaluate((element) => element.getBoundingClientRect().width)
    expect(note).toBeGreaterThanOrEqual(150)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-form-1440.png'), fullPage: true })
  })

  it('lists the reports with their status in view on a phone', async () => {
    const { page } = browser
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(url('/admin/collections/reports'))
    const status = page.locator('table thead th', { hasText: 'Trạng thái' })
    await status.waitFor()
    // Measured once the page has settled: right after a resize from 1440 px the admin's side
    // navigation is still laid out open until its script closes it on a phone.
    await page.waitForLoadState('networkidle')
    await expect
      .poll(async () => {
        const box = await status.boundingBox()
        return box ? box.x + box.width : Infinity
      })
      .toBeLessThanOrEqual(390)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-list-390.png') })
  })
})
