import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { logIn, openBrowser, SCREENSHOTS, type Browser } from './browser'
import { url } from './http'

// R12.2 / R12.4 / R12.1 on the demo: the Standing's working sessions with their conclusions
// followed as tasks, the obstacles register with due dates, the scorecard's follow-up columns,
// and the members list flagging a seat whose holder left the home post.

let browser: Browser
const pageErrors: string[] = []

beforeAll(async () => {
  browser = await openBrowser()
  browser.page.on('pageerror', (error) => pageErrors.push(error.message))
})

afterAll(async () => {
  await browser?.close()
})

const shot = (name: string) =>
  browser.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })

describe('the Standing’s follow-up (R12.2, R12.4, R12.1)', () => {
  it('R12.2: the secretariat opens a working session and sees each conclusion’s task', async () => {
    const { page } = browser
    await logIn(page, 'secretariat')
    await page.goto(url('/admin/collections/working-sessions'))
    const rows = page.locator('table tbody tr')
    await rows.first().waitFor({ timeout: 30_000 })
    expect(await rows.count()).toBeGreaterThanOrEqual(3)
    expect(await page.locator('h1').first().innerText()).toContain(
      'Làm việc với cơ quan, địa phương',
    )
    await shot('working-sessions-1440')
    await rows.first().locator('a').first().click()
    const conclusions = page.locator('#field-conclusions')
    await conclusions.waitFor({ timeout: 30_000 })
    expect(await conclusions.innerText()).toContain('Nhiệm vụ đã giao')
    await shot('working-session-1440')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.reload()
    await conclusions.waitFor({ timeout: 30_000 })
    await shot('working-session-390')
    await page.setViewportSize({ width: 1440, height: 1000 })
  })

  it('R12.4: the obstacles register shows who resolves each item and how it stands against its due date', async () => {
    const { page } = browser
    await page.goto(url('/admin/collections/feedback'))
    const table = page.locator('table')
    await table.locator('tbody tr').first().waitFor({ timeout: 30_000 })
    await shot('obstacles-register-1440')
    const text = await table.innerText()
    expect(text).toContain('Hạn giải quyết')
    expect(text).toMatch(/Quá hạn \d+ ngày|Xử lý (đúng|quá) hạn|Còn \d+ ngày/)
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4}/)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.reload()
    await table.locator('tbody tr').first().waitFor({ timeout: 30_000 })
    await shot('obstacles-register-390')
    await page.setViewportSize({ width: 1440, height: 1000 })
  })

  it('R12.1: the members list flags the seat whose holder left the home post', async () => {
    const { page } = browser
    await page.goto(url('/admin/collections/members?limit=50'))
    const table = page.locator('table')
    await table.locator('tbody tr').first().waitFor({ timeout: 30_000 })
    expect(await table.innerText()).toContain(
      'Cần rà soát: chức vụ tại cơ quan đã thôi từ 31/10/2026',
    )
    await shot('members-post-review-1440')
  })

  it('R12.2, R12.4: the leader’s scorecard counts sessions and open obstacles, each linked', async () => {
    const { page } = browser
    await logIn(page, 'leader')
    await page.goto(url('/admin'))
    const scorecard = page.locator('[data-widget="agencies"]')
    await scorecard.waitFor({ timeout: 30_000 })
    expect(await scorecard.locator('thead').innerText()).toContain('Buổi làm việc với Thường trực')
    const links = await scorecard
      .locator('tbody a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))
    expect(links.some((href) => href.startsWith('/admin/collections/working-sessions?'))).toBe(true)
    expect(links.some((href) => href.startsWith('/admin/collections/feedback?'))).toBe(true)
    await scorecard.screenshot({ path: path.join(SCREENSHOTS, 'scorecard-follow-up-1440.png') })
    expect(pageErrors).toEqual([])
  })
})
