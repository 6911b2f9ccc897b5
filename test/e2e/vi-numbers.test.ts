import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { periodOfDay } from '../../hooks/rules/reportPeriods'
import { vnToday } from '../../src/lib/clock'
import { logIn, openBrowser, SCREENSHOTS, type Browser } from './browser'
import { url } from './http'

// Numbers typed the Vietnamese way in the admin (issue 13): "60.000.000" is sixty million đồng,
// "12,5" is twelve and a half, "1.234" is one thousand two hundred thirty-four; each is stored
// as that number and shown back the same way ("60.000.000 đ" in the list).

let browser: Browser
const pageErrors: string[] = []

beforeAll(async () => {
  browser = await openBrowser()
  browser.page.on('pageerror', (error) => pageErrors.push(error.message))
})

afterAll(async () => {
  await browser?.close()
})

type Doc = Record<string, unknown> & { id: number }

const getJson = async <T>(pathAndQuery: string): Promise<T> => {
  const response = await browser.page.request.get(url(pathAndQuery))
  expect(response.status(), await response.text()).toBe(200)
  return (await response.json()) as T
}

/** Saves the open form and waits for the server's answer, which must be a success. */
const save = async (collection: string) => {
  const { page } = browser
  const answer = page.waitForResponse(
    (response) =>
      response.url().includes(`/api/${collection}`) &&
      ['POST', 'PATCH'].includes(response.request().method()),
  )
  await page.locator('#action-save').click()
  const response = await answer
  expect(response.status(), await response.text()).toBeLessThan(400)
  await page.locator('.toast-success').last().waitFor()
  await page.waitForLoadState('networkidle')
}

/** Picks `option` in the select or relationship field `#field-<name>`. */
const choose = async (name: string, typed: string, option: RegExp) => {
  const { page } = browser
  await page.locator(`#field-${name} .rs__control`).click()
  await page.keyboard.type(typed)
  await page.locator('.rs__option', { hasText: option }).first().click()
}

describe('numbers typed the Vietnamese way in the admin (issue 13)', () => {
  it('stores an allocation typed "60.000.000" as 60000000 đồng and lists it as "60.000.000 đ"', async () => {
    const { page } = browser
    await logIn(page, 'finance')
    await page.goto(url('/admin/collections/budget-lines/create'))
    await page.locator('#field-allocatedAmount').waitFor()

    await page.locator('#field-fiscalYear').fill(vnToday().slice(0, 4))
    await choose('category', '', /./)
    await choose('sourceAgency', 'Công an tỉnh', /Công an tỉnh/)
    await page.locator('#field-legalBasis').fill('Quyết định số 60/QĐ-UBND (kiểm thử số tiền)')
    await page.locator('#field-allocatedAmount').fill('60.000.000')
    await expect
      .poll(() => page.locator('#field-allocatedAmount-note').innerText())
      .toBe('Sẽ lưu: 60.000.000 đ')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'vi-numbers-amount-typed.png') })
    await save('budget-lines')
    await page.waitForURL(/\/admin\/collections\/budget-lines\/\d+$/)

    const id = new URL(page.url()).pathname.split('/').pop()
    const line = await getJson<Doc>(`/api/budget-lines/${id}?depth=0`)
    expect(line.allocatedAmount).toBe(60_000_000)

    await page.goto(url(`/admin/collections/budget-lines?where[id][equals]=${id}`))
    const row = page.locator('table tbody tr').first()
    await row.waitFor()
    await expect.poll(() => row.innerText()).toContain('60.000.000 đ')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'vi-numbers-budget-list.png') })
  })

  it('keeps unreadable text in the amount with how to type it, and saves nothing', async () => {
    const { page } = browser
    await page.goto(url('/admin/collections/budget-lines/create'))
    await page.locator('#field-allocatedAmount').waitFor()
    await page.locator('#field-allocatedAmount').fill('1,234.5')
    const alert = page.locator('#field-allocatedAmount-note [role="alert"]')
    await expect
      .poll(() => alert.innerText())
      .toBe(
        'Nhập số theo kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy cho phần thập phân, ví dụ 1.234,5.',
      )
    expect(await page.locator('#field-allocatedAmount').inputValue()).toBe('1,234.5')
  })

  it('stores an indicator value typed "12,5" as 12.5 and "1.234" as 1234', async () => {
    const { page } = browser
    await logIn(page, 'secretariat')
    const police = await getJson<{ docs: Doc[] }>(
      '/api/agencies?where[code][equals]=CA_TINH&depth=0&limit=1',
    )
    const created = await page.request.post(url('/api/reports?depth=0'), {
      data: { agency: police.docs[0]!.id, period: periodOfDay(new Date()) },
    })
    expect(created.status(), await created.text()).toBe(201)
    const { doc: report } = (await created.json()) as { doc: Doc }
    const indicators = await getJson<{ docs: Doc[] }>(
      '/api/indicators?where[code][in]=CCCD_TY_LE,CCCD_THU_NHAN&depth=0&limit=2',
    )
    const nameOf = (code: string) => indicators.docs.find((doc) => doc.code === code)!.nameVi

    await page.goto(url(`/admin/collections/reports/${report.id}`))
    await page.getByRole('button', { name: 'Chỉ tiêu' }).click()
    const rate = page.locator(`input[aria-label="Tháng này: ${String(nameOf('CCCD_TY_LE'))}"]`)
    const count = page.locator(`input[aria-label="Tháng này: ${String(nameOf('CCCD_THU_NHAN'))}"]`)
    await rate.fill('12,5')
    await count.fill('1.234')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'vi-numbers-indicators-typed.png') })
    await save('reports')

    const stored = await getJson<{ indicatorLines: { indicator: number; value: number }[] }>(
      `/api/reports/${report.id}?depth=0`,
    )
    const valueOf = (code: string) =>
      stored.indicatorLines.find(
        (line) => line.indicator === indicators.docs.find((doc) => doc.code === code)!.id,
      )?.value
    expect(valueOf('CCCD_TY_LE')).toBe(12.5)
    expect(valueOf('CCCD_THU_NHAN')).toBe(1234)
    expect(await count.inputValue()).toBe('1.234')
    expect(pageErrors).toEqual([])
  })
})
