import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { toVnDateKey } from '../../src/lib/clock'
import { logIn, openBrowser, SCREENSHOTS, type Browser } from './browser'
import { url } from './http'

// The Secretary plans next month's regular meeting, sees the computed notice deadline on the
// meeting's panel, and sends the notice from the browser (R11.3a).

let browser: Browser
let meetingId: number

type Page = Browser['page']
const getJson = async <T>(page: Page, path: string): Promise<T> =>
  (await (await page.request.get(url(path))).json()) as T

beforeAll(async () => {
  browser = await openBrowser()
  const { page } = browser
  await logIn(page, 'secretariat')
  const groups = await getJson<{ docs: { id: number }[] }>(
    page,
    '/api/working-groups?where[kind][equals]=wg&limit=1&depth=0',
  )
  const head = await getJson<{ docs: { id: number; agency: number }[] }>(
    page,
    '/api/users?where[email][equals]=leader@demo.taskforce06.vn&depth=0',
  )
  const documents = await getJson<{ docs: { id: number }[] }>(page, '/api/media?limit=1&depth=0')
  // Thursday 07/01/2027, 08:00 Vietnam time: a month the demo has not planned yet.
  const created = await page.request.post(url('/api/meetings'), {
    data: {
      group: groups.docs[0].id,
      kind: 'regular',
      start: '2027-01-07T01:00:00.000Z',
      end: '2027-01-07T03:00:00.000Z',
      place: 'Hội trường Công an tỉnh',
      chair: head.docs[0].id,
      agenda: [
        {
          title: 'Kết quả triển khai Đề án 06 tháng 12/2026',
          presenterAgency: head.docs[0].agency,
          documents: [documents.docs[0].id],
        },
      ],
    },
  })
  const body = (await created.json()) as { doc?: { id: number }; errors?: unknown }
  if (!created.ok()) throw new Error(`meeting not created: ${JSON.stringify(body)}`)
  meetingId = body.doc!.id
})

afterAll(async () => {
  await browser?.close()
})

describe('meeting notice from the admin (R11.3a)', () => {
  it('shows the computed notice deadline on the meeting panel', async () => {
    const { page } = browser
    await page.goto(url(`/admin/collections/meetings/${meetingId}`))
    await page.getByText('Gửi giấy mời', { exact: true }).first().waitFor()
    const meeting = await getJson<{ noticeDeadline: string }>(
      page,
      `/api/meetings/${meetingId}?depth=0`,
    )
    // Two working days before Thursday 07/01/2027: Tuesday 05/01/2027 (R11.3a).
    expect(toVnDateKey(meeting.noticeDeadline)).toBe('2027-01-05')
    await expect(page.locator('.meeting-panel').innerText()).resolves.toContain('05/01/2027')
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'meeting-before-notice.png'),
      fullPage: true,
    })
  })

  it('sends the notice after the confirmation and records it', async () => {
    const { page } = browser
    await page.getByRole('button', { name: 'Gửi giấy mời' }).first().click()
    await page.getByRole('button', { name: 'Xác nhận' }).click()
    await expect
      .poll(
        async () =>
          (await getJson<{ status: string }>(page, `/api/meetings/${meetingId}?depth=0`)).status,
        { timeout: 20_000 },
      )
      .toBe('notice-sent')
    await page.waitForLoadState('networkidle')
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'meeting-after-notice.png'),
      fullPage: true,
    })
  })
})
