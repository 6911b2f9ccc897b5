import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { logIn, openBrowser, SCREENSHOTS, type Browser } from './browser'
import { url } from './http'

// The newest screens as their users see them, on the demo: the Excel import picks its file with
// a Vietnamese button and names the chosen file; a reporter's obstacles register shows on a
// 390 px phone what each item is and how it stands, and names the standing body and the people
// who answered or reviewed instead of "Chưa có tiêu đề - ID: 2" (R7.5, R12.3a, R12.4).

let browser: Browser

beforeAll(async () => {
  browser = await openBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const shot = (name: string) =>
  browser.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })

const bodyText = () => browser.page.evaluate(() => document.body.innerText)

describe('the newest screens, as their users see them', () => {
  it('picks the import workbook with a Vietnamese button and shows its name, on a phone', async () => {
    const { page } = browser
    await logIn(page, 'admin')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(url('/admin/collections/import-batches'))
    await expect(page.getByRole('button', { name: 'Chọn tệp Excel…' }).count()).resolves.toBe(1)
    await expect(page.getByText('Chưa chọn tệp.').count()).resolves.toBe(1)
    await page.locator('input[name="import-file"]').setInputFiles({
      name: 'danh-sach-co-quan.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('PK'),
    })
    await expect(page.getByText('danh-sach-co-quan.xlsx').count()).resolves.toBe(1)
    await shot('day-one-import-390')
    const text = await bodyText()
    expect(text).not.toMatch(/Choose File|No file chosen/)
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ])
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!)
  })

  it('refuses a file that is not an Excel workbook, naming it (import)', async () => {
    const { page } = browser
    await page.locator('input[name="import-file"]').setInputFiles({
      name: 'ghi-chu.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('x'),
    })
    await expect(
      page.getByText(/“ghi-chu\.txt”: chỉ nhận tệp Excel \(\.xlsx\)/).count(),
    ).resolves.toBe(1)
  })

  it('R12.4: a reporter’s register shows each item and its state on a phone, with names not ids', async () => {
    const { page } = browser
    await logIn(page, 'reporter')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(url('/admin/collections/feedback'))
    await page.locator('.table').waitFor()
    const headers = await page.locator('.table thead th').allInnerTexts()
    expect(headers.slice(1, 3).map((h) => h.trim())).toEqual(['Tiêu đề', 'Tình trạng xử lý'])
    await shot('day-one-feedback-390')
    expect(await bodyText()).not.toMatch(/Chưa có tiêu đề - ID/)
  })

  it('R12.3a: a reporter reads who reviewed his agency’s accepted report by name', async () => {
    const { page } = browser
    await page.setViewportSize({ width: 1440, height: 900 })
    const reply = await page.request.get(
      url('/api/reports?where[status][equals]=accepted&limit=1&depth=0&sort=-id'),
    )
    const [report] = ((await reply.json()) as { docs: { id: number; reviewedByName: string }[] })
      .docs
    expect(report?.reviewedByName).toBeTruthy()
    await page.goto(url(`/admin/collections/reports/${report!.id}`))
    await page.locator('#field-reviewedByName').waitFor()
    await expect(page.locator('#field-reviewedByName').inputValue()).resolves.toBe(
      report!.reviewedByName,
    )
  })

  it('R12.3a: opens a reporting period from its month in the list, named as officials write it', async () => {
    const { page } = browser
    await logIn(page, 'admin')
    await page.goto(url('/admin/collections/reporting-periods'))
    const month = page.locator('.table tbody tr .cell-period a').first()
    const text = await month.innerText()
    expect(text).toMatch(/^\d{2}\/\d{4}$/)
    await month.click()
    await page.waitForURL(/\/admin\/collections\/reporting-periods\/\d+/)
    await expect(page.locator('h1').first().innerText()).resolves.toBe(`Kỳ báo cáo tháng ${text}`)
  })

  it('names a target by its indicator, year and unit, never by an internal key', async () => {
    const { page } = browser
    await page.goto(url('/admin/collections/targets'))
    await page.locator('.table tbody tr a').first().click()
    await page.waitForURL(/\/admin\/collections\/targets\/\d+/)
    const title = await page.locator('h1').first().innerText()
    expect(title).toMatch(/ – năm \d{4} – /)
    expect(await bodyText()).not.toMatch(/\d+:\d{4}:(province|\d+)/)
  })
})
