import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { toVnDateKey } from '../../src/lib/clock'
import { logIn, openBrowser, SCREENSHOTS, type Browser } from './browser'
import { url } from './http'

// Issue 13, items 8 and 9: the Secretary fills the attendance from the invitees with one button
// (every row "Có mặt", Head first, each labelled with position and agency), marks the meeting
// held and saves: the side panel shows the members present and "Ban hành kết luận" at once.

let browser: Browser
let meetingId: number
let invited = 0

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
  // An extraordinary meeting the Head called today, started two hours ago.
  const start = new Date(Date.now() - 2 * 3600_000)
  const created = await page.request.post(url('/api/meetings'), {
    data: {
      group: groups.docs[0].id,
      kind: 'extraordinary',
      start: start.toISOString(),
      end: new Date(start.getTime() + 3600_000).toISOString(),
      place: 'Hội trường Công an tỉnh',
      chair: head.docs[0].id,
      convenedBy: head.docs[0].id,
      calledOn: `${toVnDateKey(start)}T00:00:00.000+07:00`,
      agenda: [
        {
          title: 'Triển khai nhiệm vụ đột xuất của Đề án 06',
          presenterAgency: head.docs[0].agency,
          documents: [documents.docs[0].id],
        },
      ],
    },
  })
  const body = (await created.json()) as {
    doc?: { id: number; invitedMembers: number[] }
    errors?: unknown
  }
  if (!created.ok()) throw new Error(`meeting not created: ${JSON.stringify(body)}`)
  meetingId = body.doc!.id
  invited = body.doc!.invitedMembers.length
  const noticed = await page.request.post(url(`/api/meetings/${meetingId}/send-notice`), {
    data: {},
  })
  if (!noticed.ok()) throw new Error(`notice not sent: ${await noticed.text()}`)
})

afterAll(async () => {
  await browser?.close()
})

const panelText = (page: Page) => page.locator('.meeting-panel').innerText()

describe('attendance from the invitees, and the panel after saving (issue 13)', () => {
  it('fills one "Có mặt" row per invitee, the Head first, labelled with position and agency', async () => {
    const { page } = browser
    expect(invited).toBeGreaterThan(10)
    await page.goto(url(`/admin/collections/meetings/${meetingId}`))
    await page.getByRole('button', { name: 'Điểm danh theo danh sách mời' }).click()
    await page.getByRole('button', { name: 'Xác nhận' }).click()
    await expect
      .poll(
        async () =>
          (await getJson<{ attendance: unknown[] }>(page, `/api/meetings/${meetingId}?depth=0`))
            .attendance.length,
        { timeout: 20_000 },
      )
      .toBe(invited)
    // The page reloads with the rows in the form, and the panel counts them.
    await expect
      .poll(async () => panelText(page).catch(() => ''), { timeout: 20_000 })
      .toMatch(new RegExp(`Có mặt\\s+${invited}`))
    await page.waitForLoadState('networkidle')
    await page.locator('.tabs-field__tab-button', { hasText: 'Thành phần, điểm danh' }).click()
    const first = page.locator('#field-attendance__0__member')
    await expect.poll(async () => first.innerText(), { timeout: 20_000 }).toMatch(/ — Tổ trưởng, /)
    await expect(page.locator('#field-attendance__0__presence').innerText()).resolves.toContain(
      'Có mặt',
    )
    // The picker lists every seat, the Head included, first, each with position and agency.
    await first.locator('.rs__control').click()
    const options = page.locator('.rs__option')
    await expect.poll(async () => options.count(), { timeout: 10_000 }).toBe(invited)
    await expect(options.first().innerText()).resolves.toMatch(/ — Tổ trưởng, /)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'meeting-attendance-picker.png') })
    await page.keyboard.press('Escape')
    await expect(panelText(page)).resolves.toMatch(new RegExp(`Có mặt\\s+${invited}`))
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'meeting-attendance-filled.png'),
      fullPage: true,
    })
  })

  it('shows the saved status and "Ban hành kết luận" on the panel right after saving as held', async () => {
    const { page } = browser
    await page.locator('#field-status .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Đã họp' }).click()
    await page.locator('#action-save').click()
    await expect
      .poll(
        async () =>
          (await getJson<{ status: string }>(page, `/api/meetings/${meetingId}?depth=0`)).status,
        { timeout: 20_000 },
      )
      .toBe('held')
    // No reload: the panel reads itself again after the save.
    await expect
      .poll(async () => panelText(page), { timeout: 15_000 })
      .toMatch(/Trạng thái\s+Đã họp/)
    await page
      .locator('.meeting-panel')
      .getByRole('button', { name: 'Ban hành kết luận' })
      .waitFor({ timeout: 15_000 })
    await expect(panelText(page)).resolves.toMatch(new RegExp(`Có mặt\\s+${invited}`))
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'meeting-held-panel-1440.png'),
      fullPage: true,
    })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForTimeout(500)
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'meeting-held-panel-390.png'),
      fullPage: true,
    })
    await page.setViewportSize({ width: 1440, height: 1000 })
  })

  it('marks the reason and the consent required once a member is absent, the substitute once one is sent (R11.4, R6.2a, R6.2b)', async () => {
    const { page } = browser
    await page.locator('.tabs-field__tab-button', { hasText: 'Thành phần, điểm danh' }).click()
    const asterisk = (field: string) =>
      page.locator(`label[for="field-attendance__0__${field}"] .required`)
    await page.locator('#field-attendance__0__presence .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Vắng mặt' }).click()
    await expect.poll(async () => asterisk('reason').count(), { timeout: 10_000 }).toBe(1)
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'meeting-attendance-absent-required.png'),
      fullPage: true,
    })
    await page.locator('#field-attendance__0__presence .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Cử người dự thay' }).click()
    await expect.poll(async () => asterisk('substituteName').count(), { timeout: 10_000 }).toBe(1)
    await expect(asterisk('reason').count()).resolves.toBe(0)
  })
})
