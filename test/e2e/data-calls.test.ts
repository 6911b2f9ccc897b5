import { readFile } from 'node:fs/promises'
import path from 'node:path'

import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { logIn, openBrowser, SCREENSHOTS, type Browser } from './browser'
import { bearer, loginAs, postJson, url } from './http'

// R7.5 on the demo: a reporter answers the seeded open data call with its Excel template on a
// 390 px phone (download, fill, upload, preview, confirm), sends it, and the standing body's
// consolidated workbook at 1440 px reads back what the database holds.

type Field = {
  key: string
  label: string
  kind: string
  wholeNumber?: boolean | null
  choices?: string | null
}
type Answer = { key: string; number?: number | null; text?: string | null; date?: string | null }
type ResponseDoc = {
  id: number
  status: string
  agency: number
  answers?: Answer[]
  source?: string | null
  call: { id: number; status: string; fields: Field[] }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const FIRST_FIELD_ROW = 9
const VALUE_COLUMN = 4

let browser: Browser
const pageErrors: string[] = []
let response: ResponseDoc

beforeAll(async () => {
  browser = await openBrowser()
  browser.page.on('pageerror', (error) => pageErrors.push(error.message))
})

afterAll(async () => {
  await browser?.close()
})

const shot = (name: string) =>
  browser.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })

const api = async <T>(pathname: string): Promise<T> => {
  const reply = await browser.page.request.get(url(pathname))
  expect(reply.status()).toBe(200)
  return (await reply.json()) as T
}

/** What the test types for a field, by kind. */
const valueFor = (field: Field, index: number): ExcelJS.CellValue => {
  if (field.kind === 'number') return field.wholeNumber ? 1200 + index : `1.234,${index + 1}`
  if (field.kind === 'choice') return (field.choices ?? '').split('\n')[0]!.trim()
  if (field.kind === 'date') return '14/12/2026'
  if (field.kind === 'text') return 'Đã triển khai đến 100% xã'
  return null
}

const ddMMyyyy = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso))

