import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatPeriod, periodOfDay } from '../../hooks/rules/reportPeriods'
import { BASE_URL, DEMO_PASSWORD, demoEmail, url } from './http'

// A reporter fills in and submits this month's report through the admin form (R12.3a), in a real
// browser against the demo database. The screenshots land in test-results/.

const SCREENSHOTS = path.resolve('test-results')
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

let profileDir: string
let context: BrowserContext
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true })
  profileDir = await mkdtemp(path.join(tmpdir(), 'taskforce06-chromium-'))
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1440, height: 1000 },
    // page.request sends no Origin: the CSRF allow-list would ignore its login cookie.
    extraHTTPHeaders: { origin: BASE_URL },
  })
  page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (error) => pageErrors.push(error.message))
  const login = await page.request.post(url('/api/users/login'), {
    data: { email: demoEmail('reporter'), password: DEMO_PASSWORD },
  })
  expect(login.status(), await login.text()).toBe(200)
})

afterAll(async () => {
  await context?.close()
  await rm(profileDir, { recursive: true, force: true })
})

/** The form is ready once its fields are enabled. */
const formReady = () =>
  page.waitForFunction(() => {
    const period = document.querySelector<HTMLInputElement>('#field-period')
    return period !== null && !period.disabled
  })

/** Saves the form and waits for the server's answer, which must be a success. */
const save = async () => {
  const answer = page.waitForResponse(
    (response) =>
      /\/api\/reports/.test(response.url()) &&
      ['POST', 'PATCH'].includes(response.request().method()),
  )
  await page.locator('#action-save').click()
  const response = await answer
  expect(response.status(), await response.text()).toBeLessThan(400)
  await page.locator('.toast-success').last().waitFor()
  await page.waitForLoadState('networkidle')
}

describe('monthly report in the admin (R12.3a)', () => {
  it('lets a reporter fill in this month’s pre-filled report and submit it', async () => {
    const period = periodOfDay(new Date())
    // Another browser test may have started this month's report already: open it then.
    const existing = await page.request.get(
      url(`/api/reports?where[period][equals]=${period}&limit=1&depth=0`),
    )
    const found = ((await existing.json()) as { docs: { id: number; status: string }[] }).docs[0]
    if (found) {
      expect(found.status).toBe('draft')
      await page.goto(url(`/admin/collections/reports/${found.id}`))
    } else {
      await page.goto(url('/admin/collections/reports/create'))
      await formReady()
      // Typed as officials write a month (11/2026), stored year-month.
      await page.locator('#field-period').fill(formatPeriod(period))
      await save()
      await page.waitForURL(/\/admin\/collections\/reports\/\d+$/)
    }
    await formReady()

    await page.getByRole('button', { name: 'Chỉ tiêu' }).click()
    const values = page.locator('input[aria-label^="Tháng này"]')
    await values.first().waitFor()
    const count = await values.count()
    for (let index = 0; index < count; index++) await values.nth(index).fill(String(10 + index))
    await save()
    // Issue 13 item 6: sent by a button with a confirmation, not a status dropdown.
    await page.locator('.report-panel').getByRole('button', { name: 'Gửi báo cáo' }).click()
    const confirm = page.locator('.confirmation-modal__wrapper')
    await confirm.locator('.report-panel__confirm').waitFor()
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-send-confirm.png') })
    await confirm.getByRole('button', { name: 'Gửi báo cáo' }).click()
    await page.locator('.report-panel__banner', { hasText: 'Đã gửi, chờ tiếp nhận' }).waitFor()
    await expect(page.locator('.report-panel__receipt').innerText()).resolves.toMatch(
      /^Đã gửi lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} – đúng hạn\./,
    )
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-submitted.png'), fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.reload()
    await page.locator('.report-panel__banner').waitFor()
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'report-submitted-390.png'),
      fullPage: true,
    })
    await page.setViewportSize({ width: 1440, height: 1000 })

    const id = new URL(page.url()).pathname.split('/').pop()
    const stored = await page.request.get(url(`/api/reports/${id}?depth=0`))
    const report = (await stored.json()) as { period: string; status: string; timeliness: string }
    expect(count).toBeGreaterThan(0)
    expect(report).toMatchObject({ period, status: 'submitted', timeliness: 'on-time' })
    // The list shows the month as it was typed, not as it is stored.
    await page.goto(url(`/admin/collections/reports?where[id][equals]=${id}`))
    const row = page.locator('.table tbody tr').first()
    await row.waitFor()
    expect(await row.innerText()).toContain(formatPeriod(period))
    expect(await row.innerText()).not.toContain(period)
    expect(pageErrors).toEqual([])
  })
})
