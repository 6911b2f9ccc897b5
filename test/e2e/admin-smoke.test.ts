import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { SystemRole } from '../../src/access/roles'
import { DEMO_PASSWORD, DEMO_ROLES, demoEmail, url } from './http'

// The admin UI in a real browser (Debian's Chromium driven by playwright-core), against the
// production build started by scripts/e2e.sh. Screenshots land in test-results/.

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
let pageErrors: string[] = []

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true })
  profileDir = await mkdtemp(path.join(tmpdir(), 'taskforce06-chromium-'))
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    // An English-speaking browser: the admin must still come up in Vietnamese (src/proxy.ts).
    locale: 'en-US',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1440, height: 900 },
  })
  page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (error) => pageErrors.push(error.message))
})

afterAll(async () => {
  await context?.close()
  await rm(profileDir, { recursive: true, force: true })
})

beforeEach(async () => {
  // Every test starts logged out, without the language cookie.
  await context.clearCookies()
  pageErrors = []
})

/** Logs in through the REST API with the page's request context: the cookie lands in the browser. */
const logInThroughApi = async (role: SystemRole): Promise<void> => {
  const response = await page.request.post(url('/api/users/login'), {
    data: { email: demoEmail(role), password: DEMO_PASSWORD },
  })
  expect(response.status(), await response.text()).toBe(200)
}

const dashboardCard = (slug: string) => page.locator(`.dashboard .card-${slug}`)

/** The collection cards sit under the dashboard's widgets, in a section opened on demand. */
const showCollectionCards = async (): Promise<void> => {
  await page.locator('.dashboard-collections > summary').click()
  await dashboardCard('agencies').waitFor()
}

const openDashboard = async (): Promise<void> => {
  await page.goto(url('/admin'))
  await page.locator('.dashboard h1').waitFor()
  await page.waitForLoadState('networkidle')
  await showCollectionCards()
}

describe('admin home of each demo role', () => {
  it.each(DEMO_ROLES)('renders the dashboard in Vietnamese for the %s login', async (role) => {
    await logInThroughApi(role)
    await openDashboard()
    await page.screenshot({
      path: path.join(SCREENSHOTS, `admin-home-${role}.png`),
      fullPage: true,
    })
    const cookies = await context.cookies(url('/admin'))

    expect(new URL(page.url()).pathname).toBe('/admin')
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    expect(cookies).toContainEqual(expect.objectContaining({ name: 'payload-lng', value: 'vi' }))
    await expect.poll(() => dashboardCard('agencies').innerText()).toBe('Cơ quan, đơn vị')
    // Accounts are the standing body's tool: other roles' menus leave them out.
    if (role === 'admin' || role === 'secretariat') {
      await expect.poll(() => dashboardCard('users').innerText()).toBe('Người dùng')
    } else {
      expect(await dashboardCard('users').count()).toBe(0)
    }
    expect(await page.locator('.dashboard h1').innerText()).toBe('Bảng điều hành Đề án 06')
    expect(pageErrors).toEqual([])
  })
})

describe('admin login page', () => {
  it('logs the leader in through the form and lands on the dashboard', async () => {
    await page.goto(url('/admin'))
    await page.waitForURL(/\/admin\/login/)
    await page.locator('#field-email').fill(demoEmail('leader'))
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    await page.locator('form button[type="submit"]').click()
    await page.waitForURL((address) => address.pathname === '/admin')
    await page.locator('.dashboard h1').waitFor()
    await showCollectionCards()
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'admin-login-leader.png'),
      fullPage: true,
    })

    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    expect(await dashboardCard('agencies').innerText()).toBe('Cơ quan, đơn vị')
    expect(pageErrors).toEqual([])
  })

  it('is in Vietnamese for a browser that prefers English', async () => {
    await page.goto(url('/admin/login'))
    await page.locator('#field-email').waitFor()
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-login.png'), fullPage: true })

    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    expect(await page.locator('form button[type="submit"]').innerText()).toBe('Đăng nhập')
    expect(await page.locator('label[for="field-password"]').innerText()).toContain('Mật khẩu')
  })
})

describe("the reporter's agency list", () => {
  it('shows only his own agency, not the provincial police', async () => {
    await logInThroughApi('reporter')
    await page.goto(url('/admin/collections/agencies'))
    const rows = page.locator('.table tbody tr')
    await rows.first().waitFor()
    await page.waitForLoadState('networkidle')
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'admin-agencies-reporter.png'),
      fullPage: true,
    })

    expect(await rows.count()).toBe(1)
    expect(await rows.first().innerText()).toContain('Sở Tư pháp')
    expect(await page.getByText('Công an tỉnh Quảng Nam').count()).toBe(0)
    expect(await page.locator('body').innerText()).toContain('1-1 trong số 1')
  })

  it('lists the provincial police for the administrator (the contrast)', async () => {
    await logInThroughApi('admin')
    await page.goto(url('/admin/collections/agencies?search=C%C3%B4ng%20an%20t%E1%BB%89nh'))
    await page.locator('.table tbody tr').first().waitFor()

    await expect.poll(() => page.getByText('Công an tỉnh Quảng Nam').count()).toBeGreaterThan(0)
  })
})
