// Issue 13 item 15: the login page and the favicon show the product, not Payload's marks.
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openBrowser, SCREENSHOTS, type Browser } from './browser'
import { get, url } from './http'

let browser: Browser

beforeAll(async () => {
  browser = await openBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('branding', () => {
  it('the login page names the province’s Working Group under the product’s mark', async () => {
    const { page } = browser
    await page.goto(url('/admin/login'))
    const heading = page.locator('.tf06-logo__title')
    await expect(heading.textContent()).resolves.toContain('Tổ công tác triển khai Đề án 06')
    // The demo province's group name is seed data, read from the database.
    await expect(heading.textContent()).resolves.toContain('Quảng Nam')
    expect(await page.content()).not.toMatch(/payload-logo|graphic-logo/i)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'login-1440.png') })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(url('/admin/login'))
    await page.screenshot({ path: path.join(SCREENSHOTS, 'login-390.png') })
    await page.setViewportSize({ width: 1440, height: 1000 })
  })

  it('the favicon is the product’s own SVG', async () => {
    const { page } = browser
    await page.goto(url('/admin/login'))
    const icon = await page.locator('link[rel="icon"]').first().getAttribute('href')
    expect(icon).toBe('/favicon.svg')
    const response = await get('/favicon.svg')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('image/svg+xml')
    expect(await response.text()).toContain('06')
  })
})