describe('R7.5 answering a data call with its Excel template', () => {
  it('R7.5 a reporter on a phone downloads the template, uploads it filled, checks the preview and saves', async () => {
    const { page } = browser
    await logIn(page, 'reporter')
    const list = await api<{ docs: ResponseDoc[] }>('/api/data-call-responses?depth=1&limit=50')
    response = list.docs.find((doc) => doc.call.status === 'open')!
    // The demo's open call has the reporter's agency's answers already sent: the standing body
    // returns them, so that the agency may answer again, now with the Excel file.
    const returned = await postJson(
      `/api/data-call-responses/${response.id}/return`,
      { reason: 'Đề nghị cập nhật số liệu mới nhất theo mẫu Excel.' },
      bearer(await loginAs('secretariat')),
    )
    expect(returned.status).toBe(200)
    const before = await api<ResponseDoc>(`/api/data-call-responses/${response.id}?depth=0`)
    expect(before.status).toBe('returned')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(url(`/admin/collections/data-call-responses/${response.id}`))
    const download = page.getByRole('link', { name: 'Tải mẫu Excel' })
    await download.waitFor({ timeout: 30_000 })
    await shot('data-call-response-390')
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await readFile((await file.path())!)) as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    response.call.fields.forEach((field, index) => {
      const value = valueFor(field, index)
      if (value !== null) sheet.getRow(FIRST_FIELD_ROW + index).getCell(VALUE_COLUMN).value = value
    })
    const filled = Buffer.from(await workbook.xlsx.writeBuffer())

    await page.locator('input[name="xlsx-upload"]').setInputFiles({
      name: 'so-lieu-da-dien.xlsx',
      mimeType: XLSX,
      buffer: filled,
    })
    const preview = page.locator('.xlsx-upload__preview')
    await preview.getByText('Tệp hợp lệ').waitFor({ timeout: 30_000 })
    const firstNumber = response.call.fields.findIndex((field) => field.kind === 'number')
    const typed = valueFor(response.call.fields[firstNumber]!, firstNumber)
    expect(await preview.innerText()).toContain(
      typeof typed === 'number' ? new Intl.NumberFormat('vi-VN').format(typed) : String(typed),
    )
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await shot('data-call-upload-preview-390')
    const unchanged = await api<ResponseDoc>(`/api/data-call-responses/${response.id}?depth=0`)
    expect(unchanged.answers).toEqual(before.answers)

    // Once saved, the panel reloads the page to show the stored answers.
    const reloaded = page.waitForEvent('load', { timeout: 30_000 })
    await preview.getByRole('button', { name: 'Xác nhận lưu' }).click()
    await page.getByText('Đã lưu số liệu từ tệp Excel.').first().waitFor({ timeout: 30_000 })
    await reloaded
    const saved = await api<ResponseDoc>(`/api/data-call-responses/${response.id}?depth=0`)
    expect(saved.source).toBe('xlsx')
    expect(saved.answers!.map((answer) => answer.key)).toEqual(
      response.call.fields.filter((field) => field.kind !== 'file').map((field) => field.key),
    )
    await page.goto(url(`/admin/collections/data-call-responses/${response.id}`))
    await page.getByRole('link', { name: 'Tải mẫu Excel' }).waitFor({ timeout: 30_000 })
    // The answer form loads its fields after the page: read it once it is drawn.
    await page.locator('fieldset.data-call-answers').waitFor({ timeout: 30_000 })
    const shown = await page.locator('form').innerText()
    const values = await page
      .locator('form input, form textarea')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
    const numbers = saved.answers!.filter((answer) => typeof answer.number === 'number')
    expect(numbers.length).toBeGreaterThan(0)
    for (const answer of numbers) {
      const formatted = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 15 }).format(
        answer.number!,
      )
      expect(`${shown}\n${values.join('\n')}`).toContain(formatted)
    }
    await shot('data-call-response-saved-390')

    // Sent, so that the consolidated workbook counts it.
    const sent = await page.request.post(url(`/api/data-call-responses/${response.id}/submit`))
    expect(sent.status()).toBe(200)
    expect(pageErrors).toEqual([])
  })

  it('R7.5 the standing body downloads the consolidated workbook, equal to the database', async () => {
    const { page } = browser
    await page.setViewportSize({ width: 1440, height: 1000 })
    await logIn(page, 'secretariat')
    await page.goto(url(`/admin/collections/data-calls/${response.call.id}`))
    await page.locator('h1').first().waitFor({ timeout: 30_000 })
    await shot('data-call-1440')
    const reply = await page.request.get(
      url(`/api/data-calls/${response.call.id}/consolidated.xlsx`),
    )
    expect(reply.status()).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await reply.body()) as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    const header = (sheet.getRow(4).values as unknown[]).map((value) => String(value ?? ''))
    const idColumn = header.indexOf('Mã trả lời')
    expect(idColumn).toBeGreaterThan(0)
    let row: ExcelJS.Row | undefined
    sheet.eachRow((candidate) => {
      if (String(candidate.getCell(idColumn).value) === String(response.id)) row = candidate
    })
    expect(row).toBeDefined()
    const stored = await api<ResponseDoc>(`/api/data-call-responses/${response.id}?depth=0`)
    const fields = response.call.fields
    const firstField = 6
    const expected = fields.map((field) => {
      const answer = stored.answers!.find((candidate) => candidate.key === field.key)
      if (!answer || field.kind === 'file') return null
      if (field.kind === 'number') return answer.number ?? null
      if (field.kind === 'date') return answer.date ? ddMMyyyy(answer.date) : null
      return answer.text ?? null
    })
    const read = fields.map((field, index) => {
      const value = row!.getCell(firstField + index).value
      return field.kind === 'file' ? null : (value ?? null)
    })
    expect(read).toEqual(expected)
    expect(pageErrors).toEqual([])
  })
})
