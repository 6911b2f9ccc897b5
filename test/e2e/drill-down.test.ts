import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { logIn, openBrowser, SCREENSHOTS, type Browser } from './browser'
import { url } from './http'

// Issue 13, item 14: a list opened from a dashboard figure says what it lists and links back to
// the dashboard; the chair picker labels each person with position and agency.

let browser: Browser

beforeAll(async () => {
  browser = await openBrowser()
  await logIn(browser.page, 'secretariat')
})

afterAll(async () => {
  await browser?.close()
})

describe('drill-down captions and person pickers (issue 13)', () => {
  it('opens a headline figure as a captioned list with a link back to the dashboard', async () => {
    const { page } = browser
    await page.goto(url('/admin'))
    const figure = page.locator('a.dashboard-card__value[href*="caption="]').first()
    await figure.waitFor({ timeout: 30_000 })
    const href = (await figure.getAttribute('href'))!
    const caption = new URL(href, url('/')).searchParams.get('caption')!
    expect(caption.length).toBeGreaterThan(0)
    await figure.click()
    const banner = page.locator('.drill-down-caption')
    await banner.waitFor({ timeout: 30_000 })
    await expect(banner.innerText()).resolves.toContain(`${caption} – từ bảng điều khiển`)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'drill-down-1440.png'), fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForTimeout(300)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'drill-down-390.png'), fullPage: true })
    await page.setViewportSize({ width: 1440, height: 1000 })
    await banner.getByRole('link', { name: '← Quay lại bảng điều khiển' }).click()
    await page.locator('.dashboard').waitFor({ timeout: 30_000 })
  })

  it('shows no caption on a list opened from the menu', async () => {
    const { page } = browser
    await page.goto(url('/admin/collections/tasks'))
    await page.locator('.collection-list').waitFor({ timeout: 30_000 })
    await expect(page.locator('.drill-down-caption').count()).resolves.toBe(0)
  })

  it('labels the chair of a meeting with position and agency', async () => {
    const { page } = browser
    const meetings = (await (
      await page.request.get(url('/api/meetings?where[chair][exists]=true&limit=1&depth=0'))
    ).json()) as { docs: { id: number }[] }
    await page.goto(url(`/admin/collections/meetings/${meetings.docs[0].id}`))
    const chair = page.locator('#field-chair')
    await expect
      .poll(async () => chair.innerText(), { timeout: 20_000 })
      .toMatch(/ — (Tổ trưởng|Tổ phó Thường trực|Tổ phó|Thành viên)[^,]*, \S/)
  })
})
