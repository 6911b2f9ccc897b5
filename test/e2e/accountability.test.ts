import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { logIn, openBrowser, SCREENSHOTS, type Browser } from './browser'
import { url } from './http'

// R2.2 (issue 14): leaders open the members' accountability from the dashboard: one row per
// Working Group member with linked figures, a member's detail with the seat's history; on a
// phone the page never scrolls sideways (the tables scroll inside their frames).

let browser: Browser
const pageErrors: string[] = []

const pageWidth = () => browser.page.evaluate(() => document.documentElement.scrollWidth)

beforeAll(async () => {
  browser = await openBrowser()
  browser.page.on('pageerror', (error) => pageErrors.push(error.message))
})

afterAll(async () => {
  await browser?.close()
})

describe('accountability of Working Group members (R2.2)', () => {
  it('R2.2: the Head opens the table from the dashboard and a member’s detail with the seat history', async () => {
    const { page } = browser
    await logIn(page, 'leader')
    await page.goto(url('/admin'))
    await page.getByRole('link', { name: 'Trách nhiệm của thành viên' }).click()
    const table = page.getByTestId('accountability-table')
    await table.waitFor({ timeout: 30_000 })
    expect(await page.locator('h1').innerText()).toBe('Trách nhiệm của thành viên Tổ công tác')
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(5)
    expect(await table.innerText()).toContain('Nguyễn Văn An')
    expect(await page.locator('.dashboard__scope').innerText()).toMatch(/\d{2}\/\d{2}\/\d{4}\.$/)
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'accountability-1440.png'),
      fullPage: true,
    })

    // A figure opens the admin list of the records behind it.
    const overdue = table.locator('tbody tr').first().locator('td a').nth(3)
    expect(await overdue.getAttribute('href')).toMatch(/^\/admin\/collections\/tasks\?where/)

    await table.getByRole('link', { name: 'Nguyễn Văn An' }).click()
    const seat = page.getByTestId('accountability-seat')
    await seat.waitFor({ timeout: 30_000 })
    expect(await page.locator('h2').first().innerText()).toBe('Nguyễn Văn An')
    expect(await seat.innerText()).toMatch(/\d{2}\/\d{2}\/\d{4}/)
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'accountability-detail-1440.png'),
      fullPage: true,
    })

    await page.setViewportSize({ width: 390, height: 844 })
    await page.reload()
    await seat.waitFor({ timeout: 30_000 })
    expect(await pageWidth()).toBeLessThanOrEqual(390)
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'accountability-detail-390.png'),
      fullPage: true,
    })
    await page.getByRole('link', { name: '← Tất cả thành viên' }).click()
    await table.waitFor({ timeout: 30_000 })
    expect(await pageWidth()).toBeLessThanOrEqual(390)
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'accountability-390.png'),
      fullPage: true,
    })
    await page.setViewportSize({ width: 1440, height: 1000 })
    expect(pageErrors).toEqual([])
  })

  it('R2.2: a year like "abc" shows a message instead of the table', async () => {
    const { page } = browser
    await page.goto(url('/admin/accountability?year=abc'))
    const alert = page.locator('.accountability__error[role="alert"]')
    await alert.waitFor({ timeout: 30_000 })
    expect(await alert.innerText()).toContain('Năm không hợp lệ')
  })

  it('R2.2: a reporter sees only the members of his/her own agency', async () => {
    const { page } = browser
    await page.context().clearCookies()
    await logIn(page, 'reporter')
    await page.goto(url('/admin/accountability'))
    const table = page.getByTestId('accountability-table')
    await table.waitFor({ timeout: 30_000 })
    const agencies = await table.locator('tbody tr td:nth-child(2)').allInnerTexts()
    expect(agencies.length).toBeGreaterThan(0)
    expect(new Set(agencies).size).toBe(1)
    expect(await table.innerText()).not.toContain('Nguyễn Văn An')
  })
})
