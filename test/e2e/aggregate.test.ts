import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { logIn, openBrowser, SCREENSHOTS, type Browser } from './browser'
import { url } from './http'

// The Secretary opens last month's aggregate report (a draft left by the demo seed), issues it
// from the panel, and finds the DOCX and XLSX files linked there (R12.3b).

let browser: Browser
let aggregateId: number

type Page = Browser['page']
const getJson = async <T>(page: Page, path: string): Promise<T> =>
  (await (await page.request.get(url(path))).json()) as T

type Aggregate = { id: number; status: string; symbol?: string | null }

beforeAll(async () => {
  browser = await openBrowser()
  await logIn(browser.page, 'secretariat')
  const drafts = await getJson<{ docs: Aggregate[] }>(
    browser.page,
    '/api/aggregate-reports?where[status][equals]=draft&sort=-period&limit=1&depth=0',
  )
  if (!drafts.docs[0]) throw new Error('the demo has no draft aggregate report')
  aggregateId = drafts.docs[0].id
})

afterAll(async () => {
  await browser?.close()
})

describe('issuing the aggregate report from the admin (R12.3b)', () => {
  it('issues the report after the confirmation and links its DOCX and XLSX', async () => {
    const { page } = browser
    await page.goto(url(`/admin/collections/aggregate-reports/${aggregateId}`))
    await page.getByRole('button', { name: 'Ban hành báo cáo' }).first().click()
    // R12.3b: the confirmation shows the counts and the deadlines and says the period locks.
    const modal = page.locator('.aggregate-confirm')
    await modal.waitFor()
    const text = await modal.innerText()
    expect(text).toContain('Kỳ báo cáo sẽ bị khóa')
    expect(text).toContain('Hạn gửi báo cáo của cơ quan, đơn vị')
    expect(text).toContain('Đã gửi, chờ tiếp nhận')
    const reason = modal.locator('textarea')
    if ((await reason.count()) > 0) {
      // Reports missing: confirming without a reason is refused, then the reason is recorded.
      await page.screenshot({ path: path.join(SCREENSHOTS, 'aggregate-confirm.png') })
      await reason.fill('Theo chỉ đạo của Tổ trưởng: ban hành để kịp họp giao ban.')
    }
    await page.getByRole('button', { name: 'Xác nhận' }).click()
    await expect
      .poll(
        async () =>
          (await getJson<Aggregate>(page, `/api/aggregate-reports/${aggregateId}?depth=0`)).status,
        { timeout: 30_000 },
      )
      .toBe('issued')
    await page.goto(url(`/admin/collections/aggregate-reports/${aggregateId}`))
    const links = page.locator('.aggregate-files a')
    await links.first().waitFor()
    const hrefs = await links.evaluateAll((anchors) =>
      anchors.map((anchor) => (anchor as HTMLAnchorElement).getAttribute('href') ?? ''),
    )
    expect(hrefs.map((href) => path.extname(href))).toEqual(['.docx', '.xlsx'])
    const docx = await page.request.get(new URL(hrefs[0], url('/')).toString())
    expect(docx.status()).toBe(200)
    const issued = await getJson<Aggregate>(page, `/api/aggregate-reports/${aggregateId}?depth=0`)
    await expect(page.locator('.aggregate-panel').innerText()).resolves.toContain(issued.symbol)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'aggregate-issued.png'), fullPage: true })
  })
})
