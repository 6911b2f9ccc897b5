import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { chromium, type BrowserContext, type Page } from 'playwright-core'

import type { SystemRole } from '../../src/access/roles'
import { BASE_URL, DEMO_PASSWORD, demoEmail, url } from './http'

// Debian's Chromium driven by playwright-core, as our machines allow (no browser download).
export const SCREENSHOTS = path.resolve('test-results')

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

export type Browser = { context: BrowserContext; page: Page; close: () => Promise<void> }

export const openBrowser = async (): Promise<Browser> => {
  await mkdir(SCREENSHOTS, { recursive: true })
  const profileDir = await mkdtemp(path.join(tmpdir(), 'taskforce06-chromium-'))
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1440, height: 1000 },
    // page.request (the tests' API calls with the login cookie) sends no Origin of its own: the
    // server's CSRF allow-list ignores the cookie of a request that names no origin.
    extraHTTPHeaders: { origin: BASE_URL },
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    close: async () => {
      await context.close()
      await rm(profileDir, { recursive: true, force: true })
    },
  }
}

/** Logs in through the REST API with the page's request context: the cookie lands in the browser. */
export const logIn = async (page: Page, role: SystemRole): Promise<void> => {
  const response = await page.request.post(url('/api/users/login'), {
    data: { email: demoEmail(role), password: DEMO_PASSWORD },
  })
  if (!response.ok()) throw new Error(`login as ${role} failed: ${response.status()}`)
}
